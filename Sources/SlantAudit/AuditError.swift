import Foundation

/// A problem with an audit's configuration, baseline or output, naming the file and, where
/// known, the line and column.
public struct AuditError: Error, LocalizedError, Equatable, Sendable {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var problem: String

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var errorDescription: String? {
        var place = file ?? ""
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        return place.isEmpty ? problem : "\(place): \(problem)"
    }
}
