import Foundation
import SlantCore
import SlantReport
import Testing

@Suite struct LinkTests {
    /// Every internal link of the written site points at a file that exists, and every
    /// `#anchor` at an element with that id.
    @Test func everyInternalLinkResolves() throws {
        let site = ReportSite.build(from: try EscapingTests.hostileAnalyses() + fixtureAnalyses(),
                                    options: ReportOptions(generated: fixedTime))
        let out = try temporaryFolder("links")
        defer { try? FileManager.default.removeItem(at: out) }
        var writer = ReportWriter(templates: try markupTemplates())
        writer.pageSize = 2
        try writer.write(site: site, to: out)
        var checked = 0
        for page in files(under: out) {
            let file = out.appendingPathComponent(page)
            let html = read(file)
            for value in attributeValues("href", in: html).map(unescape) {
                let lower = value.lowercased()
                if lower.hasPrefix("http://") || lower.hasPrefix("https://") { continue }
                let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? file : file.deletingLastPathComponent().appendingPathComponent(parts[0]).standardizedFileURL
                #expect(target.path.hasPrefix(out.standardizedFileURL.path), "\(page): \(value) leaves the report")
                #expect(FileManager.default.fileExists(atPath: target.path), "\(page): \(value) is missing")
                if parts.count == 2 {
                    #expect(read(target).contains("id=\"\(parts[1])\""), "\(page): anchor \(value) is missing")
                }
                checked += 1
            }
        }
        #expect(checked > 50)
        // Pagination made more than one page for the bigger outlet.
        #expect(files(under: out).contains { $0.hasPrefix("outlets/") && $0.hasSuffix("_2.html") })
    }
}

@Suite struct SlugTests {
    @Test(arguments: ["../../etc/passwd", "", ".", "..", "index", "A.B", "a-b", "a b", "新华社", "Новости",
                      "CON", String(repeating: "long name ", count: 30), "<script>", "a/b\\c", "%2e%2e%2f"])
    func slugsAreSafe(_ name: String) {
        var slugger = Slugger()
        let slug = slugger.slug(for: name, fallback: "outlet")
        #expect(!slug.isEmpty && slug.count <= 70)
        #expect(slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        #expect(slug != "index" && !slug.hasPrefix("-") && !slug.hasSuffix("-"))
    }

    @Test func collidingNamesGetDistinctSlugs() {
        var slugger = Slugger()
        let names = ["A.B", "a-b", "a b", "A_B", "新华社", "新闻", "", "index", "index"]
        let slugs = names.map { slugger.slug(for: $0, fallback: "outlet") }
        // "index" twice is one name: the same slug; every other name gets its own.
        #expect(Set(slugs).count == names.count - 1)
        #expect(slugs[0] == "a-b" && slugs[1] == "a-b-2" && slugs[2] == "a-b-3")
        #expect(slugs[7] == slugs[8])
        #expect(slugs[4] != slugs[5])
    }

    /// `clean` as a table: non-ASCII characters (and every byte of them) count as separators.
    @Test(arguments: [
        ("Ünïcode Straße 2024", "n-code-stra-e-2024"), ("Café—Bar", "caf-bar"), ("e\u{301}x", "e-x"),
        ("  --Hello, World!--  ", "hello-world"), ("新华社", ""), ("ABC-def_09", "abc-def-09"),
        (String(repeating: "a", count: 70), String(repeating: "a", count: 60)),
        (String(repeating: "a", count: 59) + " b", String(repeating: "a", count: 59)),
    ])
    func cleanKeepsLettersAndDigits(_ text: String, _ expected: String) {
        #expect(Slugger.clean(text) == expected)
    }

    @Test func pageSuffixNeverCollidesWithASlug() {
        // Further pages are "<slug>_N.html"; slugs never contain "_", so an outlet named
        // "x_2" cannot take the name of x's second page.
        var slugger = Slugger()
        #expect(!slugger.slug(for: "x_2").contains("_"))
    }
}

@Suite struct TemplateTests {
    @Test func missingTemplateIsANamedError() throws {
        var files = SlantReportTestsResources.reports
        files["outlet.mustache"] = nil
        #expect(throws: ReportError.missingTemplate(name: "outlet.mustache", searched: "the given files")) {
            try ReportTemplates(files: files)
        }
        files = SlantReportTestsResources.reports
        files["report.css"] = nil
        #expect(throws: ReportError.missingTemplate(name: "report.css", searched: "the given files")) {
            try ReportTemplates(files: files)
        }
    }

    /// Templates that would recurse without end (a partial including itself, directly or
    /// through another; sections nested thousands deep) are refused by name, not rendered
    /// until the stack runs out.
    @Test func recursiveTemplatesAreNamedErrors() throws {
        var files = SlantReportTestsResources.reports
        files["index.mustache"] = Data("{{> index}}".utf8)
        #expect(throws: ReportError.badTemplate(name: "index", problem: "includes itself ('index' -> 'index')")) {
            try ReportTemplates(files: files)
        }
        files = SlantReportTestsResources.reports
        files["head.mustache"] = Data("<head>{{> foot}}".utf8)
        files["foot.mustache"] = Data("</p>{{> head}}".utf8)
        #expect(throws: ReportError.badTemplate(name: "head", problem: "includes itself ('head' -> 'foot' -> 'head')")) {
            try ReportTemplates(files: files)
        }
        files = SlantReportTestsResources.reports
        files["outlet.mustache"] = Data((String(repeating: "{{#outlets}}", count: 5_000) + String(repeating: "{{/outlets}}", count: 5_000)).utf8)
        #expect(throws: ReportError.badTemplate(name: "outlet", problem: "sections nested 5000 deep (at most 64)")) {
            try ReportTemplates(files: files)
        }
    }

    @Test func templatesFolderReplacesFilesOfTheSameName() throws {
        let folder = try temporaryFolder("templates")
        defer { try? FileManager.default.removeItem(at: folder) }
        let css = "/* house style */\nbody {\n  color: rebeccapurple;\n}\nb::after { content: \"  two  spaces \"; }\ntd :hover { color: red; }\n"
        try Data(css.utf8).write(to: folder.appendingPathComponent("report.css"))
        let templates = try ReportTemplates.load(directory: folder.path)
        // Inlined compacted: no comments, runs of spaces, spaces after colons or final
        // semicolons; quoted strings and the space before a pseudo-class untouched.
        #expect(templates.css == "body{color:rebeccapurple}b::after{content:\"  two  spaces \"}td :hover{color:red}")
        #expect(throws: ReportError.self) { try ReportTemplates.load(directory: folder.appendingPathComponent("absent").path) }
    }
}

@Suite struct IntervalTests {
    @Test func wilsonMatchesPublishedValues() {
        // 5 of 10: 0.2366 to 0.7634 (Wilson 1927; Newcombe 1998, table I).
        let i = ReportStats.wilson(5, 10)
        #expect(abs(i.low - 0.2366) < 0.0005 && abs(i.high - 0.7634) < 0.0005)
        let zero = ReportStats.wilson(0, 10)
        #expect(zero.low == 0 && abs(zero.high - 0.2775) < 0.0005)
    }

    @Test func poissonForZeroAndSmallCounts() {
        // Exact 95% upper limit for 0 events is 3.69; Byar's approximation gives 3.7.
        let zero = ReportStats.poisson(count: 0, exposure: 1)
        #expect(zero.low == 0 && abs(zero.high - 3.69) < 0.05)
        // 10 events: exact 4.80 to 18.39.
        let ten = ReportStats.poisson(count: 10, exposure: 1)
        #expect(abs(ten.low - 4.80) < 0.05 && abs(ten.high - 18.39) < 0.1)
    }

    @Test func clusterIntervalWidensWithDisagreeingArticles() {
        let alike = ReportStats.clusterRatio([(10, 100), (10, 100), (10, 100)])
        let apart = ReportStats.clusterRatio([(0, 100), (10, 100), (20, 100)])
        #expect(alike.value == apart.value)
        #expect(alike.high - alike.low < 1e-12)
        #expect(apart.high - apart.low > 0.1)
    }

    /// The headline-body gap is a difference of two densities per 1,000 words, the measure of
    /// `slant outlets` (`headline_body_gap`), not a difference of mean sentence scores.
    @Test func headlineGapIsADifferenceOfDensities() throws {
        // Headlines: 1 term in 10 words (100 per 1,000); bodies: 2 in 200 (10 per 1,000).
        let headline: [(y: Double, x: Double)] = [(1, 5), (0, 5)], body: [(y: Double, x: Double)] = [(2, 100), (0, 100)]
        let gap = try #require(ReportStats.densityGapPer1k(headline: headline, body: body))
        #expect(abs(gap.value - 90) < 1e-9)
        #expect(gap.low < 90 && gap.high > 90)
        // The count-based part alone, for one article, still gives an interval.
        let one = try #require(ReportStats.densityGapPer1k(headline: [(1, 10)], body: [(2, 200)]))
        #expect(abs(one.value - 90) < 1e-9 && one.low < 90 && one.high > 90)
        // Articles that disagree widen it.
        let apart = try #require(ReportStats.densityGapPer1k(headline: [(2, 5), (0, 5)], body: [(0, 100), (2, 100)]))
        let alike = try #require(ReportStats.densityGapPer1k(headline: [(1, 5), (1, 5)], body: [(1, 100), (1, 100)]))
        #expect(apart.value == alike.value && apart.high - apart.low > alike.high - alike.low)
        // No headline words: no gap.
        #expect(ReportStats.densityGapPer1k(headline: [(0, 0)], body: [(2, 100)]) == nil)
    }
}
