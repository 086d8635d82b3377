import Foundation

/// A problem opening, reading or writing a Slant database, naming the file.
public struct StoreError: Error, LocalizedError, Equatable, Sendable {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var errorDescription: String? { "\(path): \(problem)" }
}
