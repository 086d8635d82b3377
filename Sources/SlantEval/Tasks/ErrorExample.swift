/// One listed error: a miss (gold the system did not find) or a false alarm (a prediction
/// the gold does not have), with its text so a reader can see what went wrong.
public struct ErrorExample: Codable, Equatable, Sendable {
    /// `miss`, `false-alarm` or `failed-case`.
    public var kind: String
    /// The document or case (id or file name).
    public var document: String
    /// The gold file line, when the gold has lines.
    public var line: Int?
    /// The offset in the document, when the error is at one place.
    public var offset: Int?
    /// The text at fault (for boundaries: an excerpt with `⏐` at the place).
    public var text: String
    /// What was expected and what was found, or how often the same text went wrong.
    public var detail: String

    public init(kind: String, document: String, line: Int? = nil, offset: Int? = nil, text: String, detail: String) {
        self.kind = kind
        self.document = document
        self.line = line
        self.offset = offset
        self.text = text
        self.detail = detail
    }
}
