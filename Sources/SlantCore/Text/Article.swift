/// Where a metadata value came from.
public enum Provenance: String, Codable, Sendable {
    /// The scraper header line (` date YYYY-MM-DD URL`).
    case header
    /// Derived from the article's URL (the outlet is the URL's registrable domain).
    case url
    /// Given on the command line.
    case flag
    /// The line after the scraper header.
    case titleLine = "title-line"
    /// A field of a JSON Lines record.
    case record
    /// An HTML `<meta>` tag, `<title>`, canonical link or other markup.
    case html
    /// Not known.
    case missing
}

/// One metadata value with its provenance.
public struct MetaValue: Codable, Hashable, Sendable {
    public var value: String?
    public var provenance: Provenance

    public init(_ value: String?, _ provenance: Provenance) {
        self.value = value
        self.provenance = value == nil ? .missing : provenance
    }

    public static let missing = MetaValue(nil, .missing)
}

/// Outlet, URL, date, title and author of an article, each with where it came from.
public struct ArticleMetadata: Codable, Hashable, Sendable {
    public var outlet: MetaValue = .missing
    public var url: MetaValue = .missing
    public var date: MetaValue = .missing
    public var title: MetaValue = .missing
    public var author: MetaValue = .missing

    public init() {}
}

/// An article as read: the text exactly as it was input, its metadata, and where the
/// headline and the body lie in that text.
public struct Article: Sendable {
    /// The input exactly as read (header and title included), which all offsets refer to.
    public var text: String
    public var metadata: ArticleMetadata
    /// The headline's byte range in `text`, when the article has one inside the text.
    public var headline: Range<Int>?
    /// Byte ranges of `text` to analyse as body, in order. Header lines and repeated
    /// titles lie outside them.
    public var body: [Range<Int>]

    public init(text: String, metadata: ArticleMetadata = ArticleMetadata(),
                headline: Range<Int>? = nil, body: [Range<Int>]? = nil) {
        self.text = text
        self.metadata = metadata
        self.headline = headline
        self.body = body ?? [0..<text.utf8.count]
    }
}
