import Foundation
import GRDB
import SlantStore
import Testing

/// The store's checkpoints beside other connections' (another process's ingest).
@Suite struct CheckpointTests {
    /// A passive checkpoint gets SQLITE_BUSY at once while another connection checkpoints the
    /// same file (another process's ingest); `Store.checkpoint()`, run at the end of every
    /// ingest, waits for it instead of failing the ingest.
    @Test func checkpointWaitsForAnotherCheckpoint() throws {
        let path = temporaryDatabase()
        let store = try Store(path: path)
        let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, jobs: 1, batchSize: 1)
        for item in try PipelineTests.items() { try ingestor.add(item) }
        _ = try ingestor.finish()
        let other = try DatabaseQueue(path: path)
        final class Flag: @unchecked Sendable {
            let lock = NSLock()
            var done = false
            /// The other connection's checkpoints done, and those it could not start.
            var n = 0
            var busy = 0
        }
        let flag = Flag()
        let thread = DispatchGroup()
        thread.enter()
        Thread {
            // Rewrites rows and checkpoints them, back to back, until the other side is done:
            // each checkpoint has pages to copy, and holds the checkpoint lock meanwhile.
            while !flag.lock.withLock({ flag.done }) {
                do {
                    try other.inDatabase { db in
                        try db.execute(sql: "UPDATE articles SET duplicate_of = duplicate_of")
                        _ = try db.checkpoint(.passive)
                    }
                    flag.lock.withLock { flag.n += 1 }
                } catch {
                    flag.lock.withLock { flag.busy += 1 }
                }
            }
            thread.leave()
        }.start()
        // Until the other connection has checkpointed 40 times (or 10 s have passed).
        var failures: [String] = [], ours = 0
        let deadline = Date().addingTimeInterval(10)
        while flag.lock.withLock({ flag.n }) < 40 && Date() < deadline {
            do { try store.checkpoint() } catch { failures.append("\(error)") }
            ours += 1
        }
        flag.lock.withLock { flag.done = true }
        thread.wait()
        #expect(flag.lock.withLock({ flag.n }) >= 40, "the other connection did not checkpoint: no contention")
        #expect(failures.isEmpty, "\(failures.count) of \(ours) failed: \(failures.first ?? "")")
    }
}
