/// One record of a CSV or TSV file: its fields and the line it starts on.
public struct DelimitedRecord: Sendable, Equatable {
    /// The 1-based line the record starts on (a quoted field may span several lines).
    public var line: Int
    public var fields: [String]
}

/// Reads CSV/TSV as RFC 4180 describes: fields in double quotes may hold the delimiter,
/// line breaks and doubled quotes. A byte-order mark at the start is dropped.
public enum DelimitedReader {
    /// Parses all records; blank lines are skipped. An unterminated quote is an error naming
    /// the line the quoted field opened on.
    public static func records(_ text: String, delimiter: Character, file: String) throws -> [DelimitedRecord] {
        var records: [DelimitedRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1, recordLine = 1, quoteLine = 0
        var inQuotes = false, fieldWasQuoted = false, atFieldStart = true
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(DelimitedRecord(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
            atFieldStart = true
        }
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    // Swift treats "\r\n" as one Character; count it as one line break.
                    if c.isNewline { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            if c == "\"" && atFieldStart {
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
                atFieldStart = false
            } else if c == delimiter {
                fields.append(field)
                field = ""
                fieldWasQuoted = false
                atFieldStart = true
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes {
            throw EvalError(file: file, line: quoteLine, problem: "quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
