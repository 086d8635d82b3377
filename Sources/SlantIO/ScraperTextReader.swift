import SlantCore

/// Metadata given on the command line, which overrides what the input says.
public struct MetadataOverrides: Sendable {
    public var outlet: String?
    public var url: String?
    public var date: String?
    public var title: String?

    public init(outlet: String? = nil, url: String? = nil, date: String? = nil, title: String? = nil) {
        self.outlet = outlet
        self.url = url
        self.date = date
        self.title = title
    }

    /// Applies the overrides: flags win; an outlet is derived from a flagged URL when no outlet is given.
    public func apply(to metadata: inout ArticleMetadata, suffixes: PublicSuffixList = .embedded) {
        if let url { metadata.url = MetaValue(url, .flag) }
        if let date { metadata.date = MetaValue(date, .flag) }
        if let title { metadata.title = MetaValue(title, .flag) }
        if let outlet {
            metadata.outlet = MetaValue(outlet, .flag)
        } else if self.url != nil || metadata.outlet.value == nil, let url = metadata.url.value,
                  let domain = suffixes.registrableDomain(ofURL: url) {
            metadata.outlet = MetaValue(domain, .url)
        }
    }
}

/// Reads plain-text articles, optionally in the simple scraper format: a first line
/// ` date YYYY-MM-DD URL` (leading space optional), then the title, possibly repeated, then
/// the body.
public enum ScraperTextReader {
    public static func article(from text: String, overrides: MetadataOverrides = MetadataOverrides(),
                               suffixes: PublicSuffixList = .embedded) -> Article {
        let bytes = Array(text.utf8)
        var metadata = ArticleMetadata()
        var headline: Range<Int>?
        var bodyStart = 0
        let lines = lineRanges(bytes)
        if let first = lines.first, let header = parseHeader(bytes[first]) {
            metadata.date = MetaValue(header.date, .header)
            metadata.url = MetaValue(header.url, .header)
            if let domain = suffixes.registrableDomain(ofURL: header.url) { metadata.outlet = MetaValue(domain, .url) }
            var index = 1
            while index < lines.count, isBlank(bytes[lines[index]]) { index += 1 }
            bodyStart = lines.count > index ? lines[index].lowerBound : bytes.count
            if index < lines.count {
                let titleRange = trimmed(lines[index], bytes)
                headline = titleRange
                metadata.title = MetaValue(String(decoding: bytes[titleRange], as: UTF8.self), .titleLine)
                bodyStart = lines[index].upperBound
                // Drop a title line that repeats.
                var next = index + 1
                while next < lines.count, isBlank(bytes[lines[next]]) { next += 1 }
                if next < lines.count, bytes[trimmed(lines[next], bytes)] == bytes[titleRange] {
                    bodyStart = lines[next].upperBound
                }
            }
        }
        overrides.apply(to: &metadata, suffixes: suffixes)
        let body = bodyStart < bytes.count ? [bodyStart..<bytes.count] : []
        return Article(text: text, metadata: metadata, headline: headline, body: body)
    }

    struct Header { var date: String; var url: String }

    /// Whether a text is a scraper header and nothing else, as a scraper writes for a page it
    /// failed on: there is no article to analyse. Stops at the first byte after the header
    /// that is not white space.
    public static func isHeaderOnly(_ text: String) -> Bool {
        let utf8 = text.utf8
        let end = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
        guard parseHeader(ArraySlice(utf8[utf8.startIndex..<end])) != nil else { return false }
        return utf8[end...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The error for such a text.
    public static func headerOnlyError(_ name: String) -> InputError {
        InputError(path: name, problem: "holds only the ' date YYYY-MM-DD URL' header: no title and no text")
    }

    /// Throws when the first line has the header's shape (` date DDDD-DD-DD URL`) with a date
    /// that is no calendar date ("2024-02-30"): read as text, the header would become the
    /// article's first sentence and its date, URL and outlet would be lost without a word, where
    /// a record's bad date is an error. (`isHeaderOnly` is asked too: a header alone is an error.)
    public static func checkHeader(_ text: String, name: String) throws {
        if isHeaderOnly(text) { throw headerOnlyError(name) }
        let utf8 = text.utf8
        let end = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
        guard let parts = headerParts(ArraySlice(utf8[utf8.startIndex..<end])), !isISODate(parts.date) else { return }
        let shape = parts.date.utf8.map { $0 >= 0x30 && $0 <= 0x39 ? UInt8(ascii: "9") : $0 }
        guard shape == Array("9999-99-99".utf8) else { return }
        throw InputError(path: name + ":1", problem: "date '\(parts.date)' in the ' date YYYY-MM-DD URL' header is not a calendar date")
    }

    /// Parses ` date YYYY-MM-DD URL`.
    static func parseHeader(_ line: ArraySlice<UInt8>) -> Header? {
        guard let parts = headerParts(line), isISODate(parts.date) else { return nil }
        return Header(date: String(parts.date), url: String(parts.url))
    }

    /// The date and URL fields of a line shaped ` date DATE URL`, the date not checked. A UTF-8
    /// byte-order mark before it (Windows editors write one) is not part of the header.
    static func headerParts(_ line: ArraySlice<UInt8>) -> (date: Substring, url: Substring)? {
        var line = line
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: " \t\r")
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[0] == "date" else { return nil }
        return (parts[1], parts[2])
    }

    /// True for `YYYY-MM-DD` with a plausible month and day.
    public static func isISODate<S: StringProtocol>(_ s: S) -> Bool {
        let parts = s.split(separator: "-")
        guard s.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), let year = Int(parts[0]), (1...12).contains(month) else { return false }
        // A day the month has ("2024-02-30" is no date; 29 February only in a leap year).
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// Byte ranges of lines, without their line breaks.
    static func lineRanges(_ b: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in 0..<b.count where b[i] == 0x0A {
            result.append(start..<i)
            start = i + 1
        }
        if start < b.count { result.append(start..<b.count) }
        return result
    }

    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

    static func trimmed(_ r: Range<Int>, _ b: [UInt8]) -> Range<Int> {
        var s = r.lowerBound, e = r.upperBound
        while s < e, b[s] == 0x20 || b[s] == 0x09 || b[s] == 0x0D { s += 1 }
        while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
        return s..<e
    }
}
