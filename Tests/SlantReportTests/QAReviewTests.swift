import Foundation
import SlantCore
@testable import SlantReport
import Testing

// Defects a QA review found on rendered reports (headless Chromium screenshots), each with the
// markup or figures that fix it.

/// The fixture with one outlet renamed and one title replaced by long unbroken words.
func longTextSite() throws -> ReportSite {
    var analyses = try fixtureAnalyses()
    for i in analyses.indices where analyses[i].article.outlet == "calm.example" {
        analyses[i].article.outlet = "Supercalifragilisticexpialidociousnewsnetworkwithoutanyspacesatallinitsname"
    }
    analyses[0].article.title = "Unbroken" + String(repeating: "x", count: 300)
    return ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime))
}

/// A long unbroken outlet name or article title pushed the figure columns of the index table
/// and of an outlet's article list out of view, and dates wrapped ("2018-06-⏎19").
@Suite struct LongUnbrokenTextTests {
    @Test func nameAndTitleCellsMayBreakAndDatesMayNot() throws {
        let site = try longTextSite()
        let templates = try ReportTemplates.builtIn()
        let writer = ReportWriter(templates: templates)
        let index = writer.renderIndex(site.index)
        #expect(index.contains("<th scope=\"row\" role=\"rowheader\" class=\"wrap\" data-v=\"Supercalifragilistic"), "\(index)")
        let outlet = try #require(site.outlets.first { $0.row.name.hasPrefix("Supercali") })
        let html = try #require(writer.renderOutlet(outlet, index: site.index).first?.1)
        let row = try #require(html.components(separatedBy: "\n").first { $0.contains(">Unbroken") })
        #expect(row.hasPrefix("<tr><td class=\"date\">2024-") && row.contains("</td><td class=\"wrap\"><a href="), "\(row)")
        // The style sheet lets those cells break anywhere and keeps dates on one line.
        let css = templates.css.replacingOccurrences(of: " ", with: "")
        #expect(css.contains(".wrap{overflow-wrap:anywhere;"), "\(css)")
        #expect(css.contains(".date{white-space:nowrap}"))
        // Article pages keep the rule for their tables of terms and metadata.
        #expect(templates.articleCSS.replacingOccurrences(of: " ", with: "").contains(".wrap{overflow-wrap:anywhere;"))
    }
}

/// QA pass 20, finding 12: at 1280 px the tables broke ordinary words ("outle|t",
/// "dramaticall|y", "Shar|e", "organisatio|n"). `overflow-wrap: anywhere` on every cell of the
/// loaded-terms and metadata tables and on the cards let the table layout shrink a column
/// below its longest word, and the mostly empty "Rule steps" column took the spare width.
@Suite struct WordsStayWholeTests {
    /// The selectors of each rule of a compacted style sheet with its declarations
    /// (`@media` blocks are read through: the selector is the text before the rule's `{`).
    static func rules(_ css: String) -> [(selectors: [String], body: String)] {
        css.components(separatedBy: "}").compactMap { chunk in
            let parts = chunk.components(separatedBy: "{")
            guard parts.count >= 2 else { return nil }
            let selectors = parts[parts.count - 2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return (selectors, parts[parts.count - 1].replacingOccurrences(of: " ", with: ""))
        }
    }

    @Test func onlyCellsThatHoldLongStringsMayBreakAnywhere() throws {
        let templates = try ReportTemplates.builtIn()
        for css in [templates.css, templates.articleCSS] {
            let anywhere = Self.rules(css).filter { $0.body.contains("overflow-wrap:anywhere") }.flatMap(\.selectors)
            // Block text (a heading, a sentence) may break anywhere: it sets no column's width.
            #expect(Set(anywhere).isSubset(of: [".wrap", "h1", ".article .s"]), "\(anywhere)")
            let wrap = try #require(Self.rules(css).first { $0.selectors == [".wrap"] })
            #expect(wrap.body.contains("min-width:"), "a floor keeps ordinary words whole: \(wrap.body)")
            // Every other cell breaks a word only when it alone is wider than the line.
            #expect(Self.rules(css).contains { $0.selectors.contains("td") && $0.body.contains("overflow-wrap:break-word") })
        }
        // The rule-steps column has a bounded preferred width, on article pages too.
        #expect(templates.articleCSS.contains(".hits .steps{width:"), "\(templates.articleCSS)")
    }

    @Test func articleCellsWithNamesURLsAndHashesMayBreak() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let page = try #require(site.articles.first { $0.analysis.sentences.contains { !$0.loaded.isEmpty } && $0.analysis.article.url != nil })
        for templates in [try ReportTemplates.builtIn(), try markupTemplates()] {
            let html = ReportWriter(templates: templates).renderArticle(page)
            let rows = html.components(separatedBy: "\n").filter { $0.hasPrefix("<tr><td><a href=\"#s") }
            #expect(!rows.isEmpty)
            for row in rows {
                // Sentence, as written, term, category, weight, score, steps, voice, aimed at.
                #expect(row.contains("</td><td class=\"steps\">") && row.contains("</td><td class=\"wrap\">"), "\(row)")
                #expect(row.contains("</td><td class=\"wrap\" dir=\"auto\">"), "\(row)")
            }
            #expect(html.contains("<th scope=\"row\">URL</th><td class=\"wrap\" dir=\"auto\">"), "\(html)")
            #expect(html.contains("<th scope=\"row\">SHA-256</th><td class=\"wrap\"><code>"))
        }
    }
}

/// Where an outlet had no quoted words, `slant outlets` printed '-' (JSON null) but the index
/// showed "0.0" with an interval "0.0–0.0" and sorted it as a measured 0.
@Suite struct NoQuotedWordsTests {
    func siteWithoutQuotes() throws -> ReportSite {
        var analyses = try fixtureAnalyses()
        for i in analyses.indices where analyses[i].article.outlet == "loud.example" {
            analyses[i].summary.quoted_words = 0
            analyses[i].summary.loaded_quoted = 0
        }
        return ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime))
    }

    @Test func noQuotedWordsIsMissingNotZero() throws {
        let site = try siteWithoutQuotes()
        let loud = try #require(site.index.outlets.first { $0.name == "loud.example" })
        #expect(loud.quotedDensity == nil)
        let calm = try #require(site.index.outlets.first { $0.name == "calm.example" })
        #expect(calm.quotedDensity != nil)
        let writer = ReportWriter(templates: try markupTemplates())
        let index = writer.renderIndex(site.index)
        let row = try #require(index.components(separatedBy: "</tr>").first { $0.contains("data-v=\"loud.example\"") })
        #expect(row.contains("<td role=\"cell\" class=\"num\" data-v=\"\"><span class=\"cell-label\" aria-hidden=\"true\">In quotes <span class=\"sub\">per 1,000 quoted words,<br>95% interval</span></span>– <span class=\"range\">no quoted words</span></td>"), "\(row)")
        #expect(!row.contains("0.0–0.0"))
        // The unranked outlet's rank is missing too, not a rank of a million.
        #expect(row.contains("<td role=\"cell\" data-v=\"\"><span class=\"badge\">too few articles</span></td>"), "\(row)")
        // The table's script sorts a missing figure last whichever way it sorts.
        #expect(index.contains("if (x === \"\" || y === \"\") return (x === \"\") - (y === \"\");"))
        // The outlet page says so too.
        let page = try #require(site.outlets.first { $0.row.name == "loud.example" })
        let html = try #require(writer.renderOutlet(page, index: site.index).first?.1)
        #expect(html.contains("<dd>– <span class=\"range\">no quoted words</span></dd>"), "\(html)")
    }
}

/// Intervals of a rate per 1,000 words went past what the rate can be: a report from files
/// showed "333.3 (37.4–1203.5)" for 1 loaded term in 3 words.
@Suite struct IntervalBoundsTests {
    @Test func densityIntervalsStayWithinAThousand() {
        let small = ReportStats.densityPer1k([(1, 3)])
        #expect(abs(small.value - 333.33) < 0.01)
        #expect(small.low >= 0 && small.high <= 1000, "\(small)")
        let disagreeing = ReportStats.densityPer1k([(2, 2), (0, 40)])
        #expect(disagreeing.low >= 0 && disagreeing.high <= 1000, "\(disagreeing)")
        // The headline-body gap is a difference of two such rates.
        let gap = ReportStats.densityGapPer1k(headline: [(2, 3), (0, 1)], body: [(0, 5), (1, 1)])
        #expect(gap.map { $0.low >= -1000 && $0.high <= 1000 } == true, "\(String(describing: gap))")
        // Shares stay within 0...1.
        let share = ReportStats.share([(1, 1), (0, 1)])
        #expect(share.low >= 0 && share.high <= 1)
    }

    @Test func cappedIntervalShowsOnTheOutletPage() throws {
        var analyses = try fixtureAnalyses()
        analyses = analyses.filter { $0.article.outlet == "loud.example" }
        let site = ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime))
        let row = try #require(site.index.outlets.first)
        #expect(row.loadedDensity.high <= 1000)
        let html = try #require(ReportWriter(templates: try markupTemplates()).renderOutlet(site.outlets[0], index: site.index).first?.1)
        // 1 loaded term in 5 quoted words, and a one-article headline-body gap: Poisson's upper
        // bounds were 1,112.8 and +2,090.97.
        #expect(html.contains("<dd>200.0 (2.6–1000.0)</dd>"), "\(html)")
        #expect(html.contains("to +1000.00)"), "\(html)")
    }

    /// A month with fewer articles than an outlet needs to be ranked is marked "few" in the
    /// month table, as the index marks such an outlet ("0.0 (0.0–0.0)" looked like certainty).
    @Test func monthsOfFewArticlesAreMarked() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let html = try #require(ReportWriter(templates: try markupTemplates()).renderOutlet(site.outlets[0], index: site.index).first?.1)
        let table = try #require(html.components(separatedBy: "<summary>The figures by month</summary>").last?.components(separatedBy: "</details>").first)
        #expect(table.contains(" <span class=\"note\">few</span></td></tr>"), "\(table)")
        #expect(table.contains("few: fewer than \(site.index.minArticles) articles in the month"), "\(table)")
    }
}

/// Right-to-left text (Arabic titles and sentences) came out scrambled: a page in a left-to-right
/// paragraph put an Arabic title's final "!" or a sentence's full stop at the wrong end. Every
/// element holding an article title, sentence, outlet name, source name or term now takes the
/// direction of its own text (`dir="auto"`, `<bdi>`, or Unicode isolates in SVG).
@Suite struct RightToLeftTextTests {
    static let outlet = "الجزيرة نت", title = "الحكومة تعلن عن ميزانية جديدة!", sentence = "من المخزي أن أحدا لم يستقل."
    static let term = "ما يسمى", source = "السيناتور جو بارك"

    static func site() throws -> ReportSite {
        var analyses = try fixtureAnalyses()
        let i = try #require(analyses.firstIndex { $0.article.outlet == "loud.example" })
        analyses[i].article.outlet = outlet
        analyses[i].article.title = title
        analyses[i].sentences[4].text = sentence
        analyses[i].sentences[4].loaded = []  // its offsets were into the English text
        analyses[i].sentences[1].loaded[0].term = term
        analyses[i].sentences[3].source?.text = source
        analyses[i].quotes[0].speaker = source
        return ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime, minArticles: 1))
    }

    /// Places where `text` is an element's text without a direction of its own: it follows an
    /// opening tag that has no `dir` and is no `<bdi>` (the document's `<title>` and SVG
    /// tooltips aside), or it follows other text.
    static func unisolated(_ text: String, in html: String) -> [String] {
        var problems: [String] = []
        var search = html.startIndex..<html.endIndex
        while let r = html.range(of: text, range: search) {
            search = r.upperBound..<html.endIndex
            let before = html[..<r.lowerBound]
            let open = before.lastIndex(of: "<"), close = before.lastIndex(of: ">")
            if let open, close.map({ $0 < open }) ?? true { continue }  // inside a tag: an attribute
            if before.hasSuffix("\u{2068}") { continue }  // FIRST STRONG ISOLATE
            guard let close, before.index(after: close) == r.lowerBound, let open else {
                problems.append(String(before.suffix(40)) + text)
                continue
            }
            let tag = html[open...close]
            if tag.hasPrefix("<title>") || tag == "<bdi>" || tag.contains(" dir=\"") { continue }
            problems.append(String(tag) + text)
        }
        return problems
    }

    @Test func namesTitlesTermsAndSourcesTakeTheirOwnDirection() throws {
        let site = try Self.site()
        let writer = ReportWriter(templates: try ReportTemplates.builtIn())
        let outlet = try #require(site.outlets.first { $0.row.name == Self.outlet })
        let article = try #require(site.articles.first { $0.analysis.article.title == Self.title })
        var pages = ["index": writer.renderIndex(site.index)]
        for (name, html) in writer.renderOutlet(outlet, index: site.index) { pages[name] = html }
        pages["article"] = writer.renderArticle(article)
        pages["standalone"] = writer.renderArticle(article, standalone: true)
        for (name, html) in pages {
            for text in [Self.outlet, Self.title, Self.term, Self.source] {
                #expect(Self.unisolated(text, in: html).isEmpty, "\(name): \(Self.unisolated(text, in: html))")
            }
        }
        #expect(pages["index"]?.contains("\u{2068}\(Self.outlet)\u{2069}") == true, "the dot plot names it between isolates")
        // Not vacuous: each text is on the pages that should show it.
        for name in ["article", "standalone", outlet.row.slug + ".html"] {
            let html = try #require(pages[name])
            #expect([Self.title, Self.term, Self.source].allSatisfy { html.contains($0) }, "\(name)")
        }
    }

    @Test func sentencesTakeTheDirectionOfTheirText() throws {
        let site = try Self.site()
        let article = try #require(site.articles.first { $0.analysis.article.title == Self.title })
        let html = ReportWriter(templates: try ReportTemplates.builtIn()).renderArticle(article)
        // The paragraph decides its direction from the sentence: the tag and the source line
        // set their own, so an Arabic sentence is laid out right to left.
        let paragraphs = html.components(separatedBy: "\n").filter { $0.hasPrefix("<p id=\"s") }
        #expect(paragraphs.count == article.analysis.sentences.count)
        for p in paragraphs {
            #expect(p.contains(" dir=\"auto\"><a class=\"tag ") && p.contains("\" dir=\"ltr\" href=\"#s"), "\(p)")
        }
        let arabic = try #require(paragraphs.first { $0.contains("أحدا") })
        #expect(arabic.hasPrefix("<p id=\"s5\" class=\"s l-edit\" dir=\"auto\">"), "\(arabic)")
        let sourced = try #require(paragraphs.first { $0.contains(Self.source) })
        #expect(sourced.contains("<span class=\"src\" dir=\"ltr\">source: <bdi>\(Self.source)</bdi> (person)</span>"), "\(sourced)")
    }
}

/// Accessibility: aria-sort sat on the sort button, not on the column heading where ARIA
/// reads it; the outlet page's "Kinds of source" table had no header cells; the speaker chip
/// inside a sentence was read as part of the sentence; the F tag in dark mode was white on
/// #56B4E9 (2.3:1).
@Suite struct AccessibilityTests {
    @Test func sortStateIsOnTheColumnHeading() throws {
        let templates = try ReportTemplates.builtIn()
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let index = ReportWriter(templates: templates).renderIndex(site.index)
        // The table comes ranked: the Rank heading says so.
        #expect(index.contains("<th scope=\"col\" role=\"columnheader\" aria-sort=\"ascending\"><button type=\"button\" data-sort=\"num\">Rank</button></th>"))
        #expect(!index.contains("button.setAttribute(\"aria-sort\"") && !index.contains("<button type=\"button\" aria-sort"))
        #expect(index.contains("heading = button.closest(\"th\")") && index.contains("heading.setAttribute(\"aria-sort\""))
        #expect(templates.css.contains("thead th[aria-sort=\"descending\"] button::after{content:\" ▼\"}"), "\(templates.css)")
    }

    @Test func kindsOfSourceHaveHeaderCells() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let calm = try #require(site.outlets.first { $0.row.name == "calm.example" })
        let html = try #require(ReportWriter(templates: try markupTemplates()).renderOutlet(calm, index: site.index).first?.1)
        let card = try #require(html.components(separatedBy: "<h3>Kinds of source</h3>").last?.components(separatedBy: "</table>").first)
        #expect(card.contains("<thead><tr><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Sentences</th><th scope=\"col\" class=\"num\">Share</th></tr></thead>"), "\(card)")
        #expect(card.contains("<tr><th scope=\"row\">person</th><td class=\"num\">"), "\(card)")
        #expect(!card.contains("<tr><td>"))
    }

    @Test func speakerChipIsHiddenAndTheTagNamesTheSpeaker() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let page = try #require(site.articles.first { $0.analysis.article.title == "Council publishes its budget" })
        let html = ReportWriter(templates: try ReportTemplates.builtIn()).renderArticle(page)
        let sentence = try #require(html.components(separatedBy: "\n").first { $0.hasPrefix("<p id=\"s4\"") })
        #expect(sentence.contains("aria-label=\"sentence 4: ATTRIBUTED; speaker found by Slant: Mayor Ana Ruiz\">A</a>"), "\(sentence)")
        #expect(sentence.contains("<span class=\"speaker\" dir=\"auto\" aria-hidden=\"true\" title="), "\(sentence)")
        // A sentence without a quotation says nothing of speakers.
        let plain = try #require(html.components(separatedBy: "\n").first { $0.hasPrefix("<p id=\"s2\"") })
        #expect(plain.contains("aria-label=\"sentence 2: FACTUAL\">F</a>"), "\(plain)")
    }

    /// Why a sentence got its label was only in the tag's `title` (no tooltip on touch screens,
    /// on paper or for a keyboard): a line under the sentence says it.
    @Test func eachSentenceSaysWhyOnThePage() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let page = try #require(site.articles.first { $0.analysis.article.title == "Council publishes its budget" })
        let html = ReportWriter(templates: try ReportTemplates.builtIn()).renderArticle(page)
        let lines = html.components(separatedBy: "\n")
        let attributed = try #require(lines.first { $0.hasPrefix("<p id=\"s4\"") })
        #expect(attributed.hasSuffix("<span class=\"why\" dir=\"ltr\">why: confidence 0.82 · attribution-verb “<bdi>said</bdi>”</span></p>"), "\(attributed)")
        let plain = try #require(lines.first { $0.hasPrefix("<p id=\"s2\"") })
        #expect(plain.hasSuffix("<span class=\"why\" dir=\"ltr\">why: confidence 0.85 · no cue</span></p>"), "\(plain)")
        #expect(try ReportTemplates.builtIn().articleCSS.contains(".src,.why{"))
    }

    /// WCAG 2 contrast of the F, A and E tags' text on their colours, light and dark.
    @Test func labelTagsReachAAContrastInBothSchemes() throws {
        let css = try ReportTemplates.builtIn().css
        func declarations(_ block: Substring) -> [String: String] {
            var out: [String: String] = [:]
            for part in block.split(separator: ";") {
                let pair = part.split(separator: ":", maxSplits: 1)
                if pair.count == 2 { out[pair[0].trimmingCharacters(in: .whitespaces)] = pair[1].trimmingCharacters(in: .whitespaces) }
            }
            return out
        }
        func block(after marker: String) throws -> Substring {
            let start = try #require(css.range(of: marker)).upperBound
            return css[start..<(try #require(css[start...].firstIndex(of: "}")))]
        }
        let light = declarations(try block(after: ":root{"))
        var dark = light
        dark.merge(declarations(try block(after: "@media (prefers-color-scheme:dark){:root{")), uniquingKeysWith: { $1 })
        let tag = declarations(try block(after: ".tag{"))
        func luminance(_ hex: String) throws -> Double {
            let digits = hex.dropFirst()
            #expect(hex.hasPrefix("#") && (digits.count == 6 || digits.count == 3), "\(hex)")
            let full = digits.count == 3 ? String(digits.flatMap { [$0, $0] }) : String(digits)
            let value = try #require(UInt32(full, radix: 16))
            let channels = [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { c -> Double in
                let s = Double(c) / 255
                return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        for (scheme, variables) in [("light", light), ("dark", dark)] {
            func resolve(_ value: String) -> String {
                value.hasPrefix("var(") ? variables[String(value.dropFirst(4).dropLast())] ?? value : value
            }
            for label in ["fact", "attr", "edit"] {
                let rule = declarations(try block(after: ".t-\(label){"))
                let background = try luminance(resolve(try #require(rule["background"])))
                let ink = try luminance(resolve(try #require(rule["color"] ?? tag["color"])))
                let ratio = (max(background, ink) + 0.05) / (min(background, ink) + 0.05)
                #expect(ratio >= 4.5, "\(scheme) t-\(label): \(ratio)")
            }
        }
    }
}

/// Scare quotes all match one lexicon entry, `"…"`, and "Most loaded sentences" and the
/// article page's loaded-terms table showed that entry instead of the words quoted (the term
/// cards already showed "“reform”").
@Suite struct ScareQuoteTermTests {
    @Test func scareQuotesAreNamedByTheirWords() throws {
        var analyses = try fixtureAnalyses()
        let i = try #require(analyses.firstIndex { $0.article.outlet == "loud.example" })
        // "The so-called reform is ...": its "so-called" hit made a scare quote around "reform".
        analyses[i].sentences[1].loaded[0].category = "scare-quote"
        analyses[i].sentences[1].loaded[0].term = "\"…\""
        analyses[i].sentences[1].loaded[0].text = "“reform”"
        let site = ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime, minArticles: 1))
        let writer = ReportWriter(templates: try ReportTemplates.builtIn())
        let outlet = try #require(site.outlets.first { $0.row.name == "loud.example" })
        let outletPage = try #require(writer.renderOutlet(outlet, index: site.index).first?.1)
        let article = writer.renderArticle(try #require(site.articles.first { $0.analysis.article.outlet == "loud.example" }))
        for html in [outletPage, article] {
            #expect(!html.contains("&quot;…&quot;") && !html.contains("“&quot;…&quot;”"))
        }
        // Most loaded sentences, the term cards, the table and the tooltip.
        #expect(outletPage.contains("<bdi>“reform”, undoubtedly, disastrous, plot</bdi>"), "\(outletPage)")
        #expect(outletPage.contains("<li><bdi>“reform”</bdi> <span class=\"count\">×1</span></li>"))
        #expect(article.contains("<td dir=\"auto\">“reform”</td><td dir=\"auto\">“reform”</td><td>scare-quote</td>"), "\(article)")
        #expect(article.contains("title=\"“reform” · scare-quote · weight "), "\(article)")
    }
}

/// "At a glance": the "Editorial share" card had no caption under its name, so its figure sat
/// higher than its neighbours'.
@Suite struct AtAGlanceTests {
    @Test func everyCardHasACaptionAndItsFigureAtItsFoot() throws {
        let templates = try ReportTemplates.builtIn()
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let html = try #require(ReportWriter(templates: templates).renderOutlet(site.outlets[0], index: site.index).first?.1)
        let list = try #require(html.components(separatedBy: "<dl class=\"figures\">").last?.components(separatedBy: "</dl>").first)
        let cards = list.components(separatedBy: "<div><dt>").dropFirst()
        #expect(cards.count == 4)
        for card in cards { #expect(card.contains("<span class=\"sub\">"), "\(card)") }
        #expect(list.contains("<dt>Editorial share <span class=\"sub\">share of sentences, 95% interval</span></dt>"))
        // However the captions wrap, the figures line up at the cards' feet.
        #expect(templates.css.contains(".figures div{background:var(--panel);border-radius:.4rem;padding:.6rem .8rem;display:flex;flex-direction:column}"))
        #expect(templates.css.contains(".figures dd{margin:auto 0 0;"), "\(templates.css)")
    }
}

/// QA finding: at phone width (390 px) the index's outlet table showed rank, outlet and
/// articles; its figures were out of view to the right, behind a scroll bar a phone does not
/// show. Below 55rem each row stacks, every figure under a label that repeats its column
/// heading (hidden from screen readers, which read the heading; ARIA roles keep the table a
/// table whatever its display).
@Suite struct PhoneOutletTableTests {
    /// The first capture group of every match of `pattern` in `text`.
    func captures(_ pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test func everyFigureCarriesItsColumnHeadingAsALabel() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let index = ReportWriter(templates: try markupTemplates()).renderIndex(site.index)
        let table = try #require(index.components(separatedBy: "<table class=\"sortable stack\" id=\"outlet-table\" role=\"table\">")
            .dropFirst().first?.components(separatedBy: "</table>").first)
        let head = try #require(table.components(separatedBy: "</thead>").first)
        let headings = try captures("<button type=\"button\" data-sort=\"[a-z]+\">(.*?)</button>", in: head)
        #expect(headings.count == 7, "\(headings)")
        let rows = try #require(table.components(separatedBy: "<tbody role=\"rowgroup\">").last).components(separatedBy: "</tr>").dropLast()
        #expect(rows.count == site.index.outlets.count)
        for row in rows {
            // Rank and outlet open the row; every figure after them is labelled.
            let labels = try captures("<span class=\"cell-label\" aria-hidden=\"true\">([^<]*(?:<span class=\"sub\">[^<]*(?:<br>[^<]*)?</span>)?)</span>", in: row)
            #expect(labels == Array(headings.dropFirst(2)), "\(row)")
            #expect(row.contains("<tr role=\"row\"") && row.contains("<th scope=\"row\" role=\"rowheader\""), "\(row)")
            #expect(row.components(separatedBy: "<td ").dropFirst().allSatisfy { $0.hasPrefix("role=\"cell\"") }, "\(row)")
        }
        #expect(head.components(separatedBy: "<th ").dropFirst().allSatisfy { $0.hasPrefix("scope=\"col\" role=\"columnheader\"") }, "\(head)")
    }

    @Test func labelsShowOnlyOnANarrowScreen() throws {
        let css = try ReportTemplates.builtIn().css
        let media = "@media screen and (max-width:55rem){"
        let before = try #require(css.components(separatedBy: media).first)
        #expect(before.contains(".cell-label{display:none}"), "\(css)")
        let narrow = try #require(css.components(separatedBy: media).dropFirst().first)
        #expect(narrow.hasPrefix("table.stack,.stack thead,.stack tbody,.stack tr,.stack th,.stack td{display:block}"), "\(narrow)")
        #expect(narrow.contains(".stack .cell-label{display:block;"), "\(narrow)")
        // The table itself still scrolls where its figures are wider than the screen.
        #expect(css.contains(".scroll{overflow-x:auto}"))
    }
}

/// QA finding: some headings of figures shown with a 95% interval did not say what the range
/// is ("In quotes, per 1,000 quoted words" on the index, the cards of "At a glance"), while
/// others did ("Loaded density, per 1,000 words, 95% interval").
@Suite struct IntervalCaptionTests {
    @Test func everyHeadingOfAFigureWithAnIntervalSaysSo() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let writer = ReportWriter(templates: try markupTemplates())
        let index = writer.renderIndex(site.index)
        for heading in ["Loaded density", "In quotes", "Editorial share"] {
            let caption = try #require(index.components(separatedBy: ">\(heading) <span class=\"sub\">").dropFirst().first?
                .components(separatedBy: "</span>").first)
            #expect(caption.hasSuffix(",<br>95% interval"), "\(heading): \(caption)")
        }
        let calm = try #require(site.outlets.first { $0.row.name == "calm.example" })
        let page = try #require(writer.renderOutlet(calm, index: site.index).first?.1)
        let cards = try #require(page.components(separatedBy: "<dl class=\"figures\">").last?.components(separatedBy: "</dl>").first)
        let captions = cards.components(separatedBy: "<span class=\"sub\">").dropFirst().map { $0.components(separatedBy: "</span>")[0] }
        #expect(captions.count == 4 && captions.allSatisfy { $0.hasSuffix(", 95% interval") }, "\(captions)")
        #expect(page.contains("<th scope=\"col\" class=\"num\">Loaded density <span class=\"sub\">per 1,000 words, 95% interval</span></th>"), "\(page)")
        // The note of "Who is quoted" names its interval too.
        #expect(page.contains("a source; anonymous: 25% (95% interval 0%–72%).</p>"), "\(page)")
        // A report from files gives every month an interval: no hollow dots, and no word of them.
        #expect(!page.contains("no-ci") && !page.contains("A hollow dot"))
    }
}
