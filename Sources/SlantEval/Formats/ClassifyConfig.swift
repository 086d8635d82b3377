import Foundation
import SlantCore

/// A small file that describes a labelled data set for `slant eval classify`, so a team can
/// keep its column names and label mapping beside the data instead of retyping flags:
///
///     # NewsSD-ENG
///     text-column: Sentence
///     label-column: Label
///     delimiter: ,
///     task: editorial
///     map: SUBJ=EDITORIAL
///     map: OBJ=NOT_EDITORIAL
///
/// One `key: value` a line; `#` starts a comment; `map` may repeat. Flags given on the
/// command line win over the file.
public struct ClassifyConfig: Sendable, Equatable {
    public var textColumn: String?
    public var labelColumn: String?
    /// The delimiter as written (a character or `tab`).
    public var delimiter: String?
    public var task: ClassifyTask?
    /// `VALUE=LABEL` pairs, as `--map` takes them.
    public var map: [String] = []

    public init() {}

    /// Parses a config; an unknown key, a line without `:` or an unknown task is an error
    /// naming `file:line`.
    public static func parse(_ text: String, file: String) throws -> ClassifyConfig {
        var config = ClassifyConfig()
        var number = 0
        for raw in text.lineSlices() {
            number += 1
            // A byte-order mark (Notepad) is not part of the first key.
            let line = (number == 1 && raw.hasPrefix("\u{FEFF}") ? raw.dropFirst() : raw).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw EvalError(file: file, line: number, problem: "expected 'key: value'")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            // The value keeps inner spaces; only the space after the colon is dropped, so a
            // delimiter of ' ' could not be written, which no real data set uses.
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { throw EvalError(file: file, line: number, problem: "'\(key)' has no value") }
            switch key {
            case "text-column": config.textColumn = value
            case "label-column": config.labelColumn = value
            case "delimiter": config.delimiter = value
            case "task":
                guard let task = ClassifyTask(rawValue: value) else {
                    throw EvalError(file: file, line: number, problem: "unknown task '\(value)' (editorial, attributed or three-way)")
                }
                config.task = task
            case "map": config.map.append(value)
            default:
                throw EvalError(file: file, line: number, problem: "unknown key '\(key)' (text-column, label-column, delimiter, task, map)")
            }
        }
        return config
    }
}
