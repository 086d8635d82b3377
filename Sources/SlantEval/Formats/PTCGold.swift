import SlantCore

/// The SemEval-2020 Task 11 propaganda corpus's span format: `article_id<TAB>technique<TAB>start<TAB>end`
/// per line, offsets in Unicode scalars into `article<ID>.txt`.
public enum PTCGold {
    /// Gold spans by article id, keeping only the chosen techniques. Errors name `file:line`.
    public static func parse(_ text: String, file: String, techniques: Set<String>) throws -> [String: [TextSpan]] {
        var spans: [String: [TextSpan]] = [:]
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
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
            // Every article listed counts, even with none of the chosen techniques: its
            // predictions are all false alarms.
            if techniques.contains(fields[1]) {
                spans[fields[0], default: []].append(TextSpan(start: start, end: end))
            } else if spans[fields[0]] == nil {
                spans[fields[0]] = []
            }
        }
        return spans
    }
}
