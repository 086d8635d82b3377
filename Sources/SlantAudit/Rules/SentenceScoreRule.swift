import SlantCore

/// No single sentence's outlet-voice loaded score may exceed the limit.
public struct SentenceScoreRule: ArticleRule {
    public let id = "sentence-score"
    public let title = "Loaded score of a single sentence"
    public let help = """
        The sum of the scores of the loaded terms a sentence uses in the outlet's own voice, after \
        Slant's rules (negation, intensifiers, capitals, exclamation). One finding per sentence over \
        the limit, naming each term and its score.
        """

    public init() {}

    public func isEnabled(_ limits: ArticleLimits) -> Bool { limits.maxSentenceScore != nil }

    public func check(_ article: AuditedArticle, limits: ArticleLimits) -> [Finding] {
        guard let limit = limits.maxSentenceScore else { return [] }
        return article.analysis.sentences.filter { $0.loaded_score > limit }.map { sentence in
            article.finding(self, sentence: sentence, value: sentence.loaded_score, limit: limit,
                            message: "sentence loaded score \(format(sentence.loaded_score)) > \(format(limit)) (\(describe(sentence.loaded.filter { !$0.in_quote })))")
        }
    }
}
