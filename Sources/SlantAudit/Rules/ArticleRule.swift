import SlantCore

/// One analysed article, ready for the rules.
public struct AuditedArticle: Sendable {
    /// The path as given (or found under a directory given).
    public var path: String
    public var outlet: String?
    public var analysis: ArticleAnalysis
    public var rules: ResolvedRules
    public var locator: TextLocator
    /// The article as read, kept so the batch can also be stored (`slant audit --db`).
    public var article: Article?

    public init(path: String, analysis: ArticleAnalysis, rules: ResolvedRules, locator: TextLocator, article: Article? = nil) {
        self.path = path
        self.article = article
        self.outlet = analysis.article.outlet
        self.analysis = analysis
        self.rules = rules
        self.locator = locator
    }

    /// A finding about one sentence of this article.
    func finding(_ rule: any ArticleRule, sentence: SentenceAnalysis, value: Double, limit: Double,
                 message: String, detail: String = "") -> Finding {
        Finding(rule: rule.id, file: path, outlet: outlet, location: locator.location(start: sentence.start, end: sentence.end),
                sentence: sentence.text, value: value, limit: limit, message: message, detail: detail)
    }

    /// A finding about the article as a whole, shown at `sentence` but keyed without it, so a
    /// baseline still matches when another sentence becomes the one shown.
    func articleFinding(_ rule: any ArticleRule, sentence: SentenceAnalysis?, value: Double, limit: Double,
                        message: String) -> Finding {
        var finding = Finding(rule: rule.id, file: path, outlet: outlet, location: nil, sentence: nil,
                              value: value, limit: limit, message: message)
        if let sentence {
            finding.location = locator.location(start: sentence.start, end: sentence.end)
            finding.sentence = sentence.text
        }
        return finding
    }
}

/// A check on one article. Rules are listed in `AuditRules.all`, one per file.
public protocol ArticleRule: Sendable {
    /// The id used in output, exemptions and baselines.
    var id: String { get }
    /// A one-line description.
    var title: String { get }
    /// What the rule measures and how to act on a finding (SARIF help text).
    var help: String { get }
    /// Whether the limits switch the rule on.
    func isEnabled(_ limits: ArticleLimits) -> Bool
    /// The findings for one article under the given limits.
    func check(_ article: AuditedArticle, limits: ArticleLimits) -> [Finding]
}

/// The article rules, in the order their findings are listed for the same sentence.
public enum AuditRules {
    public static let all: [any ArticleRule] = [
        EditorialShareRule(),
        LoadedDensityRule(),
        SentenceScoreRule(),
        DisallowedCategoryRule(),
        UnsourcedQuoteRule(),
    ]
}

/// Hit terms with their scores, for messages: `regime +2.0, slammed +1.5`.
func describe(_ hits: [LoadedHit]) -> String {
    hits.map { "\($0.term) +\(format($0.score))" }.joined(separator: ", ")
}
