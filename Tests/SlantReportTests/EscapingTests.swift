import Foundation
import SlantCore
import SlantReport
import Testing

/// Hostile text in every field that reaches a page comes out inert: as text, in attributes and
/// in links.
@Suite struct EscapingTests {
    static let script = "<script>alert(\"x\")</script>"
    static let breakout = "\"><img src=x onerror=alert(1)>'"

    /// The fixture with hostile outlet names, titles, URLs, sources, speakers, terms and sentences.
    static func hostileAnalyses() throws -> [ArticleAnalysis] {
        var analyses = try fixtureAnalyses()
        // RuleStep has no public memberwise initialiser; decode one and fill it.
        var step = try JSONDecoder().decode(RuleStep.self, from: Data(#"{"rule":"","factor":1,"note":""}"#.utf8))
        step.rule = "rule\(breakout)"
        step.note = script
        for i in analyses.indices {
            analyses[i].article.title = "Title \(script) \(breakout) & more"
            analyses[i].article.url = i % 2 == 0 ? "javascript:alert(1)" : " JavaScript:alert(2)"
            analyses[i].article.author = breakout
            if i == 0 { analyses[i].article.outlet = "javascript:alert('outlet')" }
            if i == analyses.count - 1 { analyses[i].article.outlet = "\(script)\(breakout)" }
            for j in analyses[i].sentences.indices {
                var s = analyses[i].sentences[j]
                if j == 1 {
                    // Same length is not needed: hits of a rewritten sentence are dropped.
                    s.text = "Sentence \(script) \(breakout) <a href=\"javascript:alert(3)\">x</a>"
                    s.loaded = []
                }
                if s.source != nil { s.source?.text = "Source \(script)\(breakout)" }
                for k in s.loaded.indices {
                    s.loaded[k].term = "term \(breakout)"
                    s.loaded[k].category = "cat\(breakout)"
                    s.loaded[k].target = "Target \(script)"
                    s.loaded[k].steps.append(step)
                }
                analyses[i].sentences[j] = s
            }
            for q in analyses[i].quotes.indices { analyses[i].quotes[q].speaker = "Speaker \(breakout)" }
        }
        return analyses
    }

    static func writeHostileSite() throws -> URL {
        let site = ReportSite.build(from: try hostileAnalyses(), options: ReportOptions(generated: "\(script)", minArticles: 1))
        let out = try temporaryFolder("escaping")
        try ReportWriter.write(site: site, to: out, templates: try markupTemplates())
        return out
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let out = try Self.writeHostileSite()
        defer { try? FileManager.default.removeItem(at: out) }
        let pages = files(under: out)
        #expect(pages.count >= 9)
        for page in pages {
            let html = read(out.appendingPathComponent(page))
            #expect(!html.contains("<script>alert"), "\(page): a raw script tag")
            #expect(!html.contains("<img"), "\(page): an injected element")
            #expect(!html.contains("<a href=\"javascript"), "\(page): an injected link")
            #expect(html.contains("&lt;script&gt;alert"), "\(page): the hostile text is not shown escaped")
            // Only the index carries the one sorting script of the template.
            let scripts = html.components(separatedBy: "<script").count - 1
            #expect(scripts == (page == "index.html" ? 1 : 0), "\(page): \(scripts) script elements")
        }
    }

    @Test func noLinkCarriesAScriptURL() throws {
        let out = try Self.writeHostileSite()
        defer { try? FileManager.default.removeItem(at: out) }
        for page in files(under: out) {
            let html = read(out.appendingPathComponent(page))
            for attribute in ["href", "src", "xlink:href", "action"] {
                for value in attributeValues(attribute, in: html) {
                    let url = unescape(value).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                    #expect(!url.hasPrefix("javascript:") && !url.hasPrefix("data:") && !url.hasPrefix("vbscript:"),
                            "\(page): \(attribute)=\(value)")
                }
            }
        }
    }

    @Test func attributesKeepHostileTextWhole() throws {
        // A tooltip holding quotes must survive as one attribute value (escaped, not cut short).
        let analyses = try Self.hostileAnalyses()
        let page = try #require(ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime))
            .articles.first { $0.analysis.sentences.contains { !$0.loaded.isEmpty } })
        let html = ReportWriter(templates: try markupTemplates()).renderArticle(page)
        let titles = attributeValues("title", in: html).map(unescape)
        #expect(titles.contains { $0.contains("term \(Self.breakout)") && $0.contains("Target \(Self.script)") })
        #expect(titles.contains { $0.contains("rule\(Self.breakout)") })
    }
}
