import SlantCore

// The report's view models. They hold figures, not markup: the writer formats and escapes
// them through the Mustache templates in Reports/. `ReportSite.build(from:)` fills them from
// analyses in memory; a store can fill the same structs from its aggregates.

/// The whole static site: one index, one page (or several, paginated) per outlet, one page
/// per article.
public struct ReportSite: Codable, Hashable, Sendable {
    public var index: IndexPage
    /// In the order the index lists them.
    public var outlets: [OutletPage]
    /// Articles to give a page; every `ArticleRow.slug` and `SentenceLink.article` should be here.
    public var articles: [ArticlePage]

    public init(index: IndexPage, outlets: [OutletPage], articles: [ArticlePage]) {
        self.index = index
        self.outlets = outlets
        self.articles = articles
    }
}

/// The front page: every outlet in one table and one dot plot, and what the figures rest on.
public struct IndexPage: Codable, Hashable, Sendable {
    /// The report's title ("Slant report").
    public var title: String
    /// When the report was generated, as the user should read it (ISO 8601, UTC). Injected
    /// by the caller so that snapshots are stable.
    public var generated: String
    /// The lexicons the analyses used (file, name, version, sha256).
    public var lexicons: [LexiconInfo]
    /// The Slant version that analysed the articles.
    public var slantVersion: String
    /// The earliest and latest article dates (YYYY-MM-DD), nil when no article is dated.
    public var firstDate: String?
    public var lastDate: String?
    /// Outlets with fewer articles than this are listed but not ranked.
    public var minArticles: Int
    /// One row per outlet, ranked outlets first by loaded density (highest first), then the
    /// outlets with too few articles by name.
    public var outlets: [OutletRow]
    /// True when the outlets' intervals are the store's bootstrap over articles (`slant report
    /// --db`), false for `ReportStats`' intervals; the method note says which.
    public var bootstrapIntervals = false

    public init(title: String = "Slant report", generated: String, lexicons: [LexiconInfo], slantVersion: String,
                firstDate: String?, lastDate: String?, minArticles: Int, outlets: [OutletRow]) {
        self.title = title
        self.generated = generated
        self.lexicons = lexicons
        self.slantVersion = slantVersion
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.minArticles = minArticles
        self.outlets = outlets
    }
}

/// Shares of sentences by label, each with its interval (0...1).
public struct ClaimMix: Codable, Hashable, Sendable {
    public var factual: Estimate
    public var attributed: Estimate
    public var editorial: Estimate

    public init(factual: Estimate, attributed: Estimate, editorial: Estimate) {
        self.factual = factual
        self.attributed = attributed
        self.editorial = editorial
    }
}

/// One outlet's headline figures: a row of the index and the head of its page.
public struct OutletRow: Codable, Hashable, Sendable {
    /// The outlet as the articles name it (a registrable domain, or `--outlet`).
    public var name: String
    /// The file-name slug of its page (`outlets/<slug>.html`); see `Slugger`.
    public var slug: String
    public var articles: Int
    public var sentences: Int
    /// Words in the outlet's own voice (outside quotations) and inside quotations.
    public var outletVoiceWords: Int
    public var quotedWords: Int
    /// Shares of sentences by label.
    public var claimMix: ClaimMix
    /// Outlet-voice loaded terms per 1,000 outlet-voice words.
    public var loadedDensity: Estimate
    /// Loaded terms inside quotations per 1,000 quoted words (the speakers', not the outlet's);
    /// nil when there are no quoted words to divide by, as `slant outlets` prints '-'.
    public var quotedDensity: Estimate?
    /// 1-based rank by loaded density among outlets with enough articles; nil when not ranked.
    public var rank: Int?
    /// Fewer articles than `IndexPage.minArticles`: shown, marked, not ranked.
    public var tooFew: Bool
    /// Of `articles`, how many the figures rest on when that is fewer: a store's report counts
    /// wire copy and near duplicates apart, as `slant outlets` does. Nil when all count.
    public var countedArticles: Int? = nil

    /// The articles the figures rest on.
    public var figureArticles: Int { countedArticles ?? articles }
    /// Articles listed but left out of the figures (wire copy, near duplicates).
    public var syndicatedArticles: Int { articles - figureArticles }

    /// The share of EDITORIAL sentences (the claim mix's editorial share).
    public var editorialShare: Estimate { claimMix.editorial }

    public init(name: String, slug: String, articles: Int, sentences: Int, outletVoiceWords: Int, quotedWords: Int,
                claimMix: ClaimMix, loadedDensity: Estimate, quotedDensity: Estimate?, rank: Int?, tooFew: Bool) {
        self.name = name
        self.slug = slug
        self.articles = articles
        self.sentences = sentences
        self.outletVoiceWords = outletVoiceWords
        self.quotedWords = quotedWords
        self.claimMix = claimMix
        self.loadedDensity = loadedDensity
        self.quotedDensity = quotedDensity
        self.rank = rank
        self.tooFew = tooFew
    }
}

/// One month of an outlet's loaded density.
public struct MonthPoint: Codable, Hashable, Sendable {
    /// `YYYY-MM`.
    public var month: String
    public var articles: Int
    public var outletVoiceWords: Int
    /// Outlet-voice loaded terms per 1,000 outlet-voice words in that month.
    public var loadedDensity: Estimate

    public init(month: String, articles: Int, outletVoiceWords: Int, loadedDensity: Estimate) {
        self.month = month
        self.articles = articles
        self.outletVoiceWords = outletVoiceWords
        self.loadedDensity = loadedDensity
    }
}

/// The most frequent outlet-voice loaded terms of one category.
public struct CategoryTerms: Codable, Hashable, Sendable {
    public var category: String
    /// All outlet-voice hits of the category, not only the listed terms.
    public var total: Int
    /// Terms with their counts, most frequent first (ties by term).
    public var terms: [NameCount]

    public init(category: String, total: Int, terms: [NameCount]) {
        self.category = category
        self.total = total
        self.terms = terms
    }
}

/// A sentence shown out of its article, with a link to it.
public struct SentenceLink: Codable, Hashable, Sendable {
    /// The article's slug (`articles/<slug>.html`).
    public var article: String
    public var articleTitle: String?
    /// The sentence's 1-based number within its article (the page's anchor is `#s<number>`).
    public var number: Int
    public var text: String
    public var label: ClaimLabel
    /// The sum of its outlet-voice loaded scores.
    public var loadedScore: Double
    /// The outlet-voice loaded terms in it.
    public var terms: [String]

    public init(article: String, articleTitle: String?, number: Int, text: String, label: ClaimLabel,
                loadedScore: Double, terms: [String]) {
        self.article = article
        self.articleTitle = articleTitle
        self.number = number
        self.text = text
        self.label = label
        self.loadedScore = loadedScore
        self.terms = terms
    }
}

/// How an outlet writes about one entity in its own voice.
public struct EntityFraming: Codable, Hashable, Sendable {
    public var entity: String
    /// Sentences that mention it.
    public var mentions: Int
    /// Outlet-voice loaded terms aimed at it (the hit's `target`).
    public var loadedTerms: Int
    /// `loadedTerms / mentions`.
    public var perMention: Double
    /// The most frequent of those terms, most frequent first.
    public var topTerms: [String]
    /// Up to three sentences with terms aimed at it, most loaded first.
    public var examples: [SentenceLink]

    public init(entity: String, mentions: Int, loadedTerms: Int, perMention: Double, topTerms: [String],
                examples: [SentenceLink]) {
        self.entity = entity
        self.mentions = mentions
        self.loadedTerms = loadedTerms
        self.perMention = perMention
        self.topTerms = topTerms
        self.examples = examples
    }
}

/// A name with a count.
public struct NameCount: Codable, Hashable, Sendable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// Who an outlet quotes: the sources of its ATTRIBUTED sentences.
public struct SourceSummary: Codable, Hashable, Sendable {
    /// Sentences with a source.
    public var sourced: Int
    /// By kind (person, role, organisation, anonymous, document, media, pronoun, unknown),
    /// most frequent first.
    public var kinds: [NameCount]
    /// Named sources (pronouns resolved), most frequent first.
    public var top: [NameCount]
    /// The share of sourced sentences whose source is anonymous.
    public var anonymousShare: Estimate

    public init(sourced: Int, kinds: [NameCount], top: [NameCount], anonymousShare: Estimate) {
        self.sourced = sourced
        self.kinds = kinds
        self.top = top
        self.anonymousShare = anonymousShare
    }
}

/// Headlines against bodies: outlet-voice loaded terms per 1,000 outlet-voice words of the
/// headlines and of the body text, and their difference, the measure `slant outlets` gives as
/// `headline_loaded_per_1k_words`, `body_loaded_per_1k_words` and `headline_body_gap`.
public struct HeadlineGap: Codable, Hashable, Sendable {
    /// Articles the figures rest on (own reporting, for a store's report).
    public var articles: Int
    /// Loaded terms per 1,000 words of the headlines; nil when no article has a headline.
    public var headlineDensity: Double?
    /// Loaded terms per 1,000 words of the body text.
    public var bodyDensity: Double
    /// Headline density minus body density with its 95% interval (positive: headlines are
    /// more loaded than the text under them); nil when no article has a headline.
    public var gap: Estimate?

    public init(articles: Int, headlineDensity: Double?, bodyDensity: Double, gap: Estimate?) {
        self.articles = articles
        self.headlineDensity = headlineDensity
        self.bodyDensity = bodyDensity
        self.gap = gap
    }
}

/// One article in an outlet's list.
public struct ArticleRow: Codable, Hashable, Sendable {
    /// The slug of its page (`articles/<slug>.html`).
    public var slug: String
    public var title: String?
    public var date: String?
    public var url: String?
    public var sentences: Int
    public var editorialShare: Double
    /// Outlet-voice loaded terms per 1,000 outlet-voice words.
    public var loadedDensity: Double
    /// Why the article is left out of the outlet's figures, or nil (`ArticlePage.syndicated`).
    public var syndicated: String?

    public init(slug: String, title: String?, date: String?, url: String?, sentences: Int, editorialShare: Double,
                loadedDensity: Double, syndicated: String? = nil) {
        self.syndicated = syndicated
        self.slug = slug
        self.title = title
        self.date = date
        self.url = url
        self.sentences = sentences
        self.editorialShare = editorialShare
        self.loadedDensity = loadedDensity
    }
}

/// One outlet's page.
public struct OutletPage: Codable, Hashable, Sendable {
    public var row: OutletRow
    /// Dated months in order; undated articles are left out of the chart and counted here.
    public var monthly: [MonthPoint]
    public var undatedArticles: Int
    /// Categories with the most outlet-voice hits first.
    public var topTerms: [CategoryTerms]
    /// Entities with the most loaded terms aimed at them first.
    public var entities: [EntityFraming]
    public var sources: SourceSummary
    public var headlineGap: HeadlineGap
    /// The sentences with the highest outlet-voice loaded score, highest first.
    public var loadedSentences: [SentenceLink]
    /// Every article, newest first; the writer paginates them.
    public var articles: [ArticleRow]

    public init(row: OutletRow, monthly: [MonthPoint], undatedArticles: Int, topTerms: [CategoryTerms],
                entities: [EntityFraming], sources: SourceSummary, headlineGap: HeadlineGap,
                loadedSentences: [SentenceLink], articles: [ArticleRow]) {
        self.row = row
        self.monthly = monthly
        self.undatedArticles = undatedArticles
        self.topTerms = topTerms
        self.entities = entities
        self.sources = sources
        self.headlineGap = headlineGap
        self.loadedSentences = loadedSentences
        self.articles = articles
    }
}

/// One article's page: the analysis as `slant score --format json` gives it, and where it sits.
public struct ArticlePage: Codable, Hashable, Sendable {
    /// The slug of its page (`articles/<slug>.html`).
    public var slug: String
    /// The slug and name of its outlet's page, for the way back; nil on a standalone page.
    public var outletSlug: String?
    public var outletName: String?
    public var analysis: ArticleAnalysis
    /// Why the article is left out of its outlet's figures ("wire copy (AP, by its byline)", "a
    /// near duplicate of an article of <outlet>"), or nil for the outlet's own reporting.
    public var syndicated: String?

    public init(slug: String, outletSlug: String?, outletName: String?, analysis: ArticleAnalysis, syndicated: String? = nil) {
        self.slug = slug
        self.outletSlug = outletSlug
        self.outletName = outletName
        self.analysis = analysis
        self.syndicated = syndicated
    }
}
