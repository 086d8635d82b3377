import Foundation

/// A problem with gold data or predictions, named by file and line (or record) when known.
public struct EvalError: Error, LocalizedError, Equatable, Sendable {
    /// The file the problem is in.
    public var file: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    /// What is wrong, in lower case.
    public var problem: String

    public init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var errorDescription: String? {
        if let line { return "\(file):\(line): \(problem)" }
        return "\(file): \(problem)"
    }
}
