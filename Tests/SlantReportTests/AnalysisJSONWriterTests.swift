import Foundation
@testable import SlantCore
import SlantReport
import Testing

/// `AnalysisJSONWriter` must give the bytes of `JSONOutput` (Foundation's `JSONEncoder`) for
/// every analysis, so a field added to `Analysis.swift` and not written by the writer fails
/// here. The fixtures are filled so that every optional field is present in one variant and
/// absent in another; a new optional field needs a value set in `filled(_:)`.
@Suite struct AnalysisJSONWriterTests {
    /// Strings JSONEncoder escapes, and ones it leaves alone (U+2028, DEL, emoji, slashes).
    static let hostile = "a \"q\" \\ / </script> \t\r\n\u{8}\u{c}\u{0}\u{1}\u{1f}\u{7f} \u{2028}\u{2029} 😀👍🏽 e\u{301} «é»"

    /// Every optional field set, with hostile strings and awkward numbers.
    static func filled(_ analysis: ArticleAnalysis) -> ArticleAnalysis {
        var a = analysis
        a.article.author = hostile
        a.article.date = "2024-01-02"
        a.article.outlet = hostile
        a.article.title = hostile
        a.article.url = "https://example.org/a/b?q=\(hostile)"
        a.article.provenance[hostile] = hostile
        a.language = LanguageCheck(verdict: .notEnglish, english_share: 1.0 / 3.0, looks_like: hostile)
        a.summary.targets = [hostile: 1, "Zeta": 2, "alpha": 3, "_x": 4, "Éloi": 5, "": 6]
        a.summary.by_category_quoted = ["b": 1, "B": 2, "a b": 3]
        a.summary.include_quoted = true
        a.summary.editorial_share = 1.0 / 3.0
        a.summary.body_loaded_per_1k_words = 1e-7
        a.summary.headline_loaded_score = -0.0
        a.summary.loaded_per_1k_words = 1.5e20
        a.summary.top_terms.append(TermCount(term: hostile, category: hostile, count: 123_456_789))
        a.quotes.append(Quote(start: 0, end: 10, text: hostile, speaker: hostile, scare: false))
        a.quotes.append(Quote(start: 10, end: 12, text: hostile, speaker: nil, scare: true))
        a.lexicons.append(LexiconInfo(file: hostile, name: "n", version: "1.0.0", sha256: "00"))
        a.furniture.append(FurnitureLine(start: 4, end: 17, text: hostile, kind: hostile, pattern: hostile, line: 12))
        let source = SourceSpan(text: hostile, start: 3, end: 9, kind: "person", resolved: hostile, note: hostile)
        for i in a.sentences.indices {
            var s = a.sentences[i]
            s.text += hostile
            s.confidence = [0.5, 2.0, 0.1 + 0.2, 123456789.125, 0][i % 5]
            s.source = i % 3 == 0 ? nil : source
            s.other_sources = i % 2 == 0 ? [source, SourceSpan(text: "x", start: 1, end: 2, kind: "unknown", resolved: nil)] : []
            s.rule = LabelRule(step: [.framedAttribution, .editorialModel, .attributionEvidence, .noEvidence, .creditLine, .continuedReport][i % 6],
                               editorial: 0.625, threshold: 0.4, attribution: 1.005, needed: 1)
            s.cues.append(CueEvidence(id: "id", start: 1, end: 2, text: hostile, effect: "editorial", weight: -1.25, note: hostile))
            s.cues.append(CueEvidence(id: "id", start: 1, end: 2, text: "t", effect: "factual", weight: 1, note: nil))
            s.loaded.append(LoadedHit(start: 1, end: 4, text: hostile, term: hostile, category: "c", weight: 2, score: -0.75,
                                      steps: [], in_quote: true, speaker: hostile, target: hostile, lexicon: "l.tsv",
                                      target_note: hostile))
            a.sentences[i] = s
        }
        return a
    }

    /// Every optional field absent and every container empty.
    static func bare(_ analysis: ArticleAnalysis) -> ArticleAnalysis {
        var a = analysis
        a.article.author = nil
        a.article.date = nil
        a.article.outlet = nil
        a.article.title = nil
        a.article.url = nil
        a.article.provenance = [:]
        a.language = nil
        a.quotes = []
        a.lexicons = []
        a.summary.labels = [:]
        a.summary.by_category = [:]
        a.summary.targets = [:]
        a.summary.top_terms = []
        for i in a.sentences.indices {
            a.sentences[i].cues = []
            a.sentences[i].loaded = []
            a.sentences[i].source = nil
            a.sentences[i].other_sources = nil
            a.sentences[i].rule = nil
        }
        if a.sentences.count > 2 { a.sentences.removeLast(a.sentences.count / 2) }
        return a
    }

    static func analyses() throws -> [ArticleAnalysis] {
        let fixtures = try fixtureAnalyses()
        var empty = try #require(fixtures.first)
        empty.sentences = []
        // Nothing to divide by: the shares and rates are null in both encoders.
        var undefined = empty
        undefined.summary.sentences = 0
        undefined.summary.words = 0
        undefined.summary.outlet_voice_words = 0
        undefined.summary.quoted_words = 0
        return fixtures + fixtures.map(filled) + fixtures.map(bare) + [empty, undefined]
    }

    @Test func ratesWithNothingToDivideByAreNull() throws {
        let a = try #require(Self.analyses().last)
        let out = String(decoding: Self.written { $0.document(a) }, as: UTF8.self)
        for key in ["editorial_share", "loaded_per_1k_words", "quoted_loaded_per_1k_words"] {
            #expect(out.contains("\"\(key)\":null"), "\(key)")
        }
        // And read back as 0, which the `...Defined` properties tell from a real 0.
        let back = try JSONDecoder().decode(ArticleSummary.self, from: Data(JSONOutput.encode(a.summary).utf8))
        #expect(back.editorial_share == 0 && !back.editorialShareDefined && !back.quotedRateDefined && !back.loadedRateDefined)
    }

    static func written(_ body: (inout AnalysisJSONWriter) -> Void, chunkSize: Int = 1 << 16) -> [UInt8] {
        var out: [UInt8] = []
        var writer = AnalysisJSONWriter(pretty: false, chunkSize: chunkSize) { out += $0 }
        body(&writer)
        writer.flush()
        return out
    }

    @Test func documentsMatchJSONEncoder() throws {
        let analyses = try Self.analyses()
        #expect(analyses.contains { $0.sentences.contains { $0.rule != nil && $0.other_sources != nil } })
        for (n, a) in analyses.enumerated() {
            #expect(AnalysisJSONWriter.canWrite(a))
            // A small chunk size, so flushing in the middle of the document is exercised too.
            var out: [UInt8] = []
            var writer = AnalysisJSONWriter(pretty: true, chunkSize: 100) { out += $0 }
            writer.document(a)
            writer.flush()
            let expected = Array((JSONOutput.encode(a) + "\n").utf8)
            let same = out == expected
            #expect(same, "analysis \(n): \(same ? "" : ArticlePageRendererTests.firstDifference(out, expected))")
        }
    }

    @Test func linesMatchJSONEncoder() throws {
        for (n, a) in try Self.analyses().enumerated() {
            let out = Self.written({ w in a.sentences.forEach { w.line($0) } }, chunkSize: 50)
            let expected = Array(JSONOutput.lines(a.sentences).utf8)
            let same = out == expected
            #expect(same, "analysis \(n): \(same ? "" : ArticlePageRendererTests.firstDifference(out, expected))")
        }
    }

    @Test func nonFiniteNumbersAreLeftToJSONOutput() throws {
        var a = try #require(try fixtureAnalyses().first)
        #expect(AnalysisJSONWriter.canWrite(a))
        a.summary.loaded_per_1k_words = .nan
        #expect(!AnalysisJSONWriter.canWrite(a))
        a.summary.loaded_per_1k_words = 0
        a.sentences[0].confidence = .infinity
        #expect(!AnalysisJSONWriter.canWrite(a) && !AnalysisJSONWriter.canWrite(a.sentences[0]))
    }
}
