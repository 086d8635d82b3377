import ArgumentParser
import Foundation
import SlantCore
import SlantIO
import SlantReport

/// `slant score`: analyse one article and show every sentence's label, evidence and loaded terms.
public struct ScoreCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score one article: label every sentence and find its loaded language.",
        discussion: """
            Reads plain text (optionally with a first line ' date YYYY-MM-DD URL', as simple \
            scrapers write) from FILE, or standard input for '-' or no FILE. HTML pages (.html, \
            .htm, .html.gz, or input starting with <!doctype html or <html) are read with 'slant extract'. \
            JSON Lines (.jsonl, .ndjson, or input starting with '{') holds one article a line: \
            a file of one record is scored as it is, otherwise --record N picks line N (a corpus \
            is for 'slant ingest' or 'slant audit'). \
            Exit status: 0 on success, 2 on an input or lexicon error.
            """)

    @Argument(help: "The article file ('-' or none for standard input).")
    public var file: String?

    @Option(help: "Output format: text (readable), json (one document), jsonl (one sentence a line), html (the report's article page).")
    public var format: ScoreFormat = .text

    @Option(help: ArgumentHelp("For --format html: a folder of report templates that replace the built-in ones of the same name.", valueName: "DIR"))
    public var templates: String?

    // ".unconditional": "--jobs -1" is a value out of range (exit 64 with the range), not a
    // missing value followed by an unknown flag.
    @Option(parsing: .unconditional, help: ArgumentHelp("For JSON Lines input: score the record on line N (counting from 1).", valueName: "N"))
    public var record: Int?

    @OptionGroup public var metadata: MetadataFlags
    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup public var quoted: QuotedTermsOption

    public init() {}

    public func validate() throws {
        if let record, record < 1 { throw ValidationError("--record counts lines from 1") }
        if templates != nil && format != .html { throw ValidationError("--templates is for --format html") }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let analyzer = try lexicons.analyzer(includeQuoted: quoted.includeQuoted)
        io.keepUntilExit(analyzer)
        let (name, data) = try InputReader.data(path: file, stdin: io.readStdin)
        let article: Article
        let isJSONLines = !HTMLArticleReader.looksLikeHTML(data, path: file) && ArticleCollector.kind(of: name, data: data) == .jsonl
        // Before, --record on a text or HTML file was ignored without a word.
        if record != nil && !isJSONLines {
            throw InputError(path: name, problem: "--record picks a line of JSON Lines input, and this is not JSON Lines")
        }
        if HTMLArticleReader.looksLikeHTML(data, path: file) {
            article = try HTMLArticleReader.article(from: data, path: name, overrides: metadata.overrides)
        } else if ArticleCollector.kind(of: name, data: data) == .jsonl {
            article = try jsonLinesArticle(name: name, data: data)
        } else {
            let text = try InputReader.text(data, name: name)
            try ScraperTextReader.checkHeader(text, name: name)
            article = ScraperTextReader.article(from: text, overrides: metadata.overrides)
        }
        let analysis = analyzer.analyze(article)
        if let problem = analysis.language?.problem, format != .text {
            io.err("slant: warning: \(name) \(problem): Slant's rules and lexicons are English, so its labels and scores say little")
        }
        switch format {
        case .text: io.out(TerminalView(color: io.useColor).render(analysis))
        case .json:
            // The byte writer gives JSONOutput's bytes; it cannot write NaN or infinities,
            // which JSONOutput turns into `null`.
            guard AnalysisJSONWriter.canWrite(analysis) else {
                io.out(JSONOutput.encode(analysis) + "\n")
                break
            }
            var writer = AnalysisJSONWriter(pretty: true, sink: { io.out(bytes: $0) })
            writer.document(analysis)
            writer.flush()
        case .jsonl:
            var writer = AnalysisJSONWriter(pretty: false, sink: { io.out(bytes: $0) })
            for sentence in analysis.sentences {
                if AnalysisJSONWriter.canWrite(sentence) {
                    writer.line(sentence)
                } else {
                    writer.flush()
                    io.out(JSONOutput.encode(sentence, pretty: false) + "\n")
                }
            }
            writer.flush()
        case .html:
            let writer = ReportWriter(templates: try ReportTemplates.load(directory: templates))
            io.out(writer.renderArticle(ArticlePage(slug: "article", outletSlug: nil, outletName: nil, analysis: analysis),
                                        standalone: true))
        }
        return ExitStatus.ok
    }
}

extension ScoreCommand {
    /// The article of a JSON Lines input: its one record, or the record on line `record`. The
    /// flags' metadata replaces the record's, as it does a text file's.
    func jsonLinesArticle(name: String, data: Data) throws -> Article {
        var collector = ArticleCollector()
        collector.requiresOutlet = false
        var found: [Result<CollectedArticle, InputError>] = []
        var records = 0, others: [String] = []
        try collector.read(name: name, data: data) { result in
            let origin: String
            switch result {
            case .success(let collected): origin = collected.origin
            case .failure(let error): origin = error.path
            }
            // A line that is not JSON is no record: "holds 6 records" counted one such line.
            if case .failure(let error) = result, error.notARecord { others.append(origin) } else { records += 1 }
            if let record {
                if origin == "\(name):\(record)" { found.append(result) }
            } else if found.isEmpty {
                found.append(result)
            }
        }
        if record == nil, records + others.count > 1 {
            var holds = counted(records, "JSON Lines record")
            if !others.isEmpty {
                holds += " and \(others.count == 1 ? "1 line that is not one" : "\(others.count) lines that are not records") (\(others.prefix(3).joined(separator: ", "))\(others.count > 3 ? ", ..." : ""))"
            }
            throw InputError(path: name, problem: "holds \(holds); slant score takes one: pick it with --record N (its line), or use slant ingest or slant audit for the corpus")
        }
        guard let result = found.first else {
            let lines = data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + (data.last.map { $0 == 0x0A ? 0 : 1 } ?? 0)
            throw InputError(path: record.map { "\(name):\($0)" } ?? name,
                             problem: record == nil ? "no JSON Lines record"
                                 : "no JSON Lines record on this line (the input has \(lines) line\(lines == 1 ? "" : "s") and \(records) record\(records == 1 ? "" : "s"))")
        }
        var article = try result.get().article
        metadata.overrides.apply(to: &article.metadata)
        return article
    }
}

/// Output formats of `slant score`: the shared ones and the report's article page.
public enum ScoreFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, jsonl, html
}
