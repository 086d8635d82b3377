import Foundation
import SlantIO
import Testing

/// The benchmark metric, checked on cases worked out by hand.
@Suite struct ExtractionBenchmarkTests {
    @Test func tokensAreWordRunsAsPythonMatchesThem() {
        #expect(ExtractionBenchmark.tokens("It's £41m — a_b, café 3.5!") == ["It", "s", "41m", "a_b", "café", "3", "5"])
        #expect(ExtractionBenchmark.tokens("日本語のテキスト") == ["日本語のテキスト"])
    }

    @Test func shinglesOfFourTokens() {
        #expect(ExtractionBenchmark.shingles("a b c d e") == ["a b c d": 1, "b c d e": 1])
        #expect(ExtractionBenchmark.shingles("a b") == ["a b": 1])  // fewer tokens: one shingle
        #expect(ExtractionBenchmark.shingles("a b c d a b c d") == ["a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1])
        #expect(ExtractionBenchmark.shingles("  ,. ").isEmpty)
    }

    @Test func pageScoreCountsSharedExtraAndMissedShingles() {
        // truth: 3 shingles (a b c d, b c d e, c d e f); extracted: those 3 plus 1 extra (d e f x).
        let s = ExtractionBenchmark.score(id: "p", extracted: "a b c d e f x", truth: "a b c d e f")
        #expect(s.truePositives == 3)
        #expect(s.falsePositives == 1)
        #expect(s.falseNegatives == 0)
        #expect(s.precision == 0.75)
        #expect(s.recall == 1)
        #expect(s.extra == ["d e f x"])
    }

    @Test func summaryAveragesPrecisionAndRecallOverPages() {
        let perfect = ExtractionBenchmark.score(id: "1", extracted: "a b c d e", truth: "a b c d e")
        let empty = ExtractionBenchmark.score(id: "2", extracted: "", truth: "a b c d e")
        let summary = ExtractionBenchmark.Summary(pages: [perfect, empty])
        #expect(summary.precision == 0.5)
        #expect(summary.recall == 0.5)
        #expect(summary.f1 == 0.5)
    }
}
