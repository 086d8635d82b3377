import Foundation
import SlantCore
@testable import SlantReport
import Testing

/// The compiled renderer must give swift-mustache's bytes, page for page and on the
/// whitespace rules (standalone tags, indented partials) a restyled template may use.
@Suite struct CompiledTemplateTests {
    @Test func fixturePagesMatchSwiftMustache() throws {
        let templates = try ReportTemplates.builtIn()
        #expect(templates.compiled != nil, "the built-in templates should compile")
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let index = PageContext.index(site.index, css: templates.css)
        #expect(templates.render(index, page: "index") == templates.renderWithLibrary(index, page: "index"))
        for outlet in site.outlets {
            for n in 1...2 {
                let c = PageContext.outlet(outlet, number: n, pages: 2, pageSize: 3, index: site.index, css: templates.css)
                #expect(templates.render(c, page: "outlet") == templates.renderWithLibrary(c, page: "outlet"), "\(outlet.row.slug) page \(n)")
            }
        }
        for article in site.articles {
            for standalone in [false, true] {
                let c = PageContext.article(article, standalone: standalone, css: templates.css)
                #expect(templates.render(c, page: "article") == templates.renderWithLibrary(c, page: "article"), "\(article.slug)")
            }
        }
    }

    @Test func whitespaceRulesMatchSwiftMustache() throws {
        let cases = [
            "a\n  {{#list}}\n  - {{name}}\n  {{/list}}\nb\n",
            "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}} {{^empty}}none{{/empty}}\n",
            "x\n  {{> part}}\ny {{> part}} z\n",
            "  {{! a comment }}\n{{{raw}}} {{&raw}} {{raw}}\r\n{{#name}}[{{.}}]{{/name}}\n",
            "  {{#list}}{{name}}, {{/list}}  \n{{ missing }}|{{#missing}}x{{/missing}}|\n\t{{/list}}",
            "{ {{name}} }{{#nested}}{{inner.deep}}{{.inner.deep}}{{/nested}}\n  ",
        ]
        let context: [String: Any] = [
            "list": [["name": "<one>"], ["name": "t'w\"o&"]], "flag": true, "empty": [[String: Any]](),
            "raw": "<b>", "name": "n", "nested": ["inner": ["deep": "d"]],
        ]
        for (i, text) in cases.enumerated() {
            var files = SlantReportTestsResources.reports
            files["index.mustache"] = Data(text.utf8)
            files["part.mustache"] = Data("p1 {{name}}\np2\n".utf8)
            guard let templates = try? ReportTemplates(files: files) else {
                // A template swift-mustache refuses is no test of the renderer.
                continue
            }
            if templates.compiled == nil { Issue.record("case \(i) did not compile"); continue }
            #expect(templates.render(context, page: "index") == templates.renderWithLibrary(context, page: "index"), "case \(i): \(text.debugDescription)")
        }
    }

    @Test func unsupportedConstructsFallBackToSwiftMustache() throws {
        var files = SlantReportTestsResources.reports
        files["index.mustache"] = Data("{{=<% %>=}}<% name %>".utf8)
        let templates = try ReportTemplates(files: files)
        #expect(templates.compiled == nil)
        #expect(templates.render(["name": "<x>"], page: "index") == "&lt;x&gt;")
    }
}
