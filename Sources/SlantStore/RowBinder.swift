import GRDB
import GRDBSQLite

/// Binds values to a cached insert statement with direct `sqlite3_bind_*` calls and runs it.
/// GRDB's `execute(arguments:)` builds a `StatementArguments` array of existentials per row;
/// the rows of ingest (articles, and through `RowBatch` their sentences, hits, mentions, ...)
/// are bound directly, for a fraction of that.
///
/// Values are stored with the types GRDB gives them: integers and booleans as INTEGER, doubles
/// as REAL, strings as TEXT, nil as NULL.
struct RowBinder {
    let db: Database
    let statement: Statement
    private let handle: OpaquePointer

    /// SQLite copies the bytes at once (`SQLITE_TRANSIENT`), so a temporary C string is safe.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        self.init(db, statement: try db.cachedStatement(sql: sql))
    }

    init(_ db: Database, statement: Statement) {
        self.db = db
        self.statement = statement
        handle = statement.sqliteStatement
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
    func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int64(handle, index, value ? 1 : 0) }
    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }
    /// Binds a string's UTF-8 bytes with their length: read in place from a native string's
    /// storage, with no copy to a C string and no `strlen` inside SQLite. A string with a NUL
    /// byte is stored whole (a C string would stop at the NUL).
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

/// Rows for one table, collected and inserted many at a time by a multi-row INSERT (`VALUES
/// (...), (...), ...`): SQLite runs one statement per 32 rows instead of one per row, which
/// takes about half the time per row for the small child rows of ingest (sentences, sources,
/// hits, mentions, quotes). Values are bound as `RowBinder` binds them, so the rows are the
/// same; rows are inserted in the order they were added.
final class RowBatch {
    enum Value {
        case int(Int64)
        case double(Double)
        case text(String)
        case null
    }

    static let rowsPerStatement = 32

    private let db: Database
    private let insertPrefix: String
    private let rowPlaceholder: String
    private let columnCount: Int
    private var values: [Value] = []
    /// Statements by row count: the full one, and at most one tail per batch.
    private var statements: [Int: Statement] = [:]

    init(_ db: Database, table: String, columns: [String]) {
        self.db = db
        columnCount = columns.count
        insertPrefix = "INSERT INTO \(table) (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
        rowPlaceholder = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        values.reserveCapacity(Self.rowsPerStatement * columnCount)
    }

    @inline(__always) func add(_ value: Int64) { values.append(.int(value)) }
    @inline(__always) func add(_ value: Int) { values.append(.int(Int64(value))) }
    @inline(__always) func add(_ value: Bool) { values.append(.int(value ? 1 : 0)) }
    @inline(__always) func add(_ value: Double) { values.append(.double(value)) }
    @inline(__always) func add(_ value: String) { values.append(.text(value)) }
    @inline(__always) func add(_ value: Int64?) { values.append(value.map { .int($0) } ?? .null) }
    @inline(__always) func add(_ value: String?) { values.append(value.map { .text($0) } ?? .null) }

    /// Ends a row: inserts the collected rows once there are enough for a full statement.
    func endRow() throws {
        assert(values.count % columnCount == 0, "a row of \(insertPrefix) has the wrong number of values")
        if values.count == Self.rowsPerStatement * columnCount { try insert(rows: Self.rowsPerStatement) }
    }

    /// Inserts the rows still collected.
    func finish() throws {
        if !values.isEmpty { try insert(rows: values.count / columnCount) }
    }

    private func insert(rows: Int) throws {
        let statement: Statement
        if let cached = statements[rows] {
            statement = cached
        } else {
            statement = try db.makeStatement(sql: insertPrefix + Array(repeating: rowPlaceholder, count: rows).joined(separator: ", "))
            statements[rows] = statement
        }
        let binder = RowBinder(db, statement: statement)
        for (k, value) in values.enumerated() {
            let index = Int32(k + 1)
            switch value {
            case .int(let v): binder.bind(index, v)
            case .double(let v): binder.bind(index, v)
            case .text(let v): binder.bind(index, v)
            case .null: binder.bind(index, nil as Int64?)
            }
        }
        values.removeAll(keepingCapacity: true)
        try binder.insert()
    }
}
