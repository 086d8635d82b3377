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

    /// Throws when the first line looks like the header but is not one: read as text, it would
    /// become the article's first sentence and its date, URL and outlet would be lost without a
    /// word, where a record's bad date is an error. (`isHeaderOnly` is asked too: a header alone
    /// is an error.) See `headerProblem` for what looks like a header.
    public static func checkHeader(_ text: String, name: String) throws {
        if isHeaderOnly(text) { throw headerOnlyError(name) }
        let utf8 = text.utf8
        let end = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
        let line = ArraySlice(utf8[utf8.startIndex..<end])
        guard parseHeader(line) == nil, let problem = headerProblem(line) else { return }
        throw InputError(path: name + ":1", problem: problem)
    }

    /// What is wrong with a first line that looks like the header but does not parse, or nil
    /// when it does not look like one. It looks like one when its first word is `date` (in
    /// lower case, as scrapers write it) with one or two words after it, and the first of them
    /// is written like a date (digits with `-`, `/` or `.`) or one of them like a URL. An
    /// article whose first line is a sentence starting "date" has more words, or none of that
    /// shape, and stays text.
    static func headerProblem(_ line: ArraySlice<UInt8>) -> String? {
        var line = line
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        let words = String(decoding: line, as: UTF8.self).split { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard (2...3).contains(words.count), words[0] == "date",
              isDateShaped(words[1]) || words.dropFirst().contains(where: looksLikeURL) else { return nil }
        let header = "the ' date YYYY-MM-DD URL' header"
        guard words.count == 3 else {
            return isDateShaped(words[1]) ? "\(header) has no URL after its date" : "\(header) has no date before its URL"
        }
        let (date, url) = (words[1], words[2])
        if !isISODate(date) {
            let shape = date.utf8.map { $0 >= 0x30 && $0 <= 0x39 ? UInt8(ascii: "9") : $0 }
            if shape == Array("9999-99-99".utf8) { return "date '\(date)' in \(header) is not a calendar date" }
            return "date '\(date)' in \(header) is not written YYYY-MM-DD"
        }
        if !isURL(url) { return "'\(url)' in \(header) is not a URL" }
        return nil
    }

    /// Digits with date separators, at least one digit: "24-5-1", "2024/05/01", "1.5.2024".
    static func isDateShaped(_ word: Substring) -> Bool {
        word.contains { $0.isASCII && $0.isNumber } && word.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == "/" || $0 == "." }
    }

    /// A word a header's URL field could be meant as: with a scheme, or starting with "www.".
    static func looksLikeURL(_ word: Substring) -> Bool {
        word.contains("://") || word.lowercased().hasPrefix("www.")
    }

    /// A URL as the header needs one: a host after a scheme (`https://x.com/a`), or a host
    /// with a dot (`x.com/a`). "notaurl" gave the article a URL but no outlet.
    static func isURL(_ word: Substring) -> Bool {
        guard let host = PublicSuffixList.host(ofURL: String(word)) else { return false }
        return word.contains("://") || host.contains(".")
    }

    /// Parses ` date YYYY-MM-DD URL`.
    static func parseHeader(_ line: ArraySlice<UInt8>) -> Header? {
        guard let parts = headerParts(line), isISODate(parts.date), isURL(parts.url) else { return nil }
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
