import SlantCore

/// Every direct quotation must have a speaker Slant can name.
public struct UnsourcedQuoteRule: ArticleRule {
    public let id = "unsourced-quote"
    public let title = "Direct quotation without a source"
    public let help = """
        A direct quotation for which Slant found no speaker (no "X said", "according to Y" or \
        earlier named speaker). Short scare quotes are the outlet's own distancing and are not \
        counted here. Name who said it.
        """

    public init() {}

    public func isEnabled(_ limits: ArticleLimits) -> Bool { limits.quotesNeedSource == true }

    public func check(_ article: AuditedArticle, limits: ArticleLimits) -> [Finding] {
        guard limits.quotesNeedSource == true else { return [] }
        var findings: [Finding] = []
        for quote in article.analysis.quotes where !quote.scare && quote.speaker == nil {
            guard let sentence = article.analysis.sentences.first(where: { $0.start <= quote.start && quote.start < $0.end }) else { continue }
            findings.append(article.finding(self, sentence: sentence, value: 1, limit: 0,
                                            message: "quotation \(quote.text) has no source",
                                            detail: String(SHA256.hex(Array(quote.text.utf8)).prefix(12))))
        }
        return findings
    }
}
