import Foundation
import SlantCore
import SlantResources
@testable import SlantReport
import Testing

/// Article pages inline only the CSS rules that can match them; nothing they show may lose
/// its style.
@Suite struct CSSPrunerTests {
    @Test func dropsOnlyRulesNoPageClassCanMatch() {
        let css = ":root{--a:1}a{color:red}.keep{x:1}.gone{x:2}.gone,.keep b{x:3}.keep.gone{x:4}"
            + "td .gone + .keep{x:5}.t-fact{x:6}@media print{.gone{x:7}}@media print{.keep{x:8}.gone{x:9}}"
            + "b[data-x=\".gone\"]{x:10}:not(.gone){x:11}@font-face{font-family:f}"
        let classes = CSSPruner.Classes(names: ["keep"], prefixes: ["t-"])
        #expect(CSSPruner.prune(css, keeping: classes)
            == ":root{--a:1}a{color:red}.keep{x:1}.gone,.keep b{x:3}.t-fact{x:6}@media print{.keep{x:8}}"
            + "b[data-x=\".gone\"]{x:10}:not(.gone){x:11}@font-face{font-family:f}")
    }

    @Test func malformedStyleSheetsDoNotHang() {
        let classes = CSSPruner.Classes(names: [], prefixes: [])
        for css in ["}", "a{", "@media x{.a{b:c}", ".a{b:\"}\"}", "@import \"x\";.a{}", "{}}{", "\"unclosed", "a\"\\", "a{b:'\\"] {
            _ = CSSPruner.prune(css, keeping: classes)
        }
        // Every short string over the characters the pruner treats specially.
        let alphabet = Array("{}\"'\\;@.a:(,[] ")
        var state: UInt64 = 1
        for _ in 0..<5000 {
            var css = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for k in 0..<Int(state >> 60) {
                css.append(alphabet[Int((state >> UInt64(4 * k % 56)) % UInt64(alphabet.count))])
            }
            _ = CSSPruner.prune(css, keeping: CSSPruner.Classes(names: ["a"], prefixes: []))
        }
    }

    @Test func templateClassesComeFromAttributesAndPartials() throws {
        let texts = ["page": "<p class=\"a b\">{{> part}}</p>", "part": "<i class='c t-{{key}}'></i>"]
        let classes = try #require(CSSPruner.classes(template: "page", texts: texts, markup: ["m"]))
        #expect(classes.names == ["a", "b", "c", "m"])
        #expect(classes.prefixes == ["t-"])
        // Classes from data or from a script could be anything: keep the whole style sheet.
        #expect(CSSPruner.classes(template: "page", texts: ["page": "<p class=\"{{name}}\">"], markup: []) == nil)
        #expect(CSSPruner.classes(template: "page", texts: ["page": "<script>x.classList.add('y')</script>"], markup: []) == nil)
    }

    /// Every class on a rendered article page (all labels, loaded terms in and out of quotes,
    /// scare quotes, speakers, sources) is one the pruned style sheet was built for, and the
    /// rules of the article's own markup survive.
    @Test func articlePagesKeepTheRulesOfEveryClassTheyUse() throws {
        let templates = try ReportTemplates.builtIn()
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let writer = ReportWriter(templates: templates)
        var used: Set<String> = []
        for article in site.articles {
            for standalone in [false, true] {
                for value in attributeValues("class", in: writer.renderArticle(article, standalone: standalone)) {
                    used.formUnion(value.split(separator: " ").map(String.init))
                }
            }
        }
        #expect(used.isSuperset(of: ["s", "l-fact", "l-attr", "l-edit", "hit", "q", "quoted", "speaker", "src", "tag"]))
        var texts: [String: String] = [:]
        for (file, data) in EmbeddedResources.folder("Reports") where file.hasSuffix(".mustache") {
            texts[String(file.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
        }
        let classes = try #require(CSSPruner.classes(template: "article", texts: texts, markup: PageContext.articleMarkupClasses))
        for name in used.sorted() { #expect(classes.contains(name), "class '\(name)' on an article page") }
        let css = templates.articleCSS
        for rule in [".s.l-fact{", "mark.hit{", "mark.hit:hover::after,mark.hit:focus::after{content:attr(title)", ".quoted{", ".speaker{", ".src,.why{", ".legend{", "@media (prefers-color-scheme:dark)"] {
            #expect(css.contains(rule), "\(rule)")
        }
        #expect(!css.contains(".chart"))
        #expect(css.utf8.count < templates.css.utf8.count * 2 / 3)
    }
}

/// Article pages are rendered on all cores and written by one thread: a page that cannot be
/// written still stops the report with an error naming it.
@Suite struct PageWriterTests {
    @Test func anUnwritablePageIsReportedByName() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let out = try temporaryFolder("unwritable")
        let slug = try #require(site.articles.last?.slug)
        let blocked = out.appendingPathComponent("articles/\(slug).html")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
        #expect(throws: ReportError.cannotWrite(path: blocked.path, problem: "Is a directory")) {
            try ReportWriter(templates: try markupTemplates()).write(site: site, to: out)
        }
        try? FileManager.default.removeItem(at: out)
    }
}

/// What a reader saw wrong on the rendered article page (headless Chromium screenshots).
@Suite struct ArticlePageStyleTests {
    /// A quotation's text keeps its own marks; the <q> element's marks doubled them (““…””).
    /// A pasted URL or other long token ran off the page.
    @Test func articleStyleSheetHasTheFixes() throws {
        let css = try ReportTemplates.builtIn().articleCSS
        #expect(css.contains(".quotes q::before,.quotes q::after{content:none}"))
        #expect(css.contains("border-radius:.2rem;overflow-wrap:anywhere}"))
    }
}
