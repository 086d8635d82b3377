/// Validates a lexicon file and reports every problem, not only the first (`slant lexicon check`).
///
/// Loading stops at the first problem (`LoadedLexicon`, `EntityGazetteer`); a check reads on so a
/// journalist editing a file sees the whole list at once. Both use the same rules.
public enum LexiconCheck {
    /// What kind of data file a check applies.
    public enum Kind: String, Sendable, CaseIterable {
        case loaded, allow, entities, categories, modifiers

        /// The kind a file name implies: `allow*.tsv` is an allow-list, `entities.tsv` a
        /// gazetteer, and any other name a loaded-language lexicon.
        public init(fileName: String) {
            let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
            if base.hasPrefix("allow") { self = .allow }
            else if base.hasPrefix("entities") { self = .entities }
            else if base.hasPrefix("categories") { self = .categories }
            else if base.hasPrefix("modifiers") { self = .modifiers }
            else { self = .loaded }
        }

        var columns: ClosedRange<Int> {
            switch self {
            case .loaded: 3...4
            case .allow: 1...2
            case .entities: 3...3
            case .categories: 2...2
            case .modifiers: 3...4
            }
        }
    }

    /// Every problem in `text`, in line order; empty when the file is valid.
    /// `categories` are the category names a loaded-language entry may use.
    public static func problems(_ text: String, name: String, kind: Kind, categories: Set<String>) -> [LexiconError] {
        var problems: [LexiconError] = []
        var metadata: [String: String] = [:]
        var seen: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            func report(_ problem: String) { problems.append(LexiconError(file: name, line: lineNumber, problem: problem)) }
            if line.hasPrefix("#!") {
                let body = line.dropFirst(2)
                if let colon = body.firstIndex(of: ":") {
                    metadata[body[..<colon].trimmingSpaces().lowercased()] = String(body[body.index(after: colon)...].trimmingSpaces())
                } else {
                    report("metadata line needs 'key: value'")
                }
                continue
            }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard kind.columns.contains(fields.count) else {
                let c = kind.columns
                report("expected \(c.lowerBound == c.upperBound ? "\(c.lowerBound)" : "\(c.lowerBound) to \(c.upperBound)") tab-separated columns, found \(fields.count)")
                continue
            }
            guard !fields[0].trimmingSpaces().isEmpty else {
                report("empty term")
                continue
            }
            let row = DataFile.Row(line: lineNumber, fields: fields)
            var key = fields[0]
            switch kind {
            case .loaded:
                if let problem = LoadedLexicon.validate(row, categories: categories) { report(problem) }
                key = LoadedLexicon.key(of: fields[0])
            case .allow:
                key = LoadedLexicon.key(of: fields[0])
            case .entities, .categories:
                break
            case .modifiers:
                if !Modifiers.kinds.contains(fields[1]) { report("unknown modifier kind '\(fields[1])'") }
                if let factor = Double(fields[2]), factor >= 0, factor <= 3 {} else {
                    report("factor '\(fields[2])' is not a number from 0 to 3")
                }
                key = LoadedLexicon.key(of: fields[0])
            }
            if let first = seen[key] {
                report("duplicate \(kind == .entities ? "alias" : "term") '\(fields[0])' (first on line \(first))")
            } else {
                seen[key] = lineNumber
            }
        }
        for key in ["name", "version"] where metadata[key]?.isEmpty ?? true {
            problems.insert(LexiconError(file: name, line: 1, problem: "missing header line '#! \(key): ...'"), at: 0)
        }
        return problems
    }
}
