import Foundation
import GRDB
import GRDBSQLite
import SlantCore

/// A value per claim label; JSON keys are the labels themselves.
public struct LabelValues<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var FACTUAL: Value
    public var ATTRIBUTED: Value
    public var EDITORIAL: Value

    public init(FACTUAL: Value, ATTRIBUTED: Value, EDITORIAL: Value) {
        self.FACTUAL = FACTUAL
        self.ATTRIBUTED = ATTRIBUTED
        self.EDITORIAL = EDITORIAL
    }
}

/// A count of something, by name.
public struct NamedCount: Codable, Hashable, Sendable {
    public var name: String
    public var count: Int
}

/// A loaded term (lexicon entry) and how often it was found in the outlet's own voice.
public struct TermFigure: Codable, Hashable, Sendable {
    public var term: String
    public var category: String
    public var count: Int
}

/// A quoted or cited source and how often it is cited.
public struct SourceCount: Codable, Hashable, Sendable {
    public var source: String
    public var kind: String
    public var count: Int
}

/// Who an outlet quotes: sentences with a source, by kind, the most cited sources and the
/// share of anonymous ones.
public struct SourceMix: Codable, Hashable, Sendable {
    /// Sentences whose claim is attributed to a found source.
    public var sourced_sentences: Int
    /// Sourced sentences by source kind (person, role, organisation, anonymous, ...), most first.
    public var kinds: [NamedCount]
    public var top_sources: [SourceCount]
    /// Anonymous sources / sourced sentences (0 in Swift and `null` in JSON with none sourced).
    public var anonymous_share: Double

    enum CodingKeys: String, CodingKey { case sourced_sentences, kinds, top_sources, anonymous_share }

    public init(sourced_sentences: Int, kinds: [NamedCount], top_sources: [SourceCount], anonymous_share: Double) {
        self.sourced_sentences = sourced_sentences
        self.kinds = kinds
        self.top_sources = top_sources
        self.anonymous_share = anonymous_share
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sourced_sentences = try c.decode(Int.self, forKey: .sourced_sentences)
        kinds = try c.decode([NamedCount].self, forKey: .kinds)
        top_sources = try c.decode([SourceCount].self, forKey: .top_sources)
        anonymous_share = try c.decodeIfPresent(Double.self, forKey: .anonymous_share) ?? 0
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sourced_sentences, forKey: .sourced_sentences)
        try c.encode(kinds, forKey: .kinds)
        try c.encode(top_sources, forKey: .top_sources)
        // No sourced sentence: the share is undefined, not a measured 0.
        try c.encode(sourced_sentences > 0 ? anonymous_share : nil, forKey: .anonymous_share)
    }
}

/// Figures for one outlet, from its own reporting (wire copy and near duplicates counted apart
/// unless the aggregation includes them).
public struct OutletFigures: Codable, Hashable, Sendable {
    public var outlet: String
    public var articles: Int
    public var sentences: Int
    public var words: Int
    public var outlet_voice_words: Int
    public var quoted_words: Int
    /// Share of sentences per label: sentence-weighted (sum of label counts / sum of sentences).
    public var share: LabelValues<Double>
    /// 95% intervals from the article bootstrap.
    public var share_ci95: LabelValues<Interval>
    /// Outlet-voice loaded terms per 1,000 outlet-voice words.
    public var loaded_per_1k_words: Double
    public var loaded_per_1k_words_ci95: Interval
    /// Loaded terms inside quotations per 1,000 quoted words.
    public var quoted_loaded_per_1k_words: Double
    public var quoted_loaded_per_1k_words_ci95: Interval
    /// Outlet-voice loaded terms per 1,000 headline words, or nil with no headlines.
    public var headline_loaded_per_1k_words: Double?
    public var body_loaded_per_1k_words: Double
    /// Headline density minus body density (positive: headlines are more loaded than bodies).
    public var headline_body_gap: Double?
    public var headline_body_gap_ci95: Interval?
    /// Fewer articles than the threshold: show the figures, do not rank the outlet.
    public var too_few_articles: Bool
    /// Articles left out of the figures above: wire copy (AP, Reuters, AFP, UPI byline or
    /// dateline) and near duplicates of another outlet's article. Zero unless the scope is
    /// own reporting.
    public var wire_articles: Int
    public var near_duplicate_articles: Int
    public var first_date: String?
    public var last_date: String?
    public var top_terms: [TermFigure]
    public var top_categories: [NamedCount]
    public var quoted_sources: SourceMix

    /// Whether the shares have anything to divide by (articles and sentences in the scope).
    /// An outlet whose articles in the scope are all wire copy has none: its shares and their
    /// intervals are 0 here and `null` in JSON, as the table prints `-`.
    public var sharesDefined: Bool { articles > 0 && sentences > 0 }
    /// Whether the outlet-voice densities (loaded, body) have words to divide by.
    public var loadedDefined: Bool { sharesDefined && outlet_voice_words > 0 }
    /// Whether the quoted density has quoted words to divide by.
    public var quotedDefined: Bool { quoted_words > 0 }
    /// Whether the intervals have a spread to show: resampling one article always draws it,
    /// so its "interval" is the point twice. JSON writes `null` (CSV an empty cell) for it, as
    /// the table prints "no CI", rather than a zero-width interval that reads as certainty.
    public var intervalsDefined: Bool { articles >= 2 }
}

// The JSON writes every key, with `null` for a figure that has nothing to divide by (an
// outlet whose only articles are wire copy, no outlet-voice words, no quoted words): a 0 there
// read as a measured zero. Decoding reads `null` back as the Swift value's 0.
extension OutletFigures {
    enum CodingKeys: String, CodingKey {
        case outlet, articles, sentences, words, outlet_voice_words, quoted_words, share, share_ci95
        case loaded_per_1k_words, loaded_per_1k_words_ci95, quoted_loaded_per_1k_words, quoted_loaded_per_1k_words_ci95
        case headline_loaded_per_1k_words, body_loaded_per_1k_words, headline_body_gap, headline_body_gap_ci95
        case too_few_articles, wire_articles, near_duplicate_articles, first_date, last_date, top_terms, top_categories, quoted_sources
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let zero = Interval(0, 0)
        outlet = try c.decode(String.self, forKey: .outlet)
        articles = try c.decode(Int.self, forKey: .articles)
        sentences = try c.decode(Int.self, forKey: .sentences)
        words = try c.decode(Int.self, forKey: .words)
        outlet_voice_words = try c.decode(Int.self, forKey: .outlet_voice_words)
        quoted_words = try c.decode(Int.self, forKey: .quoted_words)
        let shares = try c.decode(LabelValues<Double?>.self, forKey: .share)
        share = LabelValues(FACTUAL: shares.FACTUAL ?? 0, ATTRIBUTED: shares.ATTRIBUTED ?? 0, EDITORIAL: shares.EDITORIAL ?? 0)
        let intervals = try c.decode(LabelValues<Interval?>.self, forKey: .share_ci95)
        share_ci95 = LabelValues(FACTUAL: intervals.FACTUAL ?? zero, ATTRIBUTED: intervals.ATTRIBUTED ?? zero, EDITORIAL: intervals.EDITORIAL ?? zero)
        loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .loaded_per_1k_words) ?? 0
        loaded_per_1k_words_ci95 = try c.decodeIfPresent(Interval.self, forKey: .loaded_per_1k_words_ci95) ?? zero
        quoted_loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .quoted_loaded_per_1k_words) ?? 0
        quoted_loaded_per_1k_words_ci95 = try c.decodeIfPresent(Interval.self, forKey: .quoted_loaded_per_1k_words_ci95) ?? zero
        headline_loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .headline_loaded_per_1k_words)
        body_loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .body_loaded_per_1k_words) ?? 0
        headline_body_gap = try c.decodeIfPresent(Double.self, forKey: .headline_body_gap)
        headline_body_gap_ci95 = try c.decodeIfPresent(Interval.self, forKey: .headline_body_gap_ci95)
        too_few_articles = try c.decode(Bool.self, forKey: .too_few_articles)
        wire_articles = try c.decode(Int.self, forKey: .wire_articles)
        near_duplicate_articles = try c.decode(Int.self, forKey: .near_duplicate_articles)
        first_date = try c.decodeIfPresent(String.self, forKey: .first_date)
        last_date = try c.decodeIfPresent(String.self, forKey: .last_date)
        top_terms = try c.decode([TermFigure].self, forKey: .top_terms)
        top_categories = try c.decode([NamedCount].self, forKey: .top_categories)
        quoted_sources = try c.decode(SourceMix.self, forKey: .quoted_sources)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let shares = sharesDefined, loaded = loadedDefined, quoted = quotedDefined, spread = intervalsDefined
        func label<T>(_ values: LabelValues<T>, defined: Bool = shares) -> LabelValues<T?> {
            LabelValues<T?>(FACTUAL: defined ? values.FACTUAL : nil, ATTRIBUTED: defined ? values.ATTRIBUTED : nil,
                            EDITORIAL: defined ? values.EDITORIAL : nil)
        }
        try c.encode(outlet, forKey: .outlet)
        try c.encode(articles, forKey: .articles)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(words, forKey: .words)
        try c.encode(outlet_voice_words, forKey: .outlet_voice_words)
        try c.encode(quoted_words, forKey: .quoted_words)
        try c.encode(label(share), forKey: .share)
        try c.encode(label(share_ci95, defined: shares && spread), forKey: .share_ci95)
        try c.encode(loaded ? loaded_per_1k_words : nil, forKey: .loaded_per_1k_words)
        try c.encode(loaded && spread ? loaded_per_1k_words_ci95 : nil, forKey: .loaded_per_1k_words_ci95)
        try c.encode(quoted ? quoted_loaded_per_1k_words : nil, forKey: .quoted_loaded_per_1k_words)
        try c.encode(quoted && spread ? quoted_loaded_per_1k_words_ci95 : nil, forKey: .quoted_loaded_per_1k_words_ci95)
        try c.encode(headline_loaded_per_1k_words, forKey: .headline_loaded_per_1k_words)
        try c.encode(loaded ? body_loaded_per_1k_words : nil, forKey: .body_loaded_per_1k_words)
        try c.encode(headline_body_gap, forKey: .headline_body_gap)
        try c.encode(spread ? headline_body_gap_ci95 : nil, forKey: .headline_body_gap_ci95)
        try c.encode(too_few_articles, forKey: .too_few_articles)
        try c.encode(wire_articles, forKey: .wire_articles)
        try c.encode(near_duplicate_articles, forKey: .near_duplicate_articles)
        try c.encode(first_date, forKey: .first_date)
        try c.encode(last_date, forKey: .last_date)
        try c.encode(top_terms, forKey: .top_terms)
        try c.encode(top_categories, forKey: .top_categories)
        try c.encode(quoted_sources, forKey: .quoted_sources)
    }
}

/// Figures for one outlet in one month (`YYYY-MM`).
public struct OutletMonthFigures: Codable, Hashable, Sendable {
    public var outlet: String
    public var month: String
    public var articles: Int
    public var sentences: Int
    public var words: Int
    /// Words outside quotations: what the loaded density divides by.
    public var outlet_voice_words: Int
    public var share: LabelValues<Double>
    public var share_ci95: LabelValues<Interval>
    public var loaded_per_1k_words: Double
    public var loaded_per_1k_words_ci95: Interval
    public var too_few_articles: Bool

    /// Whether the shares have sentences to divide by (0 here and `null` in JSON when not).
    public var sharesDefined: Bool { articles > 0 && sentences > 0 }
    /// Whether the loaded density has outlet-voice words to divide by.
    public var loadedDefined: Bool { sharesDefined && outlet_voice_words > 0 }
    /// Whether the intervals have a spread: a month of one article has none (`null` in JSON).
    public var intervalsDefined: Bool { articles >= 2 }
}

/// Figures for the sentences of one outlet that mention one entity (Lexicons/entities.tsv).
public struct OutletEntityFigures: Codable, Hashable, Sendable {
    public var outlet: String
    public var entity: String
    public var kind: String
    /// Articles with at least one mention.
    public var articles: Int
    /// Sentences that mention the entity.
    public var sentences: Int
    /// Outlet-voice words of those sentences: what the loaded density divides by.
    public var outlet_voice_words: Int
    public var share: LabelValues<Double>
    public var share_ci95: LabelValues<Interval>
    /// Outlet-voice loaded terms per 1,000 outlet-voice words of those sentences.
    public var loaded_per_1k_words: Double
    public var loaded_per_1k_words_ci95: Interval
    /// Outlet-voice loaded terms aimed at the entity (the scorer's target).
    public var targeted_loaded: Int
    public var too_few_articles: Bool

    /// Whether the shares have sentences to divide by (0 here and `null` in JSON when not).
    public var sharesDefined: Bool { articles > 0 && sentences > 0 }
    /// Whether the loaded density has outlet-voice words to divide by (the mentions were not
    /// all inside quotations).
    public var loadedDefined: Bool { sharesDefined && outlet_voice_words > 0 }
    /// Whether the intervals have a spread: the bootstrap resamples the articles that mention
    /// the entity, and one such article has none (`null` in JSON).
    public var intervalsDefined: Bool { articles >= 2 }
}

/// How much of one outlet's text is attributed to one kind of source.
public struct OutletSourceKindFigures: Codable, Hashable, Sendable {
    public var outlet: String
    public var kind: String
    public var articles: Int
    /// Sentences attributed to a source of this kind.
    public var sentences: Int
    /// All the outlet's sentences in the scope: what the share divides by.
    public var outlet_sentences: Int
    /// Those sentences / all the outlet's sentences, with the article-bootstrap interval.
    public var share_of_sentences: Double
    public var share_of_sentences_ci95: Interval
    public var top_sources: [SourceCount]
    public var too_few_articles: Bool
    /// Whether the interval has a spread: the bootstrap resamples the outlet's articles, and
    /// with one article every replicate draws it (`null` in JSON when not; not a key of its own).
    public var intervalsDefined = true

    /// Whether the share has sentences to divide by (0 here and `null` in JSON when not).
    public var shareDefined: Bool { outlet_sentences > 0 }
}

// As for `OutletFigures`, the breakdown's JSON writes every key, with `null` for a figure with
// nothing to divide by (a month or entity cell with no outlet-voice words, an outlet with no
// sentences in the scope), and decoding reads `null` back as the Swift value's 0.
extension OutletMonthFigures {
    enum CodingKeys: String, CodingKey {
        case outlet, month, articles, sentences, words, outlet_voice_words, share, share_ci95
        case loaded_per_1k_words, loaded_per_1k_words_ci95, too_few_articles
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        outlet = try c.decode(String.self, forKey: .outlet)
        month = try c.decode(String.self, forKey: .month)
        articles = try c.decode(Int.self, forKey: .articles)
        sentences = try c.decode(Int.self, forKey: .sentences)
        words = try c.decode(Int.self, forKey: .words)
        outlet_voice_words = try c.decode(Int.self, forKey: .outlet_voice_words)
        (share, share_ci95) = try NullableFigures.decodeShares(c, share: .share, interval: .share_ci95)
        loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .loaded_per_1k_words) ?? 0
        loaded_per_1k_words_ci95 = try c.decodeIfPresent(Interval.self, forKey: .loaded_per_1k_words_ci95) ?? Interval(0, 0)
        too_few_articles = try c.decode(Bool.self, forKey: .too_few_articles)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(month, forKey: .month)
        try c.encode(articles, forKey: .articles)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(words, forKey: .words)
        try c.encode(outlet_voice_words, forKey: .outlet_voice_words)
        try c.encode(NullableFigures.label(share, defined: sharesDefined), forKey: .share)
        try c.encode(NullableFigures.label(share_ci95, defined: sharesDefined && intervalsDefined), forKey: .share_ci95)
        try c.encode(loadedDefined ? loaded_per_1k_words : nil, forKey: .loaded_per_1k_words)
        try c.encode(loadedDefined && intervalsDefined ? loaded_per_1k_words_ci95 : nil, forKey: .loaded_per_1k_words_ci95)
        try c.encode(too_few_articles, forKey: .too_few_articles)
    }
}

extension OutletEntityFigures {
    enum CodingKeys: String, CodingKey {
        case outlet, entity, kind, articles, sentences, outlet_voice_words, share, share_ci95
        case loaded_per_1k_words, loaded_per_1k_words_ci95, targeted_loaded, too_few_articles
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        outlet = try c.decode(String.self, forKey: .outlet)
        entity = try c.decode(String.self, forKey: .entity)
        kind = try c.decode(String.self, forKey: .kind)
        articles = try c.decode(Int.self, forKey: .articles)
        sentences = try c.decode(Int.self, forKey: .sentences)
        outlet_voice_words = try c.decode(Int.self, forKey: .outlet_voice_words)
        (share, share_ci95) = try NullableFigures.decodeShares(c, share: .share, interval: .share_ci95)
        loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .loaded_per_1k_words) ?? 0
        loaded_per_1k_words_ci95 = try c.decodeIfPresent(Interval.self, forKey: .loaded_per_1k_words_ci95) ?? Interval(0, 0)
        targeted_loaded = try c.decode(Int.self, forKey: .targeted_loaded)
        too_few_articles = try c.decode(Bool.self, forKey: .too_few_articles)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(entity, forKey: .entity)
        try c.encode(kind, forKey: .kind)
        try c.encode(articles, forKey: .articles)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(outlet_voice_words, forKey: .outlet_voice_words)
        try c.encode(NullableFigures.label(share, defined: sharesDefined), forKey: .share)
        try c.encode(NullableFigures.label(share_ci95, defined: sharesDefined && intervalsDefined), forKey: .share_ci95)
        try c.encode(loadedDefined ? loaded_per_1k_words : nil, forKey: .loaded_per_1k_words)
        try c.encode(loadedDefined && intervalsDefined ? loaded_per_1k_words_ci95 : nil, forKey: .loaded_per_1k_words_ci95)
        try c.encode(targeted_loaded, forKey: .targeted_loaded)
        try c.encode(too_few_articles, forKey: .too_few_articles)
    }
}

extension OutletSourceKindFigures {
    enum CodingKeys: String, CodingKey {
        case outlet, kind, articles, sentences, outlet_sentences, share_of_sentences, share_of_sentences_ci95, top_sources, too_few_articles
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        outlet = try c.decode(String.self, forKey: .outlet)
        kind = try c.decode(String.self, forKey: .kind)
        articles = try c.decode(Int.self, forKey: .articles)
        sentences = try c.decode(Int.self, forKey: .sentences)
        outlet_sentences = try c.decode(Int.self, forKey: .outlet_sentences)
        share_of_sentences = try c.decodeIfPresent(Double.self, forKey: .share_of_sentences) ?? 0
        let interval = try c.decodeIfPresent(Interval.self, forKey: .share_of_sentences_ci95)
        share_of_sentences_ci95 = interval ?? Interval(0, 0)
        intervalsDefined = interval != nil || outlet_sentences == 0
        top_sources = try c.decode([SourceCount].self, forKey: .top_sources)
        too_few_articles = try c.decode(Bool.self, forKey: .too_few_articles)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(kind, forKey: .kind)
        try c.encode(articles, forKey: .articles)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(outlet_sentences, forKey: .outlet_sentences)
        try c.encode(shareDefined ? share_of_sentences : nil, forKey: .share_of_sentences)
        try c.encode(shareDefined && intervalsDefined ? share_of_sentences_ci95 : nil, forKey: .share_of_sentences_ci95)
        try c.encode(top_sources, forKey: .top_sources)
        try c.encode(too_few_articles, forKey: .too_few_articles)
    }
}

/// Helpers for the figures JSON writes as `null` when they have nothing to divide by.
enum NullableFigures {
    /// Each label's value, or `nil` for every label when the shares are undefined.
    static func label<T>(_ values: LabelValues<T>, defined: Bool) -> LabelValues<T?> {
        LabelValues<T?>(FACTUAL: defined ? values.FACTUAL : nil, ATTRIBUTED: defined ? values.ATTRIBUTED : nil,
                        EDITORIAL: defined ? values.EDITORIAL : nil)
    }

    /// Shares and their intervals, `null` read as 0.
    static func decodeShares<K: CodingKey>(_ c: KeyedDecodingContainer<K>, share: K, interval: K) throws
        -> (LabelValues<Double>, LabelValues<Interval>) {
        let zero = Interval(0, 0)
        let s = try c.decode(LabelValues<Double?>.self, forKey: share)
        let i = try c.decode(LabelValues<Interval?>.self, forKey: interval)
        return (LabelValues(FACTUAL: s.FACTUAL ?? 0, ATTRIBUTED: s.ATTRIBUTED ?? 0, EDITORIAL: s.EDITORIAL ?? 0),
                LabelValues(FACTUAL: i.FACTUAL ?? zero, ATTRIBUTED: i.ATTRIBUTED ?? zero, EDITORIAL: i.EDITORIAL ?? zero))
    }
}

/// Every aggregate of a store, with the settings that produced them.
public struct StoreAggregates: Codable, Hashable, Sendable {
    /// `own-reporting` (default), `syndicated` (wire copy and near duplicates only) or `all`.
    public var scope: String
    /// Outlets (and cells) with fewer articles are marked `too_few_articles`.
    public var min_articles: Int
    public var replicates: Int
    public var seed: UInt64
    public var outlets: [OutletFigures]
    public var months: [OutletMonthFigures]
    public var entities: [OutletEntityFigures]
    public var source_kinds: [OutletSourceKindFigures]
    /// The period counted (`--since`, `--until`: dates YYYY-MM-DD, inclusive), absent when
    /// every article counts; articles with no date are left out of a period.
    public var since: String?
    public var until: String?
}

/// Which of an outlet's articles the figures count.
public enum AggregateScope: String, Codable, Sendable, CaseIterable {
    /// The outlet's own reporting: no wire byline or dateline, no near duplicate elsewhere.
    case own = "own-reporting"
    /// Only wire copy and near duplicates: what the outlet ran from elsewhere.
    case syndicated
    /// Everything.
    case all
}

/// How to aggregate.
public struct AggregateOptions: Sendable {
    public var scope = AggregateScope.own
    /// Below 30 articles a single article moves a share by several points and the percentile
    /// bootstrap is lumpy, so the figure is shown but marked rather than ranked.
    public var minArticles = minimumArticlesForRanking
    public var replicates = Bootstrap.defaultReplicates
    public var seed = Bootstrap.defaultSeed
    /// How many top terms, categories and sources to list.
    public var top = 10
    /// Compute top terms, categories and who is quoted (a scan of the hits and sources
    /// tables); without them those fields are empty, for outputs that do not show them.
    public var details = true

    /// Only articles dated in this period, inclusive (YYYY-MM-DD; an article's date is its
    /// first ten characters, so a timestamp counts by its day). Articles with no date are left
    /// out when either end is given. A value that is not YYYY-MM-DD is ignored (`period`).
    public var since: String?
    public var until: String?

    /// The period's SQL condition on an `articles` alias `a`, or nil. The dates are checked to
    /// be YYYY-MM-DD (digits and dashes) before they are written into the SQL.
    var periodCondition: String? {
        let ends = [since.map { ($0, ">=") }, until.map { ($0, "<=") }].compactMap { $0 }
            .filter { Self.isDigitsDate($0.0) }
        guard !ends.isEmpty else { return nil }
        return "a.date IS NOT NULL AND " + ends.map { "substr(a.date, 1, 10) \($0.1) '\($0.0)'" }.joined(separator: " AND ")
    }

    /// Ten characters, digits but for dashes at 5 and 8: all the SQL may be given.
    static func isDigitsDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        return b.count == 10 && b.indices.allSatisfy { i in i == 4 || i == 7 ? b[i] == 0x2D : (0x30...0x39).contains(b[i]) }
    }

    public init(scope: AggregateScope = .own, minArticles: Int = minimumArticlesForRanking, replicates: Int = Bootstrap.defaultReplicates,
                seed: UInt64 = Bootstrap.defaultSeed, top: Int = 10, details: Bool = true) {
        self.details = details
        self.scope = scope
        self.minArticles = minArticles
        self.replicates = replicates
        self.seed = seed
        self.top = top
    }
}

// MARK: - Requests

extension DerivableRequest<ArticleRecord> {
    /// The outlet's own reporting: no wire byline or dateline, no near duplicate elsewhere.
    public func ownReporting() -> Self {
        filter(ArticleRecord.Columns.wire == nil && ArticleRecord.Columns.duplicate_of == nil)
    }
}

extension ArticleRecord {
    /// The SQL condition on an `articles` alias `a` for the chosen scope.
    static func scopeCondition(_ options: AggregateOptions) -> String {
        let scope: String
        switch options.scope {
        case .own: scope = "a.wire IS NULL AND a.duplicate_of IS NULL"
        case .syndicated: scope = "(a.wire IS NOT NULL OR a.duplicate_of IS NOT NULL)"
        case .all: scope = "1"
        }
        return options.periodCondition.map { "\(scope) AND \($0)" } ?? scope
    }

    /// Per-article tallies (the bootstrap's columns) with outlet and month.
    /// Read by column number in `Aggregator.articleTallies`: keep the order.
    static func talliesSQL(_ options: AggregateOptions) -> String {
        """
            SELECT a.id, o.name AS outlet, a.month, a.date, a.factual, a.attributed, a.editorial, a.sentences,
                   a.loaded_outlet_voice, a.outlet_voice_words, a.loaded_quoted, a.quoted_words,
                   a.headline_loaded, a.headline_words, a.body_loaded, a.body_words, a.words
            FROM articles a JOIN outlets o ON o.id = a.outlet_id
            WHERE \(scopeCondition(options))
            ORDER BY o.name, a.id
            """
    }

    /// Wire and near-duplicate counts per outlet (in the period, if one is given).
    static func syndicationCounts(_ options: AggregateOptions) -> SQLRequest<Row> {
        SQLRequest(sql: """
            SELECT o.name AS outlet, SUM(a.wire IS NOT NULL) AS wire,
                   SUM(a.wire IS NULL AND a.duplicate_of IS NOT NULL) AS near_duplicate
            FROM articles a JOIN outlets o ON o.id = a.outlet_id
            WHERE \(options.periodCondition ?? "1") GROUP BY o.name
            """)
    }
}

extension LoadedHitRecord {
    /// Outlet-voice hit counts per outlet and term.
    static func termCounts(_ options: AggregateOptions) -> SQLRequest<Row> {
        SQLRequest(sql: """
            SELECT o.name AS outlet, h.term, h.category, COUNT(*) AS n
            FROM loaded_hits h JOIN articles a ON a.id = h.article_id JOIN outlets o ON o.id = a.outlet_id
            WHERE h.in_quote = 0 AND \(ArticleRecord.scopeCondition(options))
            GROUP BY o.name, h.term, h.category
            """)
    }

    /// Outlet-voice hits per outlet and target entity.
    static func targetCounts(_ options: AggregateOptions) -> SQLRequest<Row> {
        SQLRequest(sql: """
            SELECT o.name AS outlet, h.target, COUNT(*) AS n
            FROM loaded_hits h JOIN articles a ON a.id = h.article_id JOIN outlets o ON o.id = a.outlet_id
            WHERE h.in_quote = 0 AND h.target != 'unknown' AND \(ArticleRecord.scopeCondition(options))
            GROUP BY o.name, h.target
            """)
    }
}

extension SourceRecord {
    /// Every source in storage order: one pass with no sorting. Grouping happens in memory
    /// (by article, then outlet), which is several times faster than SQL GROUP BY over a
    /// million string keys.
    static let scanSQL = "SELECT article_id, kind, resolved, text FROM sources"
}

/// Sources counted per outlet from one scan of the table.
struct SourceScan {
    /// outlet -> kind -> sourced sentences.
    var kinds: [String: [String: Int]] = [:]
    /// outlet -> the most cited sources, most first (pronouns under the speaker they resolve
    /// to; unresolved pronouns left out).
    var sources: [String: [SourceCount]] = [:]
    /// outlet -> kind -> the most cited sources of that kind.
    var sourcesByKind: [String: [String: [SourceCount]]] = [:]
    /// outlet -> kind -> article id -> sourced sentences.
    var perArticle: [String: [String: [Int64: Int]]] = [:]
}

extension EntityMentionRecord {
    /// Per outlet, entity and article: the label counts, words and outlet-voice hits of the
    /// sentences that mention the entity.
    static func tallies(_ options: AggregateOptions) -> SQLRequest<Row> {
        SQLRequest(sql: """
            SELECT o.name AS outlet, m.entity, m.kind, s.article_id,
                   SUM(s.label = 'FACTUAL') AS factual, SUM(s.label = 'ATTRIBUTED') AS attributed,
                   SUM(s.label = 'EDITORIAL') AS editorial, COUNT(*) AS sentences,
                   SUM(s.words - s.quoted_words) AS outlet_voice_words,
                   SUM((SELECT COUNT(*) FROM loaded_hits h WHERE h.sentence_id = s.id AND h.in_quote = 0)) AS loaded
            FROM (SELECT DISTINCT sentence_id, entity, kind FROM entity_mentions) m
            JOIN sentences s ON s.id = m.sentence_id
            JOIN articles a ON a.id = s.article_id JOIN outlets o ON o.id = a.outlet_id
            WHERE \(ArticleRecord.scopeCondition(options))
            GROUP BY o.name, m.entity, m.kind, s.article_id
            ORDER BY o.name, m.entity, m.kind, s.article_id
            """)
    }
}

// MARK: - Computation

extension Store {
    /// Per-outlet figures only (what `slant outlets` prints).
    public func outletFigures(_ options: AggregateOptions = AggregateOptions()) throws -> [OutletFigures] {
        let aggregator = Aggregator(options: options)
        return try read { db in
            let tallies = try aggregator.articleTallies(db)
            guard options.details else { return try aggregator.outlets(db, tallies: tallies, sources: SourceScan()) }
            // Scanning every source is the longest step: it runs on a second connection while
            // this one counts terms and bootstraps. It counts only the articles of these
            // tallies, whose sources were committed with them, so both see the same articles.
            let scan = Concurrently { try self.read { other in try aggregator.scanSourceRows(other, tallies: tallies) } }
            let figures = try aggregator.outlets(db, tallies: tallies, sources: nil, later: { aggregator.finishSources(try scan.value()) })
            return figures
        }
    }

    /// Per outlet and month only (the month tables of `slant report --db`).
    public func monthFigures(_ options: AggregateOptions = AggregateOptions()) throws -> [OutletMonthFigures] {
        let aggregator = Aggregator(options: options)
        return try read { db in aggregator.months(try aggregator.articleTallies(db)) }
    }

    /// Every aggregate: per outlet, per outlet and month, per outlet and entity, per outlet and source kind.
    public func aggregates(_ options: AggregateOptions = AggregateOptions()) throws -> StoreAggregates {
        try read { db in
            let aggregator = Aggregator(options: options)
            let tallies = try aggregator.articleTallies(db)
            return StoreAggregates(scope: options.scope.rawValue, min_articles: options.minArticles,
                                   replicates: options.replicates, seed: options.seed,
                                   outlets: try aggregator.outlets(db, tallies: tallies),
                                   months: aggregator.months(tallies), entities: try aggregator.entities(db),
                                   source_kinds: try aggregator.sourceKinds(db, tallies: tallies),
                                   since: options.periodCondition == nil ? nil : options.since,
                                   until: options.periodCondition == nil ? nil : options.until)
        }
    }
}

/// The per-article tally of one article: the bootstrap's unit.
struct ArticleTally {
    var id: Int64 = 0
    var outlet: String
    var month: String?
    var date: String?
    var words: Int
    /// factual, attributed, editorial, sentences, loaded, outlet-voice words, quoted loaded,
    /// quoted words, headline loaded, headline words, body loaded, body words.
    var columns: [Double]
}

struct Aggregator {
    var options: AggregateOptions

    enum C {
        static let factual = 0, attributed = 1, editorial = 2, sentences = 3, loaded = 4, ovWords = 5
        static let quotedLoaded = 6, quotedWords = 7, headlineLoaded = 8, headlineWords = 9, bodyLoaded = 10, bodyWords = 11
        static let count = 12
    }

    func articleTallies(_ db: Database) throws -> [ArticleTally] {
        var result: [ArticleTally] = []
        // Read through SQLite's C API by column number (a `Row` looked each of its 17 columns
        // up by name), each outlet's name made once (`ByteKeyedNumbers`).
        var outletNumbers = ByteKeyedNumbers()
        var outlets: [String] = []
        try Self.eachRow(db, sql: ArticleRecord.talliesSQL(options)) { handle in
            func text(_ column: Int32) -> String? {
                guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
                return String(decoding: Self.columnBytes(handle, column), as: UTF8.self)
            }
            let outlet = outletNumbers.number(Self.columnBytes(handle, 1)) { bytes in
                outlets.append(String(decoding: bytes, as: UTF8.self))
                return Int32(truncatingIfNeeded: outlets.count - 1)
            }
            // factual ... body_words: columns 4 to 15, in `C`'s order.
            var columns = [Double](repeating: 0, count: C.count)
            for c in 0..<C.count { columns[c] = Double(sqlite3_column_int64(handle, Int32(4 + c))) }
            result.append(ArticleTally(id: sqlite3_column_int64(handle, 0), outlet: outlets[Int(outlet)], month: text(2), date: text(3),
                                       words: Int(sqlite3_column_int64(handle, 16)), columns: columns))
        }
        return result
    }

    /// Groups consecutive tallies (they come ordered by outlet) by a key.
    func grouped(_ tallies: [ArticleTally], key: (ArticleTally) -> String?) -> [(String, [ArticleTally])] {
        var groups: [String: [ArticleTally]] = [:]
        for t in tallies {
            guard let k = key(t) else { continue }
            groups[k, default: []].append(t)
        }
        return groups.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    struct Estimate {
        var sums: [Double]
        var share: LabelValues<Double>
        var shareCI: LabelValues<Interval>
        var loaded: Double
        var loadedCI: Interval
        var quoted: Double
        var quotedCI: Interval
        var headline: Double?
        var body: Double
        var gap: Double?
        var gapCI: Interval?
    }

    static func round(_ x: Double, _ places: Double = 4) -> Double {
        let f = pow(10, places)
        return (x * f).rounded() / f
    }

    static func round(_ i: Interval) -> Interval { Interval(round(i.lo), round(i.hi)) }

    /// Point estimates and bootstrap intervals for one group of articles.
    func estimate(_ group: [ArticleTally], key: String) -> Estimate {
        var columns = [[Double]](repeating: [], count: C.count)
        for c in 0..<C.count { columns[c] = group.map { $0.columns[c] } }
        let sums = columns.map { $0.reduce(0, +) }
        func ratio(_ n: Int, _ d: Int, _ scale: Double = 1) -> Double { sums[d] == 0 ? 0 : scale * sums[n] / sums[d] }
        let hasHeadlines = sums[C.headlineWords] > 0
        let stats: ([Double], inout [Double]) -> Void = { s, out in
            func r(_ n: Int, _ d: Int, _ scale: Double = 1) -> Double { s[d] == 0 ? 0 : scale * s[n] / s[d] }
            out[0] = r(C.factual, C.sentences)
            out[1] = r(C.attributed, C.sentences)
            out[2] = r(C.editorial, C.sentences)
            out[3] = r(C.loaded, C.ovWords, 1000)
            out[4] = r(C.quotedLoaded, C.quotedWords, 1000)
            out[5] = r(C.headlineLoaded, C.headlineWords, 1000) - r(C.bodyLoaded, C.bodyWords, 1000)
        }
        let ci = Bootstrap.intervals(columns: columns, count: 6, replicates: options.replicates,
                                     seed: SeededGenerator.seed(key, base: options.seed), statistics: stats).map(Self.round)
        let headline = hasHeadlines ? ratio(C.headlineLoaded, C.headlineWords, 1000) : nil
        let body = ratio(C.bodyLoaded, C.bodyWords, 1000)
        return Estimate(
            sums: sums,
            share: LabelValues(FACTUAL: Self.round(ratio(C.factual, C.sentences)), ATTRIBUTED: Self.round(ratio(C.attributed, C.sentences)),
                               EDITORIAL: Self.round(ratio(C.editorial, C.sentences))),
            shareCI: LabelValues(FACTUAL: ci[0], ATTRIBUTED: ci[1], EDITORIAL: ci[2]),
            loaded: Self.round(ratio(C.loaded, C.ovWords, 1000)), loadedCI: ci[3],
            quoted: Self.round(ratio(C.quotedLoaded, C.quotedWords, 1000)), quotedCI: ci[4],
            headline: headline.map { Self.round($0) }, body: Self.round(body),
            gap: headline.map { Self.round($0 - body) }, gapCI: hasHeadlines ? ci[5] : nil)
    }

    /// Bootstrap estimates for several groups on all cores; each group has its own seed, so
    /// the result does not depend on the order or the thread that computes it.
    func parallelEstimates(_ groups: [([ArticleTally], String)]) -> [Estimate] {
        let box = Slots<Estimate>(groups.count)
        DispatchQueue.concurrentPerform(iterations: groups.count) { i in
            box.set(i, estimate(groups[i].0, key: groups[i].1))
        }
        return box.values.compactMap { $0 }
    }

    func outlets(_ db: Database) throws -> [OutletFigures] {
        try outlets(db, tallies: articleTallies(db))
    }

    func outlets(_ db: Database, tallies: [ArticleTally]) throws -> [OutletFigures] {
        try outlets(db, tallies: tallies, sources: options.details ? try scanSources(db, tallies: tallies) : SourceScan())
    }

    /// The figures with the sources counted in `sources`, or, when that is nil, by `later`
    /// (called once the rest is done: a scan running meanwhile on another thread).
    func outlets(_ db: Database, tallies: [ArticleTally], sources: SourceScan?,
                 later: () throws -> SourceScan = { SourceScan() }) throws -> [OutletFigures] {
        var syndication: [String: (wire: Int, near: Int)] = [:]
        for row in try Row.fetchAll(db, ArticleRecord.syndicationCounts(options)) {
            syndication[row["outlet"]] = (row["wire"] ?? 0, row["near_duplicate"] ?? 0)
        }
        var terms: [String: [TermFigure]] = [:]
        var categories: [String: [String: Int]] = [:]
        for row in options.details ? try Row.fetchAll(db, LoadedHitRecord.termCounts(options)) : [] {
            let outlet: String = row["outlet"]
            let count: Int = row["n"]
            terms[outlet, default: []].append(TermFigure(term: row["term"], category: row["category"], count: count))
            categories[outlet, default: [:]][row["category"], default: 0] += count
        }
        // Outlets with only syndicated articles still get a row, with zero own reporting.
        var groups = Dictionary(grouping: tallies, by: \.outlet)
        for name in syndication.keys where groups[name] == nil { groups[name] = [] }
        let names = groups.keys.sorted()
        let estimates = parallelEstimates(names.map { (groups[$0] ?? [], $0) })
        let scan = try sources ?? later()
        let sources = scan.sources
        let kinds = scan.kinds
        return names.enumerated().map { index, name in
            let group = groups[name] ?? []
            let e = estimates[index]
            let kindCounts = kinds[name] ?? [:]
            let sourced = kindCounts.values.reduce(0, +)
            let dates = group.compactMap(\.date).sorted()
            // The outlet's wire and near-duplicate copies whatever the scope (it read 0 whenever
            // the scope took them in, as though there were none).
            let synd = syndication[name] ?? (0, 0)
            return OutletFigures(
                outlet: name, articles: group.count, sentences: Int(e.sums[C.sentences]), words: group.reduce(0) { $0 + $1.words },
                outlet_voice_words: Int(e.sums[C.ovWords]), quoted_words: Int(e.sums[C.quotedWords]),
                share: e.share, share_ci95: e.shareCI, loaded_per_1k_words: e.loaded, loaded_per_1k_words_ci95: e.loadedCI,
                quoted_loaded_per_1k_words: e.quoted, quoted_loaded_per_1k_words_ci95: e.quotedCI,
                headline_loaded_per_1k_words: e.headline, body_loaded_per_1k_words: e.body,
                headline_body_gap: e.gap, headline_body_gap_ci95: e.gapCI,
                too_few_articles: group.count < options.minArticles, wire_articles: synd.0, near_duplicate_articles: synd.1,
                first_date: dates.first, last_date: dates.last,
                top_terms: Array((terms[name] ?? []).sorted { ($1.count, $0.term) < ($0.count, $1.term) }.prefix(options.top)),
                top_categories: Array(top(categories[name] ?? [:]).prefix(options.top)),
                quoted_sources: SourceMix(sourced_sentences: sourced, kinds: top(kindCounts),
                                          top_sources: Array((sources[name] ?? []).prefix(options.top)),
                                          anonymous_share: sourced == 0 ? 0 : Self.round(Double(kindCounts["anonymous"] ?? 0) / Double(sourced))))
        }
    }

    func top(_ counts: [String: Int]) -> [NamedCount] {
        counts.map { NamedCount(name: $0.key, count: $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    func scanSources(_ db: Database, tallies: [ArticleTally], perArticle wantPerArticle: Bool = false) throws -> SourceScan {
        finishSources(try scanSourceRows(db, tallies: tallies, perArticle: wantPerArticle))
    }

    /// What the scan of the sources table counted, before the per-outlet lists are made
    /// (`finishSources`).
    struct SourceRows: @unchecked Sendable {
        var names: [String]
        var kindNames: [String]
        var sourceNames: [String]
        var kinds: [[Int]]
        var counts: CountTable
        var aliasCounts: CountTable
        var perArticle: [[String: [Int64: Int]]]
        var pronoun: Int
    }

    /// The scan of the sources table: counts by outlet, kind and name.
    func scanSourceRows(_ db: Database, tallies: [ArticleTally], perArticle wantPerArticle: Bool = false) throws -> SourceRows {
        var names: [String] = []
        var index: [String: Int] = [:]
        // Article id -> outlet number: a table when ids are dense (as SQLite assigns them), a
        // dictionary otherwise.
        let maxID = tallies.map(\.id).max() ?? 0
        let dense = maxID >= 0 && maxID <= Int64(4 * tallies.count + 1024)
        var outletTable = [Int32](repeating: -1, count: dense ? Int(maxID) + 1 : 0)
        var outletOf: [Int64: Int] = [:]
        for t in tallies {
            let k = index[t.outlet] ?? { names.append(t.outlet); index[t.outlet] = names.count - 1; return names.count - 1 }()
            if dense { outletTable[Int(t.id)] = Int32(k) } else { outletOf[t.id] = k }
        }
        // Kinds are a handful of words and sources repeat across outlets (a store of 2 million
        // source mentions had 13,000 distinct names): number both as they come, so each row
        // hashes its source's name once in a small table and is counted under three numbers.
        var kindNames: [String] = []
        var sourceIDs: [String: Int32] = [:]
        var sourceNames: [String] = []
        var kinds = [[Int]](repeating: [], count: names.count)
        var counts = CountTable()
        var perArticle = [[String: [Int64: Int]]](repeating: [:], count: names.count)
        // How often each outlet counted a written name under another name (`SourceAliases`, by
        // numbers), in one flat table keyed by outlet, written name and target (16, 24 and 24
        // bits; a store past 65,536 outlets or 16 million names learns no alias beyond them).
        var aliasCounts = CountTable()
        func number(_ source: String) -> Int32 {
            if let known = sourceIDs[source] { return known }
            let id = Int32(truncatingIfNeeded: sourceNames.count)
            sourceIDs[source] = id
            sourceNames.append(source)
            return id
        }
        // The rows are read in place through SQLite's C API: each column's bytes numbered by
        // `ByteKeyedNumbers` (a name is made into a string and cut to its counted name once, the
        // first time its bytes are seen), with no `Row` or `String` per row.
        var rawNames = ByteKeyedNumbers()
        func number(bytes: UnsafeRawBufferPointer) -> Int32 {
            rawNames.number(bytes) { number(SourceSpan.countedName(String(decoding: $0, as: UTF8.self))) }
        }
        var kindBytes: [[UInt8]] = []
        var pronoun = -1, person = -1
        try Self.eachRow(db, sql: SourceRecord.scanSQL) { handle in
            let articleID = sqlite3_column_int64(handle, 0)
            let k: Int
            if dense {
                guard articleID >= 0, articleID <= maxID, outletTable[Int(articleID)] >= 0 else { return }
                k = Int(outletTable[Int(articleID)])
            } else {
                guard let known = outletOf[articleID] else { return }
                k = known
            }
            let kind = Self.columnBytes(handle, 1)
            let kindIndex: Int
            if let known = kindBytes.firstIndex(where: { $0.elementsEqual(kind) }) {
                kindIndex = known
            } else {
                kindIndex = kindNames.count
                kindNames.append(String(decoding: kind, as: UTF8.self))
                kindBytes.append(Array(kind))
                if kindNames[kindIndex] == "pronoun" { pronoun = kindIndex }
                if kindNames[kindIndex] == "person" { person = kindIndex }
            }
            if kinds[k].count <= kindIndex { kinds[k] += Array(repeating: 0, count: kindIndex + 1 - kinds[k].count) }
            kinds[k][kindIndex] += 1
            if wantPerArticle { perArticle[k][kindNames[kindIndex], default: [:]][articleID, default: 0] += 1 }
            let isResolved = sqlite3_column_type(handle, 2) != SQLITE_NULL
            if kindIndex == pronoun && !isResolved { return }
            let id = number(bytes: Self.columnBytes(handle, isResolved ? 2 : 3))
            counts.add(CountTable.key(outlet: k, kind: kindIndex, source: Int(id)))
            // A person an article counted under a fuller name ("Mr. Obama" as "Barack Obama"):
            // the outlet's other articles count that written name the same way (`SourceAliases`).
            if isResolved, kindIndex == person {
                let from = number(bytes: Self.columnBytes(handle, 3))
                if from != id, k < 1 << 16, from < 1 << 24, id < 1 << 24 {
                    aliasCounts.add((UInt64(k) << 48 | UInt64(from) << 24 | UInt64(id)) &+ 1)
                }
            }
        }
        return SourceRows(names: names, kindNames: kindNames, sourceNames: sourceNames, kinds: kinds, counts: counts,
                          aliasCounts: aliasCounts, perArticle: perArticle, pronoun: pronoun)
    }

    /// The per-outlet lists from the scan's counts, each outlet on a core of its own. Called on
    /// the thread that asked for the figures (`slant outlets` runs the scan on a thread of its
    /// own: run on all cores from there, the tests' process met a corrupted heap in most runs).
    func finishSources(_ rows: SourceRows) -> SourceScan {
        let (names, kindNames, sourceNames, kinds) = (rows.names, rows.kindNames, rows.sourceNames, rows.kinds)
        let (counts, aliasCounts, perArticle, pronoun) = (rows.counts, rows.aliasCounts, rows.perArticle, rows.pronoun)
        // Each outlet's counts are taken out of the one table first.
        var perOutlet = [[(key: UInt64, count: Int)]](repeating: [], count: names.count)
        counts.forEach { key, count in perOutlet[CountTable.parts(key).outlet].append((key, count)) }
        var aliasesPerOutlet = [[(key: UInt64, count: Int)]](repeating: [], count: names.count)
        aliasCounts.forEach { key, count in aliasesPerOutlet[Int((key &- 1) >> 48)].append((key, count)) }
        // Each name's identity read once a store: the same names come back in every outlet.
        let identities = sourceNames.map(SourceAliases.identity)
        let found = Slots<OutletSources>(names.count)
        let outletCounts = perOutlet, outletAliases = aliasesPerOutlet
        let table = NameTable(names: sourceNames, kinds: kindNames, identities: identities, pronoun: pronoun)
        DispatchQueue.concurrentPerform(iterations: names.count) { k in
            found.set(k, self.outletSources(outletCounts[k], aliases: outletAliases[k], table))
        }
        let results = found.values
        var scan = SourceScan()
        for (k, name) in names.enumerated() {
            var kindCounts: [String: Int] = [:]
            for (i, n) in kinds[k].enumerated() where n > 0 { kindCounts[kindNames[i]] = n }
            if !kindCounts.isEmpty { scan.kinds[name] = kindCounts }
            if !perArticle[k].isEmpty { scan.perArticle[name] = perArticle[k] }
            if let result = results[k], !result.byKind.isEmpty {
                scan.sources[name] = result.top
                scan.sourcesByKind[name] = result.byKind
            }
        }
        return scan
    }

    /// What `scanSources` finds for one outlet: its most cited sources, and by kind.
    struct OutletSources {
        var top: [SourceCount]
        var byKind: [String: [SourceCount]]
    }

    /// The names and kinds the scan numbered, shared by the workers (read only).
    struct NameTable: @unchecked Sendable {
        var names: [String]
        var kinds: [String]
        var identities: [(key: String, initials: String)?]
        var pronoun: Int

        /// `SourceAliases.sameNames` by numbers.
        func same(_ counts: [Int32: Int]) -> [Int32: Int32] {
            SourceAliases.sameNames(counts, name: { names[Int($0)] }, identity: { identities[Int($0)] })
        }
    }



    /// One outlet's sources from its counts (keyed by outlet, kind and the name as counted)
    /// and its aliases (written name -> name counted, from `aliasCounts`).
    func outletSources(_ counts: [(key: UInt64, count: Int)], aliases aliasCounts: [(key: UInt64, count: Int)],
                       _ table: NameTable) -> OutletSources {
        let kindNames = table.kinds, sourceNames = table.names, pronoun = table.pronoun
        // The forms of one full name ("Donald J. Trump", "Donald Trump") as one
        // (`SourceAliases.sameNames`), by numbers: first among the names as the articles
        // counted them, then among the names as counted here.
        var writtenCounts: [Int32: Int] = [:]
        for (key, count) in counts { writtenCounts[Int32(truncatingIfNeeded: CountTable.parts(key).source), default: 0] += count }
        let same = table.same(writtenCounts)
        // A written name's number -> the numbers of the names it was counted under.
        var aliases: [Int32: [Int32: Int]] = [:]
        for (key, count) in aliasCounts {
            let k = key &- 1
            aliases[Int32(truncatingIfNeeded: (k >> 24) & 0xFF_FFFF), default: [:]][Int32(truncatingIfNeeded: k & 0xFF_FFFF)] = count
        }
        let targets = aliases.compactMapValues { counts in
            guard !same.isEmpty else { return SourceAliases.majority(counts) }
            var merged: [Int32: Int] = [:]
            for (target, count) in counts { merged[same[target] ?? target, default: 0] += count }
            return SourceAliases.majority(merged)
        }
        // Each written name under the name it is counted under, counts of the two added.
        var counted = CountTable()
        for (key, count) in counts {
            let (k, kind, written) = CountTable.parts(key)
            let target = targets[Int32(truncatingIfNeeded: written)] ?? Int32(truncatingIfNeeded: written)
            let source = same[target] ?? target
            guard source != Int32(truncatingIfNeeded: written) else {
                counted.add(key, count: count)
                continue
            }
            counted.add(CountTable.key(outlet: k, kind: kind, source: Int(source)), count: count)
        }
        // Only the top few are shown: keep them while counting, rather than sorting every
        // distinct source. The order is total (count, then name, then kind), so the lists do
        // not depend on the table's order.
        var top = TopList(limit: options.top)
        var byKind = Array(repeating: TopList(limit: options.top), count: kindNames.count)
        var hasKind = Array(repeating: false, count: kindNames.count)
        // The top list counts a source by its name, whatever kind each sentence gave it (a
        // pronoun resolved to "Wilkins" and "Wilkins" named are one source, as the report counts
        // them), under the kind named most often: a named kind before "pronoun", then the larger
        // count, then the kind's name.
        var merged: [Int: (count: Int, kind: Int, kindCount: Int)] = [:]
        counted.forEach { key, count in
            let (_, kind, source) = CountTable.parts(key)
            byKind[kind].add(SourceCount(source: sourceNames[source], kind: kindNames[kind], count: count))
            hasKind[kind] = true
            var entry = merged[source] ?? (0, kind, 0)
            entry.count += count
            if entry.kindCount == 0 {
                (entry.kind, entry.kindCount) = (kind, count)
            } else if (kind == pronoun) != (entry.kind == pronoun) {
                if entry.kind == pronoun { (entry.kind, entry.kindCount) = (kind, count) }
            } else if count > entry.kindCount || count == entry.kindCount && kindNames[kind] < kindNames[entry.kind] {
                (entry.kind, entry.kindCount) = (kind, count)
            }
            merged[source] = entry
        }
        var countsHere: [Int32: Int] = [:]
        for (source, entry) in merged { countsHere[Int32(truncatingIfNeeded: source)] = entry.count }
        let again = table.same(countsHere)
        if !again.isEmpty {
            // A form's count goes to its group's name, under that name's kind.
            var combined = merged
            for (source, entry) in merged {
                guard let canonical = again[Int32(truncatingIfNeeded: source)].map(Int.init) else { continue }
                combined[source] = nil
                combined[canonical, default: (0, entry.kind, 0)].count += entry.count
            }
            merged = combined
        }
        for (source, entry) in merged {
            top.add(SourceCount(source: sourceNames[source], kind: kindNames[entry.kind], count: entry.count))
        }
        var lists: [String: [SourceCount]] = [:]
        for (i, list) in byKind.enumerated() where hasKind[i] { lists[kindNames[i]] = list.items }
        return OutletSources(top: top.items, byKind: lists)
    }

    /// Runs `sql` and calls `body` with the statement's handle at each row (read with SQLite's
    /// column functions, valid until the next row); an SQLite error is thrown with its message.
    static func eachRow(_ db: Database, sql: String, _ body: (OpaquePointer) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        // The statement owns the handle: kept alive to the end (Swift may free an object after
        // its last use, and the handle is used after `statement`'s).
        defer { withExtendedLifetime(statement) { _ = sqlite3_reset(handle) } }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                    sql: statement.sql)
            }
            try body(handle)
        }
    }

    /// A text column's bytes in the current row, valid until the next step.
    static func columnBytes(_ handle: OpaquePointer, _ column: Int32) -> UnsafeRawBufferPointer {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// Counts by (outlet, kind, source) numbers packed into one 64-bit key, in an
    /// open-addressing table with a multiplicative hash: Swift's seeded hasher was a tenth of
    /// the scan's time for two million keys. Iteration order is the table's, which callers
    /// must not depend on.
    struct CountTable {
        private var keys: [UInt64]
        private var values: [Int]
        private var shift: UInt64
        private var used = 0

        init() {
            keys = Array(repeating: 0, count: 1024)
            values = Array(repeating: 0, count: 1024)
            shift = 64 - 10
        }

        /// An empty table with as many slots as `other`.
        init(sizedLike other: CountTable) {
            keys = Array(repeating: 0, count: other.keys.count)
            values = Array(repeating: 0, count: other.keys.count)
            shift = other.shift
        }

        /// The packed key (plus one, so that 0 marks an empty slot): 24 bits of outlet, 8 of
        /// kind and 32 of source, far above what a store holds.
        static func key(outlet: Int, kind: Int, source: Int) -> UInt64 {
            (UInt64(truncatingIfNeeded: outlet) & 0xFF_FFFF) << 40 | (UInt64(truncatingIfNeeded: kind) & 0xFF) << 32
                | (UInt64(truncatingIfNeeded: source) & 0xFFFF_FFFF) &+ 1
        }

        static func parts(_ key: UInt64) -> (outlet: Int, kind: Int, source: Int) {
            let k = key &- 1
            return (Int(k >> 40), Int((k >> 32) & 0xFF), Int(k & 0xFFFF_FFFF))
        }

        mutating func add(_ key: UInt64, count: Int = 1) {
            let mask = keys.count - 1
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let k = keys[i]
                if k == key {
                    values[i] += count
                    return
                }
                if k == 0 { break }
                i = (i + 1) & mask
            }
            keys[i] = key
            values[i] = count
            used += 1
            if used * 2 > keys.count { grow() }
        }

        private mutating func grow() {
            let oldKeys = keys, oldValues = values
            keys = Array(repeating: 0, count: oldKeys.count * 2)
            values = Array(repeating: 0, count: oldKeys.count * 2)
            shift -= 1
            let mask = keys.count - 1
            for (key, value) in zip(oldKeys, oldValues) where key != 0 {
                var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while keys[i] != 0 { i = (i + 1) & mask }
                keys[i] = key
                values[i] = value
            }
        }

        func forEach(_ body: (UInt64, Int) -> Void) {
            for (key, value) in zip(keys, values) where key != 0 { body(key, value) }
        }
    }

    /// The `limit` most cited sources seen so far, most first (ties by name, then kind).
    struct TopList {
        var limit: Int
        var items: [SourceCount] = []

        static func before(_ a: SourceCount, _ b: SourceCount) -> Bool {
            (b.count, a.source, a.kind) < (a.count, b.source, b.kind)
        }

        mutating func add(_ item: SourceCount) {
            guard limit > 0 else { return }
            if items.count == limit, let last = items.last, !Self.before(item, last) { return }
            let index = items.firstIndex { Self.before(item, $0) } ?? items.count
            items.insert(item, at: index)
            if items.count > limit { items.removeLast() }
        }
    }

    func months(_ tallies: [ArticleTally]) -> [OutletMonthFigures] {
        let groups = grouped(tallies) { t in t.month.map { "\(t.outlet)\u{0}\($0)" } }
        let estimates = parallelEstimates(groups.map { ($0.1, $0.0) })
        return groups.enumerated().map { index, item in
            let (key, group) = item
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let e = estimates[index]
            return OutletMonthFigures(outlet: parts[0], month: parts[1], articles: group.count, sentences: Int(e.sums[C.sentences]),
                                      words: group.reduce(0) { $0 + $1.words }, outlet_voice_words: Int(e.sums[C.ovWords]), share: e.share, share_ci95: e.shareCI,
                                      loaded_per_1k_words: e.loaded, loaded_per_1k_words_ci95: e.loadedCI,
                                      too_few_articles: group.count < options.minArticles)
        }
    }

    func entities(_ db: Database) throws -> [OutletEntityFigures] {
        var targeted: [String: Int] = [:]
        for row in try Row.fetchAll(db, LoadedHitRecord.targetCounts(options)) {
            targeted["\(row["outlet"] as String)\u{0}\(row["target"] as String)"] = row["n"]
        }
        var groups: [String: (kind: String, tallies: [ArticleTally])] = [:]
        for row in try Row.fetchAll(db, EntityMentionRecord.tallies(options)) {
            let key = "\(row["outlet"] as String)\u{0}\(row["entity"] as String)"
            var columns = [Double](repeating: 0, count: C.count)
            columns[C.factual] = row["factual"]
            columns[C.attributed] = row["attributed"]
            columns[C.editorial] = row["editorial"]
            columns[C.sentences] = row["sentences"]
            columns[C.loaded] = row["loaded"]
            columns[C.ovWords] = row["outlet_voice_words"]
            groups[key, default: (row["kind"], [])].tallies.append(ArticleTally(outlet: row["outlet"], month: nil, date: nil, words: 0, columns: columns))
        }
        return groups.keys.sorted().compactMap { key in
            guard let group = groups[key] else { return nil }
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let e = estimate(group.tallies, key: key)
            return OutletEntityFigures(outlet: parts[0], entity: parts[1], kind: group.kind, articles: group.tallies.count,
                                       sentences: Int(e.sums[C.sentences]), outlet_voice_words: Int(e.sums[C.ovWords]), share: e.share, share_ci95: e.shareCI,
                                       loaded_per_1k_words: e.loaded, loaded_per_1k_words_ci95: e.loadedCI,
                                       targeted_loaded: targeted[key] ?? 0, too_few_articles: group.tallies.count < options.minArticles)
        }
    }

    func sourceKinds(_ db: Database, tallies: [ArticleTally]) throws -> [OutletSourceKindFigures] {
        // Sentence counts per article, in the same order as the tallies, so the bootstrap
        // resamples all of an outlet's articles (those without such a source count as 0).
        let scan = try scanSources(db, tallies: tallies, perArticle: true)
        let perArticle = scan.perArticle
        let byOutlet = Dictionary(grouping: tallies, by: \.outlet)
        var result: [OutletSourceKindFigures] = []
        for outlet in perArticle.keys.sorted() {
            let articles = byOutlet[outlet] ?? []
            for kind in (perArticle[outlet] ?? [:]).keys.sorted() {
                let counts = perArticle[outlet]?[kind] ?? [:]
                let numerators = articles.map { Double(counts[$0.id] ?? 0) }
                let denominators = articles.map { $0.columns[C.sentences] }
                let total = denominators.reduce(0, +)
                let n = numerators.reduce(0, +)
                let ci = Bootstrap.ratioIntervals(columns: [numerators, denominators], ratios: [.init(numerator: 0, denominator: 1)],
                                                  replicates: options.replicates,
                                                  seed: SeededGenerator.seed("\(outlet)\u{0}source\u{0}\(kind)", base: options.seed))[0]
                result.append(OutletSourceKindFigures(
                    outlet: outlet, kind: kind, articles: counts.count, sentences: Int(n), outlet_sentences: Int(total),
                    share_of_sentences: total == 0 ? 0 : Self.round(n / total), share_of_sentences_ci95: Self.round(ci),
                    top_sources: scan.sourcesByKind[outlet]?[kind] ?? [],
                    too_few_articles: articles.count < options.minArticles, intervalsDefined: articles.count >= 2))
            }
        }
        return result
    }
}


/// A value computed on another thread from the moment it is made; `value()` waits for it.
final class Concurrently<T>: @unchecked Sendable {
    private var result: Result<T, Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> T) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// The value, or the error the work threw.
    func value() throws -> T {
        done.wait()
        done.signal()
        // The semaphore orders the write of `result` before this read.
        guard let result else { preconditionFailure("signalled before a result was set") }
        return try result.get()
    }
}
