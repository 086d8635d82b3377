import Foundation
import SlantAudit
import SlantCore
import SlantIO
import Testing

/// The outlet bootstrap is deterministic for a seed, and its interval brackets the estimate.
@Suite struct OutletAggregatesTests {
    static let analyzer: Analyzer = {
        do { return try Analyzer(lexicons: LexiconLoader.load()) } catch { fatalError("lexicons: \(error)") }
    }()

    static func counts(_ texts: [String]) -> [OutletAggregates.Counts] {
        texts.map { OutletAggregates.Counts(analyzer.analyze(ScraperTextReader.article(from: $0))) }
    }

    static let articles = counts([
        "The council met on Tuesday. It approved the budget.",
        "This is surely the worst plan in years. The council approved it.",
        "The mayor said the plan was fair. Residents will probably hate it.",
        "The port opened in 1901. It employs 400 people.",
        "Obviously the deal is a disaster. It should be scrapped.",
    ])

    @Test func sameSeedSameInterval() {
        let a = OutletAggregates.figure(.editorialShare, articles: Self.articles, outlet: "x.com", samples: 500, seed: 1)
        let b = OutletAggregates.figure(.editorialShare, articles: Self.articles, outlet: "x.com", samples: 500, seed: 1)
        #expect(a != nil && a == b)
    }

    @Test func intervalBracketsTheEstimate() throws {
        let figure = try #require(OutletAggregates.figure(.editorialShare, articles: Self.articles, outlet: "x.com", samples: 1000, seed: 3))
        let pooled = Double(Self.articles.reduce(0) { $0 + $1.editorial }) / Double(Self.articles.reduce(0) { $0 + $1.sentences })
        #expect(abs(figure.value - pooled) < 1e-12)
        #expect(figure.low <= figure.value && figure.value <= figure.high)
        #expect(figure.low < figure.high, "five different articles must give a non-degenerate interval")
    }

    @Test func oneArticleHasNoSpread() throws {
        let figure = try #require(OutletAggregates.figure(.editorialShare, articles: [Self.articles[1]], outlet: "x.com", samples: 200, seed: 3))
        #expect(figure.low == figure.value && figure.high == figure.value)
    }

    @Test func undefinedWithoutQuotes() {
        let none = Self.counts(["The port opened in 1901."])
        #expect(OutletAggregates.figure(.unsourcedQuoteShare, articles: none, outlet: "x.com", samples: 200, seed: 1) == nil)
    }
}
