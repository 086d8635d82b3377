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
///
/// A value is kept as plain data (`Slot`): a number, or where its text's UTF-8 bytes are among
/// the bytes of every text collected, copied there as it is added. The statement binds those
/// bytes in place (`SQLITE_STATIC`): they are not changed until the statement has run. Keeping
/// the strings themselves (an enum with a `String` payload) cost a retain and release per text
/// on every copy of a value, and binding each in place needed one nested `withUTF8` frame per
/// text value of a statement. The values and bytes are in memory the batch allocates, reached
/// through a constant pointer: in arrays held by the object, every value added paid a runtime
/// exclusivity check on the property (more than the rest of adding it).
final class RowBatch {
    /// One collected value. `bits`: the integer, the double's bit pattern, or the offset of the
    /// text's bytes; `length`: the text's length in bytes.
    private struct Slot {
        enum Kind: UInt8 { case int, double, text, null }
        var bits: Int64
        var length: Int32
        var kind: Kind
    }

    /// The collected values (room for one full statement's) and the text bytes.
    private struct Storage {
        var values: UnsafeMutablePointer<Slot>
        var count: Int
        var text: UnsafeMutablePointer<UInt8>
        var textCount: Int
        var textCapacity: Int
    }

    static let rowsPerStatement = 32

    private let db: Database
    private let insertPrefix: String
    private let rowPlaceholder: String
    private let columnCount: Int
    /// Values in a full statement: `rowsPerStatement * columnCount`.
    private let capacity: Int
    private let storage: UnsafeMutablePointer<Storage>
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
        capacity = Self.rowsPerStatement * columns.count
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(values: .allocate(capacity: capacity), count: 0,
                                       text: .allocate(capacity: 4096), textCount: 0, textCapacity: 4096))
    }

    deinit {
        storage.pointee.values.deallocate()
        storage.pointee.text.deallocate()
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    @inline(__always) func add(_ value: Int64) { append(Slot(bits: value, length: 0, kind: .int)) }
    @inline(__always) func add(_ value: Int) { add(Int64(value)) }
    @inline(__always) func add(_ value: Bool) { add(Int64(value ? 1 : 0)) }
    @inline(__always) func add(_ value: Double) {
        append(Slot(bits: Int64(bitPattern: value.bitPattern), length: 0, kind: .double))
    }
    @inline(__always) func add(_ value: String) {
        var value = value
        value.withUTF8 { addText($0) }
    }
    /// Adds the UTF-8 text `bytes[range]`, valid UTF-8 the caller made, as TEXT with no string
    /// made of it. (Lengths past `Int32.max` cannot occur: one article's JSON is far smaller.)
    @inline(__always) func add(_ bytes: [UInt8], _ range: Range<Int>) {
        bytes.withUnsafeBufferPointer { addText(UnsafeBufferPointer(rebasing: $0[range])) }
    }
    /// `add(_:_:)`, or NULL when `range` is empty.
    @inline(__always) func add(_ bytes: [UInt8], orNull range: Range<Int>) {
        if range.isEmpty { append(Slot(bits: 0, length: 0, kind: .null)) } else { add(bytes, range) }
    }
    @inline(__always) func add(_ value: Int64?) {
        if let value { add(value) } else { append(Slot(bits: 0, length: 0, kind: .null)) }
    }
    @inline(__always) func add(_ value: String?) {
        if let value { add(value) } else { append(Slot(bits: 0, length: 0, kind: .null)) }
    }

    @inline(__always) private func append(_ slot: Slot) {
        let s = storage
        // `endRow` inserts the values at a full statement; more values than that is a row with
        // too many, a mistake in the caller.
        precondition(s.pointee.count < capacity, "a row of \(insertPrefix) has too many values")
        (s.pointee.values + s.pointee.count).initialize(to: slot)
        s.pointee.count += 1
    }

    private func addText(_ bytes: UnsafeBufferPointer<UInt8>) {
        let s = storage
        let n = bytes.count
        if s.pointee.textCount + n > s.pointee.textCapacity {
            let grown = max(2 * s.pointee.textCapacity, s.pointee.textCount + n)
            let text = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            text.initialize(from: s.pointee.text, count: s.pointee.textCount)
            s.pointee.text.deallocate()
            s.pointee.text = text
            s.pointee.textCapacity = grown
        }
        if let from = bytes.baseAddress, n > 0 {
            (s.pointee.text + s.pointee.textCount).initialize(from: from, count: n)
        }
        append(Slot(bits: Int64(s.pointee.textCount), length: Int32(truncatingIfNeeded: n), kind: .text))
        s.pointee.textCount += n
    }

    /// Ends a row: inserts the collected rows once there are enough for a full statement.
    func endRow() throws {
        assert(storage.pointee.count % columnCount == 0, "a row of \(insertPrefix) has the wrong number of values")
        if storage.pointee.count == capacity {
            try insert(rows: Self.rowsPerStatement)
            clear()
        }
    }

    /// Inserts the rows still collected: fewer than a full statement's, in statements of 16, 8,
    /// 4, 2 and 1 rows (as the count's binary digits say), so that every statement ingest runs is
    /// one of six per table, each compiled once per run and cached by the connection. A
    /// statement for the exact count was compiled anew for nearly every transaction.
    func finish() throws {
        var row = 0
        var rest = storage.pointee.count / columnCount
        var size = Self.rowsPerStatement
        while rest > 0 {
            while size > rest { size /= 2 }
            try insert(rows: size, from: row)
            row += size
            rest -= size
        }
        clear()
    }

    private func clear() {
        storage.pointee.count = 0
        storage.pointee.textCount = 0
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
        let values = storage.pointee.values + first * columnCount
        let text = storage.pointee.text
        for k in 0..<(rows * columnCount) {
            let index = Int32(k + 1)
            let slot = values[k]
            switch slot.kind {
            case .int: binder.bind(index, slot.bits)
            case .double: binder.bind(index, Double(bitPattern: UInt64(bitPattern: slot.bits)))
            case .text: binder.bindInPlace(index, UnsafeBufferPointer(start: text + Int(slot.bits), count: Int(slot.length)))
            case .null: binder.bind(index, nil as Int64?)
            }
        }
        // The text's bytes, bound in place, stay as they are until the statement has run.
        try binder.insert()
    }
}
