import ArgumentParser
import Foundation
import SlantAudit
import SlantCore
import SlantIO
import SlantStore

/// `slant audit`: checks a batch of articles against limits, for CI.
public struct AuditCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit a batch of articles against limits on editorial share and loaded language, for CI.",
        discussion: """
            Reads the files and directories given (directories recursively: .txt, .text, .jsonl, \
            .ndjson, .html, .htm and .html.gz files by default, in byte order of their paths), or standard \
            input for '-' or no path. Files are read as 'slant ingest' reads them: plain text, \
            optionally with a first line ' date YYYY-MM-DD URL' (the outlet comes from the URL); \
            JSON Lines, one article a record; HTML pages.

            Limits come from slant-audit.yml in the working directory, or --config FILE; a flag \
            overrides the same key in the file. Findings are listed one per line as \
            file:line:col: rule: "sentence" figure > limit, with a summary at the end.

            Exit status:
              0  every limit holds
              1  a limit is exceeded (with --baseline: a new finding)
              2  an input could not be read (the others are still
                 audited), or the configuration, a lexicon, the baseline
                 or an output file is bad
            Malformed command lines exit with 64, as for every slant command.
            With --write-baseline the findings are accepted: 0 unless an input
            could not be read.
            """)

    @Argument(help: ArgumentHelp("Files or directories of articles ('-' or none for standard input).", valueName: "path"))
    public var paths: [String] = []

    @Option(help: ArgumentHelp("The configuration file (default: ./slant-audit.yml if present).", valueName: "file"))
    public var config: String?

    @Flag(help: "Ignore ./slant-audit.yml.")
    public var noConfig = false

    @Option(help: "Output format on standard output: text or json.")
    public var format: AuditFormat = .text

    // Numbers parse ".unconditional": "--max-editorial-share -0.5" is a value out of range
    // (exit 64 with the range), not a missing value followed by an unknown flag.
    @Option(parsing: .unconditional, help: ArgumentHelp("Article limit: the highest share of EDITORIAL sentences (0 to 1).", valueName: "F"))
    public var maxEditorialShare: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Article limit: the highest outlet-voice loaded terms per 1,000 words.", valueName: "F"))
    public var maxLoadedDensity: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Article limit: the highest loaded score of a single sentence.", valueName: "F"))
    public var maxSentenceScore: Double?

    @Option(name: .customLong("disallow-category"), help: ArgumentHelp("A loaded-language category not allowed in the outlet's voice (repeatable).", valueName: "name"))
    public var disallowCategories: [String] = []

    @Flag(inversion: .prefixedNo, help: "Flag direct quotations without a source.")
    public var quotesNeedSource: Bool?

    @Option(parsing: .unconditional, help: ArgumentHelp("Outlet limit: the highest pooled share of EDITORIAL sentences.", valueName: "F"))
    public var outletMaxEditorialShare: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Outlet limit: the highest pooled loaded terms per 1,000 words.", valueName: "F"))
    public var outletMaxLoadedDensity: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Outlet limit: the highest mean of each article's highest sentence score.", valueName: "F"))
    public var outletMaxSentenceScore: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Outlet limit: the highest share of quotations without a source.", valueName: "F"))
    public var outletMaxUnsourcedQuoteShare: Double?

    @Option(help: ArgumentHelp("How outlet limits are judged: point (the estimate) or interval (the whole 95% interval beyond the limit).", valueName: "mode"))
    public var outletMode: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Outlets with fewer audited articles are not judged.", valueName: "N"))
    public var outletMinArticles: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("Bootstrap resamples for outlet intervals (100 to 1,000,000).", valueName: "N"))
    public var bootstrapSamples: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("Seed of the outlet bootstrap.", valueName: "N"))
    public var seed: Int?

    @Option(help: ArgumentHelp("Exempt articles whose path matches a glob from every rule (repeatable), e.g. 'opinion/**'.", valueName: "glob"))
    public var exempt: [String] = []

    @Option(name: .customLong("extension"), help: ArgumentHelp("File extension read in directories (repeatable; default: txt, text, jsonl, ndjson, html, htm, html.gz, htm.gz).", valueName: "ext"))
    public var extensions: [String] = []

    @Option(help: ArgumentHelp("Report only findings not in this baseline.", valueName: "file"))
    public var baseline: String?

    @Option(help: ArgumentHelp("Record today's findings in a baseline file.", valueName: "file"))
    public var writeBaseline: String?

    @Option(help: ArgumentHelp("Also write JUnit XML (one test case per article and rule).", valueName: "file"))
    public var junit: String?

    @Option(help: ArgumentHelp("Also write SARIF 2.1.0 for code scanning.", valueName: "file"))
    public var sarif: String?

    @Option(help: ArgumentHelp("Also write a Markdown summary (for $GITHUB_STEP_SUMMARY).", valueName: "file"))
    public var summary: String?

    // ".unconditional": "--jobs -1" is a value out of range (exit 64 with the range), not a
    // missing value followed by an unknown flag.
    @Option(parsing: .unconditional, help: ArgumentHelp("Articles analysed at a time (default: the number of cores).", valueName: "N"))
    public var jobs: Int?

    @Option(help: ArgumentHelp("Also store the analysed batch in this database (as slant ingest does).", valueName: "FILE"))
    public var db: String?

    @Option(help: "The outlet for articles whose metadata and URL name none.")
    public var outlet: String?

    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup(visibility: .hidden) public var quoted: QuotedTermsOption
    @OptionGroup public var language: LanguageOption

    public init() {}

    public func validate() throws {
        try validateOutletFlag(outlet)
        if config != nil && noConfig { throw ValidationError("--config and --no-config contradict each other: give one") }
        if quoted.includeQuoted {
            throw ValidationError("--include-quoted applies to slant score and slant classify; an audit's limits are on the outlet's own voice, without quotations")
        }
        // Flag values that are wrong whatever the configuration: a malformed command line (exit
        // 64, as for every command), caught before any file is read.
        let ranges: [(Double?, String, ClosedRange<Double>)] = [
            (maxEditorialShare, "max-editorial-share", 0...1), (maxLoadedDensity, "max-loaded-density", 0...1000),
            (maxSentenceScore, "max-sentence-score", 0...1000), (outletMaxEditorialShare, "outlet-max-editorial-share", 0...1),
            (outletMaxLoadedDensity, "outlet-max-loaded-density", 0...1000), (outletMaxSentenceScore, "outlet-max-sentence-score", 0...1000),
            (outletMaxUnsourcedQuoteShare, "outlet-max-unsourced-quote-share", 0...1),
        ]
        for (value, flag, range) in ranges {
            if let value, !range.contains(value) {
                throw ValidationError("--\(flag) must be between \(Int(range.lowerBound)) and \(Int(range.upperBound)), not \(value)")
            }
        }
        if let outletMode, OutletMode(rawValue: outletMode) == nil {
            throw ValidationError("--outlet-mode must be point or interval, not '\(outletMode)'")
        }
        if let outletMinArticles, outletMinArticles < 1 { throw ValidationError("--outlet-min-articles must be at least 1") }
        if let bootstrapSamples, !(AuditConfigLoader.bootstrapSampleRange ~= bootstrapSamples) {
            throw ValidationError("--bootstrap-samples must be from \(AuditConfigLoader.bootstrapSampleRange.lowerBound) to \(AuditConfigLoader.bootstrapSampleRange.upperBound), not \(bootstrapSamples)")
        }
        if let seed, seed < 0 { throw ValidationError("--seed must not be negative") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if baseline != nil && writeBaseline != nil {
            throw ValidationError("--baseline and --write-baseline contradict each other: give one (--write-baseline records today's findings, --baseline compares against them)")
        }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let config = try effectiveConfig()
        var auditor = Auditor(config: config, lexiconDirectory: lexicons.directory)
        auditor.anyLanguage = language.anyLanguage
        auditor.fallbackOutlet = outlet
        let baselineFile = try baseline.map { try Baseline.load(path: $0) }
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount

        let entries = AuditInputs.collect(paths.isEmpty ? ["-"] : paths, extensions: config.extensions)
        var progress: (@Sendable (Int, Int) -> Void)?
        if io.stderrIsTerminal {
            progress = { done, total in io.err("\rslant audit: \(done)/\(total) articles") }
        }
        // Standard input is read once, before the workers start.
        let readsStdin = entries.contains { if case .input(let input) = $0 { input.isStandardInput } else { false } }
        let stdinData = readsStdin ? io.readStdin() : Data()
        let result = try auditor.run(entries, jobs: jobs, baseline: baselineFile, stdin: { stdinData }, progress: progress)
        if progress != nil { io.err("\r\u{1B}[K") }
        // Each input that could not be read on stderr, one line each, as every command reports
        // them; the report's summary counts them.
        for problem in result.problems { io.err("slant: \(problem.path): \(problem.problem)\n") }
        for skipped in result.skipped { io.err("slant: warning: \(skipped.path) \(skipped.problem)\n") }

        if let db { try store(result, in: IngestCommand.databasePath(db, io), io: io) }
        if let path = writeBaseline { try write(Baseline(findings: result.findings).encoded(), to: path) }
        if let path = junit { try write(JUnitWriter.render(result), to: path) }
        if let path = sarif { try write(SARIFWriter.render(result, version: Slant.configuration.version, baselineUsed: baselineFile != nil), to: path) }
        if let path = summary { try write(MarkdownSummary.render(result), to: path) }

        switch format {
        case .text:
            io.outShown(TextWriter.render(result))
            if io.environment["GITHUB_ACTIONS"] == "true" { io.out(GitHubAnnotations.render(result)) }
        case .json:
            io.out(JSONWriter.render(result))
        }
        if !config.hasLimits { io.err(Self.noLimitsNotice(result)) }
        if writeBaseline != nil {
            io.err("slant audit: wrote \(counted(result.findings.count, "finding")) to the baseline \(writeBaseline ?? "")\n")
        }
        switch AuditStatus(result) {
        case .error: return ExitStatus.error
        // Writing a baseline accepts today's findings.
        case .fail: return writeBaseline == nil ? ExitStatus.thresholdsExceeded : ExitStatus.ok
        case .pass: return ExitStatus.ok
        }
    }

    /// The notice for an audit with no limits. It passes unless an input could not be read:
    /// the notice said "so the audit passes" above an audit that ended in an error (exit 2).
    static func noLimitsNotice(_ result: AuditResult) -> String {
        let unchecked = "slant audit: no limits are set (in \(AuditConfig.defaultFileName), a --config file or a limit flag): nothing is checked"
        guard !result.problems.isEmpty else { return unchecked + ", so the audit passes\n" }
        return unchecked + ", but \(counted(result.problems.count, "input")) could not be read, so the audit ends in an error\n"
    }

    /// Stores the audited articles in a database, as `slant ingest` would (already stored
    /// articles are skipped by content hash). Articles with no outlet are not stored, and said so.
    func store(_ result: AuditResult, in path: String, io: CommandIO) throws {
        let store = try Store(path: path)
        let entities = try EntityFinder(entitiesTSV: LexiconLoader.load(directory: lexicons.directory).text("entities.tsv"))
        var batch: [PreparedArticle] = []
        var written = BatchResult()
        var unstored = 0
        for audited in result.audited {
            guard let article = audited.article, let outlet = audited.outlet, !outlet.isEmpty else {
                unstored += 1
                continue
            }
            batch.append(PreparedArticle(outlet: outlet, article: article, analysis: audited.analysis, origin: audited.path,
                                         extra: nil, entities: entities))
            if batch.count == 500 {
                tally(&written, try store.write(batch))
                batch.removeAll()
            }
        }
        if !batch.isEmpty { tally(&written, try store.write(batch)) }
        var line = "slant audit: stored \(counted(written.inserted, "new article")) in \(path)"
        if written.skipped > 0 { line += ", \(written.skipped) already there" }
        if unstored > 0 { line += "; \(unstored) without an outlet not stored" }
        io.err(line + "\n")
    }

    private func tally(_ total: inout BatchResult, _ batch: BatchResult) {
        total.inserted += batch.inserted
        total.skipped += batch.skipped
    }

    /// The configuration file (given, or found in the working directory) with the flags on top.
    func effectiveConfig() throws -> AuditConfig {
        let categories = try Auditor.knownCategories(lexiconDirectory: lexicons.directory)
        var config = AuditConfig()
        if let path = self.config {
            config = try AuditConfigLoader.load(path: path, categories: categories)
        } else if !noConfig {
            let local = AuditConfig.defaultFileName
            if FileManager.default.fileExists(atPath: local) {
                config = try AuditConfigLoader.load(path: local, categories: categories)
            }
        }
        // Flag values were checked by `validate` (their ranges, the mode, the counts).
        var flags = ArticleLimits()
        flags.maxEditorialShare = maxEditorialShare
        flags.maxLoadedDensity = maxLoadedDensity
        flags.maxSentenceScore = maxSentenceScore
        if !disallowCategories.isEmpty {
            if let unknown = disallowCategories.first(where: { !categories.contains($0) }) {
                throw AuditError(problem: "--disallow-category: unknown category '\(unknown)' (categories: \(categories.sorted().joined(separator: ", ")))")
            }
            flags.disallowedCategories = disallowCategories
        }
        flags.quotesNeedSource = quotesNeedSource
        config.article = config.article.merged(with: flags)

        if let v = outletMaxEditorialShare { config.outlet.maxEditorialShare = v }
        if let v = outletMaxLoadedDensity { config.outlet.maxLoadedDensity = v }
        if let v = outletMaxSentenceScore { config.outlet.maxSentenceScore = v }
        if let v = outletMaxUnsourcedQuoteShare { config.outlet.maxUnsourcedQuoteShare = v }
        if let mode = outletMode.flatMap(OutletMode.init(rawValue:)) { config.outlet.mode = mode }
        if let outletMinArticles { config.outlet.minArticles = outletMinArticles }
        if let bootstrapSamples { config.outlet.bootstrapSamples = bootstrapSamples }
        if let seed { config.outlet.seed = UInt64(seed) }
        config.paths += exempt.map { PathRule(glob: $0, exempt: ["*"]) }
        if !extensions.isEmpty { config.extensions = extensions.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 } }
        config.lexicons += lexicons.overlays
        config.allow += lexicons.allow
        return config
    }

    func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            // The system's reason ("No such file or directory"), not Foundation's sentence.
            let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
            let reason = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
            throw AuditError(file: path, problem: "cannot write the file" + (reason.map { " (\($0))" } ?? ""))
        }
    }
}

/// `slant audit`'s formats on standard output.
public enum AuditFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}
