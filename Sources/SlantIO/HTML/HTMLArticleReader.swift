import Foundation
import SlantCore

/// What was extracted from one HTML page: the article, its blocks, and where each metadata
/// value was found in the page.
public struct HTMLExtraction: Sendable {
    /// The article to analyse: the headline, a blank line, then the body's blocks separated by
    /// blank lines. All offsets refer to this extracted text, not to the HTML.
    public var article: Article
    /// The body's blocks in page order (the headline is not among them).
    public var blocks: [ExtractedBlock]
    /// For each metadata field found in the page, the markup it came from
    /// (`meta og:title`, `json-ld datePublished`, `link rel=canonical`, ...).
    public var sources: [String: String]
}

/// Reads news articles from HTML pages: the main content without navigation, asides, footers,
/// related links, share widgets, comments and captions; the title, date, URL, author and outlet
/// from the page's markup, each with its provenance.
public enum HTMLArticleReader {
    /// Reads a page and returns the article to analyse.
    ///
    /// - Parameters:
    ///   - data: the page's bytes (any charset libxml2 knows; gzip-compressed pages are inflated).
    ///   - path: the name used in error messages.
    ///   - overrides: metadata from the command line, which wins over the page's.
    /// - Throws: `InputError` for empty, binary or textless input.
    public static func article(from data: Data, path: String, overrides: MetadataOverrides = MetadataOverrides(),
                               suffixes: PublicSuffixList = .embedded) throws -> Article {
        try extract(from: data, path: path, overrides: overrides, suffixes: suffixes).article
    }

    /// Reads a page and returns the article with its blocks and the sources of its metadata.
    public static func extract(from data: Data, path: String, overrides: MetadataOverrides = MetadataOverrides(),
                               suffixes: PublicSuffixList = .embedded) throws -> HTMLExtraction {
        var data = data
        if Gzip.isCompressed(data) {
            data = try Gzip.decompress(data, name: path)
        } else if path.lowercased().hasSuffix(".gz") {
            // Read as it is, a file named as compressed whose bytes are not (a failed download,
            // an error page saved under the page's name) was analysed as whatever it held.
            throw InputError(path: path, problem: "is named .gz but is not gzip-compressed (it does not start with the bytes 1f 8b); if it is a plain page, name it without .gz")
        }
        try check(data, path: path)
        let parse: () throws -> HTMLNode = {
            do { return try HTMLDocument(data: data).root } catch HTMLParseError.tooLarge {
                throw InputError(path: path, problem: "is too large for an HTML page (over 2 GB)")
            } catch {
                throw InputError(path: path, problem: "cannot be parsed as HTML")
            }
        }
        // Metadata only reads the tree, so the first extraction attempt can prune the same one.
        var unused: HTMLNode? = try parse()
        let found = HTMLMetadata(root: unused ?? HTMLNode(tag: "html"))
        var blocks = try ContentExtractor.extract(makeRoot: {
            if let root = unused { unused = nil; return root }
            return try parse()
        })
        var sources: [String: String] = ["text": "page content"]
        // Pages that render the story with JavaScript carry it only in JSON-LD: when the markup
        // yields far less than the page's own articleBody, the articleBody is the story.
        if let body = found.jsonLDBody {
            let fromLD = jsonLDBlocks(body)
            let pageLetters = blocks.reduce(0) { $0 + ContentExtractor.letterCount($1.text) }
            let ldLetters = fromLD.reduce(0) { $0 + ContentExtractor.letterCount($1.text) }
            if pageLetters < ContentExtractor.minimumCharacters, ldLetters > 2 * pageLetters {
                blocks = fromLD
                sources["text"] = "json-ld articleBody"
            }
        }
        guard !blocks.isEmpty else { throw InputError(path: path, problem: "no article text found in the page") }

        var metadata = ArticleMetadata()
        if let title = found.title {
            metadata.title = MetaValue(titleWithoutSiteName(title.value, siteName: found.siteName?.value, url: found.url?.value), .html)
            sources["title"] = title.source
        }
        // A date in the markup that is no calendar date ("2024-02-30", "yesterday", a bare
        // number) is left out, as ingest leaves it out: the page's markup is not the user's to fix.
        if let date = found.date, case let normalized = normalizedDate(date.value), ScraperTextReader.isISODate(normalized) {
            metadata.date = MetaValue(normalized, .html)
            sources["date"] = date.source
        }
        if let url = found.url, url.value.hasPrefix("http") || url.value.hasPrefix("//") {
            metadata.url = MetaValue(url.value.hasPrefix("//") ? "https:" + url.value : url.value, .html)
            sources["url"] = url.source
        }
        if let author = found.author { metadata.author = MetaValue(author.value, .html); sources["author"] = author.source }
        // The registrable domain names an outlet the same way for every input format, so
        // aggregates group HTML pages with text files; the site's own name is the fallback.
        if let url = metadata.url.value, let domain = suffixes.registrableDomain(ofURL: url) {
            metadata.outlet = MetaValue(domain, .url)
            sources["outlet"] = "registrable domain of the url"
        } else if let site = found.siteName {
            metadata.outlet = MetaValue(site.value, .html)
            sources["outlet"] = site.source
        }
        overrides.apply(to: &metadata, suffixes: suffixes)
        for (key, value) in [("title", overrides.title), ("date", overrides.date), ("url", overrides.url), ("outlet", overrides.outlet)] where value != nil {
            sources[key] = "command line"
        }
        if overrides.outlet == nil, overrides.url != nil, metadata.outlet.provenance == .url { sources["outlet"] = "registrable domain of the url" }

        var text = ""
        var headline: Range<Int>?
        if let title = metadata.title.value, !title.isEmpty {
            let clean = HTMLText.collapse(title)
            text = clean
            headline = 0..<clean.utf8.count
            text += "\n\n"
        }
        let bodyStart = text.utf8.count
        text += blocks.map(\.text).joined(separator: "\n\n")
        text += "\n"
        let article = Article(text: text, metadata: metadata, headline: headline, body: [bodyStart..<text.utf8.count])
        return HTMLExtraction(article: article, blocks: blocks, sources: sources)
    }

    /// Paragraphs of a JSON-LD articleBody: parsed as HTML when it holds markup, else split at
    /// line breaks.
    static func jsonLDBlocks(_ body: String) -> [ExtractedBlock] {
        if body.contains("</") || body.contains("<br") || body.contains("<p") {
            guard let root = try? HTMLDocument(data: Data(("<html><body>" + body + "</body></html>").utf8)).root else { return [] }
            return BlockRenderer.render(root.descendants(["body"]))
        }
        return body.split(whereSeparator: \.isNewline).map { HTMLText.collapse(String($0)) }.filter { !$0.isEmpty }
            .map { ExtractedBlock(kind: .paragraph, text: $0) }
    }

    /// A title without a trailing or leading site name (`Story - Sportsnet.ca`, `Site | Story`),
    /// recognised as the page's site name or its domain's first label, ignoring case, spaces and dots.
    static func titleWithoutSiteName(_ title: String, siteName: String?, url: String?) -> String {
        func key(_ s: Substring) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }
        var names = Set<String>()
        if let siteName { names.insert(key(Substring(siteName))) }
        if let url, let host = PublicSuffixList.host(ofURL: url) {
            let labels = host.lowercased().split(separator: ".").filter { $0 != "www" }
            if let first = labels.first { names.insert(key(first)) }
            names.insert(key(Substring(labels.joined())))
        }
        names.remove("")
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            if let range = title.range(of: separator, options: .backwards), names.contains(key(title[range.upperBound...])) {
                let rest = title[..<range.lowerBound]
                if !rest.isEmpty { return String(rest) }
            }
            if let range = title.range(of: separator), names.contains(key(title[..<range.lowerBound])) {
                let rest = title[range.upperBound...]
                if !rest.isEmpty { return String(rest) }
            }
        }
        return title
    }

    /// Whether input should be read as HTML: by extension (.html, .htm, .xhtml, and those
    /// gzip-compressed), or because it starts (after white space and a byte-order mark) with
    /// `<!doctype html` or `<html`, perhaps after an XML prolog or comments.
    public static func looksLikeHTML(_ data: Data, path: String?) -> Bool {
        if let path {
            let lower = path.lowercased()
            for ext in [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"] where lower.hasSuffix(ext) { return true }
        }
        var start = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        start = String(start.drop { $0.isWhitespace || $0 == "\u{FEFF}" })
        // An XML prolog (XHTML) and comments may come first.
        while true {
            if start.hasPrefix("<!--"), let end = start.range(of: "-->") {
                start = String(start[end.upperBound...].drop { $0.isWhitespace })
            } else if start.hasPrefix("<?xml"), let end = start.range(of: "?>") {
                start = String(start[end.upperBound...].drop { $0.isWhitespace })
            } else {
                break
            }
        }
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    /// Rejects input that is empty or binary, with a message naming the file.
    static func check(_ data: Data, path: String) throws {
        let head = data.prefix(4096)
        if head.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) && data.count <= 4096 {
            throw InputError(path: path, problem: "is empty")
        }
        let utf16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        guard !utf16 else { return }
        // A NUL, or control characters (not tab, line breaks, form feed or escape) in more than
        // one byte in fifty: no page holds them, while random bytes have one in ten, and any
        // bytes that are not UTF-8 would otherwise be read as windows-1252 text.
        let controls = head.reduce(0) { n, b in n + (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B ? 1 : 0) }
        if head.contains(0) || controls >= 4 && controls * 50 > head.count {
            throw InputError(path: path, problem: "is binary data, not an HTML page")
        }
    }

    /// A date as `YYYY-MM-DD` when it starts with an ISO date or is in a common web format
    /// (RFC 1123, "November 19, 2019"); otherwise as found.
    static func normalizedDate(_ raw: String) -> String {
        let value = raw.trimmingCharacters(in: " \t\n")
        let prefix = String(value.prefix(10))
        if ScraperTextReader.isISODate(prefix) { return prefix }
        let compact = value.prefix(8)
        if compact.count == 8, compact.allSatisfy(\.isNumber) {
            let s = String(compact)
            let iso = "\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.suffix(2))"
            if ScraperTextReader.isISODate(iso) { return iso }
        }
        if let slashed = slashDate(value) { return slashed }
        // The web's date forms are printable ASCII; Foundation's formatter traps on some other
        // text (a combining mark or joiner after a digit: "2\u{301}"), so it never sees any.
        guard value.utf8.count <= 64, value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return value }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz",
                       "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy/MM/dd"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: value) {
                formatter.dateFormat = "yyyy-MM-dd"
                return formatter.string(from: date)
            }
        }
        return value
    }

    /// A numeric date with slashes that can be read one way only: "1/21/18" and "21/1/2018" are
    /// 2018-01-21 (the day is over 12, so month and day cannot be swapped), as is "1/1/2018";
    /// "5/6/2017" is nil, since it is 6 May in one convention and 5 June in the other. A
    /// two-digit year is 2000-2069 for 00-69 and 1970-1999 for 70-99, as POSIX `strptime`'s
    /// `%y` reads it (a fixed rule, so the same record gives the same date every year).
    static func slashDate(_ value: String) -> String? {
        slashReadings(value).flatMap { $0.count == 1 ? $0[0] : nil }
    }

    /// True for a numeric date with slashes that is a valid date both as month/day and as
    /// day/month ("5/6/2017").
    static func isAmbiguousSlashDate(_ value: String) -> Bool {
        slashReadings(value)?.count == 2
    }

    /// The distinct calendar dates a numeric "a/b/year" can be read as (month/day, then
    /// day/month), or nil when it is not of that shape.
    private static func slashReadings(_ value: String) -> [String]? {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
              let a = Int(parts[0]), let b = Int(parts[1]), var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += year < 70 ? 2000 : 1900 }
        func iso(month: Int, day: Int) -> String? {
            let s = String(format: "%04d-%02d-%02d", year, month, day)
            return ScraperTextReader.isISODate(s) ? s : nil
        }
        var readings: [String] = []
        if let m = iso(month: a, day: b) { readings.append(m) }
        if let d = iso(month: b, day: a), !readings.contains(d) { readings.append(d) }
        return readings
    }
}
