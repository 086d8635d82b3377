import Foundation
import CSQLiteTuning
import GRDB

/// A Slant database: one SQLite file in WAL mode, migrated on open, shared safely by several
/// processes (writes wait for each other instead of failing).
public final class Store: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Process-wide SQLite settings, applied once before the first connection opens: no
    /// memory statistics (a global mutex around every allocation SQLite makes, about a tenth
    /// of the writer's time in a bulk ingest). Changes nothing that is stored.
    private static let processSetup: Void = {
        _ = slant_sqlite_disable_memstatus()
    }()

    /// The page size of a new database file, in bytes.
    static let pageSize = 8192

    /// How long a write waits for another process's write before giving up.
    public static let busyTimeout: TimeInterval = 120

    /// Opens (creating when `create` is true) and migrates the database at `path`.
    /// Throws `StoreError` for a missing file, a file that is not a SQLite database or is
    /// corrupt, and a database written by a newer Slant.
    public init(path: String, create: Bool = true) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw StoreError(path: path, problem: "is a directory, not a database file") }
        if !exists && !create {
            throw StoreError(path: path, problem: "no such database (run 'slant ingest' first, or give --db)")
        }
        // An empty file (a --db typo naming some other file) is a valid empty SQLite database:
        // a command that only reads must not turn it into a store.
        if exists && !create, ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int ?? 0) == 0 {
            throw StoreError(path: path, problem: "is an empty file, not a Slant database (run 'slant ingest' first, or give --db)")
        }
        _ = Store.processSetup
        var configuration = Configuration()
        configuration.busyMode = .timeout(Store.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "slant"
        configuration.prepareDatabase { db in
            // NORMAL is durable at every checkpoint and safe against corruption in WAL mode:
            // a crash can lose at most the last transactions, never break the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A new database gets pages of 8 KiB (SQLite's default is 4): the WAL and the
            // checkpoints move the same bytes in half the system calls (news-10mb, --jobs 2:
            // median 1.30 -> 1.26 CPU-s in 8 interleaved pairs, sys 0.18 -> 0.165 s). Set before
            // GRDB switches the file to WAL, the first write; a database that exists keeps its size.
            try db.execute(sql: "PRAGMA page_size = \(Store.pageSize)")
            // Reads map up to 1 GiB of the file instead of copying each page out of the kernel's
            // cache (`slant outlets` over 106,018 articles: the copies were 6% of its samples).
            // Writes still go through SQLite's own writes (no SQLITE_MMAP_READWRITE).
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        }
        do {
            pool = try Store.openPool(path: path, configuration: configuration)
            try Store.checkAndMigrate(pool, path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Store.describe(error, path: path)
        }
    }

    /// Opens the pool. Switching a new file to WAL mode takes an exclusive lock that SQLite does
    /// not wait for, so a second process creating the same database at the same moment gets
    /// SQLITE_BUSY at once: it waits a little and tries again.
    static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                attempt += 1
                if attempt >= 50 { throw error }
                Thread.sleep(forTimeInterval: 0.02 * Double(min(attempt, 10)))
            }
        }
    }

    /// Turns a SQLite error into a message naming the file.
    static func describe(_ error: Error, path: String) -> StoreError {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return StoreError(path: path, problem: "is not a SQLite database or is corrupt (\(error.message ?? "\(error.resultCode)"))")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return StoreError(path: path, problem: "is locked by another process for longer than \(Int(busyTimeout)) s")
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
                return StoreError(path: path, problem: "cannot be opened for writing (\(error.message ?? "\(error.resultCode)"))")
            default:
                return StoreError(path: path, problem: "database error: \(error.message ?? "\(error.resultCode)")")
            }
        }
        if let error = error as? StoreError { return error }
        return StoreError(path: path, problem: error.localizedDescription)
    }

    /// Refuses databases from a newer Slant or from another program, then applies pending migrations.
    static func checkAndMigrate(_ pool: DatabasePool, path: String) throws {
        let migrator = Schema.migrator
        let state = try pool.read { db -> (superseded: Bool, unknown: [String], foreign: Bool) in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if tables.isEmpty { return (false, [], false) }
            guard tables.contains("grdb_migrations") else { return (false, [], true) }
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            let unknown = applied.filter { !Schema.migrationNames.contains($0) }
            return (try migrator.hasBeenSuperseded(db), unknown, false)
        }
        if state.foreign {
            throw StoreError(path: path, problem: "is a SQLite database but not a Slant store (no migration table); refusing to change it")
        }
        if state.superseded || !state.unknown.isEmpty {
            let names = state.unknown.map { "'\($0)'" }.joined(separator: ", ")
            throw StoreError(path: path, problem: "was written by a newer version of Slant (schema migration \(names) is unknown to this version); upgrade slant or use another --db")
        }
        // Two processes may open a new database at the same moment: the loser of the race
        // sees the winner's tables and simply retries against the now-migrated file.
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                attempt += 1
                if attempt >= 5 { throw error }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Runs a read-only block against a consistent snapshot.
    func read<T>(_ block: (Database) throws -> T) throws -> T {
        do { return try pool.read(block) } catch let error as StoreError { throw error } catch { throw Store.describe(error, path: path) }
    }

    /// Runs a block in an IMMEDIATE transaction: the write lock is taken at the start, so two
    /// processes queue (busy timeout) instead of failing on a read-to-write upgrade.
    ///
    /// With `checkingForeignKeys` false, SQLite does not look up each new row's parent rows
    /// (a B-tree search per reference, most of them for rows the same transaction has just
    /// inserted): for the bulk writer, which takes every parent id from the insert that made
    /// it. `integrityProblems()` runs SQLite's foreign key check over the whole file.
    func write<T>(checkingForeignKeys: Bool = true, _ block: (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                // The setting cannot change inside a transaction, so it is set before; and it
                // is left as it is after, for the next write to change only if it asks for the
                // other one. Changing it expires every compiled statement of the connection: set
                // and restored around each batch, it had ingest compile its inserts again for
                // every transaction.
                let checking = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? true
                if checking != checkingForeignKeys {
                    try db.execute(sql: checkingForeignKeys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF")
                }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try block(db)
                    return .commit
                }
                guard let result else { throw StoreError(path: path, problem: "transaction produced no result") }
                return result
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Store.describe(error, path: path)
        }
    }

    /// Copies the pages committed to the WAL into the database file (a passive checkpoint: it
    /// waits for no other connection and copies what no reader still needs), so that the file
    /// alone holds what was written.
    ///
    /// Only one checkpoint runs at a time on a database, and a passive one does not wait for
    /// another (SQLite answers SQLITE_BUSY at once, without its busy handler): while another
    /// process's ingest was checkpointing, this one failed at its very end with "locked by
    /// another process" (news-10mb in two halves, two processes at once: 3 runs in 4). It tries
    /// again until the other checkpoint is done, as long as a write would wait.
    public func checkpoint() throws {
        let deadline = Date().addingTimeInterval(Store.busyTimeout)
        while true {
            do {
                try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.002)
            } catch {
                throw Store.describe(error, path: path)
            }
        }
    }

    /// The migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Schema.migrator.appliedIdentifiers(db).sorted() }
    }

    /// Number of articles stored.
    public func articleCount() throws -> Int {
        try read { db in try ArticleRecord.fetchCount(db) }
    }

    /// Checks the file with SQLite's `quick_check` and `foreign_key_check`, and that every article has exactly
    /// the sentence rows its count says (a half-written article would not); returns the
    /// problems found (empty when fine).
    public func integrityProblems() throws -> [String] {
        try read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
            // Rows whose parent row is missing (the bulk writer does not have SQLite check them).
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            problems += orphans.map { row in
                "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? -1) refers to a missing \(row[2] as String? ?? "?") row"
            }
            let partial = try Int64.fetchAll(db, sql: """
                SELECT a.id FROM articles a
                WHERE a.sentences != (SELECT COUNT(*) FROM sentence_rows s WHERE s.article_id = a.id) ORDER BY a.id
                """)
            problems += partial.map { "article \($0) is missing sentences" }
            return problems
        }
    }
}
