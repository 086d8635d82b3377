import Foundation

/// Results from parallel workers, one slot each: workers set their own slot, and the caller
/// reads them in index order once all have finished, so the order never depends on which
/// thread finished first.
public final class Slots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    public init(_ n: Int) { slots = Array(repeating: nil, count: n) }

    public func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    /// The slots in index order (nil where no worker set one); read after the workers end.
    public var values: [T?] { slots }
}
