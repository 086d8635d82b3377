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
            var r: [String: Any] = [
                "name": row.name, "href": "outlets/\(row.slug).html", "slug": row.slug,
                "articles": Format.count(row.articles), "articlesValue": String(row.articles),
                "mixBar": MixBar.svg(row.claimMix),
                "fact": Num.percent(row.claimMix.factual.value), "attr": Num.percent(row.claimMix.attributed.value),
                "edit": Num.percent(row.claimMix.editorial.value),
                "density": Num.fixed(row.loadedDensity.value, 1),
                // A bootstrap over one article has no spread (resampling it always draws it): say so, not "x–x".
                "densityRange": row.articles < 2 && row.loadedDensity.low == row.loadedDensity.high ? "no interval" : "\(Num.fixed(row.loadedDensity.low, 1))–\(Num.fixed(row.loadedDensity.high, 1))",
                "densityValue": Num.fixed(row.loadedDensity.value, 2),
                "quoted": Num.fixed(row.quotedDensity.value, 1),
                "quotedRange": row.articles < 2 && row.quotedDensity.low == row.quotedDensity.high ? "no interval" : "\(Num.fixed(row.quotedDensity.low, 1))–\(Num.fixed(row.quotedDensity.high, 1))",
                "quotedValue": Num.fixed(row.quotedDensity.value, 2),
                "editorial": Num.percent(row.editorialShare.value),
                "editorialRange": row.articles < 2 && row.editorialShare.low == row.editorialShare.high ? "no interval" : "\(Num.percent(row.editorialShare.low))–\(Num.percent(row.editorialShare.high))",
                "editorialValue": Num.fixed(row.editorialShare.value * 100, 2),
                "tooFew": row.tooFew,
            ]
            if let rank = row.rank { r["rank"] = String(rank) }
            r["rankValue"] = String(row.rank ?? 1_000_000)
            return r
        }
        var c: [String: Any] = [
            "css": css, "pageTitle": page.title, "title": page.title, "generated": page.generated,
            "bootstrapIntervals": page.bootstrapIntervals,
            "slantVersion": page.slantVersion, "lexicons": lexicons(page.lexicons),
            "minArticles": String(page.minArticles), "outletCount": Format.plural(page.outlets.count, "outlet"),
            "articleCount": Format.plural(page.outlets.reduce(0) { $0 + $1.articles }, "article"),
            "rankedCount": Format.plural(ranked, "outlet"), "fewCount": String(page.outlets.count - ranked),
            "someFew": page.outlets.count > ranked, "rows": rows,
            "dotPlot": DotPlot.svg(page.outlets, id: "dp"), "patternDefs": patternDefs,
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
            "density": Format.interval(row.loadedDensity), "quoted": Format.interval(row.quotedDensity),
            "editorial": Format.percentInterval(row.editorialShare),
            "fact": Format.percentInterval(row.claimMix.factual), "attr": Format.percentInterval(row.claimMix.attributed),
            "tooFew": row.tooFew, "minArticles": String(index?.minArticles ?? 0),
            "firstPage": number == 1, "pageNumber": String(number), "pageCount": String(pages),
            "paginated": pages > 1, "patternDefs": patternDefs,
        ]
        if let rank = row.rank { c["rank"] = String(rank); c["ranked"] = String(index?.outlets.filter { !$0.tooFew }.count ?? 0) }
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
            if let url = Format.safeURL(a.url) { r["url"] = url }
            return r
        }
        c["firstArticle"] = String((number - 1) * pageSize + 1)
        c["lastArticle"] = String((number - 1) * pageSize + slice.count)
        guard number == 1 else { return c }

        c["claimMix"] = ClaimMixChart.svg(row.claimMix, id: "cm")
        c["hasMonths"] = !page.monthly.isEmpty
        c["timeChart"] = TimeSeriesChart.svg(page.monthly, id: "ts")
        c["months"] = page.monthly.map {
            ["month": $0.month, "articles": String($0.articles), "words": Format.count($0.outletVoiceWords),
             "density": Format.interval($0.loadedDensity)]
        }
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
        c["hasSources"] = s.sourced > 0
        c["kinds"] = s.kinds.map { ["name": $0.name, "count": String($0.count),
                                    "share": Num.percent(s.sourced > 0 ? Double($0.count) / Double(s.sourced) : 0)] }
        c["topSources"] = s.top.map { ["name": $0.name, "count": String($0.count)] }
        c["anonymous"] = Format.percentInterval(s.anonymousShare)
        let g = page.headlineGap
        c["gapArticles"] = String(g.articles)
        c["hasGap"] = g.articles > 0
        c["headlineMean"] = Num.fixed(g.headlineMean, 2)
        c["bodyMean"] = Num.fixed(g.bodyMean, 2)
        if let gap = g.gap {
            c["gap"] = "\(gap.value >= 0 ? "+" : "")\(Num.fixed(gap.value, 2)) (\(Num.fixed(gap.low, 2)) to \(Num.fixed(gap.high, 2)))"
        } else {
            c["gap"] = "\(Num.fixed(g.headlineMean - g.bodyMean, 2)) (no interval: fewer than two articles with a headline)"
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
            "quotedWords": Format.count(sm.quoted_words), "quotedDensity": Num.fixed(sm.quoted_loaded_per_1k_words, 1),
        ]
        if !standalone, let slug = page.outletSlug {
            c["outletHref"] = "../outlets/\(slug).html"
            c["outletName"] = page.outletName ?? info.outlet ?? ReportSite.unknownOutlet
        }
        // Sentences and the rows of the loaded-terms table are built in Swift (see sentenceHTML).
        var hitRows = ""
        var hitCount = 0
        c["sentences"] = a.sentences.enumerated().map { n, s -> String in
            for hit in s.loaded {
                let e = HTMLEscape.escape
                let voice = hit.in_quote ? "quoted" + (hit.speaker.map { " (\($0))" } ?? "") : "outlet"
                hitRows += "<tr><td><a href=\"#s\(n + 1)\">\(n + 1)</a></td><td>\(e(hit.text))</td><td>\(e(hit.term))</td>"
                    + "<td>\(e(hit.category))</td><td class=\"num\">\(Num.fixed(hit.weight, 2))</td><td class=\"num\">\(Num.fixed(hit.score, 2))</td>"
                    + "<td>\(e(stepsText(hit)))</td><td>\(e(voice))</td><td>\(hit.target == "unknown" ? "" : e(hit.target))</td></tr>\n"
                hitCount += 1
            }
            return sentenceHTML(s, number: n + 1, quotes: a.quotes)
        }.joined()
        c["hitRows"] = hitRows
        c["hasHits"] = hitCount > 0
        c["lexiconsText"] = a.lexicons.map { "\($0.file) \($0.version)" }.joined(separator: ", ")
        c["quotes"] = a.quotes.map { q -> [String: Any] in
            ["text": q.text, "speaker": q.scare ? "scare quotes (no speaker: the outlet's distancing)" : q.speaker ?? "speaker not found"]
        }
        return c
    }

    static func stepsText(_ hit: LoadedHit) -> String {
        hit.steps.map { "\($0.rule) ×\(Num.fixed($0.factor, 2))" + ($0.note.isEmpty ? "" : " (\($0.note))") }.joined(separator: "; ")
    }

    static func whyText(_ s: SentenceAnalysis) -> String {
        var parts = ["\(s.label.rawValue), confidence \(Num.fixed(s.confidence, 2))"]
        if !s.cues.isEmpty { parts.append("cues: " + s.cues.map { "\($0.id) “\($0.text)”" }.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// One run of a sentence: plain, quoted or scare-quoted text, perhaps a loaded term, and
    /// the speaker to name before it.
    struct Segment {
        var text: String
        var quoted = false
        var scare = false
        var speaker: String?
        var hit: (tip: String, inQuote: Bool)?
    }

    /// Splits a sentence into runs at loaded terms and quotation edges, so a term becomes a
    /// `<mark>` and quoted words a quoted run; the offsets come from the analysis, never from
    /// searching the text again.
    static func segments(_ s: SentenceAnalysis, quotes: [Quote]) -> [Segment] {
        // Offsets are in Unicode scalars; slice the UTF-8 bytes through a scalar → byte table.
        let bytes = Array(s.text.utf8)
        var byteOffset: [Int] = []
        byteOffset.reserveCapacity(bytes.count + 1)
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { byteOffset.append(i) }
        let length = byteOffset.count
        byteOffset.append(bytes.count)
        // Non-overlapping hits: longer first at the same start; scare-quote hits (a whole quoted
        // phrase) only where no word inside is itself marked.
        let ordered = s.loaded.enumerated().sorted { x, y in
            let (a, b) = (x.element, y.element)
            let sa = a.category == "scare-quote" ? 1 : 0, sb = b.category == "scare-quote" ? 1 : 0
            if sa != sb { return sa < sb }
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return x.offset < y.offset
        }
        var hits: [(Int, Int, LoadedHit)] = []
        for (_, hit) in ordered {
            let a = hit.start - s.start, b = hit.end - s.start
            guard a >= 0, b <= length, a < b else { continue }
            if hits.contains(where: { $0.0 < b && a < $0.1 }) { continue }
            hits.append((a, b, hit))
        }
        hits.sort { $0.0 < $1.0 }
        var spans: [(Int, Int, Quote)] = []
        for q in quotes where q.start < s.end && s.start < q.end {
            spans.append((max(q.start, s.start) - s.start, min(q.end, s.end) - s.start, q))
        }
        var cuts: Set<Int> = [0, length]
        for h in hits { cuts.insert(h.0); cuts.insert(h.1) }
        for q in spans { cuts.insert(q.0); cuts.insert(q.1) }
        let points = cuts.filter { $0 >= 0 && $0 <= length }.sorted()
        var out: [Segment] = []
        // Name each speaker once per sentence: "X said 'a' and 'b'" needs X only before 'a'.
        var named: Set<String> = []
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            var seg = Segment(text: String(decoding: bytes[byteOffset[a]..<byteOffset[b]], as: UTF8.self))
            if let q = spans.first(where: { $0.0 <= a && b <= $0.1 }) {
                if q.2.scare { seg.scare = true } else { seg.quoted = true }
                let speaker = q.2.speaker ?? "unknown speaker"
                if !q.2.scare && q.0 == a && q.2.start >= s.start && !named.contains(speaker) {
                    seg.speaker = speaker
                    named.insert(speaker)
                }
            }
            if let h = hits.first(where: { $0.0 <= a && b <= $0.1 })?.2 {
                var tip = "“\(h.term)” · \(h.category) · weight \(Num.fixed(h.weight, 2))"
                if h.score != h.weight { tip += " → \(Num.fixed(h.score, 2))" }
                let steps = stepsText(h)
                if !steps.isEmpty { tip += " · " + steps }
                if h.in_quote { tip += " · in a quote" + (h.speaker.map { " (\($0))" } ?? "") + ": the speaker's, not the outlet's" }
                if h.target != "unknown" { tip += " · aimed at \(h.target)" }
                seg.hit = (tip, h.in_quote)
            }
            out.append(seg)
        }
        return out
    }

    /// The markup of one sentence of the article page. Built here rather than in the template
    /// because a page has hundreds of runs and rendering each through Mustache made a
    /// 100,000-article report ten times slower; every piece of text passes through
    /// `HTMLEscape.escape`, and `EscapingTests` feed hostile text through it.
    static func sentenceHTML(_ s: SentenceAnalysis, number n: Int, quotes: [Quote]) -> String {
        let key = Format.labelKey(s.label)
        var h = "<p id=\"s\(n)\" class=\"s l-\(key)\(s.headline ? " headline" : "")\">"
        h += "<a class=\"tag t-\(key)\" href=\"#s\(n)\" title=\"\(HTMLEscape.escape(whyText(s)))\" aria-label=\"sentence \(n): \(s.label.rawValue)\">\(Format.labelLetter(s.label))</a> "
        for seg in segments(s, quotes: quotes) {
            if let speaker = seg.speaker { h += "<span class=\"speaker\">\(HTMLEscape.escape(speaker)):</span> " }
            if let hit = seg.hit {
                let tip = HTMLEscape.escape(hit.tip)
                h += "<mark class=\"hit\(hit.inQuote ? " q" : "")\" tabindex=\"0\" title=\"\(tip)\" data-tip=\"\(tip)\">"
            }
            let text = HTMLEscape.escape(seg.text)
            if seg.quoted {
                h += "<span class=\"quoted\">\(text)</span>"
            } else if seg.scare {
                h += "<span class=\"scare\">\(text)</span>"
            } else {
                h += text
            }
            if seg.hit != nil { h += "</mark>" }
        }
        if let source = s.source {
            let name = source.resolved.map { "\(source.text) → \($0)" } ?? source.text
            h += " <span class=\"src\">source: \(HTMLEscape.escape(name)) (\(HTMLEscape.escape(source.kind)))</span>"
        }
        return h + "</p>\n"
    }
}
