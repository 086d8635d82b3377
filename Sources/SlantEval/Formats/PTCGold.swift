import SlantCore

/// The SemEval-2020 Task 11 propaganda corpus's span format: `article_id<TAB>technique<TAB>start<TAB>end`
/// per line, offsets in Unicode scalars into `article<ID>.txt`.
public enum PTCGold {
    /// Gold spans by article id, keeping only the chosen techniques. Errors name `file:line`.
    public static func parse(_ text: String, file: String, techniques: Set<String>) throws -> [String: [TextSpan]] {
        try parseByTechnique(text, file: file).mapValues { byTechnique in
            // Kept in file order: the lines of one article are read back in the order written.
            byTechnique.filter { techniques.contains($0.technique) }.map(\.span)
        }
    }

    /// Every span of every technique by article id, in file order. Every article listed
    /// appears, even one whose spans are all of techniques a caller does not want: its
    /// predictions are then all false alarms.
    public static func parseByTechnique(_ text: String, file: String) throws -> [String: [(technique: String, span: TextSpan)]] {
        var spans: [String: [(technique: String, span: TextSpan)]] = [:]
        var number = 0
        for raw in text.lineSlices() {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else {
                throw EvalError(file: file, line: number, problem: "\(fields.count) tab-separated fields where 4 are expected (id, technique, start, end)")
            }
            guard let start = Int(fields[2]), let end = Int(fields[3]), 0 <= start, start <= end else {
                throw EvalError(file: file, line: number, problem: "'\(fields[2])' '\(fields[3])' is not a range START END")
            }
            guard !fields[0].isEmpty else {
                throw EvalError(file: file, line: number, problem: "empty article id")
            }
            spans[fields[0], default: []].append((fields[1], TextSpan(start: start, end: end)))
        }
        return spans
    }

    /// Which half of the corpus an article id falls in: `a` for an even numeric id, `b` for an
    /// odd one, `nil` for an id that is not a number. PTC has only a training split here, so
    /// errors are studied on half A and figures are reported on half B.
    public static func half(of id: String) -> Half? {
        guard let last = id.last, let digit = last.wholeNumberValue, id.allSatisfy(\.isASCII), Int(id) != nil else { return nil }
        return digit % 2 == 0 ? .a : .b
    }

    /// A deterministic half of the PTC articles (by article id parity).
    public enum Half: String, Sendable, CaseIterable {
        case a, b
    }
}
