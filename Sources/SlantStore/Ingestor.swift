import Foundation
import SlantCore

/// An article read from the input, waiting to be analysed and stored.
public struct IngestItem: Sendable {
    public var outlet: String
    public var article: Article
    /// Where it was read: `path` or `path:line`.
    public var origin: String
    /// A JSON object of the input record's other fields, or nil.
    public var extra: String?
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
/// one transaction each. Analysis of the next batch overlaps the writing of the last.
public final class Ingestor: @unchecked Sendable {
    public let store: Store
    public let analyzer: Analyzer
    public let entities: EntityFinder
    public let jobs: Int
    public let batchSize: Int
    /// Called on the caller's thread each time a batch goes to the writer, with the totals of
    /// the batches written so far.
    public var onProgress: ((IngestProgress) -> Void)?

    private var pending: [IngestItem] = []
    private let writerQueue = DispatchQueue(label: "slant.store.writer")
    private let writing = DispatchGroup()
    private let lock = NSLock()
    private var progress = IngestProgress()
    private var writeError: Error?

    /// `batchSize` articles make one transaction: large enough that commits cost little,
    /// small enough that a killed run loses little work.
    public init(store: Store, analyzer: Analyzer, entities: EntityFinder = EntityFinder(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                batchSize: Int = 128) {
        self.store = store
        self.analyzer = analyzer
        self.entities = entities
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// Queues an article; a full batch is analysed and handed to the writer.
    public func add(_ item: IngestItem) throws {
        pending.append(item)
        if pending.count >= batchSize { try flush() }
    }

    /// Analyses and writes what is queued, waits for the writer and returns the totals.
    public func finish() throws -> IngestProgress {
        try flush()
        writing.wait()
        lock.lock()
        defer { lock.unlock() }
        if let writeError { throw writeError }
        return progress
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        let items = pending
        pending = []
        lock.lock()
        let failed = writeError
        lock.unlock()
        if let failed { throw failed }

        // Skip what is already stored before spending time on analysis.
        // Hashing is a full pass over every text: done on all workers, not on the reading thread.
        let hashBox = HashBox(count: items.count)
        let hashWorkers = min(jobs, items.count)
        if hashWorkers > 1 {
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: hashWorkers) { _ in
                while true {
                    let k = next.increment()
                    if k >= items.count { break }
                    hashBox.set(k, PreparedArticle.contentHash(outlet: items[k].outlet, text: items[k].article.text))
                }
            }
        } else {
            for k in items.indices { hashBox.set(k, PreparedArticle.contentHash(outlet: items[k].outlet, text: items[k].article.text)) }
        }
        let hashes = hashBox.values()
        let existing = try store.existingHashes(hashes)
        let todo = items.indices.filter { !existing.contains(hashes[$0]) }
        let skippedBytes = items.indices.filter { existing.contains(hashes[$0]) }.reduce(0) { $0 + items[$1].bytes }

        let results = ResultBox(count: todo.count)
        let analyzer = self.analyzer
        let entities = self.entities
        let workers = min(jobs, todo.count)
        if workers > 0 {
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let k = next.increment()
                    if k >= todo.count { break }
                    let item = items[todo[k]]
                    let analysis = analyzer.analyze(item.article)
                    results.set(k, PreparedArticle(outlet: item.outlet, article: item.article, analysis: analysis,
                                                   origin: item.origin, extra: item.extra, entities: entities,
                                                   contentHash: hashes[todo[k]]))
                }
            }
        }
        let prepared = results.values()
        let bytes = todo.reduce(0) { $0 + items[$1].bytes }
        let alreadyStored = items.count - todo.count

        // One writer: wait for the previous batch, then write this one while the caller
        // reads and analyses the next.
        writing.wait()
        writing.enter()
        writerQueue.async { [self] in
            defer { writing.leave() }
            do {
                let result = try store.write(prepared)
                lock.lock()
                progress.processed += items.count
                progress.inserted += result.inserted
                progress.skipped += result.skipped + alreadyStored
                progress.nearDuplicates += result.nearDuplicates
                progress.wire += result.wire
                progress.bytes += bytes + skippedBytes
                lock.unlock()
            } catch {
                lock.lock()
                writeError = error
                lock.unlock()
            }
        }
        lock.lock()
        let snapshot = progress
        lock.unlock()
        onProgress?(snapshot)
    }
}

/// Results written by index from several threads.
private final class ResultBox: @unchecked Sendable {
    private var items: [PreparedArticle?]
    private let lock = NSLock()

    init(count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: PreparedArticle) {
        lock.lock()
        items[index] = value
        lock.unlock()
    }

    func values() -> [PreparedArticle] { items.compactMap { $0 } }
}

/// Content hashes computed in parallel, by item index.
private final class HashBox: @unchecked Sendable {
    private var items: [String]
    private let lock = NSLock()

    init(count: Int) { items = Array(repeating: "", count: count) }

    func set(_ index: Int, _ value: String) {
        lock.lock()
        items[index] = value
        lock.unlock()
    }

    func values() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// A shared counter handing out work items.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let v = value
        value += 1
        return v
    }
}
