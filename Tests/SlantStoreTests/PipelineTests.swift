import Foundation
import SlantCore
import SlantIO
import SlantStore
import Testing

/// The ingest pipeline (reader -> workers -> one writer) and the store's hand-written fast
/// paths must store exactly what the straightforward code stored.
@Suite struct PipelineTests {
    /// Articles of the Wikinews fixture, plus a repeated one (the same content hash: stored once).
    static func items() throws -> [IngestItem] {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/corpus/wikinews.jsonl")
        let data = try Data(contentsOf: url)
        var items: [IngestItem] = []
        try ArticleCollector().read(name: "wikinews.jsonl", data: data) { result in
            if case .success(let found) = result {
                items.append(IngestItem(outlet: found.outlet, article: found.article, origin: found.origin, extra: found.extra))
            }
        }
        if let first = items.first { items.append(first) }
        return items
    }

    static func ingest(_ items: [IngestItem], jobs: Int, batchSize: Int) throws -> (dump: String, progress: IngestProgress) {
        let store = try Store(path: temporaryDatabase())
        let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, jobs: jobs, batchSize: batchSize)
        for item in items { try ingestor.add(item) }
        let progress = try ingestor.finish()
        return (try store.dump(), progress)
    }

    /// Row ids, near-duplicate links and every column are the same whatever the number of
    /// workers and the batch size: the writer writes in input order.
    @Test func sameDatabaseWhateverJobsAndBatchSize() throws {
        let items = try Self.items()
        #expect(items.count > 10)
        let reference = try Self.ingest(items, jobs: 1, batchSize: 128)
        #expect(reference.progress.processed == items.count)
        #expect(reference.progress.inserted == items.count - 1)
        #expect(reference.progress.skipped == 1)
        for (jobs, batchSize) in [(2, 1), (3, 5), (2, 7)] {
            let other = try Self.ingest(items, jobs: jobs, batchSize: batchSize)
            #expect(other.dump == reference.dump, "jobs \(jobs), batch size \(batchSize)")
            #expect(other.progress == reference.progress, "jobs \(jobs), batch size \(batchSize)")
        }
    }

    /// When `finish()` returns, the database file alone holds every row: the WAL has been copied
    /// into it, whether or not the store is ever closed (a process can end before its last
    /// reference to the store goes, and SQLite then leaves the rows in the -wal file only).
    @Test func finishedIngestIsInTheDatabaseFile() throws {
        let path = temporaryDatabase()
        let store = try Store(path: path)
        let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, jobs: 2, batchSize: 4)
        for item in try Self.items() { try ingestor.add(item) }
        _ = try ingestor.finish()
        // The store stays open: only the main file is copied, as a user copying the database would.
        let copy = temporaryDatabase()
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try Store(path: copy, create: false).dump() == store.dump())
    }

    /// The writer's checkpointer: past the WAL cap the writer waits for a checkpoint, so the
    /// WAL starts again from its beginning instead of growing with the whole ingest; without
    /// checkpoints (page thresholds larger than the ingest) it holds every page written. The
    /// rows are the same either way, and the database file alone holds them after `finish()`.
    @Test func walCapBoundsTheWAL() throws {
        let items = try Self.items()
        func run(checkpointPages: Int, walCapPages: Int) throws -> (counts: CheckpointCounts, walBytes: Int, dump: String, fileDump: String) {
            let path = temporaryDatabase()
            let store = try Store(path: path)
            let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, jobs: 2, batchSize: 1,
                                    checkpointPages: checkpointPages, walCapPages: walCapPages)
            for item in items { try ingestor.add(item) }
            _ = try ingestor.finish()
            // SQLite overwrites the WAL from its start when it restarts and never shrinks it while
            // the store is open: its size is the most it held.
            let walBytes = (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            let copy = temporaryDatabase()
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            return (ingestor.checkpoints, walBytes, try store.dump(), try Store(path: copy, create: false).dump())
        }
        let unbounded = try run(checkpointPages: 1 << 30, walCapPages: 1 << 30)
        #expect(unbounded.counts.checkpoints == 0 && unbounded.counts.writerWaits == 0 && unbounded.counts.restarts == 0)
        let capped = try run(checkpointPages: 4, walCapPages: 24)
        #expect(capped.counts.writerWaits > 0)
        #expect(capped.counts.checkpoints >= capped.counts.writerWaits)
        #expect(capped.counts.restarts > 0)
        #expect(unbounded.counts.maxFrames > 2 * capped.counts.maxFrames, "\(unbounded.counts) vs \(capped.counts)")
        #expect(capped.walBytes > 0 && unbounded.walBytes > 2 * capped.walBytes, "\(unbounded.walBytes) vs \(capped.walBytes) bytes")
        #expect(capped.dump == unbounded.dump)
        #expect(capped.fileDump == capped.dump && unbounded.fileDump == unbounded.dump)
    }

    /// Two ingests writing one database at once, each with its checkpointer at tiny thresholds
    /// (a checkpoint after nearly every batch, the writer waiting at the cap while the other
    /// writes and reads): both finish, and every article is stored once with all its rows.
    @Test func concurrentIngestsWithCheckpointersBothFinish() throws {
        let items = try Self.items()
        let path = temporaryDatabase()
        let first = Array(items.prefix(14)), second = Array(items.suffix(12))
        let expected = Set((first + second).map { PreparedArticle.contentHash(outlet: $0.outlet, text: $0.article.text) }).count
        final class Outcomes: @unchecked Sendable {
            let lock = NSLock()
            var failures: [String] = []
            var counts: [CheckpointCounts] = []
        }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            do {
                let store = try Store(path: path)
                let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, jobs: 1, batchSize: 1, checkpointPages: 2, walCapPages: 8)
                for item in k == 0 ? first : second { try ingestor.add(item) }
                _ = try ingestor.finish()
                outcomes.lock.withLock { outcomes.counts.append(ingestor.checkpoints) }
            } catch {
                outcomes.lock.withLock { outcomes.failures.append("\(error)") }
            }
        }
        #expect(outcomes.failures.isEmpty, "\(outcomes.failures)")
        // Each checkpointer ran; a passive checkpoint that meets the other process's checkpoint
        // in progress gives way (SQLITE_BUSY), so on a loaded machine one of them may have had
        // every attempt meet the other's: at least one copy was made between them.
        #expect(outcomes.counts.count == 2 && outcomes.counts.reduce(0) { $0 + $1.checkpoints } > 0, "\(outcomes.counts)")
        let store = try Store(path: path)
        #expect(try store.articleCount() == expected)
        #expect(try store.integrityProblems().isEmpty)
    }

    /// Ingesting nothing finishes at once (no thread waits for input that never comes).
    @Test func emptyIngestFinishes() throws {
        let result = try Self.ingest([], jobs: 2, batchSize: 4)
        #expect(result.progress.processed == 0 && result.progress.inserted == 0 && result.progress.bytes == 0)
    }

    /// The SimHash counts set bits in eight-bit counters, eight to a word; it must equal the definition
    /// (+1 per set bit, -1 per clear one, over every 4-word shingle) computed bit by bit.
    @Test func simhashMatchesTheBitByBitDefinition() throws {
        let texts = try Self.items().map(\.article.text) + [
            "", "one two three", "one two three four", "Ünïcödé wörds and ASCII, mixed: 123 456 789 000!",
            // Past 255 shingles (where the eight-bit counters are added up) and past 510.
            (0..<700).map { "w\($0 % 97) \($0 * 7919 % 1000)" }.joined(separator: " "),
        ]
        for text in texts {
            let fast = Syndication.simhash(text)
            let slow = Self.referenceSimhash(text)
            #expect(fast.hash == slow.hash && fast.words == slow.words, "\(text.prefix(40))")
        }
    }

    /// The SimHash as first written: one counter update per bit.
    static func referenceSimhash(_ text: String) -> (hash: UInt64, words: Int) {
        var words: [UInt64] = []
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        for var b in text.utf8 {
            let isWord = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if isWord {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                h = (h ^ UInt64(b)) &* 0x100_0000_01B3
                inWord = true
            } else if inWord {
                words.append(h)
                h = 0xCBF2_9CE4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(h) }
        guard words.count >= 4 else { return (0, words.count) }
        func mix(_ x: UInt64) -> UInt64 {
            var z = x &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var counts = [Int](repeating: 0, count: 64)
        for i in 0...(words.count - 4) {
            var s: UInt64 = 0x9E37_79B9_7F4A_7C15
            for k in 0..<4 { s = mix(s ^ words[i + k]) }
            for bit in 0..<64 { counts[bit] += (s >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { result |= 1 << UInt64(bit) }
        return (result, words.count)
    }

    /// The provenance column is written by hand; it must be what JSONEncoder with sorted
    /// keys wrote before.
    @Test func provenanceJSONMatchesTheEncoder() throws {
        let items = try Self.items()
        let path = temporaryDatabase()
        let store = try Store(path: path)
        let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, jobs: 2, batchSize: 3)
        for item in items.prefix(5) { try ingestor.add(item) }
        _ = try ingestor.finish()
        let dump = try store.dump()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for item in items.prefix(5) {
            let meta = item.article.metadata
            let expected = ["outlet": meta.outlet.provenance.rawValue, "url": meta.url.provenance.rawValue,
                            "date": meta.date.provenance.rawValue, "title": meta.title.provenance.rawValue,
                            "author": meta.author.provenance.rawValue]
            let json = String(decoding: try encoder.encode(expected), as: UTF8.self)
            #expect(dump.contains(json), "\(json)")
        }
    }
}
