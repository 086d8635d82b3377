import Foundation
import CSQLiteTuning
import GRDB

/// What an ingest's checkpointer did (`Ingestor.checkpoints`), for tests and measurements.
public struct CheckpointCounts: Sendable, Equatable {
    /// Passive checkpoints run on the checkpointer's own connection.
    public var checkpoints = 0
    /// Times the writer waited for a checkpoint because the WAL had passed the cap.
    public var writerWaits = 0
    /// Seconds the writer spent in those waits.
    public var writerWaitSeconds = 0.0
    /// The most frames (pages) the WAL held after a commit.
    public var maxFrames = 0
    /// Times the WAL started again from its beginning (fewer frames after a commit than before).
    public var restarts = 0

    public init() {}
}

/// Copies the WAL of a bulk write into the database file on a connection and thread of its
/// own, so the writer does not wait for the copy and its `fdatasync` calls.
///
/// SQLite's automatic checkpoint runs on the committing connection, inside its commit: during
/// an ingest the one writer copied the WAL into the database file every 1,000 pages (13 times
/// per 10 MB, 39 `fdatasync` calls) and waited for it. While a `Checkpointer` runs, the
/// writer's connection only records how many frames its WAL holds after each commit
/// (`sqlite3_wal_hook`, which replaces the automatic checkpoint), and the writer calls
/// `committed()`: past `pages` new frames it asks the checkpointer thread for a passive
/// checkpoint and goes on writing.
///
/// SQLite starts the WAL again from its beginning only when a write transaction starts with
/// every frame already copied, which a writer that never waits seldom sees: the WAL would
/// grow with everything written. So past `capPages` frames the writer waits, between two
/// transactions, until a checkpoint started after its last commit is done; its next
/// transaction then starts the WAL from the beginning (unless a reader still holds an older
/// snapshot, which a passive checkpoint does not wait for: the WAL then keeps growing, as it
/// would with SQLite's own checkpoint).
///
/// Nothing here changes what a transaction writes or when it commits: a killed process
/// leaves the same consistent database, and the WAL is replayed by the next connection.
final class Checkpointer: @unchecked Sendable {
    let store: Store
    let pages: Int
    let capPages: Int
    private let connection: DatabaseQueue
    /// Written by the writer connection's WAL hook, read by the writer thread after its commits.
    private let frames: UnsafeMutablePointer<Int32>
    /// The automatic checkpoint setting of the writer's connection, restored by `stop()`.
    private let autoCheckpoint: Int
    // Read and written by the writer thread only.
    private var lastFrames = 0
    private var framesAtRequest = 0
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var requested = 0
    private var served = 0
    private var stopping = false
    private var counts = CheckpointCounts()
    private let thread = DispatchGroup()

    /// Opens a second connection to the store's file and takes over the checkpoints of the
    /// store's writer connection. Checkpoints after `pages` new WAL frames; the writer waits past `capPages`.
    init(store: Store, pages: Int, capPages: Int) throws {
        self.store = store
        self.pages = max(1, pages)
        self.capPages = max(self.pages, capPages)
        var configuration = Configuration()
        configuration.busyMode = .timeout(Store.busyTimeout)
        configuration.label = "slant.checkpointer"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            connection = try DatabaseQueue(path: store.path, configuration: configuration)
            // A checkpoint needs the connection to have opened the WAL, which its first read does.
            try connection.inDatabase { db in _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
        } catch {
            throw Store.describe(error, path: store.path)
        }
        frames = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        frames.initialize(to: 0)
        do {
            autoCheckpoint = try store.trackWALFrames(frames)
        } catch {
            frames.deallocate()
            throw error
        }
        thread.enter()
        Thread { [self] in
            run()
            thread.leave()
        }.start()
    }

    /// Called by the writer after each commit (between transactions): asks for a checkpoint
    /// past `pages` new frames (an eighth of that when `eager`), and waits for one past
    /// `capPages` frames, unless `finishing`.
    ///
    /// `finishing`: the last batches are being written. The WAL is then copied into the file
    /// at the end in any case, and can grow by no more than those batches; waiting for a
    /// checkpoint there would only leave the writer further behind the workers, with batches
    /// to write alone after they are done (news-10mb: a wait of 100-140 ms at the cap, two
    /// batches behind at the end).
    ///
    /// The writer is eager once the input is all read: what the WAL holds at the end is copied
    /// into the file after the last commit, with nothing left to overlap it (news-10mb: 710
    /// pages copied by `Store.checkpoint()` and an `fdatasync` after the workers were done).
    /// Copied by this thread every eighth of the threshold during the last commits instead,
    /// while the workers analyse the last articles, little is left for the end. The same
    /// pages are copied either way; only when.
    func committed(eager: Bool = false, finishing: Bool = false) {
        let now = Int(frames.pointee)
        var restarted = false
        if now < lastFrames {
            restarted = true
            framesAtRequest = 0
        }
        lastFrames = now
        condition.lock()
        if restarted { counts.restarts += 1 }
        counts.maxFrames = max(counts.maxFrames, now)
        if now >= capPages && !finishing {
            requested += 1
            let ticket = requested
            counts.writerWaits += 1
            condition.broadcast()
            let start = DispatchTime.now().uptimeNanoseconds
            while served < ticket && !stopping { condition.wait() }
            counts.writerWaitSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            framesAtRequest = now
        } else if now - framesAtRequest >= (eager ? max(1, pages / 8) : pages) {
            requested += 1
            framesAtRequest = now
            condition.broadcast()
        }
        condition.unlock()
    }

    /// Stops the thread once the checkpoints asked for are done, and gives the writer's
    /// connection its automatic checkpoint back. Returns what was done.
    @discardableResult
    func stop() -> CheckpointCounts {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
        thread.wait()
        // The hook's counter must outlive the hook: it goes only once SQLite's own hook is
        // back. Should that fail, the hook keeps writing to it, so four bytes are left behind.
        if (try? store.restoreAutoCheckpoint(autoCheckpoint)) != nil {
            frames.deallocate()
        }
        condition.lock()
        defer { condition.unlock() }
        return counts
    }

    private func run() {
        while true {
            condition.lock()
            while served == requested && !stopping { condition.wait() }
            if served == requested {
                condition.unlock()
                return
            }
            let ticket = requested
            condition.unlock()
            // A passive checkpoint waits for no one: another process's checkpoint in progress
            // (SQLITE_BUSY) or any other failure leaves the frames for the next one, the one at
            // the end of the ingest, or SQLite's when the last connection closes. The WAL
            // holds every committed row meanwhile, so nothing is lost.
            let done = (try? connection.inDatabase { db in try db.checkpoint(.passive) }) != nil
            condition.lock()
            served = ticket
            if done { counts.checkpoints += 1 }
            condition.broadcast()
            condition.unlock()
        }
    }
}

extension Store {
    /// Has the writer's connection record its WAL's frame count in `frames` after each commit
    /// instead of checkpointing; returns the automatic checkpoint setting it had.
    func trackWALFrames(_ frames: UnsafeMutablePointer<Int32>) throws -> Int {
        do {
            return try pool.writeWithoutTransaction { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
                slant_sqlite_track_wal_frames(UnsafeMutableRawPointer(db.sqliteConnection), frames)
                return pages
            }
        } catch {
            throw Store.describe(error, path: path)
        }
    }

    /// Gives the writer's connection SQLite's automatic checkpoint every `pages` pages again.
    func restoreAutoCheckpoint(_ pages: Int) throws {
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)") }
        } catch {
            throw Store.describe(error, path: path)
        }
    }
}
