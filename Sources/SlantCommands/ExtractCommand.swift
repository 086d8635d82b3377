import ArgumentParser
import Foundation
import SlantCore
import SlantIO
import SlantReport

/// `slant extract`: show what Slant takes from an HTML page: title, body text and metadata.
public struct ExtractCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract an article's text and metadata from an HTML page.",
        discussion: """
            Finds the main content of the page (dropping navigation, headers, footers, asides, \
            related links, share widgets, comments and captions) and prints the text that \
            'slant score' would analyse, with the title, URL, date, outlet and author and where \
            each came from. Exit status: 0 on success, 2 on an input error.
            """)

    @Argument(help: "The HTML page ('-' or none for standard input).")
    public var file: String?

    @Option(help: "Output format: text (readable) or json.")
    public var format: ExtractFormat = .text

    @OptionGroup public var metadata: MetadataFlags

    public init() {}

    /// The JSON document: metadata values, the text, and provenance (coarse) and sources (exact markup).
    struct Output: Encodable {
        var title: String?
        var text: String
        var url: String?
        var date: String?
        var outlet: String?
        var author: String?
        var provenance: [String: String]
        var sources: [String: String]
    }

    /// A page by name or start (a fragment starting with a tag included), or gzip data.
    static func mayBeHTML(_ data: Data, path: String?) -> Bool {
        if HTMLArticleReader.looksLikeHTML(data, path: path) || Gzip.isCompressed(data) { return true }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let first = body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return true }
        // Empty input and binary data get the reader's own messages.
        return first == UInt8(ascii: "<") || first < 0x09 || first >= 0x80
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let (name, data) = try InputReader.data(path: file, stdin: io.readStdin)
        // Plain text or JSON Lines came out as an "extracted" page with no metadata, which
        // contradicts what slant score reads from the same file (a scraper header, a record).
        if !Self.mayBeHTML(data, path: file) {
            throw InputError(path: name, problem: "is not an HTML page (it does not start with '<'); slant score reads plain text and JSON Lines as they are")
        }
        let extraction = try HTMLArticleReader.extract(from: data, path: name, overrides: metadata.overrides)
        let m = extraction.article.metadata
        let output = Output(title: m.title.value, text: extraction.article.text, url: m.url.value, date: m.date.value,
                            outlet: m.outlet.value, author: m.author.value,
                            provenance: ["title": m.title.provenance.rawValue, "url": m.url.provenance.rawValue,
                                         "date": m.date.provenance.rawValue, "outlet": m.outlet.provenance.rawValue,
                                         "author": m.author.provenance.rawValue],
                            sources: extraction.sources)
        switch format {
        case .json:
            io.out(JSONOutput.encode(output) + "\n")
        case .text:
            for (key, value) in [("title", output.title), ("url", output.url), ("date", output.date), ("outlet", output.outlet), ("author", output.author)] {
                let from = extraction.sources[key].map { " (\($0))" } ?? ""
                io.outShown("\(key): \(value ?? "-")\(from)\n")
            }
            io.outShown("\n" + extraction.article.text)
        }
        return ExitStatus.ok
    }
}

/// Output formats of `slant extract`.
public enum ExtractFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}
