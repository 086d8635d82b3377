import Foundation
import SlantCore

// Page models turned into Mustache contexts: plain dictionaries of strings, booleans and
// arrays (faster than reflection, and every value is formatted here once). Text goes in as
// data and is escaped by `{{ }}`; only chart SVG, built by Charts/ with its own escaping,
// is inserted raw (`{{{ }}}`).

enum Format {
    static func interval(_ i: Estimate, _ digits: Int = 1) -> String {
        "\(Num.fixed(i.value, digits)) (\(Num.fixed(i.low, digits))–\(Num.fixed(i.high, digits)))"
    }

    static func percentInterval(_ i: Estimate) -> String {
        "\(Num.percent(i.value)) (\(Num.percent(i.low))–\(Num.percent(i.high)))"
    }

    /// Whether an outlet's figure has no interval to show: the store's bootstrap over one
    /// article gives a point, which printed as "142.9 (142.9–142.9)" looks like certainty.
    static func noInterval(_ i: Estimate, articles: Int) -> Bool { articles < 2 && i.low == i.high }

    /// An outlet's figure with its interval, or "(no interval)" as the index table says.
    static func interval(_ i: Estimate, articles: Int) -> String {
        articles == 0 ? "–" : noInterval(i, articles: articles) ? "\(Num.fixed(i.value, 1)) (no interval)" : interval(i)
    }

    static func percentInterval(_ i: Estimate, articles: Int) -> String {
        articles == 0 ? "–" : noInterval(i, articles: articles) ? "\(Num.percent(i.value)) (no interval)" : percentInterval(i)
    }

    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A URL that may become a link: only http and https, so `javascript:` and `data:` URLs
    /// from input stay inert text.
    static func safeURL(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespaces) else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
        return url
    }

    /// `x` with `digits` decimals and its sign, "+" included: a difference.
    static func signed(_ x: Double, _ digits: Int) -> String {
        let text = Num.fixed(x, digits)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// "1 article", "2 articles".
    static func plural(_ n: Int, _ word: String) -> String {
        "\(count(n)) \(word)\(n == 1 ? "" : "s")"
    }

    static func labelName(_ label: ClaimLabel) -> String { label.rawValue }
    static func labelKey(_ label: ClaimLabel) -> String { LabelStyle.key(label.rawValue) }
    static func labelLetter(_ label: ClaimLabel) -> String { String(label.rawValue.prefix(1)) }
}

enum PageContext {
    static func lexicons(_ list: [LexiconInfo]) -> [[String: Any]] {
        list.map { ["file": $0.file, "name": $0.name, "version": $0.version, "sha": String($0.sha256.prefix(12))] }
    }

    static func sentenceLink(_ s: SentenceLink, prefix: String) -> [String: Any] {
        [
            "href": "\(prefix)articles/\(s.article).html#s\(s.number)",
            "text": s.text, "title": s.articleTitle ?? "untitled article", "number": String(s.number),
            "label": Format.labelName(s.label), "labelKey": Format.labelKey(s.label),
            "score": Num.fixed(s.loadedScore, 2), "terms": s.terms.joined(separator: ", "),
        ]
    }

    // MARK: index

    static func index(_ page: IndexPage, css: String) -> [String: Any] {
        let ranked = page.outlets.filter { !$0.tooFew }.count
        let rows: [[String: Any]] = page.outlets.map { row in
            let n = row.figureArticles
            var r: [String: Any] = [
                "name": row.name, "href": "outlets/\(row.slug).html", "slug": row.slug,
                "articles": Format.count(row.articles), "articlesValue": String(row.articles),
                "mixBar": MixBar.svg(row.claimMix),
                "fact": Num.percent(row.claimMix.factual.value), "attr": Num.percent(row.claimMix.attributed.value),
                "edit": Num.percent(row.claimMix.editorial.value),
                "density": Num.fixed(row.loadedDensity.value, 1),
                // A bootstrap over one article has no spread (resampling it always draws it): say so, not "x–x".
                "densityRange": n < 2 && row.loadedDensity.low == row.loadedDensity.high ? "no interval" : "\(Num.fixed(row.loadedDensity.low, 1))–\(Num.fixed(row.loadedDensity.high, 1))",
                "densityValue": Num.fixed(row.loadedDensity.value, 2),
                "editorial": Num.percent(row.editorialShare.value),
                "editorialRange": n < 2 && row.editorialShare.low == row.editorialShare.high ? "no interval" : "\(Num.percent(row.editorialShare.low))–\(Num.percent(row.editorialShare.high))",
                "editorialValue": Num.fixed(row.editorialShare.value * 100, 2),
                "tooFew": row.tooFew,
            ]
            if let quoted = row.quotedDensity {
                r["quoted"] = Num.fixed(quoted.value, 1)
                r["quotedRange"] = n < 2 && quoted.low == quoted.high ? "no interval" : "\(Num.fixed(quoted.low, 1))–\(Num.fixed(quoted.high, 1))"
                r["quotedValue"] = Num.fixed(quoted.value, 2)
            } else {
                // Nothing to divide by: "0.0" read as measured, and sorted as a low figure.
                r["quoted"] = "–"
                r["quotedRange"] = "no quoted words"
                r["quotedValue"] = ""
            }
            // An empty data-v is a missing figure: the table's script sorts it last either way.
            if let rank = row.rank { r["rank"] = String(rank) }
            r["rankValue"] = row.rank.map { String($0) } ?? ""
            if row.syndicatedArticles > 0 { r["syndicated"] = Format.count(row.syndicatedArticles) }
            if n == 0 {
                // Every article is wire copy or a near duplicate: there are no figures, and
                // "0.0" or "0%" would read as measured.
                for key in ["fact", "attr", "edit", "density", "quoted", "editorial"] { r[key] = "–" }
                for key in ["densityRange", "quotedRange", "editorialRange"] { r[key] = "no own reporting" }
                for key in ["densityValue", "quotedValue", "editorialValue"] { r[key] = "" }
            }
            return r
        }
        var c: [String: Any] = [
            "css": css, "pageTitle": page.title, "title": page.title, "generated": page.generated,
            "bootstrapIntervals": page.bootstrapIntervals,
            "slantVersion": page.slantVersion, "lexicons": lexicons(page.lexicons),
            "minArticles": String(page.minArticles), "outletCount": Format.plural(page.outlets.count, "outlet"),
            "articleCount": Format.plural(page.outlets.reduce(0) { $0 + $1.articles }, "article"),
            "rankedCount": Format.plural(ranked, "outlet"), "fewCount": String(page.outlets.count - ranked),
            "fewVerb": page.outlets.count - ranked == 1 ? "is" : "are",
            "someFew": page.outlets.count > ranked, "rows": rows,
            "dotPlot": DotPlot.svg(page.outlets.filter { $0.figureArticles > 0 }, id: "dp"), "patternDefs": patternDefs,
            "hasOutlets": !page.outlets.isEmpty,
        ]
        if let first = page.firstDate, let last = page.lastDate { c["dateRange"] = first == last ? first : "\(first) to \(last)" }
        return c
    }

    /// Pattern definitions the small claim-mix bars in tables refer to.
    static let patternDefs = "<svg width=\"0\" height=\"0\" class=\"defs\" aria-hidden=\"true\">" + LabelStyle.defs("mix") + "</svg>"

    // MARK: outlet

    /// The context for page `number` (1-based) of `pages` of an outlet.
    static func outlet(_ page: OutletPage, number: Int, pages: Int, pageSize: Int, index: IndexPage?, css: String) -> [String: Any] {
        let row = page.row
        func pageFile(_ n: Int) -> String { n == 1 ? "\(row.slug).html" : "\(row.slug)_\(n).html" }
        let slice = page.articles.dropFirst((number - 1) * pageSize).prefix(pageSize)
        var c: [String: Any] = [
            "css": css, "pageTitle": "\(row.name) · Slant report", "name": row.name,
            "articles": Format.count(row.articles), "sentences": Format.count(row.sentences),
            "articlesText": Format.plural(row.articles, "article"), "sentencesText": Format.plural(row.sentences, "sentence"),
            "words": Format.count(row.outletVoiceWords), "quotedWords": Format.count(row.quotedWords),
            "density": Format.interval(row.loadedDensity, articles: row.figureArticles),
            "quoted": row.quotedDensity.map { Format.interval($0, articles: row.figureArticles) } ?? "–",
            "editorial": Format.percentInterval(row.editorialShare, articles: row.figureArticles),
            "fact": Format.percentInterval(row.claimMix.factual, articles: row.figureArticles),
            "attr": Format.percentInterval(row.claimMix.attributed, articles: row.figureArticles),
            "tooFew": row.tooFew, "minArticles": String(index?.minArticles ?? 0),
            "firstPage": number == 1, "pageNumber": String(number), "pageCount": String(pages),
            "paginated": pages > 1, "patternDefs": patternDefs,
        ]
        if let rank = row.rank { c["rank"] = String(rank); c["ranked"] = String(index?.outlets.filter { !$0.tooFew }.count ?? 0) }
        if row.figureArticles > 0 && row.quotedDensity == nil { c["quotedNote"] = "no quoted words" }
        // An outlet whose articles are all wire copy or near duplicates has no figures of its own:
        // the sections read from its articles (months, terms, entities, sources, sentences)
        // would describe the wire service's text, and contradicted "its own reporting has no
        // figures" above them.
        c["wireOnly"] = row.articles > 0 && row.figureArticles == 0
        if row.syndicatedArticles > 0 {
            c["syndicated"] = row.syndicatedArticles == row.articles
                ? "all of them wire copy or near duplicates of another outlet's, so its own reporting has no figures"
                : "\(Format.count(row.syndicatedArticles)) of them wire copy or near duplicates, left out of the figures and every section below"
            // The sentences and words are the figures' own reporting, not every listed article's.
            if row.figureArticles > 0 {
                c["sentencesText"] = Format.plural(row.sentences, "sentence") + " of its own reporting (\(Format.plural(row.figureArticles, "article")))"
            }
        }
        if let index {
            c["generated"] = index.generated
            c["slantVersion"] = index.slantVersion
        }
        c["pages"] = (1...max(1, pages)).map { n -> [String: Any] in
            ["n": String(n), "href": pageFile(n), "current": n == number]
        }
        if number > 1 { c["prev"] = pageFile(number - 1) }
        if number < pages { c["next"] = pageFile(number + 1) }
        c["articleRows"] = slice.map { a -> [String: Any] in
            var r: [String: Any] = [
                "href": "../articles/\(a.slug).html", "title": a.title ?? "untitled article", "date": a.date ?? "undated",
                "sentences": String(a.sentences), "editorial": Num.percent(a.editorialShare),
                "density": Num.fixed(a.loadedDensity, 1),
            ]
            if let note = a.syndicated { r["syndicated"] = note }
            if let url = Format.safeURL(a.url) { r["url"] = url }
            return r
        }
        c["firstArticle"] = String((number - 1) * pageSize + 1)
        c["lastArticle"] = String((number - 1) * pageSize + slice.count)
        guard number == 1 else { return c }

        c["claimMix"] = ClaimMixChart.svg(row.claimMix, id: "cm", intervals: ![row.claimMix.factual, row.claimMix.attributed,
                                                                               row.claimMix.editorial].allSatisfy { Format.noInterval($0, articles: row.figureArticles) })
        if row.figureArticles == 0 { c["claimMix"] = "<p class=\"note\">No articles of its own reporting, so no claim mix.</p>" }
        c["hasMonths"] = !page.monthly.isEmpty
        c["timeChart"] = TimeSeriesChart.svg(page.monthly, id: "ts")
        // The caption explains the hollow dots only where the chart has them.
        c["noIntervalMonths"] = page.monthly.contains(where: TimeSeriesChart.hasNoInterval)
        // A month of fewer articles than an outlet needs to be ranked is marked, as the index
        // marks such an outlet: its interval ("0.0 (0.0–0.0)" for three articles with no loaded
        // term) looks like certainty and is not.
        let minMonthArticles = index?.minArticles ?? 0
        c["months"] = page.monthly.map {
            ["month": $0.month, "articles": String($0.articles), "words": Format.count($0.outletVoiceWords),
             "density": Format.interval($0.loadedDensity, articles: $0.articles), "few": $0.articles < minMonthArticles]
        }
        if page.monthly.contains(where: { $0.articles < minMonthArticles }) { c["fewMonths"] = String(minMonthArticles) }
        if page.undatedArticles > 0 { c["undated"] = String(page.undatedArticles) }
        c["categories"] = page.topTerms.map { cat -> [String: Any] in
            ["category": cat.category, "total": String(cat.total),
             "terms": cat.terms.map { ["term": $0.name, "count": String($0.count)] }]
        }
        c["entities"] = page.entities.map { e -> [String: Any] in
            ["entity": e.entity, "mentions": String(e.mentions), "loaded": String(e.loadedTerms),
             "perMention": Num.fixed(e.perMention, 2), "terms": e.topTerms.joined(separator: ", "),
             "examples": e.examples.map { sentenceLink($0, prefix: "../") }]
        }
        let s = page.sources
        c["sourced"] = Format.count(s.sourced)
        c["sourcedText"] = s.sourced == 1 ? "1 sentence names" : "\(Format.count(s.sourced)) sentences name"
        c["hasSources"] = s.sourced > 0
        c["kinds"] = s.kinds.map { ["name": $0.name, "count": String($0.count),
                                    "share": Num.percent(s.sourced > 0 ? Double($0.count) / Double(s.sourced) : 0)] }
        c["topSources"] = s.top.map { ["name": $0.name, "count": String($0.count)] }
        // Over every article of the page (the section's sources are theirs): one article gives
        // no interval in a store's bootstrap, as the figures above say.
        c["anonymous"] = Format.percentInterval(s.anonymousShare, articles: row.articles)
        // The section's note gives the figure without the card's caption: it names its interval.
        c["anonymousText"] = row.articles == 0 || Format.noInterval(s.anonymousShare, articles: row.articles)
            ? c["anonymous"] as? String ?? ""
            : "\(Num.percent(s.anonymousShare.value)) (95% interval \(Num.percent(s.anonymousShare.low))–\(Num.percent(s.anonymousShare.high)))"
        let g = page.headlineGap
        c["hasGap"] = g.headlineDensity != nil && g.gap != nil
        c["noGap"] = row.figureArticles == 0 ? "No articles of its own reporting, so no headline figures." : "No article has a headline."
        c["headlineDensity"] = Num.fixed(g.headlineDensity ?? 0, 2)
        c["bodyDensity"] = Num.fixed(g.bodyDensity, 2)
        c["gapArticles"] = Format.plural(g.articles, "article")
        if let gap = g.gap {
            c["gap"] = Format.signed(gap.value, 2) + " per 1,000 words"
            c["gapRange"] = Format.noInterval(gap, articles: g.articles)
                ? "no interval: one article"
                : "95% interval \(Format.signed(gap.low, 2)) to \(Format.signed(gap.high, 2))"
        }
        c["loadedSentences"] = page.loadedSentences.map { sentenceLink($0, prefix: "../") }
        return c
    }

    // MARK: article

    static func article(_ page: ArticlePage, standalone: Bool, css: String) -> [String: Any] {
        let a = page.analysis
        let info = a.article
        let sm = a.summary
        var meta: [[String: Any]] = []
        func add(_ field: String, _ value: String?, _ key: String, href: String? = nil) {
            var m: [String: Any] = ["field": field, "value": value ?? "unknown", "provenance": info.provenance[key] ?? "missing"]
            if let href { m["href"] = href }
            meta.append(m)
        }
        add("outlet", info.outlet, "outlet")
        add("title", info.title, "title")
        add("date", info.date, "date")
        add("author", info.author, "author")
        add("URL", info.url, "url", href: Format.safeURL(info.url))
        var c: [String: Any] = [
            "css": css, "pageTitle": (info.title ?? "Untitled article") + " · Slant",
            "title": info.title ?? "Untitled article", "meta": meta, "sha": info.sha256,
            "slantVersion": a.slant_version, "lexicons": lexicons(a.lexicons), "standalone": standalone,
            "sentenceCount": Format.plural(sm.sentences, "sentence"),
            "factCount": String(sm.labels["FACTUAL"] ?? 0), "attrCount": String(sm.labels["ATTRIBUTED"] ?? 0),
            "editCount": String(sm.labels["EDITORIAL"] ?? 0), "editorialShare": Num.percent(sm.editorial_share),
            "loadedVoice": String(sm.loaded_outlet_voice), "voiceWords": Format.count(sm.outlet_voice_words),
            "density": Num.fixed(sm.loaded_per_1k_words, 1), "loadedQuoted": String(sm.loaded_quoted),
            "quotedWords": Format.count(sm.quoted_words),
            // (With the noun: "1 loaded term", "1 word"; the bare counts above stay for templates of one's own.)
            "loadedVoiceTerms": Format.plural(sm.loaded_outlet_voice, "loaded term"),
            "voiceWordsText": Format.plural(sm.outlet_voice_words, "word"),
            "quotedWordsText": Format.plural(sm.quoted_words, "quoted word"), "quotedDensity": Num.fixed(sm.quoted_loaded_per_1k_words, 1),
        ]
        if let note = page.syndicated { c["syndicated"] = note }
        if let note = languageNote(a) { c["languageNote"] = note }
        if !standalone, let slug = page.outletSlug {
            c["outletHref"] = "../outlets/\(slug).html"
            c["outletName"] = page.outletName ?? info.outlet ?? ReportSite.unknownOutlet
        }
        // Sentences and the rows of the loaded-terms table are built in Swift (see appendSentence).
        let markup = articleMarkup(a)
        c["sentences"] = markup.sentences
        c["hitRows"] = markup.hitRows
        c["hasHits"] = markup.hits > 0
        c["lexiconsText"] = a.lexicons.map { "\($0.file) \($0.version)" }.joined(separator: ", ")
        c["hasFurniture"] = !a.furniture.isEmpty
        c["furnitureText"] = furnitureText(a)
        c["quotes"] = a.quotes.map { q -> [String: Any] in
            ["text": q.text, "speaker": q.scare ? "scare quotes (no speaker: the outlet's distancing)" : q.speaker ?? "speaker not found"]
        }
        return c
    }

    /// What the analysis left out as page furniture, for the note under the article's text.
    /// The note of an article page whose text is not in English (`LanguageCheck`), or nil.
    static func languageNote(_ a: ArticleAnalysis) -> String? {
        a.language?.problem.map { "This text \($0): Slant's rules and lexicons are English, so these labels and scores say little." }
    }

    static func furnitureText(_ a: ArticleAnalysis) -> String {
        "Left out as page furniture, not counted (Lexicons/page-furniture.tsv): "
            + a.furniture.map { "“\($0.text)” (\($0.kind))" }.joined(separator: ", ") + "."
    }

    static func stepsText(_ hit: LoadedHit) -> String {
        hit.steps.map { "\($0.rule) ×\(Num.fixed($0.factor, 2))" + ($0.note.isEmpty ? "" : " (\($0.note))") }.joined(separator: "; ")
    }

    /// Quotation marks, at either end of a cue's text.
    static let quoteMarks: Set<Character> = ["\"", "“", "”", "'", "‘", "’", "«", "»"]

    static func whyText(_ s: SentenceAnalysis) -> String {
        var parts = ["\(s.label.rawValue), confidence \(Num.fixed(s.confidence, 2))"]
        if !s.cues.isEmpty { parts.append("cues: " + s.cues.map { "\($0.id) “\($0.text)”" }.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// The classes the markup built here (sentences and loaded-term rows) puts on elements, so
    /// the article page's style sheet keeps their rules (see `CSSPruner`).
    static let articleMarkupClasses = [
        "s", "l-fact", "l-attr", "l-edit", "headline", "tag", "t-fact", "t-attr", "t-edit",
        "hit", "q", "quoted", "scare", "speaker", "src", "why", "num", "steps", "wrap",
    ]

    /// The sentences' markup and the rows of the loaded-terms table of an article page, and
    /// how many rows there are.
    static func articleMarkup(_ a: ArticleAnalysis) -> (sentences: RawHTML, hitRows: RawHTML, hits: Int) {
        var sentences: [UInt8] = []
        sentences.reserveCapacity(a.sentences.reduce(0) { $0 + $1.text.utf8.count } * 3 + 1024)
        var rows: [UInt8] = []
        let hits = appendArticleMarkup(a, sentences: &sentences, hitRows: &rows)
        return (RawHTML(bytes: sentences), RawHTML(bytes: rows), hits)
    }

    /// Appends the sentences' markup and the loaded-term rows of an article page to two
    /// buffers and returns the number of rows.
    static func appendArticleMarkup(_ a: ArticleAnalysis, sentences: inout [UInt8], hitRows rows: inout [UInt8]) -> Int {
        // Sentences and hits are passed on by index (`a.sentences[i]` as an argument is
        // borrowed); binding each to a local copied every field of every sentence and hit,
        // which was a sixth of the time of an article page.
        var hits = 0
        for i in a.sentences.indices {
            for k in a.sentences[i].loaded.indices {
                appendHitRow(a.sentences[i].loaded[k], sentence: i + 1, to: &rows)
                hits += 1
            }
            appendSentence(a.sentences[i], number: i + 1, quotes: a.quotes, to: &sentences)
        }
        return hits
    }

    /// One row of the loaded-terms table: sentence link, as written, term, category, weight,
    /// score, rule steps, voice, aimed at.
    static func appendHitRow(_ hit: LoadedHit, sentence n: Int, to rows: inout [UInt8]) {
        rows.appendMarkup("<tr><td><a href=\"#s")
        rows.appendInt(n)
        rows.appendMarkup("\">")
        rows.appendInt(n)
        // Words from the article (as written, term, target) may run right to left.
        rows.appendMarkup("</a></td><td dir=\"auto\">")
        rows.appendEscaped(hit.text)
        rows.appendMarkup("</td><td dir=\"auto\">")
        rows.appendEscaped(hit.shownTerm)
        rows.appendMarkup("</td><td>")
        rows.appendEscaped(hit.category)
        rows.appendMarkup("</td><td class=\"num\">")
        rows.appendFixed2(hit.weight)
        rows.appendMarkup("</td><td class=\"num\">")
        rows.appendFixed2(hit.score)
        rows.appendMarkup("</td><td class=\"steps\">")
        appendSteps(hit, to: &rows)
        // A speaker's or target's name comes from the article and may be one long unbroken
        // string: those cells may break anywhere (`.wrap`), the others keep their words whole.
        rows.appendMarkup("</td><td class=\"wrap\">")
        if hit.in_quote {
            rows.appendMarkup("quoted")
            if let speaker = hit.speaker {
                rows.appendMarkup(" (<bdi>")
                rows.appendEscaped(speaker)
                rows.appendMarkup("</bdi>)")
            }
        } else {
            rows.appendMarkup("outlet")
        }
        rows.appendMarkup("</td><td class=\"wrap\" dir=\"auto\">")
        if hit.target != "unknown" { rows.appendEscaped(hit.target) }
        rows.appendMarkup("</td></tr>\n")
    }

    /// `stepsText(hit)`, escaped.
    static func appendSteps(_ hit: LoadedHit, to out: inout [UInt8]) {
        for (k, step) in hit.steps.enumerated() {
            if k > 0 { out.appendMarkup("; ") }
            out.appendEscaped(step.rule)
            out.appendMarkup(" ×")
            out.appendFixed2(step.factor)
            if !step.note.isEmpty {
                out.appendMarkup(" (")
                out.appendEscaped(step.note)
                out.appendMarkup(")")
            }
        }
    }

    /// A loaded term's tooltip, escaped: term, category, weight, score, rule steps, whose
    /// words they are and whom they aim at.
    static func appendTip(_ h: LoadedHit, to out: inout [UInt8]) {
        // A scare quote is named by the words quoted, which bring their own quotation marks.
        let quoted = h.category == "scare-quote"
        if !quoted { out.appendMarkup("“") }
        out.appendEscaped(h.shownTerm)
        out.appendMarkup(quoted ? " · " : "” · ")
        out.appendEscaped(h.category)
        out.appendMarkup(" · weight ")
        out.appendFixed2(h.weight)
        if h.score != h.weight {
            out.appendMarkup(" → ")
            out.appendFixed2(h.score)
        }
        if !h.steps.isEmpty {
            out.appendMarkup(" · ")
            appendSteps(h, to: &out)
        }
        if h.in_quote {
            out.appendMarkup(" · in a quote")
            if let speaker = h.speaker {
                out.appendMarkup(" (")
                out.appendEscaped(speaker)
                out.appendMarkup(")")
            }
            out.appendMarkup(": the speaker&#39;s, not the outlet&#39;s")
        }
        if h.target != "unknown" {
            out.appendMarkup(" · aimed at ")
            out.appendEscaped(h.target)
        }
    }

    /// One run of a sentence: plain, quoted or scare-quoted text (a range of the sentence's
    /// UTF-8 bytes), perhaps inside a loaded term (an index into the sentence's marked hits),
    /// and the speaker to name before it.
    struct Segment {
        var bytes: Range<Int>
        var quoted = false
        var scare = false
        var speaker: String?
        var hit: Int?
    }

    /// Splits a sentence into runs at loaded terms and quotation edges, so a term becomes a
    /// `<mark>` and quoted words a quoted run; the offsets come from the analysis, never from
    /// searching the text again. Returns the runs and the hits they mark (indices into
    /// `s.loaded`).
    static func segments(_ s: SentenceAnalysis, utf8 bytes: UnsafeBufferPointer<UInt8>, quotes: [Quote]) -> ([Segment], [Int]) {
        // Most sentences have no loaded term and no quotation: one plain run, with no offset
        // table to build.
        if s.loaded.isEmpty && !quotes.contains(where: { $0.start < s.end && s.start < $0.end }) {
            return (bytes.isEmpty ? [] : [Segment(bytes: 0..<bytes.count)], [])
        }
        // Offsets are in Unicode scalars; slice the UTF-8 bytes through a scalar → byte table.
        var byteOffset: [Int] = []
        byteOffset.reserveCapacity(bytes.count + 1)
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { byteOffset.append(i) }
        let length = byteOffset.count
        byteOffset.append(bytes.count)
        // Non-overlapping hits: longer first at the same start; scare-quote hits (a whole quoted
        // phrase) only where no word inside is itself marked.
        var hits: [(Int, Int, Int)] = []
        if !s.loaded.isEmpty {
            let loaded = s.loaded
            let ordered = loaded.indices.sorted { x, y in
                let sa = loaded[x].category == "scare-quote" ? 1 : 0, sb = loaded[y].category == "scare-quote" ? 1 : 0
                if sa != sb { return sa < sb }
                if loaded[x].start != loaded[y].start { return loaded[x].start < loaded[y].start }
                if loaded[x].end != loaded[y].end { return loaded[x].end > loaded[y].end }
                return x < y
            }
            for hit in ordered {
                let a = loaded[hit].start - s.start, b = loaded[hit].end - s.start
                guard a >= 0, b <= length, a < b else { continue }
                if hits.contains(where: { $0.0 < b && a < $0.1 }) { continue }
                hits.append((a, b, hit))
            }
            hits.sort { $0.0 < $1.0 }
        }
        var spans: [(Int, Int, Quote)] = []
        for q in quotes.indices where quotes[q].start < s.end && s.start < quotes[q].end {
            spans.append((max(quotes[q].start, s.start) - s.start, min(quotes[q].end, s.end) - s.start, quotes[q]))
        }
        var points = [0, length]
        for h in hits { points.append(h.0); points.append(h.1) }
        for q in spans { points.append(q.0); points.append(q.1) }
        points = points.filter { $0 >= 0 && $0 <= length }
        points.sort()
        var out: [Segment] = []
        // Name each speaker once per sentence: "X said 'a' and 'b'" needs X only before 'a'.
        var named: [String] = []
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            var seg = Segment(bytes: byteOffset[a]..<byteOffset[b])
            if let q = spans.first(where: { $0.0 <= a && b <= $0.1 }) {
                if q.2.scare { seg.scare = true } else { seg.quoted = true }
                let speaker = q.2.speaker ?? "unknown speaker"
                if !q.2.scare && q.0 == a && q.2.start >= s.start && !named.contains(speaker) {
                    seg.speaker = speaker
                    named.append(speaker)
                }
            }
            seg.hit = hits.firstIndex(where: { $0.0 <= a && b <= $0.1 })
            out.append(seg)
        }
        return (out, hits.map(\.2))
    }

    /// Appends the markup of one sentence of the article page. Built here rather than in the
    /// template because a page has hundreds of runs and rendering each through Mustache made a
    /// 100,000-article report ten times slower; every piece of text is escaped on the way in
    /// (`appendEscaped`), and `EscapingTests` feed hostile text through it.
    static func appendSentence(_ s: SentenceAnalysis, number n: Int, quotes: [Quote], to h: inout [UInt8]) {
        let key: StaticString, letter: StaticString
        switch s.label {
        case .factual: (key, letter) = ("fact", "F")
        case .attributed: (key, letter) = ("attr", "A")
        case .editorial: (key, letter) = ("edit", "E")
        }
        h.appendMarkup("<p id=\"s")
        h.appendInt(n)
        h.appendMarkup("\" class=\"s l-")
        h.appendMarkup(key)
        if s.headline { h.appendMarkup(" headline") }
        // The paragraph takes the direction of its text (an Arabic sentence runs right to
        // left); the tag, the speaker and the source line set their own, so they do not decide it.
        h.appendMarkup("\" dir=\"auto\"><a class=\"tag t-")
        h.appendMarkup(key)
        h.appendMarkup("\" dir=\"ltr")
        h.appendMarkup("\" href=\"#s")
        h.appendInt(n)
        h.appendMarkup("\" title=\"")
        h.appendEscaped(s.label.rawValue)
        h.appendMarkup(", confidence ")
        h.appendFixed2(s.confidence)
        if !s.cues.isEmpty {
            h.appendMarkup("; cues: ")
            for k in s.cues.indices {
                if k > 0 { h.appendMarkup(", ") }
                h.appendEscaped(s.cues[k].id)
                h.appendMarkup(" “")
                h.appendEscaped(s.cues[k].text)
                h.appendMarkup("”")
            }
        }
        var text = s.text
        text.withUTF8 { bytes in
            let (runs, hits) = segments(s, utf8: bytes, quotes: quotes)
            h.appendMarkup("\" aria-label=\"sentence ")
            h.appendInt(n)
            h.appendMarkup(": ")
            h.appendEscaped(s.label.rawValue)
            // The speaker chips are hidden from screen readers (read inside the sentence they
            // sounded like its words); the tag, read before the sentence, names them instead.
            let speakers = runs.compactMap(\.speaker)
            for (k, speaker) in speakers.enumerated() {
                if k == 0 { h.appendMarkup(speakers.count == 1 ? "; speaker found by Slant: " : "; speakers found by Slant: ") }
                if k > 0 { h.appendMarkup(", ") }
                h.appendEscaped(speaker)
            }
            h.appendMarkup("\">")
            h.appendMarkup(letter)
            h.appendMarkup("</a> ")
            // A term cut by a quotation edge spans two runs; its tooltip is built once.
            var tips = [[UInt8]?](repeating: nil, count: hits.count)
            for seg in runs {
                if let speaker = seg.speaker {
                    // A label apart from the article's words (a chip, no colon, not selected
                    // with the text): inline as "NAME:" it read as part of the sentence.
                    h.appendMarkup("<span class=\"speaker\" dir=\"auto\" aria-hidden=\"true\" title=\"Speaker of the quotation that follows, found by Slant (not the article&#39;s text): ")
                    h.appendEscaped(speaker)
                    h.appendMarkup("\">")
                    h.appendEscaped(speaker)
                    h.appendMarkup("</span> ")
                }
                if let k = seg.hit {
                    // The tooltip is the title; the style sheet shows it on hover and keyboard
                    // focus too (`content: attr(title)`), so it is written once.
                    h.appendMarkup(s.loaded[hits[k]].in_quote ? "<mark class=\"hit q\" tabindex=\"0\" title=\"" : "<mark class=\"hit\" tabindex=\"0\" title=\"")
                    if tips[k] == nil {
                        var tip: [UInt8] = []
                        appendTip(s.loaded[hits[k]], to: &tip)
                        tips[k] = tip
                    }
                    h.append(contentsOf: tips[k] ?? [])
                    h.appendMarkup("\">")
                }
                if seg.quoted {
                    h.appendMarkup("<span class=\"quoted\">")
                    h.appendEscaped(bytes, seg.bytes)
                    h.appendMarkup("</span>")
                } else if seg.scare {
                    h.appendMarkup("<span class=\"scare\">")
                    h.appendEscaped(bytes, seg.bytes)
                    h.appendMarkup("</span>")
                } else {
                    h.appendEscaped(bytes, seg.bytes)
                }
                if seg.hit != nil { h.appendMarkup("</mark>") }
            }
        }
        /// A speaker as "<bdi>text</bdi> → <bdi>resolved</bdi> (kind)".
        func appendSpeaker(_ speaker: SourceSpan) {
            h.appendMarkup("<bdi>")
            h.appendEscaped(speaker.text)
            h.appendMarkup("</bdi>")
            if let resolved = speaker.resolved {
                h.appendMarkup(" → <bdi>")
                h.appendEscaped(resolved)
                h.appendMarkup("</bdi>")
            }
            h.appendMarkup(" (")
            h.appendEscaped(speaker.kind)
            h.appendMarkup(")")
        }
        if let source = s.source {
            h.appendMarkup(" <span class=\"src\" dir=\"ltr\">source: ")
            appendSpeaker(source)
            h.appendMarkup("</span>")
        }
        // The speakers of the sentence's further attributions ("..., the Gazette reported").
        if let others = s.other_sources, !others.isEmpty {
            h.appendMarkup(" <span class=\"src\" dir=\"ltr\">other sources: ")
            for (n, other) in others.enumerated() {
                if n > 0 { h.appendMarkup("; ") }
                appendSpeaker(other)
            }
            h.appendMarkup("</span>")
        }
        // Why the label, on the page and not only in the tag's tooltip (which touch screens,
        // print and keyboards do not show): the confidence and the cues that counted, as the
        // terminal view lists them; evidence credited to a speaker (weight 0) is left out.
        h.appendMarkup(" <span class=\"why\" dir=\"ltr\">why: confidence ")
        h.appendFixed2(s.confidence)
        // The rule that decided ("editorial model: probability 0.76 >= threshold 0.42").
        if let rule = s.rule?.text, !rule.isEmpty {
            h.appendMarkup(" · ")
            h.appendEscaped(rule)
        }
        func appendCue(_ cue: CueEvidence) {
            h.appendEscaped(cue.id)
            // A quotation's text brings its own marks: none added at an end that has one (a
            // quotation split over sentences has a mark at one end only).
            let opens = cue.text.first.map { Self.quoteMarks.contains($0) } ?? false
            let closes = cue.text.last.map { Self.quoteMarks.contains($0) } ?? false
            h.appendMarkup(opens ? " <bdi>" : " “<bdi>")
            h.appendEscaped(cue.text)
            h.appendMarkup(closes ? "</bdi>" : "</bdi>”")
        }
        var counted = 0
        for cue in s.cues where cue.weight != 0 {
            counted += 1
            h.appendMarkup(" · ")
            appendCue(cue)
        }
        if counted == 0 { h.appendMarkup(" · no cue") }
        // Evidence credited to a speaker (weight 0: "inside reported speech") is named apart.
        var first = true
        for cue in s.cues where cue.weight == 0 {
            h.appendMarkup(first ? " · not counted (the speaker's): " : ", ")
            first = false
            appendCue(cue)
        }
        h.appendMarkup("</span>")
        h.appendMarkup("</p>\n")
    }

    /// The markup of one sentence of the article page (see `appendSentence`).
    static func sentenceHTML(_ s: SentenceAnalysis, number n: Int, quotes: [Quote]) -> String {
        var h: [UInt8] = []
        appendSentence(s, number: n, quotes: quotes, to: &h)
        return String(decoding: h, as: UTF8.self)
    }
}
