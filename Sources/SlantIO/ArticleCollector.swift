import Foundation
import SlantCore

/// One article found in the input, with where it came from.
public struct CollectedArticle: Sendable {
    public var article: Article
    /// The outlet: metadata, else the URL's registrable domain, else the fallback given.
    public var outlet: String
    /// `path` for a whole file, `path:line` for a JSON Lines record.
    public var origin: String
    /// A JSON object (sorted keys) of the record's other fields, or nil.
    public var extra: String?
}

/// Metadata for files, keyed by file name, from a TSV with a header line (`--metadata`), such
/// as PolNeAR's `metadata.tsv`. Recognised columns: `filename` / `file` / `id` (the key: a
/// file's name with or without its extension), `outlet` / `publisher` / `source`, `url`,
/// `date` / `publication_date`, `title`, `author` / `authors`. Every other column is kept
/// in the article's extra fields.
///
/// A malformed row (its field count differs from the header's) or a second row for the same file
/// is not used: it is kept in `problems` as `file:line`, and the files it would have described
/// keep the metadata their header, URL or record give. A date that is no calendar date is
/// reported the same way and left out, the row's other fields used. A table that has no header
/// or no key column is an error.
public struct MetadataTable: Sendable {
    public var rows: [String: [String: String]] = [:]
    /// The rows left out, each naming `file:line` and what is wrong, in file order.
    public var problems: [InputError] = []

    public init() {}

    public init(tsv text: String, name: String) throws {
        // A spreadsheet's UTF-8 export starts with a byte-order mark, which is not part of the
        // first column's name.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var lines = text.lineSlices().map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        while lines.last == "" { lines.removeLast() }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
            throw InputError(path: name, problem: "is empty")
        }
        guard let keyColumn = ["filename", "file", "id"].first(where: header.contains) else {
            throw InputError(path: name, problem: "line 1: no 'filename', 'file' or 'id' column to match files by")
        }
        var firstLine: [String: Int] = [:]
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else {
                problems.append(InputError(path: "\(name):\(index + 1)",
                                           problem: "has \(fields.count) fields, the header has \(header.count); row not used"))
                continue
            }
            var row = Dictionary(uniqueKeysWithValues: zip(header, fields))
            guard let given = row[keyColumn] else { continue }
            let key = Self.key(given)
            // A file named twice: the first row is used (the later one was used, silently).
            if let first = firstLine[key] {
                problems.append(InputError(path: "\(name):\(index + 1)", problem: "names '\(given)' again (first on line \(first)); row not used"))
                continue
            }
            // A date that is no calendar date is reported at its row, and the row's other fields
            // are used: the article's file is not at fault (it was refused with the file's name).
            for column in ["date", "publication_date"] {
                guard let date = row[column], !date.trimmingCharacters(in: .whitespaces).isEmpty,
                      !ScraperTextReader.isISODate(date.prefix(10)),
                      !ScraperTextReader.isISODate(HTMLArticleReader.normalizedDate(date)) else { continue }
                problems.append(InputError(path: "\(name):\(index + 1)", problem: "\(column) '\(date.prefix(40))' is not a date (give YYYY-MM-DD); the row's other fields are used"))
                row[column] = nil
            }
            firstLine[key] = index + 1
            rows[key] = row
        }
    }

    /// The row for a file path, matched by its name without directory or extension.
    public func row(for path: String) -> [String: String]? {
        rows[Self.key(path)]
    }

    static func key(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension.isEmpty ? name : (name as NSString).deletingPathExtension
    }
}

/// Finds and reads articles for `slant ingest`: files, directories (recursively, by
/// extension, in sorted order), standard input, JSON Lines, scraper-format text and HTML.
/// A bad record is reported and reading goes on; `strict` stops at the first.
public struct ArticleCollector: Sendable {
    /// Extensions read when walking a directory.
    public static let textExtensions: Set<String> = ["txt", "text"]
    public static let jsonlExtensions: Set<String> = ["jsonl", "ndjson"]
    public static let htmlExtensions: Set<String> = ["html", "htm"]

    /// The outlet used when neither the metadata nor the URL gives one (`--outlet`).
    public var fallbackOutlet: String?
    /// Whether an article with no outlet is an error (ingest groups by outlet; audit does not).
    public var requiresOutlet = true
    public var metadata: MetadataTable
    /// The Public Suffix List for outlets named by their URL: the one given, else the embedded
    /// one, parsed the first time a URL needs it. A corpus whose records name their outlet (as
    /// JSON Lines usually do) never parses it: 28M instructions of every ingest's start-up,
    /// on the core that builds the analyzer meanwhile.
    public var suffixes: PublicSuffixList {
        get { givenSuffixes ?? .embedded }
        set { givenSuffixes = newValue }
    }
    private var givenSuffixes: PublicSuffixList?

    /// `suffixes` nil: the embedded list, when a URL first needs it.
    public init(fallbackOutlet: String? = nil, metadata: MetadataTable = MetadataTable(), suffixes: PublicSuffixList? = nil) {
        self.fallbackOutlet = fallbackOutlet
        self.metadata = metadata
        givenSuffixes = suffixes
    }

    /// Expands paths into the files to read: a directory becomes its files with a known
    /// extension (gzip-compressed pages, `.html.gz`, included), found by `DirectoryWalk`
    /// (recursively, hidden files skipped, sorted by path so runs are repeatable); `-` stays as is.
    /// A path that does not exist throws (before anything is read); what cannot be read inside
    /// a directory (a folder that cannot be listed, a name that is not UTF-8, a broken link) is
    /// returned in `problems` and the rest is found.
    /// `alsoExtensions`: more extensions a command reads in a directory (`slant report` also
    /// reads the `.json` of `slant score --format json`).
    public static func expand(_ paths: [String], alsoExtensions: Set<String> = []) throws -> (files: [String], problems: [InputError]) {
        var result: [String] = []
        var problems: [InputError] = []
        let known = textExtensions.union(jsonlExtensions).union(htmlExtensions).union(alsoExtensions)
        for path in paths {
            if path == "-" {
                result.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(path: path, problem: "no such file or directory")
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let (files, found) = DirectoryWalk.files(under: path, wanted: DirectoryWalk.extensions(known.union(["html.gz", "htm.gz"])))
            problems += found
            result += files.map(\.path)
        }
        return (result, problems)
    }

    /// The kind of input a path holds, from its extension (standard input and unknown
    /// extensions: HTML when it starts like a page, JSON Lines when the first non-blank byte
    /// is `{`, else text).
    public enum Kind: Sendable { case text, jsonl, html }

    public static func kind(of path: String, data: Data) -> Kind {
        let ext = (path as NSString).pathExtension.lowercased()
        if jsonlExtensions.contains(ext) { return .jsonl }
        if htmlExtensions.contains(ext) { return .html }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        let firstIndex = body.firstIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        if textExtensions.contains(ext) {
            // A .txt whose first line is a JSON object is a record saved under the wrong name,
            // read as JSON Lines as standard input reads it (its braces and keys were analysed as
            // prose); a page in a .txt is read as a page by the text reader.
            guard let start = firstIndex, body[start] == UInt8(ascii: "{") else { return .text }
            let lineEnd = body[start...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[start..<lineEnd]
            return (try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any] ? .jsonl : .text
        }
        if HTMLArticleReader.looksLikeHTML(data, path: path) { return .html }
        return firstIndex.map { body[$0] } == UInt8(ascii: "{") ? .jsonl : .text
    }

    /// Reads every article in one input (its name and bytes), calling `emit` with each article
    /// or with an error naming `path` or `path:line`. Throwing from `emit` stops the reading.
    public func read(name: String, data: Data, emit: (Result<CollectedArticle, InputError>) throws -> Void) throws {
        switch Self.kind(of: name, data: data) {
        case .jsonl:
            try readJSONLines(name: name, data: data, emit: emit)
        case .html:
            try emit(readHTML(name: name, data: data))
        case .text:
            try emit(Result { try readText(name: name, data: data) }.mapError { $0 as? InputError ?? InputError(path: name, problem: $0.localizedDescription) })
        }
    }

    // MARK: HTML

    /// HTML pages go through the HTML reader (SlantIO/HTML): the main content, with the title,
    /// date, URL and author from the page's markup.
    func readHTML(name: String, data: Data) -> Result<CollectedArticle, InputError> {
        Result {
            try finish(HTMLArticleReader.article(from: data, path: name, suffixes: suffixes), name: name, origin: name, extra: nil)
        }.mapError { $0 as? InputError ?? InputError(path: name, problem: $0.localizedDescription) }
    }

    // MARK: Text

    func readText(name: String, data: Data) throws -> CollectedArticle {
        let text = try InputReader.text(data, name: name)
        // Stored, it would be an article of no sentences in its outlet's counts.
        try ScraperTextReader.checkHeader(text, name: name)
        var article = ScraperTextReader.article(from: text)
        var extra: String?
        if let row = metadata.row(for: name) {
            extra = applyTable(row, to: &article)
        }
        return try finish(article, name: name, origin: name, extra: extra)
    }

    /// Applies a metadata-table row: its values fill fields the text did not give (provenance
    /// `record`); a title that is the text's first line becomes the headline.
    func applyTable(_ row: [String: String], to article: inout Article) -> String? {
        func value(_ names: [String]) -> String? {
            for n in names { if let v = row[n]?.trimmingCharacters(in: " \t"), !v.isEmpty, v != "None", v != "NA" { return v } }
            return nil
        }
        var used: Set<String> = ["filename", "file", "id"]
        func take(_ names: [String]) -> String? {
            used.formUnion(names)
            return value(names)
        }
        let outlet = take(["outlet", "publisher", "source"])
        let url = take(["url"])
        let date = take(["date", "publication_date"])
        let title = take(["title"])
        let author = take(["author", "authors"])
        if let url, article.metadata.url.value == nil { article.metadata.url = MetaValue(url, .record) }
        if let date, article.metadata.date.value == nil { article.metadata.date = MetaValue(date, .record) }
        if let author, article.metadata.author.value == nil { article.metadata.author = MetaValue(author, .record) }
        if let outlet { article.metadata.outlet = MetaValue(outlet, .record) }
        if let title, article.metadata.title.value == nil {
            article.metadata.title = MetaValue(title, .record)
            if article.headline == nil { Self.markHeadline(title, in: &article) }
        }
        let rest = row.filter { !used.contains($0.key) }
        return rest.isEmpty ? nil : Self.json(rest)
    }

    /// When the text's first non-blank line is the title (give or take a final full stop),
    /// it is the headline and the body starts after it.
    static func markHeadline(_ title: String, in article: inout Article) {
        let bytes = Array(article.text.utf8)
        var start = 0
        while start < bytes.count, bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        var lineEnd = end
        while lineEnd > start, bytes[lineEnd - 1] == 0x0D || bytes[lineEnd - 1] == 0x20 { lineEnd -= 1 }
        let line = String(decoding: bytes[start..<lineEnd], as: UTF8.self)
        func norm(_ s: String) -> String { s.trimmingCharacters(in: " .\t") }
        guard !line.isEmpty, norm(line) == norm(title) else { return }
        article.headline = start..<lineEnd
        article.body = end < bytes.count ? [end..<bytes.count] : []
    }

    // MARK: JSON Lines

    static let textFields = ["text", "content", "content_original"]
    static let knownFields: Set<String> = ["outlet", "url", "date", "title", "author", "authors", "text", "content", "content_original"]

    func readJSONLines(name: String, data: Data, emit: (Result<CollectedArticle, InputError>) throws -> Void) throws {
        // Read in place: a copy of the whole input as an array cost a pass over it and as many
        // fresh pages of memory (10 MB for news-10mb).
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> Void in
            try readJSONLines(name: name, bytes: raw.assumingMemoryBound(to: UInt8.self), emit: emit)
        }
    }

    private func readJSONLines(name: String, bytes: UnsafeBufferPointer<UInt8>,
                               emit: (Result<CollectedArticle, InputError>) throws -> Void) throws {
        guard let base = bytes.baseAddress else { return }
        var lineNumber = 0
        // A byte-order mark is not part of the first record.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            var end = bytes.count
            if let newline = memchr(base + start, 0x0A, bytes.count - start) {
                end = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
            }
            lineNumber += 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let origin = "\(name):\(lineNumber)"
            let result: Result<CollectedArticle, InputError>
            do {
                result = .success(try record(line, origin: origin, name: name))
            } catch {
                result = .failure(error as? InputError ?? InputError(path: origin, problem: error.localizedDescription))
            }
            try emit(result)
        }
    }

    /// The first `\uXXXX` escape in `line` that is a high surrogate not followed by a low one,
    /// or a low one without a high one before it (its four hex digits and 1-based byte), or nil.
    static func loneSurrogate(in line: UnsafeBufferPointer<UInt8>) -> (escape: String, byte: Int)? {
        func unit(at i: Int) -> UInt16? {
            guard i + 5 < line.count, line[i] == 0x5C, line[i + 1] == 0x75 else { return nil }  // \u
            return UInt16(String(decoding: UnsafeBufferPointer(rebasing: line[(i + 2)..<(i + 6)]), as: UTF8.self), radix: 16)
        }
        var i = 0
        while i < line.count {
            guard line[i] == 0x5C, i + 1 < line.count else { i += 1; continue }
            // An escaped backslash is two bytes: the `u` after it is a letter, not an escape.
            guard let u = unit(at: i) else { i += 2; continue }
            let hex = String(decoding: UnsafeBufferPointer(rebasing: line[(i + 2)..<(i + 6)]), as: UTF8.self)
            if (0xD800...0xDBFF).contains(u) {
                if let next = unit(at: i + 6), (0xDC00...0xDFFF).contains(next) { i += 12; continue }
                return (hex, i + 1)
            }
            if (0xDC00...0xDFFF).contains(u) { return (hex, i + 1) }
            i += 6
        }
        return nil
    }

    func record(_ line: UnsafeBufferPointer<UInt8>, origin: String, name: String) throws -> CollectedArticle {
        if let bad = InputReader.firstInvalidUTF8(line) {
            throw InputError(path: origin, problem: "invalid UTF-8 at byte \(bad + 1) of the line", notARecord: true)
        }
        var object: Any? = FlatJSONObject.fields(line)
        if object == nil {
            do {
                object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
            } catch {
                // JSONSerialization refuses a lone surrogate escape as it refuses broken syntax;
                // "not valid JSON" sent its owner looking for a syntax error that is not there.
                let problem = Self.loneSurrogate(in: line).map {
                    "the escape '\\u\($0.escape)' at byte \($0.byte) is half of a UTF-16 surrogate pair, with no other half: no text can hold it"
                } ?? "not valid JSON"
                throw InputError(path: origin, problem: problem, notARecord: true)
            }
        }
        guard let fields = object as? [String: Any] else {
            throw InputError(path: origin, problem: "not a JSON object", notARecord: true)
        }
        func string(_ key: String) throws -> String? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            guard let s = value as? String else { throw InputError(path: origin, problem: "field '\(key)' is not a string") }
            // A NUL ("\u0000") is never part of a text or a name (SQLite's C strings end at it:
            // "Acme\u0000Evil" was stored as the outlet "Acme").
            if s.utf8.contains(0) {
                throw InputError(path: origin, problem: "field '\(key)' holds a NUL character (\\u0000): binary data, not text")
            }
            let trimmed = s.trimmingCharacters(in: " \t\r\n")
            return trimmed.isEmpty ? nil : trimmed
        }
        guard let textField = Self.textFields.first(where: { fields[$0] != nil && !(fields[$0] is NSNull) }) else {
            throw InputError(path: origin, problem: "no 'text', 'content' or 'content_original' field")
        }
        guard let body = try string(textField) else {
            throw InputError(path: origin, problem: "field '\(textField)' is empty")
        }
        let title = try string("title")
        var metadata = ArticleMetadata()
        if let outlet = try string("outlet") { metadata.outlet = MetaValue(outlet, .record) }
        if let url = try string("url") { metadata.url = MetaValue(url, .record) }
        if let date = try string("date") { metadata.date = MetaValue(date, .record) }
        if let title { metadata.title = MetaValue(title, .record) }
        if let author = try string("author") ?? string("authors") { metadata.author = MetaValue(author, .record) }
        // The title goes first in the analysed text so the headline's offsets, like every
        // sentence's, point into one string.
        var article: Article
        if let title {
            let text = title + "\n\n" + body
            let titleBytes = title.utf8.count
            article = Article(text: text, metadata: metadata, headline: 0..<titleBytes, body: [(titleBytes + 2)..<text.utf8.count])
        } else {
            article = Article(text: body, metadata: metadata)
        }
        var extra = fields.filter { !Self.knownFields.contains($0.key) || (Self.textFields.contains($0.key) && $0.key != textField) }
        extra = extra.filter { !Self.textFields.contains($0.key) }
        let extraJSON = extra.isEmpty ? nil : (try? JSONSerialization.data(withJSONObject: extra, options: [.sortedKeys, .withoutEscapingSlashes]))
            .map { String(decoding: $0, as: UTF8.self) }
        return try finish(article, name: name, origin: origin, extra: extraJSON)
    }

    // MARK: Outlet

    /// Settles the outlet: metadata, else the URL's registrable domain, else the fallback.
    func finish(_ article: Article, name: String, origin: String, extra: String?) throws -> CollectedArticle {
        // Every kind of input ends here, a page's extracted text and a record's field included.
        guard article.text.utf8.count <= InputReader.maximumTextBytes else {
            throw InputError(path: origin, problem: "its text is more than the 4 GiB one article may hold")
        }
        var article = article
        // A date is a calendar date, `YYYY-MM-DD` (a longer ISO timestamp starts with one), or a
        // common web form made one ("November 19, 2019"): anything else ("2024-13-45",
        // "yesterday") became a month "2024-13" in the per-month figures and a first or last
        // date of an outlet. A page's markup is not the user's to fix: its date is left out; a
        // record's, header's or metadata row's is reported and the record not read.
        if let raw = article.metadata.date.value, !ScraperTextReader.isISODate(raw.prefix(10)) {
            let normalized = HTMLArticleReader.normalizedDate(raw)
            if ScraperTextReader.isISODate(normalized) {
                article.metadata.date.value = normalized
            } else if article.metadata.date.provenance == .html {
                article.metadata.date = .missing
            } else {
                let shown = raw.prefix(40)
                if HTMLArticleReader.isAmbiguousSlashDate(raw.trimmingCharacters(in: .whitespaces)) {
                    throw InputError(path: origin, problem: "date '\(shown)' reads as month/day and as day/month: give YYYY-MM-DD")
                }
                throw InputError(path: origin, problem: "date '\(shown)' is not a date: give YYYY-MM-DD (or a form such as 'November 19, 2019' or '1/21/2018')")
            }
        }
        // An outlet is a label, one line in a table: line breaks, tabs and runs of spaces in a
        // name become one space ("Bad\nOutlet" had split the `slant outlets` table's row), and
        // a name of only whitespace is no name.
        if let given = article.metadata.outlet.value, given.contains(where: { $0.isWhitespace && $0 != " " }) || given.hasPrefix(" ")
            || given.hasSuffix(" ") || given.contains("  ") {
            let words = given.split(whereSeparator: \.isWhitespace)
            article.metadata.outlet = words.isEmpty ? .missing : MetaValue(words.joined(separator: " "), article.metadata.outlet.provenance)
        }
        if article.metadata.outlet.value == nil, let url = article.metadata.url.value,
           let domain = suffixes.registrableDomain(ofURL: url) {
            article.metadata.outlet = MetaValue(domain, .url)
        }
        if article.metadata.outlet.value == nil, let fallbackOutlet {
            article.metadata.outlet = MetaValue(fallbackOutlet, .flag)
        }
        guard let outlet = article.metadata.outlet.value ?? (requiresOutlet ? nil : "") else {
            throw InputError(path: origin, problem: "no outlet: the record names none, has no URL to take one from, and no --outlet was given")
        }
        return CollectedArticle(article: article, outlet: outlet, origin: origin, extra: extra)
    }

    static func json(_ object: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(object)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
