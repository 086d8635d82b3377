import Foundation
import SlantCore
#if canImport(Glibc)
import Glibc
#endif

/// An article read from the input, waiting to be analysed and stored.
public struct IngestItem: Sendable {
    public var outlet: String
    public var article: Article
    /// Where it was read: `path` or `path:line`.
    public var origin: String
    /// A JSON object of the input record's other fields, or nil.
    public var extra: String?
    /// The text's language check when the reader made it (else the analyzer makes it).
    public var language: LanguageCheck?
    /// Size of the article's text in bytes, for throughput figures.
    public var bytes: Int { article.text.utf8.count }

    public init(outlet: String, article: Article, origin: String, extra: String? = nil) {
        self.outlet = outlet
        self.article = article
        self.origin = origin
        self.extra = extra
    }
}

/// Counts of an ingest run so far.
public struct IngestProgress: Sendable, Equatable {
    /// Articles analysed and written (or skipped as already stored).
    public var processed = 0
    public var inserted = 0
    public var skipped = 0
    public var nearDuplicates = 0
    public var wire = 0
    /// Bytes of article text processed.
    public var bytes = 0
}

/// Analyses articles on several threads and stores them through one writer, in batches of
/// one transaction each: a pipeline (the caller reads → `jobs` workers hash, check and analyse
/// → one writer) so both cores stay busy while the writer writes and the caller reads.
///
/// Articles are written in the order they were added, whatever the number of workers, so the
/// database is the same for the same input: row ids and near-duplicate links do not depend on
/// which worker finished first. Batches are `batchSize` articles until the input is all read;
/// the last articles go in smaller batches as they are ready (`tailBatch`), which changes only
/// how many transactions the last rows take.
public final class Ingestor: @unchecked Sendable {
    public let store: Store
    /// The analyzer given (with `sentenceTexts` off: the store keeps a sentence by its byte
    /// offsets in the article's text) and the entity finder, until every worker has taken its
    /// copy: the last worker to end then frees them (the analyzer's tables, 17M instructions
    /// to free) while the writer writes the last batch, instead of the caller after it.
    /// Guarded by `condition`.
    private var tools: (analyzer: Analyzer, entities: EntityFinder)?
    private var workersStarted = 0
    public let jobs: Int
    /// The most analysis workers an ingest starts, whatever `jobs` asks.
    public static let maxJobs = 256
    public let batchSize: Int
    /// The writer asks its checkpointer thread to copy the WAL into the database file after
    /// this many new WAL pages (SQLite's own automatic checkpoint runs every 1,000).
    public let checkpointPages: Int
    /// Past this many WAL pages the writer waits for a checkpoint before its next batch, so
    /// the WAL starts again from its beginning instead of growing with the whole ingest
    /// (4,000 pages: 32 MB with the 8 KiB pages of a new database, 16 MB with SQLite's 4 KiB).
    /// A wait lasts as long as a checkpoint with its `fdatasync` calls and leaves the writer
    /// that much behind the workers, which it catches up with as it runs first. A cap of 8,000
    /// pages spared news-10mb (a WAL of about 6,000 pages) its one wait, but SQLite deletes
    /// the WAL when the store closes, at the very end of the ingest, and deleting 50 MB instead
    /// of 32 took 17-27 ms instead of 11 on this machine: no faster in timed runs.
    public let walCapPages: Int
    /// Called on the caller's thread each time a batch's worth of articles has been added,
    /// with the totals of the batches written so far.
    public var onProgress: ((IngestProgress) -> Void)?

    /// What a worker made of one article.
    private enum Outcome {
        /// Analysed and turned into rows, waiting for the writer.
        case prepared(PreparedArticle, bytes: Int)
        /// Already in the database before analysis: nothing to write.
        case stored(bytes: Int)
    }

    /// Articles a worker takes at once: one stored-hash query each, and small enough that
    /// the last articles of the input spread over every worker.
    private static let chunk = 8

    /// Once the input is all read, the writer writes the articles ready in order in batches of
    /// at least this many (or the rest, whatever its size): small enough that the last batch
    /// is written while the workers analyse the articles after it.
    private static let tailBatch = 16

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    /// Articles added, in order; an article taken by a worker is nil, so the queue does not
    /// keep it (its text, its record) after it is written.
    private var queue: [(seq: Int, item: IngestItem?)] = []
    private var queueHead = 0
    private var results: [Int: Outcome] = [:]
    /// Articles added so far (the next sequence number).
    private var submitted = 0
    /// Articles handed to the writer so far (every sequence number below is done).
    private var written = 0
    private var inputDone = false
    private var started = false
    private var failure: Error?
    private var progress = IngestProgress()
    private let threads = DispatchGroup()
    private let releaseQueue = DispatchQueue(label: "slant.ingest.release")
    private var checkpointCounts = CheckpointCounts()

    /// `batchSize` articles make one transaction: large enough that commits cost little,
    /// small enough that a killed run loses little work.
    public init(store: Store, analyzer: Analyzer, entities: EntityFinder = EntityFinder(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                batchSize: Int = 128, checkpointPages: Int = 1000, walCapPages: Int = 4000) {
        self.store = store
        var analyzer = analyzer
        analyzer.sentenceTexts = false
        tools = (analyzer, entities)
        // At most `maxJobs` workers: each is a thread with its own analysis buffers, and
        // thousands of them exhausted the process (`--jobs 10000` crashed).
        self.jobs = min(max(1, jobs), Self.maxJobs)
        self.batchSize = max(1, batchSize)
        self.checkpointPages = max(1, checkpointPages)
        self.walCapPages = max(self.checkpointPages, walCapPages)
    }

    /// What the writer's checkpointer did (zero before `finish()`, or when it could not start).
    public var checkpoints: CheckpointCounts {
        condition.lock()
        defer { condition.unlock() }
        return checkpointCounts
    }

    /// At most this many articles are read ahead of the writer: bounds memory on a large corpus.
    private var maxInFlight: Int { max(4 * batchSize, 2 * jobs * Self.chunk) }

    /// Queues an article for the workers. Waits when the writer is far behind; throws the
    /// writer's error once a write has failed.
    public func add(_ item: IngestItem) throws {
        condition.lock()
        if !started { startThreads() }
        while failure == nil && submitted - written >= maxInFlight { condition.wait() }
        if let failure {
            condition.unlock()
            throw failure
        }
        queue.append((submitted, item))
        submitted += 1
        let report = submitted % batchSize == 0
        let snapshot = progress
        condition.broadcast()
        condition.unlock()
        if report { onProgress?(snapshot) }
    }

    /// Waits until every added article is analysed and written, and returns the totals.
    public func finish() throws -> IngestProgress {
        condition.lock()
        inputDone = true
        let wasStarted = started
        condition.broadcast()
        condition.unlock()
        if wasStarted {
            threads.wait()
            // The batches are in the WAL; SQLite copies them into the database file at every
            // 1,000 pages and when the last connection closes, but the process can end before
            // the store is released (a worker thread's last reference to it), or close a reader
            // last, which cannot copy them: then up to 4 MB of rows were only in the -wal file
            // beside the database (6 ingests of news-10mb in 10). Copied here, the file alone
            // holds everything written.
            try store.checkpoint()
        }
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
        return progress
    }

    // Called with the lock held.
    private func startThreads() {
        started = true
        for _ in 0..<jobs {
            threads.enter()
            Thread { [self] in
                work()
                threads.leave()
            }.start()
        }
        threads.enter()
        Thread { [self] in
            writeLoop()
            threads.leave()
        }.start()
    }

    /// A worker: takes a few articles, skips those already stored (one query for the lot,
    /// before spending time on analysis; none in a new database), analyses the rest and leaves
    /// the rows for the writer.
    /// Records the first failure of any thread and wakes every thread, so all of them stop.
    private func fail(_ error: Error) {
        condition.lock()
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        Self.yieldToWriter()
        condition.lock()
        guard let (analyzer, entities) = tools else {
            condition.unlock()
            return  // never: `tools` goes only once every worker has taken it
        }
        workersStarted += 1
        if workersStarted == jobs { tools = nil }
        condition.unlock()
        // A database with no article when the worker starts (a new one) has none of the input
        // stored: nothing to look up before analysing (news-10mb: 218 queries, 46M instructions,
        // 1.4% of the ingest). Articles another process or an earlier batch stores meanwhile
        // are still skipped, by the writer (`Store.write`), only after their analysis.
        let lookUp = (try? store.hasArticles()) ?? true
        while true {
            condition.lock()
            while queueHead == queue.count && !inputDone && failure == nil { condition.wait() }
            if queueHead == queue.count || failure != nil {
                condition.unlock()
                return
            }
            let end = min(queue.count, queueHead + Self.chunk)
            var taken: [(seq: Int, item: IngestItem)] = []
            taken.reserveCapacity(end - queueHead)
            for k in queueHead..<end {
                if let item = queue[k].item { taken.append((queue[k].seq, item)) }
                queue[k].item = nil
            }
            queueHead = end
            if queueHead >= 1024 {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()

            let hashes = taken.map { PreparedArticle.contentHash(outlet: $0.item.outlet, text: $0.item.article.text) }
            var outcomes: [(Int, Outcome)] = []
            do {
                let existing = lookUp ? try store.existingHashes(hashes) : []
                for (k, entry) in taken.enumerated() {
                    let item = entry.item
                    if existing.contains(hashes[k]) {
                        outcomes.append((entry.seq, .stored(bytes: item.bytes)))
                        continue
                    }
                    let analysis = analyzer.analyze(item.article, entities: entities, language: item.language)
                    let prepared = PreparedArticle(outlet: item.outlet, article: item.article, analysis: analysis,
                                                   origin: item.origin, extra: item.extra, entities: entities,
                                                   contentHash: hashes[k])
                    outcomes.append((entry.seq, .prepared(prepared, bytes: item.bytes)))
                }
            } catch {
                fail(error)
                return
            }
            condition.lock()
            for (seq, outcome) in outcomes { results[seq] = outcome }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// How much lower a worker thread's priority is than the writer's (a nice value: each step
    /// is about 1.25 times less CPU when threads compete).
    static let workerNice: Int32 = 5

    /// Lowers the calling worker thread's priority below the writer's and the reader's.
    ///
    /// With `jobs` workers on as many cores, the writer and the reader compete with them for
    /// the cores, and at equal priority the writer fell behind by whole batches (it may be up
    /// to `maxInFlight` articles behind); once the workers were done, it wrote those alone on
    /// one core while the other waited (news-10mb: the writer's thread ended 12-170 ms after
    /// the workers'). A writer that always runs when it has a batch stays one batch behind, so
    /// the workers' last articles overlap its last writes; the workers use every moment it
    /// does not. The total work is the same. Linux gives each thread its own nice value; lowering
    /// one's own priority needs no privilege, and a failure changes only the scheduling.
    private static func yieldToWriter() {
        #if os(Linux)
        // `who` 0 is the calling thread (Linux's nice value is per thread), not the process.
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let now = getpriority(which, 0)
        if errno == 0 { _ = setpriority(which, 0, min(19, now + workerNice)) }
        #endif
    }

    /// The one writer: takes the next `batchSize` articles in order once all are analysed and
    /// writes them in one transaction.
    private func writeLoop() {
        // Without its own checkpointer (a second connection that could not open), the writer
        // keeps SQLite's automatic checkpoint: slower, but the same rows.
        let checkpointer = try? Checkpointer(store: store, pages: checkpointPages, capPages: walCapPages)
        defer {
            if let counts = checkpointer?.stop() {
                condition.lock()
                checkpointCounts = counts
                condition.unlock()
            }
        }
        let known = Store.KnownIDs()
        while true {
            condition.lock()
            var batch: [Outcome] = []
            var inputWasDone = false
            while true {
                if failure != nil {
                    condition.unlock()
                    return
                }
                var end = min(submitted, written + batchSize)
                var ready = end > written && (end - written == batchSize || inputDone)
                    && (written..<end).allSatisfy { results[$0] != nil }
                if !ready && inputDone {
                    // The input is all read: the last articles are being analysed and the
                    // writer would otherwise wait for the whole last batch and then write it
                    // while the workers sit idle. Write what is ready in order, a few articles
                    // at a time, so the last writes overlap the last analyses. Which articles
                    // share a transaction does not change what is stored.
                    var prefix = written
                    while prefix < end && results[prefix] != nil { prefix += 1 }
                    if prefix - written >= Self.tailBatch {
                        end = prefix
                        ready = true
                    }
                }
                if ready {
                    batch = (written..<end).compactMap { results.removeValue(forKey: $0) }
                    inputWasDone = inputDone
                    break
                }
                if inputDone && written == submitted {
                    condition.unlock()
                    return
                }
                condition.wait()
            }
            condition.unlock()

            let count = batch.count
            var prepared: [PreparedArticle] = []
            var bytes = 0, alreadyStored = 0
            for outcome in batch {
                switch outcome {
                case .prepared(let article, let size):
                    prepared.append(article)
                    bytes += size
                case .stored(let size):
                    alreadyStored += 1
                    bytes += size
                }
            }
            do {
                let result = try store.write(prepared, known: known)
                // Freeing a batch's rows (hundreds of thousands of strings) is work the one
                // writer need not do: a worker-side queue drops them while the next batch is
                // written. The rows move into a box the writer does not read again, so the last
                // reference is always the queue's (with the tuple in a local, the writer freed
                // the batch itself whenever the queue ran first).
                let done = ReleaseBox((batch, prepared))
                batch = []
                prepared = []
                releaseQueue.async { done.release() }
                condition.lock()
                written += count
                progress.processed += count
                progress.inserted += result.inserted
                progress.skipped += result.skipped + alreadyStored
                progress.nearDuplicates += result.nearDuplicates
                progress.wire += result.wire
                progress.bytes += bytes
                // At most two batches left to write: the end of the ingest.
                let finishing = inputDone && submitted - written <= 2 * batchSize
                condition.broadcast()
                condition.unlock()
                // After the counts, so the reader and workers go on while the writer may wait at the WAL cap.
                checkpointer?.committed(eager: inputWasDone, finishing: finishing)
            } catch {
                fail(error)
                return
            }
        }
    }
}

/// Rows handed to another thread to be freed there: `release()` drops them.
private final class ReleaseBox: @unchecked Sendable {
    private var contents: Any?

    init(_ contents: Any) { self.contents = contents }

    /// Called once, on the release queue; the writer does not touch the box after handing it over.
    func release() { contents = nil }
}
