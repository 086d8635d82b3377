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
