/// A parsed Slant data file: UTF-8, tab-separated, with `#! key: value` metadata lines,
/// `#` comments and blank lines. The format is described in `Lexicons/README.md`.
public struct DataFile: Sendable {
    /// One entry line, with its 1-based line number for error messages.
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// The file's name as given to the parser (used in error messages).
    public var name: String
    public var metadata: [String: String]
    public var rows: [Row]
    /// SHA-256 of the file's bytes.
    public var sha256: String

    /// Parses `text`. Requires `#! name:` and `#! version:` metadata when `requireHeader` is set,
    /// and every row to have between `minColumns` and `maxColumns` fields.
    public static func parse(_ text: String, name: String, minColumns: Int, maxColumns: Int,
                             requireHeader: Bool = true) throws -> DataFile {
        var metadata: [String: String] = [:]
        var rows: [Row] = []
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so splitting on "\n" alone would read a CRLF file
        // (saved by a Windows editor) as a single line.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.hasPrefix("#!") {
                let body = line.dropFirst(2)
                guard let colon = body.firstIndex(of: ":") else {
                    throw LexiconError(file: name, line: lineNumber, problem: "metadata line needs 'key: value'")
                }
                let key = body[..<colon].trimmingSpaces().lowercased()
                metadata[key] = String(body[body.index(after: colon)...].trimmingSpaces())
                continue
            }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count < minColumns || fields.count > maxColumns {
                let expected = minColumns == maxColumns ? "\(minColumns)" : "\(minColumns) to \(maxColumns)"
                throw LexiconError(file: name, line: lineNumber,
                                   problem: "expected \(expected) tab-separated columns, found \(fields.count)")
            }
            if fields[0].trimmingSpaces().isEmpty {
                throw LexiconError(file: name, line: lineNumber, problem: "empty term")
            }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        if requireHeader {
            for key in ["name", "version"] where metadata[key]?.isEmpty ?? true {
                throw LexiconError(file: name, line: nil, problem: "missing header line '#! \(key): ...'")
            }
        }
        return DataFile(name: name, metadata: metadata, rows: rows, sha256: SHA256.hex(text.utf8))
    }

    /// What a report cites of this file: name, version and content hash.
    public var info: LexiconInfo {
        LexiconInfo(file: name, name: metadata["name"] ?? name, version: metadata["version"] ?? "", sha256: sha256)
    }
}

/// The identity of a lexicon used in an analysis: every JSON output and report names these.
public struct LexiconInfo: Codable, Hashable, Sendable {
    public var file: String
    public var name: String
    public var version: String
    public var sha256: String
}

extension StringProtocol {
    func trimmingSpaces() -> Substring {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
