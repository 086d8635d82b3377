import ArgumentParser
import Foundation
import SlantCore
import SlantIO
import SlantStore

/// `slant ingest`: read a corpus, analyse every article and store the results in SQLite.
public struct IngestCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles and store them in a Slant database for per-outlet figures.",
        discussion: """
            PATHS are files or directories (read recursively: .txt, .text, .jsonl, .ndjson, \
            .html, .htm, .html.gz, in sorted order); '-' or no PATHS reads standard input. JSON Lines \
            records have 'outlet', 'url', 'date', 'title', 'author' and 'text', 'content' or \
            'content_original'; other fields are kept. Text files may start with the scraper \
            header ' date YYYY-MM-DD URL'. The outlet is the metadata's, else the URL's \
            registrable domain, else --outlet. \
            Ingesting the same article twice stores it once (content hash of outlet and text). \
            A bad record is reported with its file and line and the rest go on (--strict stops \
            at the first); so is a malformed --metadata row, whose files keep their other \
            metadata. Exit status: 0 when every record was stored and every metadata row read, \
            2 when any failed.
            """)

    @Argument(help: "Files, directories or '-' (standard input).")
    public var paths: [String] = []

    @Option(help: ArgumentHelp("The database (default: $SLANT_DB, else slant.db).", valueName: "FILE"))
    public var db: String?

    @Option(help: "The outlet for articles whose metadata and URL name none.")
    public var outlet: String?

    @Option(help: ArgumentHelp("A TSV of metadata per file (header line; 'filename' column matches files by name).", valueName: "TSV"))
    public var metadata: String?

    // ".unconditional": "--jobs -1" is a value out of range (exit 64 with the range), not a
    // missing value followed by an unknown flag.
    @Option(parsing: .unconditional, help: "Analysis threads (default: all cores; at most 256).")
    public var jobs: Int?

    @Flag(help: "Stop at the first bad record.")
    public var strict = false

    @Option(help: .hidden)
    public var batchSize: Int = 128

    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup(visibility: .hidden) public var quoted: QuotedTermsOption
    @OptionGroup public var language: LanguageOption

    public init() {}

    public func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        if quoted.includeQuoted { throw ValidationError("--include-quoted applies to slant score and slant classify; a database keeps loaded terms in quotations apart from the outlet's voice (its figures report them as 'in quotes')") }
        try validateOutletFlag(outlet)
    }

    /// The database path: `--db`, else `$SLANT_DB`, else `slant.db`.
    static func databasePath(_ db: String?, _ io: CommandIO) -> String {
        db ?? io.environment["SLANT_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "slant.db"
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        var table = MetadataTable()
        if let metadata {
            let (name, data) = try InputReader.data(path: metadata)
            table = try MetadataTable(tsv: InputReader.text(data, name: name), name: name)
            // A malformed row stops nothing but itself: the files it would have described keep
            // their other metadata. --strict stops before anything is stored.
            if strict, let first = table.problems.first {
                io.err("slant: \(first.localizedDescription)\n")
                io.err("slant: stopped at the first bad record (--strict)\n")
                return ExitStatus.error
            }
        }
        let collector = ArticleCollector(fallbackOutlet: outlet, metadata: table)
        let (files, folderProblems) = try ArticleCollector.expand(paths.isEmpty ? ["-"] : paths)
        // What cannot be read in a directory is reported like a bad record; --strict stops
        // before anything is stored.
        if strict, let first = folderProblems.first {
            io.err("slant: \(first.localizedDescription)\n")
            io.err("slant: stopped at the first bad record (--strict)\n")
            return ExitStatus.error
        }
        let path = Self.databasePath(db, io)
        // Loading the lexicons and building the analyzer from them is the longest step before
        // the first article can be analysed (12M and 175M instructions): it starts as soon as
        // the inputs are found, on threads of its own, while the input is read; the main
        // thread used to load the lexicons first, with the other core idle. Neither has a side
        // effect. A lexicon that cannot be loaded or parsed is reported once the ingest would
        // start (at the next article read), and creates no database: the store opens only once
        // the lexicons are loaded. (The Public Suffix List is parsed only when a URL names an
        // outlet: `ArticleCollector.suffixes`.)
        let (directory, overlays, allow) = (lexicons.directory, lexicons.overlays, lexicons.allow)
        let loading = Background { try LexiconLoader.load(directory: directory, overlays: overlays, allow: allow) }
        let building = Background {
            let lexiconSet = try loading.value()
            let analyzer = try Analyzer(lexicons: lexiconSet)
            // The analyzer's scorer made the gazetteer from the same `entities.tsv`: shared.
            return (analyzer: analyzer,
                    entities: try EntityFinder(entitiesTSV: lexiconSet.text("entities.tsv"), gazetteer: analyzer.scorer.entities))
        }
        // Opening the store (creating and migrating a new one) waits mostly on the disk, a few
        // fsyncs; building the analyzer from the lexicons is work for one core, and so is
        // reading the input. All three overlap: the input is read into `ReadAhead` while the
        // analyzer is built on another thread (on news-10mb the building took as long as
        // reading a third of the input, with the second core otherwise idle). The store opens
        // only once the inputs, metadata and lexicons are found, so a wrong path still creates
        // no database; a lexicon that fails to parse is reported after it opened, and before
        // anything read meanwhile.
        let opening = Background {
            _ = try loading.value()
            return try Store(path: path)
        }
        let totalBytes = files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
        let meter = ProgressMeter(io: io, totalBytes: totalBytes)
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let readAhead = ReadAhead(meter: meter) {
            let built: (analyzer: Analyzer, entities: EntityFinder)
            do {
                // Taken, not copied: the ingest's workers free the analyzer when they are done.
                built = try building.take()
            } catch {
                _ = try? opening.value()
                throw error
            }
            let ingestor = Ingestor(store: try opening.value(), analyzer: built.analyzer, entities: built.entities, jobs: jobs,
                                    batchSize: batchSize)
            ingestor.onProgress = { meter.update($0) }
            return ingestor
        }
        for problem in table.problems { readAhead.report(problem.localizedDescription) }

        for problem in folderProblems { readAhead.report(problem.localizedDescription) }

        var failures = folderProblems.count
        var notEnglish = 0
        var stoppedEarly: InputError?
        fileLoop: for file in files {
            let name: String, data: Data
            do {
                (name, data) = try InputReader.data(path: file, stdin: io.readStdin)
            } catch let error as InputError {
                failures += 1
                readAhead.report(error.localizedDescription)
                if strict { stoppedEarly = error; break fileLoop }
                continue
            }
            do {
                try collector.read(name: name, data: data) { result in
                    switch result {
                    case .success(let found):
                        // Checked once, here: the analysis takes the same check.
                        let check = LanguageCheck(found.article.text)
                        if !language.anyLanguage, let problem = check.problem {
                            notEnglish += 1
                            readAhead.report("warning: \(found.origin) \(problem); left out (--any-language stores it)")
                            return
                        }
                        var item = IngestItem(outlet: found.outlet, article: found.article, origin: found.origin, extra: found.extra)
                        item.language = check
                        try readAhead.add(item, startNow: building.isDone)
                    case .failure(let error):
                        failures += 1
                        readAhead.report(error.localizedDescription)
                        if strict { throw error }
                    }
                }
            } catch let error as InputError where strict {
                stoppedEarly = error
                break fileLoop
            }
        }
        let ingestor = try readAhead.ingestor()
        // What was read before a --strict stop is still stored: every batch is complete.
        let totals = try ingestor.finish()
        meter.finish(totals, failures: failures, badMetadataRows: table.problems.count, notEnglish: notEnglish, database: path)
        if stoppedEarly != nil {
            io.err("slant: stopped at the first bad record (--strict)\n")
        }
        return failures == 0 && table.problems.isEmpty ? ExitStatus.ok : ExitStatus.error
    }
}

/// A value made on a thread of its own while the caller does other work (the store opening,
/// the analyzer being built).
final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    // Written once by the thread before `done` is signalled, read after it.
    private var result: Result<Value, Error>?

    init(_ make: @escaping @Sendable () throws -> Value) {
        Thread { [self] in
            let made = Result { try make() }
            lock.lock()
            result = made
            lock.unlock()
            done.signal()
        }.start()
    }

    /// Whether the value is made (or failed): `value()` would not wait.
    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return result != nil
    }

    /// Waits for the value and returns it, or throws what making it threw.
    func value() throws -> Value {
        done.wait()
        done.signal()  // a second call returns at once
        lock.lock()
        defer { lock.unlock() }
        guard let result else { throw StoreError(path: "", problem: "not made") }
        return try result.get()
    }

    /// `value()`, handed over: this object keeps no reference to it, so the value is freed
    /// by its last user rather than by whoever releases this object. Called once.
    func take() throws -> Value {
        done.wait()
        done.signal()
        lock.lock()
        defer { lock.unlock() }
        guard let taken = result else { throw StoreError(path: "", problem: "not made") }
        result = nil
        return try taken.get()
    }
}

/// The articles and problems read before the ingest can start (the analyzer and store are
/// being made on other threads), handed over in order once it does.
final class ReadAhead {
    private enum Entry {
        case item(IngestItem)
        case problem(String)
    }

    /// At most this many bytes of article text are held before the reader waits for the
    /// ingest to start: bounds memory on a large corpus (news-10mb is read whole in about the
    /// time the analyzer takes to build).
    static let maxBytes = 16_000_000

    private let meter: ProgressMeter
    private let start: () throws -> Ingestor
    private var started: Ingestor?
    private var pending: [Entry] = []
    private var pendingBytes = 0

    /// `start` makes the ingestor, waiting for what it needs; called once.
    init(meter: ProgressMeter, start: @escaping () throws -> Ingestor) {
        self.meter = meter
        self.start = start
    }

    /// Adds an article: to the ingest when it has started, else to the articles held. With
    /// `startNow` (what the ingest waits for is ready), or once too much is held, the ingest
    /// starts.
    func add(_ item: IngestItem, startNow: Bool) throws {
        if let started {
            try started.add(item)
            return
        }
        pendingBytes += item.bytes
        pending.append(.item(item))
        if startNow || pendingBytes >= Self.maxBytes { _ = try ingestor() }
    }

    /// Reports a bad record or metadata row, in its place among the articles held.
    func report(_ message: String) {
        if started == nil {
            pending.append(.problem(message))
        } else {
            meter.report(message)
        }
    }

    /// The ingestor, started (and handed what was held) on the first call.
    func ingestor() throws -> Ingestor {
        if let started { return started }
        let ingestor = try start()
        started = ingestor
        let held = pending
        pending = []
        pendingBytes = 0
        for entry in held {
            switch entry {
            case .item(let item): try ingestor.add(item)
            case .problem(let message): meter.report(message)
            }
        }
        return ingestor
    }
}

/// Progress on standard error: a bar with articles/s and ETA on a terminal, one summary
/// line otherwise.
final class ProgressMeter: @unchecked Sendable {
    /// A rate with the digits that say something: whole numbers from 10 up, one decimal from
    /// 1, two below ("0.25 articles/s" for slow articles, where "%.0f" wrote "0").
    static func rate(_ x: Double) -> String {
        guard x.isFinite else { return "-" }
        return String(format: x >= 10 ? "%.0f" : x >= 1 ? "%.1f" : "%.2f", x)
    }

    let io: CommandIO
    let totalBytes: Int
    let started = Date()
    var lastDraw = Date.distantPast
    var drawn = false

    init(io: CommandIO, totalBytes: Int) {
        self.io = io
        self.totalBytes = totalBytes
    }

    func update(_ p: IngestProgress) {
        guard io.stderrIsTerminal else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let fraction = totalBytes > 0 ? min(1, Double(p.bytes) / Double(totalBytes)) : 0
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let rate = Double(p.processed) / elapsed
        let line = String(format: "[%@] %3.0f%% %@  %@ articles/s  %.1f MB/s  ETA %@", bar, fraction * 100,
                          counted(p.processed, "article"), Self.rate(rate), Double(p.bytes) / 1_000_000 / elapsed, Self.eta(elapsed: elapsed, fraction: fraction))
        io.err("\r\u{1B}[K" + line)
        drawn = true
    }

    /// A per-record problem, on its own line.
    func report(_ message: String) {
        if drawn { io.err("\r\u{1B}[K") }
        io.err("slant: \(message)\n")
    }

    /// The closing line. Bad metadata rows are named only when there were any, so the usual
    /// line stays as it was.
    func finish(_ p: IngestProgress, failures: Int, badMetadataRows: Int = 0, notEnglish: Int = 0, database: String) {
        if drawn { io.err("\r\u{1B}[K") }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        var metadataNote = badMetadataRows == 0 ? "" : "; \(counted(badMetadataRows, "metadata row problem"))"
        if notEnglish > 0 { metadataNote += "; \(notEnglish) not in English, left out" }
        io.err(String(format: "ingested %@ into %@: %d new, %d already stored, %d wire, %d near-duplicate; %d failed%@; %.1f MB in %.1f s (%.1f MB/s, %@ articles/s)\n",
                      counted(p.processed, "article"), database, p.inserted, p.skipped, p.wire, p.nearDuplicates, failures,
                      metadataNote, Double(p.bytes) / 1_000_000, elapsed, Double(p.bytes) / 1_000_000 / elapsed,
                      Self.rate(Double(p.processed) / elapsed)))
    }

    /// The time left at the rate so far; unknown (`--:--`) until the first batch is written.
    static func eta(elapsed: Double, fraction: Double) -> String {
        guard fraction > 0 else { return "--:--" }
        return clock(elapsed * (1 - fraction) / fraction)
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}
