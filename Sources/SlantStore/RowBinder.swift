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
    /// Binds UTF-8 bytes without a copy (`SQLITE_STATIC`): the caller keeps them valid until
    /// the statement has run (`insert()`).
    func bindInPlace(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else {
            sqlite3_bind_text(handle, index, "", 0, Self.transient)
            return
        }
        sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil /* SQLITE_STATIC */)
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
        /// UTF-8 text that is bytes `start..<end` of an array (stored as TEXT, like a string).
        case utf8([UInt8], start: Int32, end: Int32)
        case null
    }

    static let rowsPerStatement = 32

    private let db: Database
    private let insertPrefix: String
    private let rowPlaceholder: String
    private let columnCount: Int
    private var values: [Value] = []
    /// Indexes in `values` of the text values of the statement being inserted (reused).
    private var textSlots: [Int] = []
    /// Statements by row count: 32, 16, 8, 4, 2 and 1.
    private var statements: [Int: Statement] = [:]

    init(_ db: Database, table: String, columns: [String]) {
        self.db = db
        columnCount = columns.count
        // OR FAIL: a row that breaks a constraint still fails the statement, and the writer then
        // rolls the whole batch back; but SQLite no longer keeps a statement journal to undo the
        // statement's earlier rows (it copied each B-tree page a statement changed, for every
        // 32-row statement): SQLite's instructions for a 1 MB ingest 147M -> 140M (callgrind).
        insertPrefix = "INSERT OR FAIL INTO \(table) (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
        rowPlaceholder = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        values.reserveCapacity(Self.rowsPerStatement * columnCount)
    }

    @inline(__always) func add(_ value: Int64) { values.append(.int(value)) }
    @inline(__always) func add(_ value: Int) { values.append(.int(Int64(value))) }
    @inline(__always) func add(_ value: Bool) { values.append(.int(value ? 1 : 0)) }
    @inline(__always) func add(_ value: Double) { values.append(.double(value)) }
    @inline(__always) func add(_ value: String) { values.append(.text(value)) }
    /// Adds the UTF-8 text `bytes[range]`, valid UTF-8 the caller made: bound in place as
    /// TEXT, with no string made of it. (Positions past `Int32.max` cannot occur: one article's
    /// JSON is far smaller.)
    @inline(__always) func add(_ bytes: [UInt8], _ range: Range<Int>) {
        values.append(.utf8(bytes, start: Int32(truncatingIfNeeded: range.lowerBound), end: Int32(truncatingIfNeeded: range.upperBound)))
    }
    @inline(__always) func add(_ value: Int64?) { values.append(value.map { .int($0) } ?? .null) }
    @inline(__always) func add(_ value: String?) { values.append(value.map { .text($0) } ?? .null) }

    /// Ends a row: inserts the collected rows once there are enough for a full statement.
    func endRow() throws {
        assert(values.count % columnCount == 0, "a row of \(insertPrefix) has the wrong number of values")
        if values.count == Self.rowsPerStatement * columnCount {
            try insert(rows: Self.rowsPerStatement)
            values.removeAll(keepingCapacity: true)
        }
    }

    /// Inserts the rows still collected: fewer than a full statement's, in statements of 16, 8,
    /// 4, 2 and 1 rows (as the count's binary digits say), so that every statement ingest runs is
    /// one of six per table, each compiled once per run and cached by the connection. A
    /// statement for the exact count was compiled anew for nearly every transaction.
    func finish() throws {
        var row = 0
        var rest = values.count / columnCount
        var size = Self.rowsPerStatement
        while rest > 0 {
            while size > rest { size /= 2 }
            try insert(rows: size, from: row)
            row += size
            rest -= size
        }
        values.removeAll(keepingCapacity: true)
    }

    /// Inserts `rows` collected rows from row `first` on; the values stay collected (the caller
    /// clears them).
    private func insert(rows: Int, from first: Int = 0) throws {
        let statement: Statement
        if let cached = statements[rows] {
            statement = cached
        } else {
            let sql = insertPrefix + Array(repeating: rowPlaceholder, count: rows).joined(separator: ", ")
            statement = try db.cachedStatement(sql: sql)
            statements[rows] = statement
        }
        let binder = RowBinder(db, statement: statement)
        // The arrays are moved out of the object for the binding: the nested closures below
        // then read local buffers, with no exclusivity check on a property per value.
        var rowValues: [Value] = [], slots: [Int] = []
        swap(&rowValues, &values)
        swap(&slots, &textSlots)
        defer {
            slots.removeAll(keepingCapacity: true)
            swap(&rowValues, &values)
            swap(&slots, &textSlots)
        }
        let base = first * columnCount
        for k in 0..<(rows * columnCount) {
            let index = Int32(k + 1)
            switch rowValues[base + k] {
            case .int(let v): binder.bind(index, v)
            case .double(let v): binder.bind(index, v)
            case .text, .utf8: slots.append(k)
            case .null: binder.bind(index, nil as Int64?)
            }
        }
        try rowValues.withUnsafeBufferPointer { all in
            let values = UnsafeBufferPointer(rebasing: all[base..<(base + rows * columnCount)])
            try slots.withUnsafeBufferPointer { slots in try Self.bindTexts(values, slots, from: 0, binder) }
        }
    }

    /// Binds the text values at `slots[slot...]` of `values`, each inside its own `withUTF8`,
    /// and runs the insert in the innermost one: every string's bytes are then valid while
    /// SQLite reads them, so they are bound in place (`SQLITE_STATIC`) instead of copied by
    /// SQLite first (`SQLITE_TRANSIENT`: an allocation and a copy per value, most of the cost
    /// of binding). The nesting is as deep as a statement has text values (a few hundred frames).
    private static func bindTexts(_ values: UnsafeBufferPointer<Value>, _ slots: UnsafeBufferPointer<Int>, from slot: Int,
                                  _ binder: RowBinder) throws {
        guard slot < slots.count else {
            try binder.insert()
            return
        }
        let k = slots[slot]
        switch values[k] {
        case .text(var text):
            try text.withUTF8 { bytes in
                binder.bindInPlace(Int32(k + 1), bytes)
                try bindTexts(values, slots, from: slot + 1, binder)
            }
        case .utf8(let array, let start, let end):
            try array.withUnsafeBufferPointer { all in
                binder.bindInPlace(Int32(k + 1), UnsafeBufferPointer(rebasing: all[Int(start)..<Int(end)]))
                try bindTexts(values, slots, from: slot + 1, binder)
            }
        default:
            try bindTexts(values, slots, from: slot + 1, binder)
        }
    }
}
