import SlantCore

/// Text addressed by Unicode scalar offsets, the offsets every gold format here uses
/// (Python `str` indexing) and Slant's public contract.
public struct ScalarText: Sendable {
    /// The text.
    public let string: String
    /// Its scalars, for O(1) slicing by offset.
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The text of a span, clamped to the text.
    public func text(_ span: TextSpan) -> String {
        let start = max(0, min(span.start, count)), end = max(start, min(span.end, count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// The span with leading and trailing whitespace removed (empty spans stay where they are).
    public func trimmed(_ span: TextSpan) -> TextSpan {
        var start = max(0, span.start), end = min(span.end, count)
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : TextSpan(start: span.start, end: span.start)
    }

    /// A one-line excerpt around an offset, with `⏐` marking it, for error listings.
    public func context(at offset: Int, width: Int = 40) -> String {
        let before = text(TextSpan(start: offset - width, end: offset))
        let after = text(TextSpan(start: offset, end: offset + width))
        return Self.oneLine(before) + "⏐" + Self.oneLine(after)
    }

    /// Text with line breaks and tabs shown as spaces, so an excerpt stays on one line.
    public static func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
