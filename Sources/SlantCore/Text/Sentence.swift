/// One sentence of an article, with its place in the original input.
public struct Sentence: Sendable, Hashable {
    /// Byte range in the input's UTF-8.
    public var bytes: Range<Int>
    /// Scalar span in the input (the public offsets).
    public var span: TextSpan
    /// The sentence's text, exactly as in the input.
    public var text: String
    /// True for the article's headline.
    public var isHeadline: Bool

    public init(bytes: Range<Int>, span: TextSpan, text: String, isHeadline: Bool = false) {
        self.bytes = bytes
        self.span = span
        self.text = text
        self.isHeadline = isHeadline
    }
}
