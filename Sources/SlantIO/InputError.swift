import Foundation

/// A problem reading an input, naming the path (or record) and what is wrong.
public struct InputError: Error, LocalizedError, Equatable, Sendable {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var errorDescription: String? { "\(path): \(problem)" }
}
