import Foundation

/// A problem in a lexicon or other data file, with the file and line it was found at.
public struct LexiconError: Error, LocalizedError, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var problem: String

    public init(file: String, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var errorDescription: String? {
        if let line { return "\(file):\(line): \(problem)" }
        return "\(file): \(problem)"
    }
}
