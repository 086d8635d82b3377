import Foundation

/// The label sets of the classification tasks.
public enum ClassifyTask: String, CaseIterable, Sendable, Codable {
    /// EDITORIAL against everything else.
    case editorial
    /// ATTRIBUTED against everything else.
    case attributed
    /// FACTUAL, ATTRIBUTED, EDITORIAL.
    case threeWay = "three-way"

    /// The task's classes, positive class first for the binary tasks.
    public var labels: [String] {
        switch self {
        case .editorial: ["EDITORIAL", "NOT_EDITORIAL"]
        case .attributed: ["ATTRIBUTED", "NOT_ATTRIBUTED"]
        case .threeWay: ["FACTUAL", "ATTRIBUTED", "EDITORIAL"]
        }
    }

    /// Maps one of Slant's three labels (or a label already in the task's set) onto the task.
    /// Returns nil for anything else.
    public func map(_ label: String) -> String? {
        let upper = label.uppercased()
        if labels.contains(upper) { return upper }
        switch (self, upper) {
        case (.editorial, "FACTUAL"), (.editorial, "ATTRIBUTED"): return "NOT_EDITORIAL"
        case (.attributed, "FACTUAL"), (.attributed, "EDITORIAL"): return "NOT_ATTRIBUTED"
        default: return nil
        }
    }
}

/// Sentence-classification gold: a CSV or TSV file with a text column and a label column,
/// and a mapping from the file's label values onto the task's labels.
public struct ClassifyGold: Sendable {
    /// The map target that drops a gold value from scoring (e.g. BABE's "No agreement").
    public static let ignore = "IGNORE"

    public struct Item: Sendable, Equatable {
        /// Where the record starts.
        public var line: Int
        /// Position among the file's data records (0-based), which prediction files follow.
        public var record: Int
        public var text: String
        /// The gold label on the task's scale, or nil when the map says IGNORE.
        public var label: String?
    }

    public var file: String
    public var task: ClassifyTask
    /// Every data record, in file order (ignored ones too, so predictions line up).
    public var items: [Item]
    /// Records that could not be read (wrong field count, empty text): reported, not scored.
    public var skipped: [EvalError]

    /// Parses a mapping written `VALUE=LABEL,VALUE=LABEL` (also accepted one pair per flag).
    public static func parseMap(_ specs: [String]) throws -> [String: String] {
        var map: [String: String] = [:]
        for spec in specs {
            for pair in spec.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw EvalError(file: "--map", problem: "'\(pair)' is not VALUE=LABEL")
                }
                map[parts[0]] = parts[1].uppercased()
            }
        }
        return map
    }

    /// Reads gold records. Column names are matched exactly, then ignoring case. A label
    /// value the map does not cover is an error naming its line (so a typo in `--map` cannot
    /// silently drop data); a map target that is not one of the task's labels or IGNORE is an
    /// error too. Without a map, gold values must already be the task's labels (or Slant's).
    public static func parse(_ text: String, file: String, delimiter: Character, textColumn: String,
                             labelColumn: String, map: [String: String], task: ClassifyTask) throws -> ClassifyGold {
        for (value, target) in map.sorted(by: { $0.key < $1.key }) where target != ignore && task.map(target) == nil {
            throw EvalError(file: "--map", problem: "'\(value)=\(target)': '\(target)' is not a label of task \(task.rawValue) (\(task.labels.joined(separator: ", ")) or IGNORE)")
        }
        let records = try DelimitedReader.records(text, delimiter: delimiter, file: file)
        guard let header = records.first else {
            throw EvalError(file: file, problem: "no header line")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        func column(_ name: String, _ flag: String) throws -> Int {
            if let i = names.firstIndex(of: name) { return i }
            if let i = names.firstIndex(where: { $0.lowercased() == name.lowercased() }) { return i }
            throw EvalError(file: file, line: header.line, problem: "no column '\(name)' (\(flag)); columns are: \(names.joined(separator: ", "))")
        }
        let textIndex = try column(textColumn, "--text-column"), labelIndex = try column(labelColumn, "--label-column")
        var items: [Item] = [], skipped: [EvalError] = []
        for (n, record) in records.dropFirst().enumerated() {
            guard record.fields.count == names.count else {
                skipped.append(EvalError(file: file, line: record.line, problem: "\(record.fields.count) fields where the header has \(names.count)"))
                continue
            }
            let sentence = record.fields[textIndex].trimmingCharacters(in: .whitespacesAndNewlines)
            let raw = record.fields[labelIndex].trimmingCharacters(in: .whitespaces)
            var label: String?
            if let target = map[raw] ?? (map.isEmpty ? nil : map.first(where: { $0.key.lowercased() == raw.lowercased() })?.value) {
                label = target == ignore ? nil : task.map(target)
            } else if map.isEmpty, let own = task.map(raw) {
                label = own
            } else {
                throw EvalError(file: file, line: record.line, problem: "label '\(raw)' is not mapped (add --map '\(raw)=LABEL' or '\(raw)=IGNORE')")
            }
            if sentence.isEmpty {
                skipped.append(EvalError(file: file, line: record.line, problem: "empty text"))
                continue
            }
            items.append(Item(line: record.line, record: n, text: sentence, label: label))
        }
        return ClassifyGold(file: file, task: task, items: items, skipped: skipped)
    }
}
