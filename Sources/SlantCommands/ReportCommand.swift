import ArgumentParser
import Foundation
import SlantCore
import SlantIO
import SlantReport
import SlantStore

/// `slant report`: write the static HTML report of a set of articles.
public struct ReportCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the HTML report (index, one page per outlet and per article) of a set of articles.",
        discussion: """
            With --db FILE, reports the articles stored by 'slant ingest', with the store's \
            per-outlet figures (article-bootstrap intervals, as 'slant outlets' prints them). \
            Otherwise reads article files and directories as 'slant ingest' does (text with the \
            optional ' date YYYY-MM-DD URL' header, JSON Lines, HTML pages), or the JSON that \
            'slant score --format json' writes (files ending in .json), analyses them, \
            groups them by outlet and writes a static site into DIR: index.html, outlets/ and \
            articles/. Every page inlines its CSS and charts and needs no network. \
            A file that cannot be read is reported and the rest go on; the exit status is then 2.
            """)

    @Option(help: ArgumentHelp("The folder to write the report into (created if needed).", valueName: "DIR"))
    public var out: String

    @Argument(help: "Article files or directories (text, JSON Lines, HTML, or .json from 'slant score --format json').")
    public var files: [String] = []

    @Option(help: ArgumentHelp("Report the articles stored in this database (see slant ingest).", valueName: "FILE"))
    public var db: String?

    @Option(help: ArgumentHelp("A folder of templates (*.mustache, report.css) that replace the built-in ones of the same name.", valueName: "DIR"))
    public var templates: String?

    @Option(help: ArgumentHelp("The generation time printed on the index (default: SOURCE_DATE_EPOCH, else now).", valueName: "TEXT"))
    public var generated: String?

    @Option(parsing: .unconditional, help: "Outlets with fewer articles are shown but not ranked.")
    public var minArticles: Int = minimumArticlesForRanking

    @Option(help: "The report's title.")
    public var title: String = "Slant report"

    @Option(help: "The outlet of every article given (otherwise from each article's URL).")
    public var outlet: String?

    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup(visibility: .hidden) public var quoted: QuotedTermsOption
    @OptionGroup public var language: LanguageOption
    @OptionGroup public var period: PeriodOptions

    public init() {}

    public func validate() throws {
        if files.isEmpty && db == nil { throw ValidationError("give --db FILE or at least one article file") }
        if !files.isEmpty && db != nil { throw ValidationError("give --db FILE or article files, not both") }
        if minArticles < 1 { throw ValidationError("--min-articles must be at least 1") }
        if quoted.includeQuoted { throw ValidationError("--include-quoted applies to slant score and slant classify; a report keeps loaded terms in quotations apart from the outlet's voice (its figures report them as 'in quotes')") }
        try validateOutletFlag(outlet)
        // A store's articles keep the outlet they were ingested with.
        if db != nil && outlet != nil { throw ValidationError("--outlet is for article files; a database's articles keep the outlet they were stored with") }
        // A store's articles were scored when they were ingested: an overlay would change nothing.
        if db != nil && !(lexicons.overlays.isEmpty && lexicons.allow.isEmpty) {
            throw ValidationError("--lexicon and --allow are for article files; a database's articles were scored when they were ingested (ingest them again with the overlay to apply it)")
        }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let templateSet = try ReportTemplates.load(directory: templates)
        let set = try LexiconLoader.load(directory: lexicons.directory, overlays: lexicons.overlays, allow: lexicons.allow)
        if let db { return try reportStore(db, templates: templateSet, lexicons: set, io: io) }
        let analyzer = try Analyzer(lexicons: set)
        // Directories are walked as 'slant ingest' walks them; a path that is missing is
        // reported with the other bad inputs.
        let paths: [Result<String, Error>] = files.flatMap { file -> [Result<String, Error>] in
            do {
                // (The `.json` of 'slant score --format json' in a folder too, as named files.)
                let (found, problems) = try ArticleCollector.expand([file], alsoExtensions: ["json"])
                return problems.map { .failure($0) } + found.map { .success($0) }
            } catch { return [.failure(error)] }
        }
        let collector = { var c = ArticleCollector(); c.requiresOutlet = false; return c }()
        let outlet = self.outlet
        let (since, until) = (period.since, period.until)
        // Standard input is read here, once: the files are read on several threads.
        let stdinData = paths.contains { (try? $0.get()) == "-" } ? io.readStdin() : Data()
        // Each article with the input it came from (a file, or file:line of a record).
        let results = Slots<[Result<(origin: String, analysis: ArticleAnalysis), Error>]>(paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            do {
                let (name, data) = try InputReader.data(path: try paths[i].get(), stdin: { stdinData })
                if name.hasSuffix(".json") {
                    do {
                        var analysis = try JSONDecoder().decode(ArticleAnalysis.self, from: data)
                        if let outlet { analysis.article.outlet = outlet }
                        let inPeriod = PeriodOptions.contains(analysis.article.date, since: since, until: until)
                        results.set(i, [inPeriod ? .success((name, analysis)) : .failure(OutsidePeriod())])
                    } catch {
                        results.set(i, [.failure(ReportInputError(message: "\(name): not the JSON of 'slant score --format json'"))])
                    }
                    return
                }
                // Text, JSON Lines (one article a record) and HTML pages, read as 'slant ingest'
                // reads them; before, every file was read as plain text, so a page's markup and
                // a record's JSON syntax were analysed as prose.
                var found: [Result<(origin: String, analysis: ArticleAnalysis), Error>] = []
                try collector.read(name: name, data: data) { record in
                    // An article outside the period is not analysed (counted below).
                    if case .success(let collected) = record,
                       !PeriodOptions.contains(collected.article.metadata.date.value, since: since, until: until) {
                        found.append(.failure(OutsidePeriod()))
                        return
                    }
                    found.append(record.map { collected in
                        var article = collected.article
                        if let outlet { article.metadata.outlet = MetaValue(outlet, .flag) }
                        return (collected.origin, analyzer.analyze(article))
                    }.mapError { $0 as Error })
                }
                results.set(i, found)
            } catch {
                results.set(i, [.failure(error)])
            }
        }
        var analyses: [ArticleAnalysis] = []
        var failed = 0
        var outOfPeriod = 0, notEnglish = 0
        // The same article given twice (a file named and also inside a folder given) counts
        // once, as 'slant ingest' stores it once: same outlet, same text.
        var seen: [String: String] = [:]
        for result in results.values.flatMap({ $0 ?? [] }) {
            switch result {
            case .success(let (origin, analysis)):
                if !language.anyLanguage, let problem = analysis.language?.problem {
                    io.err("slant: warning: \(origin) \(problem); left out (--any-language reports it)\n")
                    notEnglish += 1
                    continue
                }
                let key = (analysis.article.outlet ?? "") + "\n" + analysis.article.sha256
                if let first = seen[key] {
                    io.err("slant: \(origin): the same article as \(first) (same outlet and text): counted once\n")
                    continue
                }
                seen[key] = origin
                analyses.append(analysis)
            case .failure(let error) where error is OutsidePeriod:
                outOfPeriod += 1
            case .failure(let error):
                failed += 1
                io.err("slant: \(error.localizedDescription)\n")
            }
        }
        if outOfPeriod > 0 {
            io.err("slant: \(counted(outOfPeriod, "article")) not dated \(period.description) (or with no date) left out\n")
        }
        // Nothing to report (folders with no article file, or only bad inputs): no empty site.
        guard !analyses.isEmpty else {
            if outOfPeriod > 0 || notEnglish > 0 {
                io.err("slant: no articles to report: every article read was left out (\([outOfPeriod > 0 ? "\(outOfPeriod) outside the period" : nil, notEnglish > 0 ? "\(notEnglish) not in English" : nil].compactMap { $0 }.joined(separator: ", ")))\n")
            } else if failed == 0 {
                io.err("slant: no articles to report: the inputs hold no .txt, .text, .jsonl, .ndjson, .html, .htm or .json files\n")
            } else {
                io.err("slant: no articles to report: every input failed\n")
            }
            return ExitStatus.error
        }
        // Articles that name no outlet are pooled under one name: said, since a folder of several
        // publishers' texts would otherwise become one "outlet" without a word.
        let unnamed = analyses.filter { $0.article.outlet == nil }.count
        if unnamed > 0 {
            io.err("slant: \(counted(unnamed, "article")) name no outlet (no URL, header or --outlet): reported together as \(ReportSite.unknownOutlet); "
                   + "give --outlet NAME, or ingest them with --metadata FILE and report with --db\n")
        }
        let options = ReportOptions(generated: generated ?? Self.defaultGenerated(io.environment), title: title,
                                    minArticles: minArticles, entities: try Self.entityFinder(set))
        let site = ReportSite.build(from: analyses, options: options)
        let index = try ReportWriter.write(site: site, to: URL(fileURLWithPath: out), templates: templateSet)
        io.out("wrote the report of \(counted(analyses.count, "article")) from \(counted(site.outlets.count, "outlet")): \(index.path)\n")
        return failed > 0 ? ExitStatus.error : ExitStatus.ok
    }

    /// The report of a store: every stored article's analysis as it was stored, with the
    /// store's per-outlet figures (own reporting, article-bootstrap 95% intervals).
    func reportStore(_ path: String, templates: ReportTemplates, lexicons set: LexiconSet, io: CommandIO) throws -> Int32 {
        let store = try Store(path: path, create: false)
        let stored = try store.analyses()
        guard !stored.isEmpty else { throw StoreError(path: path, problem: "holds no articles (run 'slant ingest' first)") }
        let analyses = stored.filter { period.contains($0.article.date) }
        guard !analyses.isEmpty else { throw StoreError(path: path, problem: "holds no article dated \(period.description)") }
        if analyses.count < stored.count {
            io.err("slant: \(counted(stored.count - analyses.count, "article")) not dated \(period.description) (or with no date) left out\n")
        }
        var aggregateOptions = AggregateOptions(minArticles: minArticles)
        aggregateOptions.since = period.since
        aggregateOptions.until = period.until
        var options = ReportOptions(generated: generated ?? Self.defaultGenerated(io.environment), title: title,
                                    minArticles: minArticles, entities: try Self.entityFinder(set))
        // Every interval of the pages from the same kind of bootstrap over articles.
        options.bootstrapIntervals = true
        // Wire copy and near duplicates: listed and marked, left out of their outlet's figures
        // and sections, as the store's figures leave them out.
        var syndicated: [String: String] = [:]
        for n in try store.syndicationNotes() { syndicated[ReportSite.articleKey(outlet: n.outlet, sha256: n.sha256)] = n.note }
        var site = ReportSite.build(from: analyses, options: options, syndicated: syndicated)
        var rows: [String: (claimMix: ClaimMix, loadedDensity: Estimate, quotedDensity: Estimate?, tooFew: Bool, articles: Int,
                            headlineGap: HeadlineGap)] = [:]
        // The month tables too: the store's bootstrap, as `slant outlets --breakdown` gives it
        // (they were intervals of another kind, computed from the pages' articles).
        var months: [String: [MonthPoint]] = [:]
        for m in try store.monthFigures(aggregateOptions) where m.month.count == 7 {
            months[m.outlet, default: []].append(MonthPoint(month: m.month, articles: m.articles, outletVoiceWords: m.outlet_voice_words,
                loadedDensity: Estimate(value: m.loaded_per_1k_words, low: m.loaded_per_1k_words_ci95.lo, high: m.loaded_per_1k_words_ci95.hi)))
        }
        for key in months.keys { months[key]?.sort { $0.month < $1.month } }
        for f in try store.outletFigures(aggregateOptions) {
            func estimate(_ value: Double, _ ci: Interval) -> Estimate { Estimate(value: value, low: ci.lo, high: ci.hi) }
            rows[f.outlet] = (ClaimMix(factual: estimate(f.share.FACTUAL, f.share_ci95.FACTUAL),
                                       attributed: estimate(f.share.ATTRIBUTED, f.share_ci95.ATTRIBUTED),
                                       editorial: estimate(f.share.EDITORIAL, f.share_ci95.EDITORIAL)),
                              estimate(f.loaded_per_1k_words, f.loaded_per_1k_words_ci95),
                              // No quoted words: no figure, as the JSON's null and the table's '-'.
                              f.quotedDefined ? estimate(f.quoted_loaded_per_1k_words, f.quoted_loaded_per_1k_words_ci95) : nil,
                              f.too_few_articles, f.articles,
                              HeadlineGap(articles: f.articles, headlineDensity: f.headline_loaded_per_1k_words,
                                          bodyDensity: f.body_loaded_per_1k_words,
                                          gap: f.headline_body_gap.map { estimate($0, f.headline_body_gap_ci95 ?? Interval($0, $0)) }))
        }
        site.useFigures(rows)
        site.useMonths(months)
        let index = try ReportWriter.write(site: site, to: URL(fileURLWithPath: out), templates: templates)
        io.out("wrote the report of \(counted(analyses.count, "article")) from \(counted(site.outlets.count, "outlet")): \(index.path)\n")
        return ExitStatus.ok
    }

    /// The gazetteer's mention finder, from entities.tsv (validated by the analyser already).
    static func entityFinder(_ set: LexiconSet) throws -> EntityFinder {
        try EntityFinder(entitiesTSV: try set.text("entities.tsv"))
    }

    /// SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the current time, in UTC.
    static func defaultGenerated(_ environment: [String: String]) -> String {
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) } ?? Date()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

struct ReportInputError: LocalizedError {
    var message: String
    var errorDescription: String? { message }
}

/// An article read for `slant report` whose date is outside `--since`/`--until`: left out as it
/// is read (before a text is analysed), and counted.
struct OutsidePeriod: Error {}
