import SlantCore
import SlantIO
import Testing

/// The spine's acceptance checks on the bundled sample article (issue 2).
@Suite struct SampleArticleTests {
    let analysis: ArticleAnalysis = {
        let article = ScraperTextReader.article(from: fixture(sampleArticle))
        return sharedAnalyzer.analyze(article)
    }()

    func sentence(containing text: String) -> SentenceAnalysis? {
        analysis.sentences.first { $0.text.contains(text) }
    }

    @Test func metadataFromTheHeader() {
        #expect(analysis.article.date == "2024-07-25")
        #expect(analysis.article.url?.hasPrefix("https://sputnikglobe.com/20240725/asean-flexes") == true)
        #expect(analysis.article.outlet == "sputnikglobe.com")
        #expect(analysis.article.provenance["date"] == "header")
        #expect(analysis.article.provenance["outlet"] == "url")
        #expect(analysis.article.provenance["title"] == "title-line")
    }

    @Test func repeatedTitleAppearsOnceAsHeadline() {
        let headlines = analysis.sentences.filter(\.headline)
        #expect(headlines.count == 1)
        #expect(headlines.first?.text == "ASEAN Flexes Diplomatic Muscles on World Stage as Lavrov, Wang, Blinken Descend on Key Summit")
        #expect(analysis.sentences.filter { $0.text.hasPrefix("ASEAN Flexes") }.count == 1)
    }

    @Test func bodyHasSixteenSentences() {
        #expect(analysis.sentences.filter { !$0.headline }.count == 16)
    }

    @Test(arguments: [
        ("nations.", "ASEAN’s economic"), ("1967.", "Russia became"), ("just.”", "Economic cooperation"),
        ("colonialism.", "China has taken"), ("Initiative.", "ASEAN’s role"), ("2011.", "ASEAN and China"),
        ("pacts.", "Over the course"), ("region.", "Lavrov will"), ("NATO.\"", "The US Army"), ("year.", "Indonesian Ambassador"),
    ])
    func splitsAtEveryGluedJoin(end: String, start: String) {
        #expect(analysis.sentences.contains { $0.text.hasSuffix(end) }, "no sentence ends with \(end)")
        #expect(analysis.sentences.contains { $0.text.hasPrefix(start) }, "no sentence starts with \(start)")
    }

    @Test(arguments: ["vis-a-vis", "July 24-27", "Asia-Pacific"])
    func doesNotSplitInside(_ text: String) {
        #expect(analysis.sentences.contains { $0.text.contains(text) })
    }

    @Test func rangesPointIntoTheInput() {
        let scalars = Array(fixture(sampleArticle).unicodeScalars)
        for s in analysis.sentences {
            #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
        }
    }

    @Test func ambassadorSentenceIsAttributedWithItsSource() throws {
        let s = try #require(sentence(containing: "Jose Tavares told Sputnik"))
        #expect(s.label == .attributed)
        let source = try #require(s.source)
        #expect(source.text == "Indonesian Ambassador to Russia Jose Tavares")
        let scalars = Array(fixture(sampleArticle).unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[source.start..<source.end])) == source.text)
    }

    @Test func armyAnnouncementIsAttributed() throws {
        #expect(try #require(sentence(containing: "Pacific command announced")).label == .attributed)
    }

    @Test func editorialSentences() throws {
        #expect(try #require(sentence(containing: "Bloc members undoubtedly appreciate")).label == .editorial)
        #expect(try #require(sentence(containing: "negotiations have slowed to a crawl")).label == .editorial)
    }

    @Test func factualSentence() throws {
        let s = try #require(sentence(containing: "Economic cooperation ranges from energy"))
        #expect(s.label == .factual)
        #expect(s.text == "Economic cooperation ranges from energy, finance and agriculture to science, tech, and tourism.")
    }

    @Test func loadedTermsWithCategoriesAndWeights() {
        let hits = analysis.sentences.flatMap(\.loaded)
        let imperialism = hits.first { $0.term == "imperialism" }
        let sabotage = hits.first { $0.term == "sabotage" }
        #expect(imperialism != nil && !(imperialism!.category.isEmpty) && imperialism!.weight > 0)
        #expect(sabotage != nil && !(sabotage!.category.isEmpty) && sabotage!.weight > 0)
        #expect(sabotage?.in_quote == false)
    }

    @Test func everyLabelExplainsItself() {
        for s in analysis.sentences where s.label != .factual {
            #expect(!s.cues.isEmpty, "\(s.label) without cues: \(s.text)")
        }
    }
}
