import GRDB
import GRDBSQLite

/// Binds values to a cached insert statement with direct `sqlite3_bind_*` calls and runs it.
/// GRDB's `execute(arguments:)` builds a `StatementArguments` array of existentials per row;
/// the child rows of an article (sentences, cues, hits, mentions, ...) are most of what ingest
/// writes, and binding them directly costs a fraction of that.
///
/// Values are bound exactly as GRDB binds them, so the stored rows are the same: integers and
/// booleans as INTEGER, doubles as REAL, strings as TEXT through their C string (GRDB passes
/// length -1), nil as NULL.
struct RowBinder {
    let db: Database
    let statement: Statement
    private let handle: OpaquePointer

    /// SQLite copies the bytes at once (`SQLITE_TRANSIENT`), so a temporary C string is safe.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
    func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int64(handle, index, value ? 1 : 0) }
    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }
    /// Binds a string's UTF-8 bytes with their length: read in place from a native string's
    /// storage, with no copy to a C string and no `strlen` inside SQLite. (A string with a NUL
    /// byte is stored whole, where GRDB's C string would stop at the NUL; no text Slant stores
    /// has one.)
    func bind(_ index: Int32, _ value: String) {
        var value = value
        _ = value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else {
                // An empty string is still TEXT (a null pointer would bind NULL).
                return sqlite3_bind_text(handle, index, "", 0, Self.transient)
            }
            return sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                     Int32(bytes.count), Self.transient)
        }
    }
    func bind(_ index: Int32, _ value: Int64?) {
        if let value { bind(index, value) } else { sqlite3_bind_null(handle, index) }
    }
    func bind(_ index: Int32, _ value: String?) {
        if let value { bind(index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Runs the bound insert and makes the statement ready for the next row.
    func insert() throws {
        let code = sqlite3_step(handle)
        if code != SQLITE_DONE {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}
