import Foundation
import SlantAudit
import Testing

/// Configuration errors name the file, line and column of the offending key or value.
@Suite struct ConfigErrorTests {
    /// Each row: YAML text, the expected `file:line:col: ` prefix, and words the message must contain.
    static let cases: [(yaml: String, place: String, words: String)] = [
        ("article:\n  max-editorial: 0.3\n", "audit.yml:2:3", "unknown key 'max-editorial'"),
        ("article:\n  max-editorial-share: 1.5\n", "audit.yml:2:24", "must be between 0 and 1, not 1.5"),
        ("article:\n  max-loaded-density: high\n", "audit.yml:2:23", "'max-loaded-density' must be a number, not 'high'"),
        ("outlet:\n  mode: sometimes\n", "audit.yml:2:9", "'mode' must be point or interval"),
        ("paths:\n  - glob: \"opinion/**\"\n    exempt: [loaded-densty]\n", "audit.yml:3:13", "unknown rule 'loaded-densty'"),
        ("paths:\n  - exempt: true\n", "audit.yml:2:5", "a path rule needs a 'glob'"),
        ("version: 2\n", "audit.yml:1:10", "version 2 is not supported"),
        ("colour: blue\n", "audit.yml:1:1", "unknown key 'colour'"),
        ("article:\n  quotes-need-source: maybe\n", "audit.yml:2:23", "must be true or false"),
        ("article: [1, 2]\n", "audit.yml:1:10", "'article' must be a mapping"),
        ("article:\n  max-sentence-score: 3\n  max-sentence-score: 4\n", "audit.yml:", "duplicate key 'max-sentence-score'"),
        ("article:\n  max-sentence-score: [3\n", "audit.yml:", "invalid YAML"),
    ]

    @Test(arguments: 0..<cases.count) func reportsFileLineAndColumn(_ index: Int) {
        let (yaml, place, words) = Self.cases[index]
        do {
            _ = try AuditConfigLoader.parse(yaml, file: "audit.yml")
            Issue.record("no error for \(yaml.debugDescription)")
        } catch let error as AuditError {
            let message = error.localizedDescription
            #expect(message.hasPrefix(place), "\(message)")
            #expect(message.contains(words), "\(message)")
            #expect(error.line != nil, "\(message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unknownCategory() {
        #expect(throws: AuditError.self) {
            try AuditConfigLoader.parse("article:\n  disallowed-categories: [name-caling]\n", file: "a.yml", categories: ["name-calling"])
        }
        let config = try? AuditConfigLoader.parse("article:\n  disallowed-categories: name-calling\n", file: "a.yml", categories: ["name-calling"])
        #expect(config?.article.disallowedCategories == ["name-calling"])
    }

    @Test func fullConfiguration() throws {
        let yaml = """
            version: 1
            extensions: [txt, .md]
            lexicons: house.tsv
            article:
              max-editorial-share: 0.3
              max-loaded-density: 8
              max-sentence-score: 4.5
              disallowed-categories: [name-calling, derision]
              quotes-need-source: yes
            outlet:
              max-editorial-share: 0.25
              max-unsourced-quote-share: 0.5
              mode: interval
              min-articles: 5
              bootstrap-samples: 2000
              seed: 7
            paths:
              - glob: "opinion/**"
                exempt: true
              - glob: "wire/**"
                exempt: [unsourced-quote]
                article: {max-editorial-share: 0.1}
                lexicons: [wire.tsv]
            """
        let config = try AuditConfigLoader.parse(yaml, file: "ci/slant-audit.yml")
        #expect(config.extensions == ["txt", "md"])
        #expect(config.lexicons == ["ci/house.tsv"])
        #expect(config.article == ArticleLimits(maxEditorialShare: 0.3, maxLoadedDensity: 8, maxSentenceScore: 4.5,
                                                disallowedCategories: ["name-calling", "derision"], quotesNeedSource: true))
        #expect(config.outlet.mode == .interval && config.outlet.minArticles == 5 && config.outlet.seed == 7)
        #expect(config.outlet.bootstrapSamples == 2000 && config.outlet.maxUnsourcedQuoteShare == 0.5)
        #expect(config.paths.count == 2)

        let wire = config.resolve(candidates: ["wire/2025/a.txt"])
        #expect(wire.limits.maxEditorialShare == 0.1)
        #expect(wire.limits.maxLoadedDensity == 8)
        #expect(!wire.applies("unsourced-quote") && wire.applies("editorial-share"))
        #expect(wire.overlays == ["ci/wire.tsv"])
        let opinion = config.resolve(candidates: ["opinion/column.txt"])
        #expect(opinion.exemptsAll && !opinion.applies("editorial-share"))
        let news = config.resolve(candidates: ["news/a.txt"])
        #expect(news.exempt.isEmpty && news.limits == config.article)
    }

    @Test func emptyFileIsNoLimits() throws {
        let config = try AuditConfigLoader.parse("# nothing yet\n", file: "a.yml")
        #expect(config.article == ArticleLimits())
        #expect(config.outlet.isEmpty)
    }
}

@Suite struct GlobTests {
    static let table: [(glob: String, path: String, matches: Bool)] = [
        ("opinion/**", "opinion/column.txt", true),
        ("opinion/**", "opinion/2025/03/column.txt", true),
        ("opinion/**", "news/opinion.txt", false),
        ("opinion/**", "./opinion/a.txt", true),
        ("opinion/**", "articles/opinion/a.txt", true),
        ("opinion/**", "/srv/site/opinion/a.txt", true),
        ("/opinion/**", "opinion/a.txt", true),
        ("/opinion/**", "articles/opinion/a.txt", false),
        ("**/opinion/**", "articles/opinion/a.txt", true),
        ("**/opinion/**", "opinion/a.txt", true),
        ("*.md", "news/a.md", true),
        ("*.md", "news/a.txt", false),
        ("news/*.txt", "news/a.txt", true),
        ("news/*.txt", "news/deep/a.txt", false),
        ("news/??.txt", "news/ab.txt", true),
        ("news/??.txt", "news/abc.txt", false),
        ("wire/**/reuters-*.txt", "wire/2025/reuters-1.txt", true),
        ("wire/**/reuters-*.txt", "wire/reuters-1.txt", true),
        ("wire/**/reuters-*.txt", "wire/2025/ap-1.txt", false),
        ("café/**", "café/ñandú.txt", true),
    ]

    @Test(arguments: 0..<table.count) func glob(_ index: Int) {
        let row = Self.table[index]
        #expect(Glob.matches(row.glob, row.path) == row.matches, "\(row.glob) vs \(row.path)")
    }
}

/// Lines and columns from code point offsets, with UTF-16 columns for SARIF.
@Suite struct TextLocatorTests {
    @Test func multiByteColumns() {
        // "é" is one code point and one UTF-16 unit; "🎉" one code point and two UTF-16 units.
        let text = "Title\nCafé 🎉 opened. It ⏩was⏪ fine.\n"
        let locator = TextLocator(text.replacingOccurrences(of: "⏩", with: "").replacingOccurrences(of: "⏪", with: ""))
        // "It was fine." starts after "Café 🎉 opened. " (16 code points) on line 2.
        let start = 6 + 16
        let location = locator.location(start: start, end: start + 12)
        #expect(location.line == 2 && location.endLine == 2)
        #expect(location.column == 17 && location.endColumn == 29)
        #expect(location.utf16Column == 18 && location.utf16EndColumn == 30)
    }

    @Test func sentenceAcrossLines() {
        let locator = TextLocator("One two\nthree four.\nNext.")
        let location = locator.location(start: 0, end: 19)
        #expect(location.line == 1 && location.column == 1)
        #expect(location.endLine == 2 && location.endColumn == 12)
    }

    @Test func regionEndingAtLineBreakStaysOnItsLine() {
        let locator = TextLocator("Ab.\nCd.")
        let location = locator.location(start: 0, end: 4)  // includes the line break
        #expect(location.endLine == 1 && location.endColumn == 5)
    }

    @Test func byteOrderMarkIsNotAColumn() {
        let locator = TextLocator("\u{FEFF}Title\nBody.")
        let title = locator.location(start: 1, end: 6)
        #expect(title.column == 1 && title.endColumn == 6 && title.utf16Column == 1)
        #expect(locator.location(start: 7, end: 12).column == 1)
    }

    @Test func outOfRangeIsClamped() {
        let location = TextLocator("abc").location(start: 10, end: 20)
        #expect(location.start == 3 && location.end == 3 && location.line == 1)
    }
}

@Suite struct BaselineTests {
    func finding(_ file: String, _ rule: String, _ sentence: String, detail: String = "") -> Finding {
        Finding(rule: rule, file: file, outlet: nil, location: nil, sentence: sentence, value: 2, limit: 1,
                message: "m", detail: detail)
    }

    @Test func keysIgnoreLineAndWrapping() {
        let a = finding("a.txt", "sentence-score", "The  shameless\nplan.")
        let b = finding("a.txt", "sentence-score", "The shameless plan.")
        #expect(a.key == b.key)
        #expect(a.key != finding("b.txt", "sentence-score", "The shameless plan.").key)
        #expect(a.key != finding("a.txt", "disallowed-category", "The shameless plan.").key)
    }

    @Test func countsRepeatedFindings() {
        let same = finding("a.txt", "disallowed-category", "Cronies, cronies.", detail: "name-calling:cronies")
        let baseline = Baseline(findings: [same])
        #expect(baseline.newFindings([same, same]).count == 1)
        #expect(baseline.newFindings([same]).isEmpty)
    }

    @Test func roundTripsThroughAFile() throws {
        let findings = [finding("b.txt", "sentence-score", "Two."), finding("a.txt", "editorial-share", "One.")]
        let baseline = Baseline(findings: findings)
        let path = NSTemporaryDirectory() + "slant-baseline-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(baseline.encoded().utf8).write(to: URL(fileURLWithPath: path))
        let loaded = try Baseline.load(path: path)
        #expect(loaded == baseline)
        #expect(loaded.version == 1)
        #expect(loaded.findings.map(\.file) == ["a.txt", "b.txt"])
        #expect(loaded.newFindings(findings).isEmpty)
    }

    @Test func refusesOtherVersions() throws {
        let path = NSTemporaryDirectory() + "slant-baseline-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"version": 9, "tool": "slant audit", "findings": []}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: AuditError.self) { try Baseline.load(path: path) }
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: AuditError.self) { try Baseline.load(path: path) }
    }
}
