import Foundation
import GRDB

extension Store {
    /// A stable-order text dump of every table (rows ordered by primary key, columns in schema
    /// order, one tab-separated line per row), for golden tests and for reading a store by eye.
    /// Columns listed in `omitting` (as `table.column`) are left out, e.g. `articles.text`.
    public func dump(omitting: Set<String> = []) throws -> String {
        try read { db in
            var out = ""
            for table in Schema.tables {
                let columns = try db.columns(in: table).map(\.name).filter { !omitting.contains("\(table).\($0)") }
                out += "== \(table) (\(columns.joined(separator: ", ")))\n"
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                let rows = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \(table) ORDER BY id")
                while let row = try rows.next() {
                    out += columns.map { Self.dumpValue(row[$0] as DatabaseValue) }.joined(separator: "\t") + "\n"
                }
            }
            return out
        }
    }

    static func dumpValue(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
        case .blob(let data): return "x'" + data.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }
}
