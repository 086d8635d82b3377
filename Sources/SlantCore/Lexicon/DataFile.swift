import Foundation

/// A parsed Slant data file: UTF-8, tab-separated, with `#! key: value` metadata lines,
/// `#` comments and blank lines. The format is described in `Lexicons/README.md`.
///
/// The fields are kept as byte ranges of the file's one buffer, and made into strings only
/// when asked (`rows`, `field`): the loaders of the large lexicons read most fields as bytes
/// (a weight, a category, a plain term), where a string and an array per row were most of the
/// cost of loading a 10,000-entry lexicon.
public struct DataFile: Sendable {
    /// One entry line, with its 1-based line number for error messages.
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// An entry line as the parser keeps it: its line number and its fields' places in `spans`.
    struct Line: Sendable {
        var number: Int
        var firstSpan: Int
        var fieldCount: Int
    }

    /// A field's bytes: `start..<end` of `bytes`.
    struct Span: Sendable {
        var start: Int
        var end: Int
    }

    /// The file's name as given to the parser (used in error messages).
    public var name: String
    public var metadata: [String: String]
    /// The file's UTF-8 bytes: the fields are ranges of them, and the hash is theirs.
    let bytes: [UInt8]
    let lines: [Line]
    let spans: [Span]

    /// The entry lines, their fields as strings.
    public var rows: [Row] { (0..<lines.count).map(row) }

    /// How many entry lines the file has.
    public var rowCount: Int { lines.count }

    /// Entry line `r` (0-based), its fields as strings.
    public func row(_ r: Int) -> Row {
        Row(line: lines[r].number, fields: (0..<lines[r].fieldCount).map { field(r, $0) })
    }

    /// The 1-based line number of entry line `r`.
    public func line(_ r: Int) -> Int { lines[r].number }

    /// How many fields entry line `r` has.
    public func fieldCount(_ r: Int) -> Int { lines[r].fieldCount }

    /// Field `c` of entry line `r`, as a string.
    public func field(_ r: Int, _ c: Int) -> String {
        withField(r, c) { String(decoding: $0, as: UTF8.self) }
    }

    /// Field `c` of entry line `r` as a string, or nil when the line has no such field or it
    /// is empty (an optional note column).
    func nonEmptyField(_ r: Int, _ c: Int) -> String? {
        fieldCount(r) > c ? withField(r, c) { $0.isEmpty ? nil : String(decoding: $0, as: UTF8.self) } : nil
    }

    /// Names to match a column against by their bytes, in place (no string made, no hash).
    struct ByteNames: Sendable {
        private let names: [(bytes: [UInt8], name: String)]
        init(_ names: some Sequence<String>) {
            self.names = names.sorted().map { (Array($0.utf8), $0) }
        }
        /// The name whose bytes `field` holds, or nil.
        func name(_ field: UnsafeBufferPointer<UInt8>) -> String? {
            // Lengths first, then `memcmp`: every row's category is compared with a dozen names.
            guard let base = field.baseAddress, !field.isEmpty else { return names.first { $0.bytes.isEmpty }?.name }
            for (bytes, name) in names where bytes.count == field.count {
                if bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, field.count) == 0 }) { return name }
            }
            return nil
        }
    }

    /// Calls `body` with the bytes of field `c` of entry line `r`, in place.
    @inline(__always)
    func withField<R>(_ r: Int, _ c: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let span = spans[lines[r].firstSpan + c]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }

    /// SHA-256 of the file's bytes, computed when asked (`slant split` reads three files and
    /// cites none).
    public var sha256: String { SHA256.hex(bytes) }

    /// Parses `text`. Requires `#! name:` and `#! version:` metadata when `requireHeader` is set,
    /// and every row to have between `minColumns` and `maxColumns` fields.
    public static func parse(_ text: String, name: String, minColumns: Int, maxColumns: Int,
                             requireHeader: Bool = true) throws -> DataFile {
        var metadata: [String: String] = [:]
        // Lines and fields are cut in one pass over the UTF-8 bytes: iterating Characters
        // (grapheme clusters) made loading a 10,000-entry lexicon take over 100 ms. A String's
        // bytes are valid UTF-8, and fields are cut at tabs and line ends (ASCII), so every
        // field is valid UTF-8 too.
        let bytes = Array(text.utf8)
        var lines: [Line] = [], spans: [Span] = []
        // Line feeds and tabs are found by `memchr`, many bytes at a time: a loop over every
        // byte was most of the parsing of a 10,000-entry lexicon.
        // One entry a line, nearly: sized once from the count of line feeds.
        let lineFeeds = bytes.withUnsafeBufferPointer { b in
            var n = 0, k = 0
            while k < b.count, let feed = Self.find(0x0A, in: b, from: k, to: b.count) {
                n += 1
                k = feed + 1
            }
            return n
        }
        // Classic Mac line endings (a carriage return alone, no line feed anywhere) are line
        // ends, as `lineSlices` (and so `slant lexicon check`) reads them: the lines would
        // otherwise run together into one line of many columns.
        if lineFeeds == 0, bytes.contains(0x0D) {
            let lineEnds = String(decoding: bytes.map { $0 == 0x0D ? 0x0A : $0 }, as: UTF8.self)
            return try parse(lineEnds, name: name, minColumns: minColumns, maxColumns: maxColumns, requireHeader: requireHeader)
        }
        lines.reserveCapacity(lineFeeds + 1)
        spans.reserveCapacity((lineFeeds + 1) * min(maxColumns, 4))
        try bytes.withUnsafeBufferPointer { b in
            let count = b.count
            var lineNumber = 0
            // A UTF-8 byte-order mark (Notepad writes one) is not part of the first line.
            var lineStart = count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
            while lineStart <= count {
                lineNumber += 1
                let lineEnd = Self.find(0x0A, in: b, from: lineStart, to: count) ?? count
                defer { lineStart = lineEnd + 1 }
                var end = lineEnd
                if end > lineStart, b[end - 1] == 0x0D { end -= 1 }
                if end - lineStart >= 2, b[lineStart] == 0x23, b[lineStart + 1] == 0x21 {  // "#!"
                    let body = Substring(String(decoding: UnsafeBufferPointer(rebasing: b[(lineStart + 2)..<end]), as: UTF8.self))
                    guard let colon = body.firstIndex(of: ":") else {
                        throw LexiconError(file: name, line: lineNumber, problem: "metadata line needs 'key: value'")
                    }
                    let key = body[..<colon].trimmingSpaces().lowercased()
                    metadata[key] = String(body[body.index(after: colon)...].trimmingSpaces())
                    continue
                }
                if end > lineStart, b[lineStart] == 0x23 { continue }  // "#"
                var blank = true
                for k in lineStart..<end where b[k] != 0x20 && b[k] != 0x09 {
                    blank = false
                    break
                }
                if blank { continue }
                let firstSpan = spans.count
                var fieldStart = lineStart
                while let tab = Self.find(0x09, in: b, from: fieldStart, to: end) {
                    spans.append(Span(start: fieldStart, end: tab))
                    fieldStart = tab + 1
                }
                spans.append(Span(start: fieldStart, end: end))
                let fieldCount = spans.count - firstSpan
                if fieldCount < minColumns || fieldCount > maxColumns {
                    let expected = minColumns == maxColumns ? "\(minColumns)" : "\(minColumns) to \(maxColumns)"
                    throw LexiconError(file: name, line: lineNumber,
                                       problem: "expected \(expected) tab-separated columns, found \(fieldCount)")
                }
                // The first field holds no tab: it is empty if it holds only spaces.
                var emptyTerm = true
                for k in spans[firstSpan].start..<spans[firstSpan].end where b[k] != 0x20 {
                    emptyTerm = false
                    break
                }
                if emptyTerm { throw LexiconError(file: name, line: lineNumber, problem: "empty term") }
                lines.append(Line(number: lineNumber, firstSpan: firstSpan, fieldCount: fieldCount))
            }
        }
        if requireHeader {
            for key in ["name", "version"] where metadata[key]?.isEmpty ?? true {
                throw LexiconError(file: name, line: nil, problem: "missing header line '#! \(key): ...'")
            }
        }
        return DataFile(name: name, metadata: metadata, bytes: bytes, lines: lines, spans: spans)
    }

    /// The offset of the first `byte` in `b[from..<to]`, or nil.
    @inline(__always)
    private static func find(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = b.baseAddress else { return nil }
        return memchr(base + from, Int32(byte), to - from).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
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
