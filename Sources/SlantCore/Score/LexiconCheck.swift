/// Validates a lexicon file and reports every problem, not only the first (`slant lexicon check`).
///
/// Loading stops at the first problem (`LoadedLexicon`, `EntityGazetteer`); a check reads on so a
/// journalist editing a file sees the whole list at once. Both use the same rules.
public enum LexiconCheck {
    /// What kind of data file a check applies.
    public enum Kind: String, Sendable, CaseIterable {
        case loaded, allow, entities, categories, modifiers
        /// The splitter's lists (`abbreviations.tsv`, `sentence-starters.tsv`).
        case abbreviations, starters
        /// The classifier's lists (`attribution-cues.tsv`, `editorial-cues.tsv`,
        /// `source-words.tsv`, `editorial-weights.tsv`).
        case attribution, editorial, sources, weights
        /// `page-furniture.tsv`: sentences left out as the page around an article.
        case furniture

        /// The kind a file name implies: `allow*.tsv` is an allow-list, `entities.tsv` a
        /// gazetteer, each other file of `Lexicons/` its own kind, and any other name a
        /// loaded-language lexicon.
        public init(fileName: String) {
            let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
            let prefixes: [(String, Kind)] = [
                ("allow", .allow), ("entities", .entities), ("categories", .categories), ("modifiers", .modifiers),
                ("abbreviations", .abbreviations), ("sentence-starters", .starters), ("attribution-cues", .attribution),
                ("editorial-cues", .editorial), ("source-words", .sources), ("editorial-weights", .weights),
                ("page-furniture", .furniture),
            ]
            self = prefixes.first { base.hasPrefix($0.0) }?.1 ?? .loaded
        }

        /// The kind a file is: the one its file name says (`init(fileName:)`), unless that is
        /// the default and its header's `#! name:` names another kind ("#! name: allow" in a
        /// file called my-exceptions.tsv is an allow-list).
        public init(text: String, fileName: String) {
            let byName = Kind(fileName: fileName)
            guard byName == .loaded else { self = byName; return }
            for line in text.split(separator: "\n", maxSplits: 8, omittingEmptySubsequences: false).prefix(8) {
                guard line.hasPrefix("#! name:") else { continue }
                let name = line.dropFirst("#! name:".count).trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { self = Kind(fileName: name) ; return }
            }
            self = .loaded
        }

        var columns: ClosedRange<Int> {
            switch self {
            case .loaded: 3...4
            case .allow: 1...2
            case .entities: 3...3
            case .categories: 2...2
            case .modifiers: 3...4
            case .abbreviations: 2...3
            case .starters: 1...2
            case .attribution, .editorial: 3...4
            case .sources: 2...3
            case .weights: 2...3
            case .furniture: 2...3
            }
        }
    }

    /// Every problem in `text`, in line order; empty when the file is valid.
    /// `categories` are the category names a loaded-language entry may use.
    public static func problems(_ text: String, name: String, kind: Kind, categories: Set<String>) -> [LexiconError] {
        var problems: [LexiconError] = []
        var metadata: [String: String] = [:]
        var metadataLines: [String: Int] = [:]
        var sawBias = false
        var seen: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in text.lineSlices() {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            func report(_ problem: String) { problems.append(LexiconError(file: name, line: lineNumber, problem: problem)) }
            if line.hasPrefix("#!") {
                let body = line.dropFirst(2)
                if let colon = body.firstIndex(of: ":") {
                    let key = body[..<colon].trimmingSpaces().lowercased()
                    let value = String(body[body.index(after: colon)...].trimmingSpaces())
                    if let first = metadataLines[key] {
                        report("a second '#! \(key):' line (first on line \(first))")
                    } else {
                        metadataLines[key] = lineNumber
                        metadata[key] = value
                    }
                    if value.isEmpty, key == "name" || key == "version" { report("'#! \(key):' has no value") }
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
                if let problem = LoadedLexicon.validateAllow(fields[0]) { report(problem) }
                key = LoadedLexicon.key(of: fields[0])
            case .entities:
                if !EntityGazetteer.kinds.contains(fields[2]) {
                    report("unknown entity kind '\(fields[2])' (kinds: \(EntityGazetteer.kinds.sorted().joined(separator: ", ")))")
                }
            case .categories:
                break
            case .abbreviations:
                if Abbreviations.Kind(rawValue: fields[1]) == nil { report("unknown abbreviation kind '\(fields[1])'") }
                key = fields[0].lowercased()
                if key.hasSuffix(".") { key.removeLast() }
            case .starters:
                if fields.count > 1, fields[1] != "mid-line" { report("unknown sentence-starter flag '\(fields[1])' (expected 'mid-line')") }
                key = fields[0].lowercased()
            case .attribution, .editorial:
                let kinds = kind == .attribution ? CueWords.attributionKinds : CueWords.editorialKinds
                if !kinds.contains(fields[1]) { report("unknown kind '\(fields[1])'") }
                if let weight = Double(fields[2]), weight >= 0, weight <= 5 {} else {
                    report("weight '\(fields[2])' is not a number from 0 to 5")
                }
                key = fields[0].lowercased()
            case .sources:
                if !CueWords.sourceKinds.contains(fields[1]) { report("unknown source kind '\(fields[1])'") }
                key = fields[0].lowercased()
            case .weights:
                if let weight = Double(fields[1]), weight.isFinite, abs(weight) <= 20 {
                    // As `EditorialModel` reads it: a file that passes here loads.
                    if fields[0] == "threshold", !(weight > 0 && weight < 1) { report("threshold '\(fields[1])' is not between 0 and 1") }
                } else {
                    report("weight '\(fields[1])' is not a number from -20 to 20")
                }
                if fields[0] == "bias" { sawBias = true }
            case .furniture:
                if let problem = PageFurniture.problem(pattern: fields[0]) { report(problem) }
                if !PageFurniture.kinds.contains(fields[1]) {
                    report("unknown kind '\(fields[1])' (one of: \(PageFurniture.kinds.sorted().joined(separator: ", ")))")
                }
            case .modifiers:
                if !Modifiers.kinds.contains(fields[1]) { report("unknown modifier kind '\(fields[1])'") }
                if let factor = Double(fields[2]), factor >= 0, factor <= 3 {} else {
                    report("factor '\(fields[2])' is not a number from 0 to 3")
                }
                key = LoadedLexicon.key(of: fields[0])
            }
            if let first = seen[key] {
                let noun = kind == .entities ? "alias" : kind == .weights ? "feature" : kind == .sources || kind == .starters ? "word"
                    : kind == .furniture ? "pattern" : "term"
                report("duplicate \(noun) '\(fields[0])' (first on line \(first))")
            } else {
                seen[key] = lineNumber
            }
        }
        if kind == .weights, !sawBias { problems.append(LexiconError(file: name, line: nil, problem: "no 'bias' row")) }
        for key in ["name", "version"] where metadata[key] == nil {
            problems.insert(LexiconError(file: name, line: 1, problem: "missing header line '#! \(key): ...'"), at: 0)
        }
        return problems
    }
}
