import Foundation
import SlantCore

/// The word-list baseline for loaded language: every whole-word, case-insensitive occurrence
/// of a list entry is a span. This is how lexicon-counting tools (NELA and the like) see a
/// text, and the floor a context-aware scorer must clear.
///
/// Words are runs of letters, digits and underscores (what `\w` matches); an entry of several
/// words ("so-called", "cold war") matches those words in sequence with any non-word
/// characters between them. Of overlapping matches the longest starting first wins.
public struct WordListBaseline: Sendable {
    /// Entries by first word, each as its word sequence, longest first.
    private var entries: [String: [[String]]] = [:]
    /// How many distinct entries the list holds.
    public private(set) var count = 0

    /// Reads a list: one entry per line, `#` comments and blank lines skipped; on a line with
    /// tabs only the first field is the entry (so simple TSV lexicons work too).
    public init(list: String) {
        var seen = Set<[String]>()
        for raw in list.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let entry = String(line.split(separator: "\t", maxSplits: 1)[0])
            let words = Self.words(in: ScalarText(entry.lowercased())).map(\.word)
            guard let first = words.first, seen.insert(words).inserted else { continue }
            entries[first, default: []].append(words)
        }
        for key in entries.keys { entries[key]?.sort { $0.count > $1.count } }
        count = seen.count
    }

    /// The spans of every hit in a text, in order, in scalar offsets.
    public func spans(in text: ScalarText) -> [TextSpan] {
        let words = Self.words(in: text)
        var spans: [TextSpan] = []
        var i = 0
        while i < words.count {
            var matched = 0
            for candidate in entries[words[i].word] ?? [] where i + candidate.count <= words.count {
                if (0..<candidate.count).allSatisfy({ words[i + $0].word == candidate[$0] }) {
                    matched = candidate.count
                    break
                }
            }
            if matched > 0 {
                spans.append(TextSpan(start: words[i].span.start, end: words[i + matched - 1].span.end))
                i += matched
            } else {
                i += 1
            }
        }
        return spans
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s == "_"
    }

    /// Lower-cased words with their scalar spans.
    static func words(in text: ScalarText) -> [(word: String, span: TextSpan)] {
        var out: [(String, TextSpan)] = []
        var i = 0
        let s = text.scalars
        while i < s.count {
            guard isWordScalar(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count, isWordScalar(s[j]) { j += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[i..<j])
            out.append((String(view).lowercased(), TextSpan(start: i, end: j)))
            i = j
        }
        return out
    }
}
