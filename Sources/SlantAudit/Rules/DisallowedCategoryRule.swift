import SlantCore

/// Loaded terms of the listed categories may not appear in the outlet's own voice.
public struct DisallowedCategoryRule: ArticleRule {
    public let id = "disallowed-category"
    public let title = "Loaded-language category not allowed in the outlet's voice"
    public let help = """
        A loaded term of a category the configuration disallows (for example name-calling) used in \
        the outlet's own voice. Terms inside direct quotations are the speaker's and are not flagged. \
        One finding per term.
        """

    public init() {}

    public func isEnabled(_ limits: ArticleLimits) -> Bool { !(limits.disallowedCategories ?? []).isEmpty }

    public func check(_ article: AuditedArticle, limits: ArticleLimits) -> [Finding] {
        let disallowed = Set(limits.disallowedCategories ?? [])
        guard !disallowed.isEmpty else { return [] }
        var findings: [Finding] = []
        for sentence in article.analysis.sentences {
            for hit in sentence.loaded where !hit.in_quote && disallowed.contains(hit.category) {
                let term = hit.text.lowercased() == hit.term ? "'\(hit.text)'" : "'\(hit.text)' (term '\(hit.term)')"
                findings.append(article.finding(self, sentence: sentence, value: 1, limit: 0,
                                                message: "\(term) is \(hit.category), which is not allowed in the outlet's voice",
                                                detail: "\(hit.category):\(hit.term)"))
            }
        }
        return findings
    }
}
