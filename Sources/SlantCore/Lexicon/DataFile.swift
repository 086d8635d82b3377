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
    /// The file's text, kept for its hash.
    private var text: String
    /// SHA-256 of the file's bytes, computed when asked (`slant split` reads three files and
    /// cites none).
    public var sha256: String { SHA256.hex(text.utf8) }

    /// Parses `text`. Requires `#! name:` and `#! version:` metadata when `requireHeader` is set,
    /// and every row to have between `minColumns` and `maxColumns` fields.
    public static func parse(_ text: String, name: String, minColumns: Int, maxColumns: Int,
                             requireHeader: Bool = true) throws -> DataFile {
        var metadata: [String: String] = [:]
        var rows: [Row] = []
        // Lines and fields are cut in one pass over the UTF-8 bytes: iterating Characters
        // (grapheme clusters) made loading a 10,000-entry lexicon take over 100 ms.
        let bytes = Array(text.utf8)
        var lineNumber = 0
        // A UTF-8 byte-order mark (Notepad writes one) is not part of the first line.
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while lineStart <= bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            let line = bytes[lineStart..<end]
            if line.starts(with: [0x23, 0x21]) {  // "#!"
                let body = Substring(String(decoding: line.dropFirst(2), as: UTF8.self))
                guard let colon = body.firstIndex(of: ":") else {
                    throw LexiconError(file: name, line: lineNumber, problem: "metadata line needs 'key: value'")
                }
                let key = body[..<colon].trimmingSpaces().lowercased()
                metadata[key] = String(body[body.index(after: colon)...].trimmingSpaces())
                continue
            }
            if line.first == 0x23 || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var fields: [String] = []
            fields.reserveCapacity(maxColumns)
            var fieldStart = lineStart
            for k in lineStart...end where k == end || bytes[k] == 0x09 {
                fields.append(String(decoding: bytes[fieldStart..<k], as: UTF8.self))
                fieldStart = k + 1
            }
            if fields.count < minColumns || fields.count > maxColumns {
                let expected = minColumns == maxColumns ? "\(minColumns)" : "\(minColumns) to \(maxColumns)"
                throw LexiconError(file: name, line: lineNumber,
                                   problem: "expected \(expected) tab-separated columns, found \(fields.count)")
            }
            if fields[0].utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                throw LexiconError(file: name, line: lineNumber, problem: "empty term")
            }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        if requireHeader {
            for key in ["name", "version"] where metadata[key]?.isEmpty ?? true {
                throw LexiconError(file: name, line: nil, problem: "missing header line '#! \(key): ...'")
            }
        }
        return DataFile(name: name, metadata: metadata, rows: rows, text: text)
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
