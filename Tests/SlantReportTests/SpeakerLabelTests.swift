import Foundation
import SlantCore
import SlantReport
import Testing

/// The speaker Slant found for a quotation was written inline as "NAME:" before it, which read
/// as part of the article's text ("said THE COUNCIL: ..."). It is a label apart: a chip with a
/// title saying what it is, and no colon joining it to the sentence.
@Suite struct SpeakerLabelTests {
    func page(_ analyses: [ArticleAnalysis]) throws -> String {
        let site = ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime))
        let page = try #require(site.articles.first { $0.analysis.quotes.contains { !$0.scare && $0.speaker != nil } })
        return ReportWriter(templates: try markupTemplates()).renderArticle(page)
    }

    @Test func speakerIsAChipWithATitleNotInlineText() throws {
        let html = try page(try fixtureAnalyses())
        #expect(html.contains("<span class=\"speaker\" dir=\"auto\" aria-hidden=\"true\" title=\"Speaker of the quotation that follows, found by Slant (not the article&#39;s text): Mayor Ana Ruiz\">Mayor Ana Ruiz</span> <span class=\"quoted\">"),
                "\(html)")
        #expect(!html.contains("Mayor Ana Ruiz:</span>"))
    }

    @Test func hostileSpeakerStaysInsideItsTitle() throws {
        let html = try page(try EscapingTests.hostileAnalyses())
        let titles = attributeValues("title", in: html).map(unescape)
        #expect(titles.contains { $0.hasSuffix(": Speaker \(EscapingTests.breakout)") }, "\(titles)")
        #expect(!html.contains("<img"))
    }

    @Test func styleSheetSetsTheChipApart() throws {
        // The sheet is compacted when loaded: look for the declarations without spaces.
        let css = try ReportTemplates.builtIn().articleCSS.replacingOccurrences(of: " ", with: "")
        let start = try #require(css.range(of: ".speaker{"))
        let rule = String(css[start.lowerBound...].prefix { $0 != "}" })
        #expect(rule.contains("border:") && rule.contains("border-radius:") && rule.contains("user-select:none"), "\(rule)")
    }
}
