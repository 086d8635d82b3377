import SlantCore

/// The share of an article's sentences labelled EDITORIAL must not exceed the limit.
public struct EditorialShareRule: ArticleRule {
    public let id = "editorial-share"
    public let title = "Share of editorial sentences"
    public let help = """
        The share of the article's sentences (headline included) that Slant labels EDITORIAL: \
        evaluation, opinion, speculation or prediction in the outlet's own voice. The finding points \
        at the first editorial sentence; `slant score FILE` shows the cue behind every label. Attribute \
        the judgement to a source, rewrite it as a checkable claim, or exempt the path (opinion/**).
        """

    public init() {}

    public func isEnabled(_ limits: ArticleLimits) -> Bool { limits.maxEditorialShare != nil }

    public func check(_ article: AuditedArticle, limits: ArticleLimits) -> [Finding] {
        guard let limit = limits.maxEditorialShare else { return [] }
        let sentences = article.analysis.sentences
        let editorial = sentences.filter { $0.label == .editorial }
        guard !sentences.isEmpty else { return [] }
        let share = Double(editorial.count) / Double(sentences.count)
        guard share > limit else { return [] }
        return [article.articleFinding(self, sentence: editorial.first, value: share, limit: limit,
                                       message: "editorial share \(format(share)) > \(format(limit)) (\(editorial.count) of \(counted(sentences.count, "sentence")) EDITORIAL; first shown)")]
    }
}
