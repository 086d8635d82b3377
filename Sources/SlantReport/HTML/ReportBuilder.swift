import Foundation
import SlantCore

/// Choices for building a report from analyses in memory.
public struct ReportOptions: Sendable {
    /// The generation time printed on the index; pass a fixed value for reproducible output.
    public var generated: String
    public var title: String
    /// Outlets with fewer articles are listed but not ranked.
    public var minArticles: Int
    /// The gazetteer's aliases (entities.tsv: "US", "U.S.", "Washington" → United States), to
    /// count the sentences that mention an entity: the same finder the store counts with.
    public var entities: EntityFinder
    /// How many of the most loaded sentences, entities and terms per category an outlet page lists.
    public var topSentences: Int
    public var topEntities: Int
    public var termsPerCategory: Int
    /// Whether the figures an outlet page computes itself (the share of anonymous sources) take
    /// their interval from a bootstrap over articles, as the store's figures do (`slant report
    /// --db`), rather than Wilson's and a cluster-robust one (a report from article files).
    public var bootstrapIntervals = false

    public init(generated: String, title: String = "Slant report", minArticles: Int = 5,
                entities: EntityFinder = EntityFinder(), topSentences: Int = 10, topEntities: Int = 12,
                termsPerCategory: Int = 6) {
        self.generated = generated
        self.title = title
        self.minArticles = minArticles
        self.entities = entities
        self.topSentences = topSentences
        self.topEntities = topEntities
        self.termsPerCategory = termsPerCategory
    }
}

extension LoadedHit {
    /// The term as a page names it: the lexicon's entry, except for scare quotes, which all
    /// match one entry (`"…"`) and are named by the words quoted ("“vision”").
    /// (A prefix entry, "sabotag*", shows the word it matched.)
    var shownTerm: String { category == "scare-quote" ? text : term.hasSuffix("*") ? text.lowercased() : term }
}

extension ReportSite {
    /// The outlet name used for articles that do not name one.
    public static let unknownOutlet = "(unknown outlet)"

    /// Builds the whole site from analyses in memory (what `slant report FILES...` does before
    /// a store exists): groups them by outlet and aggregates with the intervals of `ReportStats`.
    /// The result does not depend on the order of `analyses`.
    /// The key of an article in `build`'s `syndicated` notes: its outlet's name, a line feed and
    /// the SHA-256 of its text.
    public static func articleKey(outlet: String, sha256: String) -> String { outlet + "\n" + sha256 }

    /// The site of the analyses. `syndicated` says, by `articleKey`, which articles are not
    /// their outlet's own reporting and why (the store's wire copy and near duplicates): they
    /// are listed and marked, and left out of every figure of their outlet's page.
    public static func build(from analyses: [ArticleAnalysis], options: ReportOptions, syndicated: [String: String] = [:]) -> ReportSite {
        let keys = analyses.map { a in
            [a.article.outlet ?? unknownOutlet, a.article.date ?? "", a.article.title ?? "", a.article.sha256, a.article.url ?? ""]
        }
        let order = keys.indices.sorted { i, j in
            for (x, y) in zip(keys[i], keys[j]) where x != y { return x < y }
            return i < j
        }
        let sorted = order.map { analyses[$0] }
        var outletSlugs = Slugger()
        var articleSlugs = Slugger()
        var groups: [(name: String, slug: String, items: [ArticlePage])] = []
        var groupIndex: [String: Int] = [:]
        for (i, analysis) in sorted.enumerated() {
            let outlet = analysis.article.outlet ?? unknownOutlet
            let outletSlug = outletSlugs.slug(for: outlet, fallback: "outlet")
            let base = Slugger.articleBase(date: analysis.article.date, title: analysis.article.title, id: analysis.article.sha256)
            let slug = articleSlugs.slug(for: String(i), from: base, fallback: "article")
            let note = syndicated.isEmpty ? nil : syndicated[articleKey(outlet: analysis.article.outlet ?? "", sha256: analysis.article.sha256)]
            let page = ArticlePage(slug: slug, outletSlug: outletSlug, outletName: outlet, analysis: analysis, syndicated: note)
            if let g = groupIndex[outlet] {
                groups[g].items.append(page)
            } else {
                groupIndex[outlet] = groups.count
                groups.append((outlet, outletSlug, [page]))
            }
        }

        let built = Slots<OutletPage>(groups.count)
        let finished = groups
        DispatchQueue.concurrentPerform(iterations: finished.count) { g in
            built.set(g, outletPage(name: finished[g].name, slug: finished[g].slug, articles: finished[g].items, options: options))
        }
        let pages = ranked(built.values.compactMap { $0 })
        var firstDate: String?, lastDate: String?
        for analysis in sorted {
            guard let date = analysis.article.date else { continue }
            if firstDate.map({ date < $0 }) ?? true { firstDate = date }
            if lastDate.map({ date > $0 }) ?? true { lastDate = date }
        }
        var lexicons: [String: LexiconInfo] = [:]
        var previous: [LexiconInfo]?
        for analysis in sorted {
            // A corpus is usually analysed with one set of lexicons: skip a set just seen.
            if analysis.lexicons == previous { continue }
            previous = analysis.lexicons
            for info in analysis.lexicons { lexicons["\(info.file)\t\(info.version)\t\(info.sha256)"] = info }
        }
        let versions = Set(sorted.map(\.slant_version)).sorted()
        let index = IndexPage(title: options.title, generated: options.generated,
                              lexicons: lexicons.keys.sorted().compactMap { lexicons[$0] },
                              slantVersion: versions.joined(separator: ", "),
                              firstDate: firstDate, lastDate: lastDate, minArticles: options.minArticles,
                              outlets: pages.map(\.row))
        return ReportSite(index: index, outlets: pages, articles: finished.flatMap(\.items))
    }

    /// Ranks outlets with enough articles by loaded density; the rest follow by name, unranked.
    public static func ranked(_ pages: [OutletPage]) -> [OutletPage] {
        // Sorted by index: sorting the pages themselves copied whole pages (every article row)
        // at each comparison. Names are unique, so the order is total.
        let rows = pages.map(\.row)
        let order = rows.indices.sorted { i, j in
            let (a, b) = (rows[i], rows[j])
            if a.tooFew != b.tooFew { return !a.tooFew }
            if !a.tooFew && a.loadedDensity.value != b.loadedDensity.value {
                return a.loadedDensity.value > b.loadedDensity.value
            }
            return a.name < b.name
        }
        var pages = order.map { pages[$0] }
        var rank = 0
        for i in pages.indices {
            pages[i].row.rank = nil
            if !pages[i].row.tooFew {
                rank += 1
                pages[i].row.rank = rank
            }
        }
        return pages
    }

    /// Replaces outlets' headline figures (claim mix, densities, "too few", headline against
    /// body) with figures computed elsewhere, such as the store's article-bootstrap intervals,
    /// so the report and `slant outlets` show the same numbers; then ranks again.
    /// `articles` is how many articles the figures rest on (own reporting); the pages still
    /// list every article, and say how many were left out of the figures.
    public mutating func useFigures(_ rows: [String: (claimMix: ClaimMix, loadedDensity: Estimate, quotedDensity: Estimate?, tooFew: Bool, articles: Int,
                                                      headlineGap: HeadlineGap)]) {
        for i in outlets.indices {
            guard let figures = rows[outlets[i].row.name] else { continue }
            if figures.articles != outlets[i].row.articles { outlets[i].row.countedArticles = figures.articles }
            outlets[i].row.claimMix = figures.claimMix
            outlets[i].row.loadedDensity = figures.loadedDensity
            outlets[i].row.quotedDensity = figures.quotedDensity
            outlets[i].row.tooFew = figures.tooFew
            outlets[i].headlineGap = figures.headlineGap
        }
        outlets = Self.ranked(outlets)
        index.outlets = outlets.map(\.row)
        index.bootstrapIntervals = true
    }

    /// Replaces outlets' month tables with months computed elsewhere (the store's, with its
    /// article-bootstrap intervals, as `slant outlets --breakdown` shows them), by outlet name.
    public mutating func useMonths(_ months: [String: [MonthPoint]]) {
        for i in outlets.indices {
            if let list = months[outlets[i].row.name] { outlets[i].monthly = list }
        }
    }

    /// One outlet's page from its articles' pages (each holding its analysis), for a caller
    /// that builds outlet by outlet. The row's `rank` is left nil: ranking needs every outlet.
    public static func outletPage(name: String, slug: String, articles listed: [ArticlePage], options: ReportOptions) -> OutletPage {
        // The figures and every section come from the outlet's own reporting; wire copy and
        // near duplicates are only listed (marked) in its articles table.
        let articles = listed.filter { $0.syndicated == nil }
        let summaries = articles.map(\.analysis.summary)
        func labelShare(_ label: ClaimLabel) -> Estimate {
            ReportStats.share(summaries.map { (Double($0.labels[label.rawValue] ?? 0), Double($0.sentences)) })
        }
        let mix = ClaimMix(factual: labelShare(.factual), attributed: labelShare(.attributed), editorial: labelShare(.editorial))
        let density = ReportStats.densityPer1k(summaries.map { (Double($0.loaded_outlet_voice), Double($0.outlet_voice_words)) })
        let quotedWords = summaries.reduce(0) { $0 + $1.quoted_words }
        let quoted = quotedWords == 0 ? nil : ReportStats.densityPer1k(summaries.map { (Double($0.loaded_quoted), Double($0.quoted_words)) })
        var row = OutletRow(name: name, slug: slug, articles: listed.count,
                            sentences: summaries.reduce(0) { $0 + $1.sentences },
                            outletVoiceWords: summaries.reduce(0) { $0 + $1.outlet_voice_words },
                            quotedWords: quotedWords,
                            claimMix: mix, loadedDensity: density, quotedDensity: quoted, rank: nil,
                            tooFew: articles.count < options.minArticles)
        if articles.count != listed.count { row.countedArticles = articles.count }

        // Months.
        var byMonth: [String: [ArticleSummary]] = [:]
        var undated = 0
        for page in articles {
            if let date = page.analysis.article.date, date.count >= 7 {
                byMonth[String(date.prefix(7)), default: []].append(page.analysis.summary)
            } else {
                undated += 1
            }
        }
        let monthly = byMonth.keys.sorted().map { month -> MonthPoint in
            let list = byMonth[month] ?? []
            return MonthPoint(month: month, articles: list.count,
                              outletVoiceWords: list.reduce(0) { $0 + $1.outlet_voice_words },
                              loadedDensity: ReportStats.densityPer1k(list.map { (Double($0.loaded_outlet_voice), Double($0.outlet_voice_words)) }))
        }

        // Terms, entities, sources, sentences: one pass over the sentences.
        var termCounts: [String: [String: Int]] = [:]
        var categoryTotals: [String: Int] = [:]
        var entityTerms: [String: [String: Int]] = [:]
        var entityExamples: [String: [SentenceLink]] = [:]
        var kinds: [String: Int] = [:]
        var sourceNames: [String: Int] = [:]
        var aliases = SourceAliases()
        var anonymous: [(y: Double, x: Double)] = []
        var loadedSentences: [SentenceLink] = []
        // Outlet-voice loaded terms and words of each article's headline and body, counted as
        // the store counts them (`PreparedArticle`), for the headline-body gap.
        var headlineCounts: [(y: Double, x: Double)] = []
        var bodyCounts: [(y: Double, x: Double)] = []
        for page in articles {
            let analysis = page.analysis
            var sourcedHere = 0, anonymousHere = 0
            var headlineLoaded = 0, headlineWords = 0, bodyLoaded = 0, bodyWords = 0
            for (n, sentence) in analysis.sentences.enumerated() {
                let voice = sentence.loaded.filter { !$0.in_quote }
                func link() -> SentenceLink {
                    SentenceLink(article: page.slug, articleTitle: analysis.article.title, number: n + 1,
                                 text: sentence.text, label: sentence.label, loadedScore: sentence.loaded_score,
                                 terms: voice.map(\.shownTerm))
                }
                for hit in voice {
                    let term = hit.shownTerm
                    termCounts[hit.category, default: [:]][term, default: 0] += 1
                    categoryTotals[hit.category, default: 0] += 1
                    if hit.target != "unknown" {
                        entityTerms[hit.target, default: [:]][term, default: 0] += 1
                    }
                }
                // Each entity once per sentence; a sentence has a few hits, so a list beats
                // a Set (hashing every target) here.
                var targets: [String] = []
                for hit in voice where hit.target != "unknown" && !targets.contains(hit.target) {
                    targets.append(hit.target)
                    entityExamples[hit.target, default: []].append(link())
                }
                if let source = sentence.source {
                    sourcedHere += 1
                    kinds[source.kind, default: 0] += 1
                    if source.kind == "anonymous" { anonymousHere += 1 }
                    // Every source by its name, anonymous ones too ("officials"), pronouns under
                    // the speaker they resolve to, each under its name before any description
                    // after a comma: as `slant outlets` counts `top_sources`.
                    if source.kind != "pronoun" || source.resolved != nil {
                        sourceNames[SourceSpan.countedName(source.resolved ?? source.text), default: 0] += 1
                    }
                    aliases.learn(source)
                }
                if sentence.headline {
                    headlineLoaded += voice.count
                    headlineWords += sentence.words - sentence.quoted_words
                } else {
                    bodyLoaded += voice.count
                    bodyWords += sentence.words - sentence.quoted_words
                    if sentence.loaded_score > 0 { loadedSentences.append(link()) }
                }
            }
            anonymous.append((Double(anonymousHere), Double(sourcedHere)))
            headlineCounts.append((Double(headlineLoaded), Double(headlineWords)))
            bodyCounts.append((Double(bodyLoaded), Double(bodyWords)))
        }

        let topTerms = byCount(categoryTotals).map { category, total -> CategoryTerms in
            let terms = byCount(termCounts[category] ?? [:]).prefix(options.termsPerCategory)
                .map { NameCount(name: $0.key, count: $0.value) }
            return CategoryTerms(category: category, total: total, terms: Array(terms))
        }

        let byLoad: (SentenceLink, SentenceLink) -> Bool = { a, b in
            if a.loadedScore != b.loadedScore { return a.loadedScore > b.loadedScore }
            return (a.article, a.number) < (b.article, b.number)
        }
        var totalsByEntity: [String: Int] = [:]
        for (entity, terms) in entityTerms { totalsByEntity[entity] = terms.values.reduce(0, +) }
        let entityTotals = Array(byCount(totalsByEntity).prefix(options.topEntities))
        let mentions = countMentions(of: entityTotals.map { $0.key }, in: articles, finder: options.entities)
        var entities: [EntityFraming] = []
        for (entity, total) in entityTotals {
            let examples: [SentenceLink] = entityExamples[entity] ?? []
            // A term aimed at an entity implies a mention nearby even when its alias is unknown
            // to the gazetteer (a capitalised name the scorer picked up).
            let m = max(mentions[entity] ?? 0, examples.count)
            let terms = byCount(entityTerms[entity] ?? [:])
            let perMention = m > 0 ? Double(total) / Double(m) : 0
            entities.append(EntityFraming(entity: entity, mentions: m, loadedTerms: total, perMention: perMention,
                                          topTerms: terms.prefix(5).map { $0.key },
                                          examples: Array(examples.sorted(by: byLoad).prefix(3))))
        }

        let sources = SourceSummary(
            sourced: kinds.values.reduce(0, +),
            kinds: byCount(kinds).map { NameCount(name: $0.key, count: $0.value) },
            top: byCount(Self.merged(sourceNames, aliases)).prefix(10).map { NameCount(name: $0.key, count: $0.value) },
            anonymousShare: options.bootstrapIntervals
                ? ReportStats.bootstrapShare(anonymous, key: name + "\u{0}anonymous") : ReportStats.share(anonymous))
        func per1k(_ counts: [(y: Double, x: Double)]) -> Double? {
            let words = counts.reduce(0) { $0 + $1.x }
            return words > 0 ? 1000 * counts.reduce(0) { $0 + $1.y } / words : nil
        }
        let gap = HeadlineGap(articles: articles.count, headlineDensity: per1k(headlineCounts), bodyDensity: per1k(bodyCounts) ?? 0,
                              gap: ReportStats.densityGapPer1k(headline: headlineCounts, body: bodyCounts))

        let unsorted = listed.map { page -> ArticleRow in
            let a = page.analysis
            return ArticleRow(slug: page.slug, title: a.article.title, date: a.article.date, url: a.article.url,
                              sentences: a.summary.sentences, editorialShare: a.summary.editorial_share,
                              loadedDensity: a.summary.loaded_per_1k_words, syndicated: page.syndicated)
        }
        // Sorted by index (comparing rows in place, not copies of them); slugs are unique, so
        // the order is total.
        let rows = unsorted.indices.sorted { i, j in
            let (da, db) = (unsorted[i].date ?? "", unsorted[j].date ?? "")
            if da != db { return da > db }
            return ((unsorted[i].title ?? ""), unsorted[i].slug) < ((unsorted[j].title ?? ""), unsorted[j].slug)
        }.map { unsorted[$0] }

        return OutletPage(row: row, monthly: monthly, undatedArticles: undated, topTerms: topTerms, entities: entities,
                          sources: sources, headlineGap: gap,
                          loadedSentences: Array(loadedSentences.sorted(by: byLoad).prefix(options.topSentences)),
                          articles: rows)
    }

    /// Source counts with each written name counted under the name the outlet's articles show
    /// it stands for (`SourceAliases`: "Mr. Obama" in an article that never gives his full name,
    /// under "Barack Obama"), as `slant outlets` counts `top_sources`.
    static func merged(_ counts: [String: Int], _ aliases: SourceAliases) -> [String: Int] {
        aliases.merged(counts)
    }

    /// Counts, most frequent first, ties by key: a stable order for every list on the page.
    static func byCount(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }

    /// Sentences that mention each entity by one of its gazetteer aliases, found as the store
    /// finds them (`EntityFinder`: the loaded-language scorer's mentions, so an alias that opens
    /// a longer capitalised name is not counted).
    static func countMentions(of entities: [String], in articles: [ArticlePage], finder: EntityFinder) -> [String: Int] {
        guard !entities.isEmpty else { return [:] }
        let wanted = Set(entities)
        var counts: [String: Int] = [:]
        for page in articles {
            for sentence in page.analysis.sentences {
                var seen: Set<String> = []
                for mention in finder.mentions(in: sentence.text) where wanted.contains(mention.entity) && seen.insert(mention.entity).inserted {
                    counts[mention.entity, default: 0] += 1
                }
            }
        }
        return counts
    }
}
