/// A range in the original input, in Unicode scalar (code point) offsets, end exclusive.
///
/// These are the offsets of Slant's public contract: Python's `str` indexing matches them.
public struct TextSpan: Codable, Hashable, Comparable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
