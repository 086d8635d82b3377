import SlantCore
@testable import SlantReport
import Testing

/// The report counts the sentences that mention an entity with the store's `EntityFinder`, so
/// `slant report FILES...` and `slant report --db` agree on what a mention is.
@Suite struct EntityMentionTests {
    func page(_ sentences: [String]) -> ArticlePage {
        let analyses = sentences.map {
            SentenceAnalysis(start: 0, end: $0.unicodeScalars.count, text: $0, headline: false, label: .factual, confidence: 0.7,
                             cues: [], source: nil, loaded: [], words: 1, quoted_words: 0, loaded_score: 0)
        }
        let analysis = ArticleAnalysis(article: ArticleInfo(metadata: ArticleMetadata(), sha256: "0"), sentences: analyses, quotes: [],
                                       summary: Analyzer.summarize(analyses), lexicons: [], slant_version: "test")
        return ArticlePage(slug: "a", outletSlug: nil, outletName: nil, analysis: analysis)
    }

    @Test func countsSentencesByTheGazetteersAliasesOnly() throws {
        let finder = try EntityFinder(entitiesTSV: "#! name: entities\n#! version: 1\nUS\tUnited States\tcountry\nU.S.\tUnited States\tcountry\nAmman\tJordan\tcountry\n")
        let counts = ReportSite.countMentions(of: ["United States", "Jordan"], in: [page([
            "The US and the U.S. Army agreed.",   // one sentence, counted once
            "USB sticks were sold.",             // not a whole word
            "Michael Jordan spoke.",             // "Jordan" is not an alias: ambiguous
            "Talks were held in Amman.",
        ])], finder: finder)
        #expect(counts["United States"] == 1)
        #expect(counts["Jordan"] == 1)
    }
}
