import Foundation
import SlantCore

/// Sentence-splitting gold: one case (a text and its sentences) per JSON Lines line.
///
/// Two shapes are read. Golden Rules: `{"text", "sentences": ["...", ...]}`, scored by exact
/// match of the whole case. Offsets: `{"text", "sentences": [{"start", "end"}, ...]}` with
/// Unicode scalar offsets, end exclusive, optionally `"paragraph"` per sentence (the GUM
/// files' shape), scored by sentence boundaries.
public struct SplitGold: Sendable {
    /// The gold sentences of one case.
    public enum Sentences: Sendable, Equatable {
        case strings([String])
        case spans([TextSpan], paragraphs: [Int]?)
    }

    public struct Case: Sendable {
        /// The case's id (`id` or `doc_id` when given, else the line number).
        public var id: String
        public var line: Int
        /// The case's place among the gold file's non-blank lines (0-based), which is the line
        /// of a predictions file that answers it.
        public var ordinal: Int = 0
        public var text: ScalarText
        public var sentences: Sentences
    }

    public var file: String
    public var cases: [Case]
    /// Lines that could not be read (not JSON, a missing field, a bad range, the other
    /// shape), each naming `file:line`; the other cases are scored without them.
    public var skipped: [EvalError] = []
    /// Ordinals (places among the non-blank lines) of the skipped lines.
    public var skippedOrdinals: Set<Int> = []

    /// Whether the gold gives sentences as offsets (scored by boundaries) or as strings
    /// (scored by exact match).
    public var hasOffsets: Bool {
        if case .spans = cases.first?.sentences { return true }
        return false
    }

    public init(file: String, cases: [Case]) {
        self.file = file
        self.cases = cases
    }

    /// Parses gold JSON Lines. Every case must have the same shape as the first readable one.
    /// A bad line is kept in `skipped` and the rest are read, as `ClassifyGold` does; a file
    /// with no readable case is an error.
    public static func parse(_ text: String, file: String) throws -> SplitGold {
        var gold = SplitGold(file: file, cases: [])
        for (ordinal, entry) in JSONLines.lenient(text, file: file).enumerated() {
            do {
                guard case .success(let value) = entry.value else {
                    if case .failure(let error) = entry.value { throw error }
                    continue
                }
                guard let object = value as? [String: Any] else {
                    throw EvalError(file: file, line: entry.line, problem: "expected a JSON object")
                }
                var c = try parseCase(object, line: entry.line, file: file, first: gold.cases.first)
                c.ordinal = ordinal
                gold.cases.append(c)
            } catch let error as EvalError {
                gold.skipped.append(error)
                gold.skippedOrdinals.insert(ordinal)
            }
        }
        if gold.cases.isEmpty, let first = gold.skipped.first {
            throw EvalError(file: file, problem: "no readable case (first problem: line \(first.line.map(String.init) ?? "?"): \(first.problem))")
        }
        return gold
    }

    static func parseCase(_ object: [String: Any], line: Int, file: String, first: Case?) throws -> Case {
        let cases = first.map { [$0] } ?? []
        do {
            guard let body = object["text"] as? String else {
                throw EvalError(file: file, line: line, problem: "missing string field 'text'")
            }
            guard let list = object["sentences"] as? [Any] else {
                throw EvalError(file: file, line: line, problem: "missing array field 'sentences'")
            }
            let id = (object["doc_id"] as? String) ?? JSONLines.int(object["id"]).map(String.init) ?? (object["id"] as? String) ?? "line \(line)"
            let scalars = ScalarText(body)
            let sentences: Sentences
            let firstHasOffsets = SplitGold(file: file, cases: Array(cases.prefix(1))).hasOffsets
            if list.isEmpty {
                // An empty list fits either shape: take the file's.
                sentences = firstHasOffsets ? .spans([], paragraphs: nil) : .strings([])
            } else if list.allSatisfy({ $0 is String }) {
                sentences = .strings(list.compactMap { $0 as? String })
            } else {
                var spans: [TextSpan] = [], paragraphs: [Int] = []
                var allParagraphs = true
                for (k, item) in list.enumerated() {
                    guard let o = item as? [String: Any], let start = JSONLines.int(o["start"]), let end = JSONLines.int(o["end"]) else {
                        throw EvalError(file: file, line: line, problem: "sentence \(k + 1) is neither a string nor an object with integer 'start' and 'end'")
                    }
                    guard 0 <= start, start <= end, end <= scalars.count else {
                        throw EvalError(file: file, line: line, problem: "sentence \(k + 1) range \(start)..<\(end) is outside the text (\(scalars.count) characters)")
                    }
                    if let last = spans.last, start < last.end {
                        throw EvalError(file: file, line: line, problem: "sentence \(k + 1) starts at \(start), before the previous one ends (\(last.end))")
                    }
                    spans.append(TextSpan(start: start, end: end))
                    if let p = JSONLines.int(o["paragraph"]) { paragraphs.append(p) } else { allParagraphs = false }
                }
                sentences = .spans(spans, paragraphs: allParagraphs && !spans.isEmpty ? paragraphs : nil)
            }
            if let first = cases.first {
                switch (first.sentences, sentences) {
                case (.strings, .strings), (.spans, .spans): break
                default:
                    throw EvalError(file: file, line: line, problem: "sentences mix strings and offsets; line \(first.line) set the shape")
                }
            }
            return Case(id: id, line: line, text: scalars, sentences: sentences)
        }
    }

    /// The variant with string-literal escapes decoded: `\n` becomes a line break and `\"` a
    /// quotation mark. pragmatic_segmenter's README writes some Golden Rules inputs as Ruby
    /// string literals while its expected sentences hold the characters themselves, so read
    /// literally those cases cannot be passed by any splitter.
    public func unescaped() -> SplitGold {
        let cases = cases.map { c in
            var c = c
            let decoded = c.text.string.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\"", with: "\"")
            if decoded != c.text.string { c.text = ScalarText(decoded) }
            return c
        }
        return SplitGold(file: file + " (escapes decoded)", cases: cases)
    }

    /// The glued-paragraph variant: each case's paragraphs joined with nothing between them
    /// (as scrapers that drop paragraph breaks produce), gold offsets shifted to match. A
    /// paragraph runs from its first sentence's start to its last sentence's end; what lay
    /// between paragraphs (line breaks) is dropped.
    public func glued() throws -> SplitGold {
        var out: [Case] = []
        for c in cases {
            guard case .spans(let spans, let paragraphs) = c.sentences, let paragraphs else {
                throw EvalError(file: file, line: c.line, problem: "gluing needs sentences with offsets and 'paragraph' numbers")
            }
            var text = String.UnicodeScalarView()
            var newSpans: [TextSpan] = []
            var i = 0
            while i < spans.count {
                var j = i
                while j + 1 < spans.count, paragraphs[j + 1] == paragraphs[i] { j += 1 }
                let base = spans[i].start
                let offset = text.count
                text.append(contentsOf: c.text.scalars[base..<spans[j].end])
                for k in i...j {
                    newSpans.append(TextSpan(start: spans[k].start - base + offset, end: spans[k].end - base + offset))
                }
                i = j + 1
            }
            out.append(Case(id: c.id, line: c.line, text: ScalarText(String(text)),
                            sentences: .spans(newSpans, paragraphs: paragraphs)))
        }
        return SplitGold(file: file + " (glued)", cases: out)
    }
}
