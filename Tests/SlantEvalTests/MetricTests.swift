import SlantCore
import Testing
@testable import SlantEval

@Suite("Metrics on hand-made answers")
struct MetricTests {
    @Test func prfFromCounts() {
        let p = PRF(tp: 3, fp: 1, fn: 2)
        #expect(p.precision == 0.75)
        #expect(p.recall == 0.6)
        #expect(abs((p.f1 ?? 0) - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
    }

    @Test func prfUndefinedWithNothingToDivideBy() {
        let noPredictions = PRF(tp: 0, fp: 0, fn: 4)
        #expect(noPredictions.precision == nil)
        #expect(noPredictions.recall == 0)
        #expect(noPredictions.f1 == nil)
        let noGold = PRF(tp: 0, fp: 2, fn: 0)
        #expect(noGold.recall == nil)
        #expect(noGold.precision == 0)
        #expect(PRF.zero.f1 == nil)
        // Both defined and both zero: F1 is 0, not a division by zero.
        #expect(PRF(tp: 0, fp: 1, fn: 1).f1 == 0)
    }

    @Test func prfAddsCounts() {
        let sum = PRF(tp: 1, fp: 1, fn: 0) + PRF(predicted: 2, correctPredicted: 1, gold: 3, correctGold: 2)
        #expect(sum == PRF(predicted: 4, correctPredicted: 2, gold: 4, correctGold: 3))
    }

    @Test func confusionMatrixPerClassAndMacro() {
        var m = ConfusionMatrix(labels: ["A", "B"])
        for (g, p) in [("A", "A"), ("A", "A"), ("A", "B"), ("B", "B"), ("B", "A"), ("B", "B"), ("X", "A")] {
            m.add(gold: g, predicted: p)
        }
        #expect(m.counts == [[2, 1], [1, 2]])
        #expect(m.total == 6)
        #expect(m.accuracy == 4.0 / 6)
        #expect(m.prf("A") == PRF(tp: 2, fp: 1, fn: 1))
        #expect(abs((m.macroF1 ?? 0) - 2.0 / 3) < 1e-12)
    }

    @Test func confusionMatrixDegenerate() {
        let empty = ConfusionMatrix(labels: ["A", "B"])
        #expect(empty.accuracy == nil)
        #expect(empty.macroF1 == nil)
        var one = ConfusionMatrix(labels: ["A", "B"])
        one.add(gold: "A", predicted: "A")
        // B is never in the gold nor predicted: its F1 is undefined and counts as 0.
        #expect(one.prf("B").f1 == nil)
        #expect(one.macroF1 == 0.5)
    }

    @Test func reliabilityBinsAndECE() {
        let table = ReliabilityTable([(0.9, true), (0.8, true), (0.6, false), (0.7, false), (1.0, true), (0.05, false)])
        #expect(table.bins.count == 10)
        #expect(table.bins[9].count == 2)
        #expect(table.bins[9].accuracy == 1)
        #expect(table.bins[0].count == 1)
        #expect(table.bins[3].count == 0)
        #expect(table.bins[3].accuracy == nil)
        // Bin 0.9-1.0 holds 0.9 and 1.0 (mean 0.95, both right): it weighs 2/6.
        let expected = (2 * 0.05 + 0.2 + 0.6 + 0.7 + 0.05) / 6
        #expect(abs((table.ece ?? -1) - expected) < 1e-12)
        #expect(ReliabilityTable([]).ece == nil)
    }

    @Test func spanMatchingThreeWays() {
        let gold = [TextSpan(start: 0, end: 5), TextSpan(start: 10, end: 14), TextSpan(start: 20, end: 22)]
        let predicted = [TextSpan(start: 0, end: 5), TextSpan(start: 12, end: 18), TextSpan(start: 30, end: 31)]
        #expect(SpanMatching.characters(gold: gold, predicted: predicted)
                == PRF(predicted: 12, correctPredicted: 7, gold: 11, correctGold: 7))
        #expect(SpanMatching.overlap(gold: gold, predicted: predicted)
                == PRF(predicted: 3, correctPredicted: 2, gold: 3, correctGold: 2))
        #expect(SpanMatching.exact(gold: gold, predicted: predicted) == PRF(tp: 1, fp: 2, fn: 2))
    }

    @Test func spanMatchingWithNothingOnOneSide() {
        let spans = [TextSpan(start: 3, end: 6)]
        let noGold = SpanMatching.overlap(gold: [], predicted: spans)
        #expect(noGold.recall == nil)
        #expect(noGold.precision == 0)
        let noPredictions = SpanMatching.characters(gold: spans, predicted: [])
        #expect(noPredictions.precision == nil)
        #expect(noPredictions.recall == 0)
        #expect(SpanMatching.exact(gold: [], predicted: []).f1 == nil)
        // Overlapping predictions count each character once.
        let doubled = SpanMatching.characters(gold: spans, predicted: [TextSpan(start: 3, end: 6), TextSpan(start: 4, end: 6)])
        #expect(doubled.predicted == 3)
        #expect(doubled.precision == 1)
    }
}
