import Foundation

/// A problem reading an input, naming the path (or record) and what is wrong.
public struct InputError: Error, LocalizedError, Equatable, Sendable {
    public var path: String
    public var problem: String
    /// A line of JSON Lines input that is no record at all (not JSON, not an object), as
    /// against a record with a bad field: `slant score` counts records without it.
    public var notARecord: Bool

    public init(path: String, problem: String, notARecord: Bool = false) {
        self.path = path
        self.problem = problem
        self.notARecord = notARecord
    }

    public var errorDescription: String? { "\(path): \(problem)" }

    // The problems every reader of text names the same way (`InputReader.text`, `slant split`'s stream).
    public static func invalidUTF8(_ path: String, line: Int, column: Int, byte: Int) -> InputError {
        InputError(path: path, problem: "invalid UTF-8 at line \(line), column \(column) (byte \(byte)); "
                   + "if it is Windows-1252 or Latin-1 text, convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8")
    }

    public static func binary(_ path: String, line: Int, column: Int, byte: Int) -> InputError {
        InputError(path: path, problem: "is binary data, not text (a NUL byte at line \(line), column \(column), byte \(byte))")
    }

    public static func utf16(_ path: String) -> InputError {
        InputError(path: path, problem: "is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8")
    }
}
