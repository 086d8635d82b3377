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

    @Option(help: "Analysis threads (default: all cores).")
    public var jobs: Int?

    @Flag(help: "Stop at the first bad record.")
    public var strict = false

    @Option(help: .hidden)
    public var batchSize: Int = 128

    @OptionGroup public var lexicons: LexiconOptions

    public init() {}

    public func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        try validateOutletFlag(outlet)
    }

    /// The database path: `--db`, else `$SLANT_DB`, else `slant.db`.
    static func databasePath(_ db: String?, _ io: CommandIO) -> String {
        db ?? io.environment["SLANT_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "slant.db"
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        // The Public Suffix List (for outlets named by their URL) is parsed while the lexicons
        // load: a few milliseconds of start-up on the other core. Parsing it has no side effect,
        // so nothing is left behind if the lexicons fail to load.
        DispatchQueue.global().async { _ = PublicSuffixList.embedded }
        let lexiconSet = try LexiconLoader.load(directory: lexicons.directory, overlays: lexicons.overlays, allow: lexicons.allow)
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
        let files = try ArticleCollector.expand(paths.isEmpty ? ["-"] : paths)
        let path = Self.databasePath(db, io)
        // Opening the store (creating and migrating a new one) waits mostly on the disk, a few
        // fsyncs; building the analyzer from the lexicons is work for one core. They overlap:
        // on a new database the opening took as long as the rest of a small run's start. The
        // store opens only once the inputs and metadata are found, so a wrong path still
        // creates no database; a lexicon that fails to parse is reported after it opened.
        let opening = StoreOpening(path: path)
        let analyzer: Analyzer, entities: EntityFinder
        do {
            analyzer = try Analyzer(lexicons: lexiconSet)
            entities = try EntityFinder(entitiesTSV: lexiconSet.text("entities.tsv"))
        } catch {
            _ = try? opening.store()
            throw error
        }
        let store = try opening.store()
        let ingestor = Ingestor(store: store, analyzer: analyzer, entities: entities, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                batchSize: batchSize)
        let totalBytes = files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
        let meter = ProgressMeter(io: io, totalBytes: totalBytes)
        ingestor.onProgress = { meter.update($0) }
        for problem in table.problems { meter.report(problem.localizedDescription) }

        var failures = 0
        var stoppedEarly: InputError?
        fileLoop: for file in files {
            let name: String, data: Data
            do {
                (name, data) = try InputReader.data(path: file, stdin: io.readStdin)
            } catch let error as InputError {
                failures += 1
                meter.report(error.localizedDescription)
                if strict { stoppedEarly = error; break fileLoop }
                continue
            }
            do {
                try collector.read(name: name, data: data) { result in
                    switch result {
                    case .success(let found):
                        try ingestor.add(IngestItem(outlet: found.outlet, article: found.article, origin: found.origin, extra: found.extra))
                    case .failure(let error):
                        failures += 1
                        meter.report(error.localizedDescription)
                        if strict { throw error }
                    }
                }
            } catch let error as InputError where strict {
                stoppedEarly = error
                break fileLoop
            }
        }
        // What was read before a --strict stop is still stored: every batch is complete.
        let totals = try ingestor.finish()
        meter.finish(totals, failures: failures, badMetadataRows: table.problems.count, database: path)
        if stoppedEarly != nil {
            io.err("slant: stopped at the first bad record (--strict)\n")
        }
        return failures == 0 && table.problems.isEmpty ? ExitStatus.ok : ExitStatus.error
    }
}

/// A store opened on a thread of its own while the caller does other work.
final class StoreOpening: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the opening thread before `done` is signalled, read after it.
    private var result: Result<Store, Error>?

    init(path: String) {
        Thread { [self] in
            result = Result { try Store(path: path) }
            done.signal()
        }.start()
    }

    /// Waits for the opening and returns the store, or throws what opening it threw.
    func store() throws -> Store {
        done.wait()
        done.signal()  // a second call returns at once
        guard let result else { throw StoreError(path: "", problem: "store not opened") }
        return try result.get()
    }
}

/// Progress on standard error: a bar with articles/s and ETA on a terminal, one summary
/// line otherwise.
final class ProgressMeter: @unchecked Sendable {
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
        let line = String(format: "[%@] %3.0f%% %@  %.0f articles/s  %.1f MB/s  ETA %@", bar, fraction * 100,
                          counted(p.processed, "article"), rate, Double(p.bytes) / 1_000_000 / elapsed, Self.eta(elapsed: elapsed, fraction: fraction))
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
    func finish(_ p: IngestProgress, failures: Int, badMetadataRows: Int = 0, database: String) {
        if drawn { io.err("\r\u{1B}[K") }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let metadataNote = badMetadataRows == 0 ? "" : "; \(counted(badMetadataRows, "metadata row")) not used"
        io.err(String(format: "ingested %@ into %@: %d new, %d already stored, %d wire, %d near-duplicate; %d failed%@; %.1f MB in %.1f s (%.1f MB/s, %.0f articles/s)\n",
                      counted(p.processed, "article"), database, p.inserted, p.skipped, p.wire, p.nearDuplicates, failures,
                      metadataNote, Double(p.bytes) / 1_000_000, elapsed, Double(p.bytes) / 1_000_000 / elapsed, Double(p.processed) / elapsed))
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
