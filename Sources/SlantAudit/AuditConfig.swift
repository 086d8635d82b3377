/// The limits that apply to one article. A nil limit is not checked.
public struct ArticleLimits: Sendable, Equatable, Codable {
    /// The highest share of sentences labelled EDITORIAL (0 to 1).
    public var maxEditorialShare: Double?
    /// The highest number of outlet-voice loaded terms per 1,000 outlet-voice words.
    public var maxLoadedDensity: Double?
    /// The highest outlet-voice loaded score of any single sentence.
    public var maxSentenceScore: Double?
    /// Loaded-language categories that may not appear in the outlet's own voice.
    public var disallowedCategories: [String]?
    /// Whether a direct quotation must have a speaker.
    public var quotesNeedSource: Bool?

    public init(maxEditorialShare: Double? = nil, maxLoadedDensity: Double? = nil, maxSentenceScore: Double? = nil,
                disallowedCategories: [String]? = nil, quotesNeedSource: Bool? = nil) {
        self.maxEditorialShare = maxEditorialShare
        self.maxLoadedDensity = maxLoadedDensity
        self.maxSentenceScore = maxSentenceScore
        self.disallowedCategories = disallowedCategories
        self.quotesNeedSource = quotesNeedSource
    }

    /// Whether no limit is set.
    public var isEmpty: Bool {
        maxEditorialShare == nil && maxLoadedDensity == nil && maxSentenceScore == nil
            && (disallowedCategories ?? []).isEmpty && quotesNeedSource != true
    }

    /// These limits with every limit set in `other` replacing this one's.
    public func merged(with other: ArticleLimits) -> ArticleLimits {
        ArticleLimits(maxEditorialShare: other.maxEditorialShare ?? maxEditorialShare,
                      maxLoadedDensity: other.maxLoadedDensity ?? maxLoadedDensity,
                      maxSentenceScore: other.maxSentenceScore ?? maxSentenceScore,
                      disallowedCategories: other.disallowedCategories ?? disallowedCategories,
                      quotesNeedSource: other.quotesNeedSource ?? quotesNeedSource)
    }
}

/// How an outlet limit is judged.
public enum OutletMode: String, Sendable, Codable, CaseIterable {
    /// Fails when the outlet's point estimate is beyond the limit.
    case point
    /// Fails only when the whole 95% bootstrap interval lies beyond the limit.
    case interval
}

/// The limits that apply to an outlet's aggregate over the audited articles.
public struct OutletLimits: Sendable, Equatable, Codable {
    /// The highest pooled share of EDITORIAL sentences.
    public var maxEditorialShare: Double?
    /// The highest pooled outlet-voice loaded terms per 1,000 outlet-voice words.
    public var maxLoadedDensity: Double?
    /// The highest mean, over articles, of each article's highest sentence score.
    public var maxSentenceScore: Double?
    /// The highest share of direct quotations without a speaker.
    public var maxUnsourcedQuoteShare: Double?
    public var mode: OutletMode = .point
    /// Outlets with fewer audited articles are not judged.
    public var minArticles: Int = 1
    /// Bootstrap resamples for the interval.
    public var bootstrapSamples: Int = 1000
    /// The bootstrap's seed: the same seed gives the same interval.
    public var seed: UInt64 = 20_240_725

    public init() {}

    /// Whether any outlet limit is set.
    public var isEmpty: Bool {
        maxEditorialShare == nil && maxLoadedDensity == nil && maxSentenceScore == nil && maxUnsourcedQuoteShare == nil
    }
}

/// Limits, exemptions and lexicon overlays for the articles whose path matches a glob.
public struct PathRule: Sendable, Equatable, Codable {
    /// The glob (`opinion/**`, `*.md`, `wire/*/2024-*.txt`).
    public var glob: String
    /// Rule ids that do not apply; `["*"]` exempts the article from every rule and from outlet aggregates.
    public var exempt: [String] = []
    /// Limits that replace the general ones for matching articles.
    public var article = ArticleLimits()
    /// Loaded-language lexicon overlays for matching articles (resolved against the configuration's folder).
    public var lexicons: [String] = []

    public init(glob: String, exempt: [String] = [], article: ArticleLimits = ArticleLimits(), lexicons: [String] = []) {
        self.glob = glob
        self.exempt = exempt
        self.article = article
        self.lexicons = lexicons
    }

    /// Whether the article is left out of everything.
    public var exemptsAll: Bool { exempt.contains("*") }
}

/// An audit's configuration: what `slant-audit.yml` holds, with flags applied on top.
public struct AuditConfig: Sendable, Equatable, Codable {
    /// The file name looked for in the working directory.
    public static let defaultFileName = "slant-audit.yml"

    public var article = ArticleLimits()
    public var outlet = OutletLimits()
    public var paths: [PathRule] = []
    /// Loaded-language lexicon overlays for every article.
    public var lexicons: [String] = []
    /// Allow-lists for every article.
    public var allow: [String] = []
    /// File extensions read when walking a directory.
    /// As `slant ingest` walks them, gzip-compressed pages included.
    public var extensions: [String] = ["txt", "text", "jsonl", "ndjson", "html", "htm", "html.gz", "htm.gz"]
    /// Where the configuration came from, for messages (nil: flags only).
    public var file: String?

    public init() {}

    /// Whether any limit is set, for every article, for outlets or for some paths: with none, an
    /// audit checks nothing and passes whatever it reads.
    public var hasLimits: Bool {
        !article.isEmpty || !outlet.isEmpty || paths.contains { !$0.article.isEmpty }
    }

    /// The effective limits, exemptions and overlays for one article path.
    public func resolve(candidates: [String]) -> ResolvedRules {
        var limits = article
        var exempt: Set<String> = []
        var overlays: [String] = []
        for rule in paths where candidates.contains(where: { Glob.matches(rule.glob, $0) }) {
            limits = limits.merged(with: rule.article)
            exempt.formUnion(rule.exempt)
            overlays += rule.lexicons
        }
        return ResolvedRules(limits: limits, exempt: exempt, overlays: overlays)
    }
}

/// The rules in force for one article after path rules are applied.
public struct ResolvedRules: Sendable, Equatable {
    public var limits: ArticleLimits
    public var exempt: Set<String>
    /// Extra lexicon overlays from path rules.
    public var overlays: [String]

    public var exemptsAll: Bool { exempt.contains("*") }

    /// Whether a rule applies.
    public func applies(_ ruleID: String) -> Bool { !exempt.contains("*") && !exempt.contains(ruleID) }
}
