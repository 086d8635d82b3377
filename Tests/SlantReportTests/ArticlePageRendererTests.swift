import Foundation
import SlantCore
@testable import SlantReport
import SlantResources
import Testing

/// `ArticlePageRenderer` writes article pages without the templates; it must give the bytes
/// of the built-in templates for every article, so an edit of `article.mustache` (or of the
/// `head`, `legend` and `foot` partials) that is not mirrored in the renderer fails here.
@Suite struct ArticlePageRendererTests {
    /// Every fixture article, standalone or not, with and without an outlet link, and with its
    /// title, URL, author, quotes and loaded terms left out.
    static func pages(_ analyses: [ArticleAnalysis]) -> [ArticlePage] {
        let site = ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime, minArticles: 1))
        var pages = site.articles
        for page in site.articles {
            var bare = page
            bare.outletSlug = nil
            bare.analysis.article.title = nil
            bare.analysis.article.url = nil
            bare.analysis.article.outlet = nil
            bare.analysis.article.provenance = [:]
            bare.analysis.quotes = []
            bare.analysis.lexicons = []
            for i in bare.analysis.sentences.indices { bare.analysis.sentences[i].loaded = [] }
            pages.append(bare)
            var unnamed = page
            unnamed.outletName = nil
            pages.append(unnamed)
            // With sentences left out as page furniture, listed under the text.
            var furnished = page
            furnished.analysis.furniture = [FurnitureLine(start: 0, end: 13, text: "Advertisement", kind: "advertisement", pattern: "advertisement", line: 12),
                                            FurnitureLine(start: 20, end: 30, text: "READ MORE:", kind: "teaser", pattern: "read more", line: 56)]
            pages.append(furnished)
            // Wire copy, marked as left out of its outlet's figures (with markup to escape).
            var wire = page
            wire.syndicated = "wire copy (AP, by its byline) <b>&"
            pages.append(wire)
            // Not in English, with markup in what it looks like to escape.
            var foreign = page
            foreign.analysis.language = LanguageCheck(verdict: .notEnglish, english_share: 0.031, looks_like: "German <b>&")
            pages.append(foreign)
        }
        return pages
    }

    static func expectSameBytes(_ pages: [ArticlePage], _ templates: ReportTemplates) {
        for page in pages {
            for standalone in [false, true] {
                let direct = ArticlePageRenderer.render(page, standalone: standalone, css: templates.articleCSS)
                let templated = templates.templateArticleBytes(page, standalone: standalone)
                // Compared apart from #expect, which would print both pages whole.
                let same = direct == templated
                #expect(same, "\(page.slug) standalone \(standalone): \(same ? "" : firstDifference(direct, templated))")
            }
        }
    }

    /// Where two pages part, with a little of each around it.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ x: [UInt8]) -> String { String(decoding: x[max(0, i - 40)..<min(x.count, i + 40)], as: UTF8.self).debugDescription }
        return "byte \(i): \(around(a)) vs \(around(b))"
    }

    @Test func fixtureArticlesMatchTheTemplates() throws {
        let pages = Self.pages(try fixtureAnalyses())
        #expect(pages.contains { !$0.analysis.quotes.isEmpty } && pages.contains { $0.analysis.sentences.contains { !$0.loaded.isEmpty } })
        Self.expectSameBytes(pages, try ReportTemplates.builtIn())
        Self.expectSameBytes(pages, try markupTemplates())
    }

    @Test func hostileArticlesMatchTheTemplates() throws {
        var analyses = try EscapingTests.hostileAnalyses()
        for i in analyses.indices {
            analyses[i].slant_version = EscapingTests.script
            analyses[i].article.sha256 = EscapingTests.breakout
            analyses[i].article.provenance["title"] = EscapingTests.script
            if i == 1 { analyses[i].article.url = "https://example.org/?q=\(EscapingTests.breakout)" }
            for q in analyses[i].quotes.indices { analyses[i].quotes[q].text = "\(EscapingTests.script) & \(EscapingTests.breakout)" }
            analyses[i].furniture = [FurnitureLine(start: 0, end: 5, text: "\(EscapingTests.script) & \(EscapingTests.breakout)", kind: EscapingTests.script,
                                                   pattern: EscapingTests.breakout, line: 1)]
        }
        let pages = Self.pages(analyses)
        let templates = try ReportTemplates.builtIn()
        Self.expectSameBytes(pages, templates)
        for page in pages {
            let html = String(decoding: ArticlePageRenderer.render(page, standalone: false, css: templates.articleCSS), as: UTF8.self)
            #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("href=\"javascript"), "\(page.slug)")
        }
    }

    @Test func usedOnlyWithTheBuiltInArticleTemplates() throws {
        #expect(try ReportTemplates.builtIn().directArticles)
        #expect(try markupTemplates().directArticles, "a restyled report.css alone keeps the direct renderer")
        for name in ArticlePageRenderer.templates {
            var files = EmbeddedResources.folder("Reports")
            files[name + ".mustache"] = Data((String(decoding: files[name + ".mustache"] ?? Data(), as: UTF8.self) + "<!-- restyled -->\n").utf8)
            let templates = try ReportTemplates(files: files)
            #expect(!templates.directArticles, "\(name).mustache restyled")
            let page = try #require(ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime)).articles.first)
            #expect(ReportWriter(templates: templates).renderArticle(page).contains("<!-- restyled -->"), "\(name).mustache restyled")
        }
    }
}
