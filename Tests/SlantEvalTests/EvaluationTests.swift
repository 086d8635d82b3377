import SlantCore
import Testing
@testable import SlantEval

@Suite("Task scoring on tiny gold with known answers")
struct EvaluationTests {
    func sentences(_ text: String, _ parts: [String]) -> [PredictedSentence] {
        // Spans found by walking the text in order: fine for hand-made test cases.
        var out: [PredictedSentence] = [], from = text.unicodeScalars.startIndex
        for part in parts {
            let range = text.unicodeScalars[from...].firstRange(of: part.unicodeScalars)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            out.append(PredictedSentence(span: TextSpan(start: start, end: start + part.unicodeScalars.count), text: part))
            from = range.upperBound
        }
        return out
    }

    @Test func exactSplitCases() throws {
        let gold = try SplitGold.parse("""
            {"text": "Mr. Li left. He ran.", "sentences": ["Mr. Li left.", "He ran."]}
            {"text": "One.  Two", "sentences": ["One.", "Two"]}
            """, file: "g.jsonl")
        let predictions = [sentences("Mr. Li left. He ran.", ["Mr.", "Li left.", "He ran."]),
                           [PredictedSentence(span: nil, text: " One. "), PredictedSentence(span: nil, text: ""), PredictedSentence(span: nil, text: "Two")]]
        let report = SplitEvaluation.evaluate(gold: gold, predictions: predictions, errors: 5)
        #expect(report.passed == 1)
        #expect(report.errors.count == 1)
        #expect(report.errors[0].line == 1)
        #expect(SplitEvaluation.evaluate(gold: gold, predictions: predictions, errors: 0).errors.isEmpty)
    }

    @Test func boundariesIgnoreTrailingWhitespace() throws {
        let gold = try SplitGold.parse(#"{"text": "A b. C d! E f", "sentences": [{"start": 0, "end": 5}, {"start": 5, "end": 10}, {"start": 10, "end": 13}]}"#,
                                       file: "g.jsonl")
        // Ends at 4 (gold 5 trimmed to 4: a match), a false split at 6 ("C " trimmed), the end
        // after "!" (9) missed, 13 matched.
        let predicted = [PredictedSentence(span: TextSpan(start: 0, end: 4), text: ""), PredictedSentence(span: TextSpan(start: 5, end: 7), text: ""),
                         PredictedSentence(span: TextSpan(start: 7, end: 13), text: "")]
        let report = SplitEvaluation.evaluate(gold: gold, predictions: [predicted], errors: 5)
        #expect(report.boundaries == PRF(tp: 2, fp: 1, fn: 1))
        #expect(report.errors.map(\.kind) == ["miss", "false-alarm"])
        #expect(report.errors[0].offset == 9)
        #expect(report.errors[0].text == "A b. C d!⏐ E f")
    }

    @Test func boundariesWithNoPredictions() throws {
        let gold = try SplitGold.parse(#"{"text": "A.", "sentences": [{"start": 0, "end": 2}]}"#, file: "g.jsonl")
        let report = SplitEvaluation.evaluate(gold: gold, predictions: [[]], errors: 0)
        #expect(report.boundaries?.precision == nil)
        #expect(report.boundaries?.recall == 0)
    }

    func classifyGold() throws -> ClassifyGold {
        try ClassifyGold.parse("text,label\nA,SUBJ\nB,OBJ\nC,SUBJ\nD,OBJ\nE,SKIP\n", file: "c.csv", delimiter: ",", textColumn: "text",
                               labelColumn: "label", map: ["SUBJ": "EDITORIAL", "OBJ": "NOT_EDITORIAL", "SKIP": "IGNORE"], task: .editorial)
    }

    @Test func classifyKnownAnswers() throws {
        let predictions: [Int: ClassPrediction] = [
            0: ClassPrediction(label: "EDITORIAL", confidence: 0.9), 1: ClassPrediction(label: "ATTRIBUTED", confidence: 0.8),
            2: ClassPrediction(label: "FACTUAL", confidence: 0.7), 3: ClassPrediction(label: "EDITORIAL", confidence: 0.6),
        ]
        let report = try ClassifyEvaluation.evaluate(gold: try classifyGold(), predictions: predictions, errors: 3)
        #expect(report.scored == 4)
        #expect(report.ignored == 1)
        #expect(report.confusion.counts == [[1, 1], [1, 1]])
        #expect(report.classes["EDITORIAL"]?.f1 == 0.5)
        #expect(report.macro_f1 == 0.5)
        #expect(report.accuracy == 0.5)
        let expected: Double = (0.1 + 0.2 + 0.7 + 0.6) / 4
        let ece: Double = report.reliability?.ece ?? -1
        #expect(abs(ece - expected) < 1e-12)
        #expect(report.errors.map(\.kind) == ["miss", "false-alarm"])
        #expect(report.errors[0].text == "C")
    }

    @Test func classifyWithoutConfidenceHasNoReliability() throws {
        let predictions = Dictionary(uniqueKeysWithValues: (0..<4).map { ($0, ClassPrediction(label: "NOT_EDITORIAL", confidence: nil)) })
        let report = try ClassifyEvaluation.evaluate(gold: try classifyGold(), predictions: predictions, errors: 0)
        #expect(report.reliability == nil)
        // EDITORIAL never predicted: its precision is undefined, and its F1 counts 0 in the macro mean.
        #expect(report.classes["EDITORIAL"]?.precision == nil)
        let expected: Double = (0 + 2.0 / 3) / 2
        #expect(report.macro_f1 == expected)
    }

    @Test func classifyErrorsOnMissingOrForeignPredictions() throws {
        let gold = try classifyGold()
        #expect(throws: EvalError(file: "c.csv", line: 2, problem: "no prediction for this record")) {
            try ClassifyEvaluation.evaluate(gold: gold, predictions: [:], errors: 0)
        }
        #expect(throws: EvalError.self) {
            try ClassifyEvaluation.evaluate(gold: gold, predictions: [0: ClassPrediction(label: "OPINION", confidence: nil)], errors: 0)
        }
    }

    @Test func attributionSentencesAndSources() throws {
        let doc = try BratDocument.parse(ann: FormatTests.bratAnn, annFile: "d.ann", text: FormatTests.bratText, name: "d")
        let predicted = [
            AttributedSentence(span: TextSpan(start: 0, end: 52), label: "ATTRIBUTED", source: TextSpan(start: 0, end: 10)),
            AttributedSentence(span: TextSpan(start: 52, end: 63), label: "ATTRIBUTED", source: nil),
        ]
        let report = AttributionEvaluation.evaluate(documents: [doc], predictions: ["d": predicted], gold: "dir", errors: 5)
        #expect(report.sentences.counts == [[1, 0], [1, 0]])
        #expect(report.attributed == PRF(tp: 1, fp: 1, fn: 0))
        // The predicted source "Officials " is trimmed, so it matches exactly.
        #expect(report.sources_exact == PRF(tp: 1, fp: 0, fn: 0))
        #expect(report.errors.map(\.kind) == ["false-alarm"])
        #expect(report.errors[0].text == "Rain fell.")
        let none = AttributionEvaluation.evaluate(documents: [doc], predictions: [:], gold: "dir", errors: 5)
        #expect(none.sentences.total == 0)
        #expect(none.sources_overlap.recall == 0)
        #expect(none.attributed.f1 == nil)
        // Without attribution evidence there is no "recorded" figure.
        #expect(report.recorded == nil)
    }

    /// An EDITORIAL sentence whose attribution evidence reaches ATTRIBUTED's threshold records
    /// an attribution (the outlet's evaluation frames it): it counts in the "recorded" figure,
    /// not in the ATTRIBUTED one; one below the threshold counts in neither.
    @Test func framedAttributionCountsAsRecorded() throws {
        let doc = try BratDocument.parse(ann: FormatTests.bratAnn, annFile: "d.ann", text: FormatTests.bratText, name: "d")
        let framed = [
            AttributedSentence(span: TextSpan(start: 0, end: 52), label: "EDITORIAL", source: TextSpan(start: 0, end: 10), attributionEvidence: 1.5),
            AttributedSentence(span: TextSpan(start: 52, end: 63), label: "EDITORIAL", source: nil, attributionEvidence: 0.5),
        ]
        let report = AttributionEvaluation.evaluate(documents: [doc], predictions: ["d": framed], gold: "dir", errors: 0)
        #expect(report.attributed == PRF(tp: 0, fp: 0, fn: 1))
        #expect(report.recorded == PRF(tp: 1, fp: 0, fn: 0))
        var weak = framed
        weak[0].attributionEvidence = 0.9
        let below = AttributionEvaluation.evaluate(documents: [doc], predictions: ["d": weak], gold: "dir", errors: 0)
        #expect(below.recorded == PRF(tp: 0, fp: 0, fn: 1))
    }

    @Test func loadedSpansAndQuoteAgreement() {
        let text = ScalarText("They said “a vile plot” and a shameful, wicked act.")
        let doc = LoadedDocument(name: "x", text: text, gold: [TextSpan(start: 13, end: 17), TextSpan(start: 30, end: 38), TextSpan(start: 40, end: 46)],
                                 goldQuote: [true, false, false])
        let predicted = [PredictedSpan(span: TextSpan(start: 13, end: 17), inQuote: true), PredictedSpan(span: TextSpan(start: 30, end: 38), inQuote: true),
                         PredictedSpan(span: TextSpan(start: 18, end: 22), inQuote: true), PredictedSpan(span: TextSpan(start: 5, end: 5), inQuote: nil)]
        let report = LoadedEvaluation.evaluate(documents: [doc], predictions: ["x": predicted], gold: "g", errors: 5)
        #expect(report.overlap == PRF(predicted: 3, correctPredicted: 2, gold: 3, correctGold: 2))
        #expect(report.exact == PRF(tp: 2, fp: 1, fn: 1))
        #expect(report.characters == PRF(predicted: 16, correctPredicted: 12, gold: 18, correctGold: 12))
        #expect(report.quote_agreement?.compared == 2)
        #expect(report.quote_agreement?.agreed == 1)
        #expect(report.errors.map(\.text) == ["wicked", "plot", "shameful"])
        #expect(report.errors.map(\.kind) == ["miss", "false-alarm", "quote-disagreement"])
        #expect(report.errors[0].detail.hasPrefix("1x; e.g. "))
    }

    @Test func loadedDegenerate() {
        let empty = LoadedDocument(name: "e", text: ScalarText("Nothing here."), gold: [])
        let noGold = LoadedEvaluation.evaluate(documents: [empty], predictions: ["e": [PredictedSpan(span: TextSpan(start: 0, end: 7), inQuote: nil)]],
                                               gold: "g", errors: 1)
        #expect(noGold.overlap.recall == nil)
        #expect(noGold.overlap.precision == 0)
        #expect(noGold.quote_agreement == nil)
        #expect(noGold.errors.map(\.kind) == ["false-alarm"])
        let nothing = LoadedEvaluation.evaluate(documents: [], predictions: [:], gold: "g", errors: 3)
        #expect(nothing.characters.f1 == nil)
        #expect(nothing.errors.isEmpty)
    }

    @Test func loadedMappedToPTCTechniques() {
        // "thugs" is a label (Name_Calling,Labeling), "vile" loaded language, "“plan”" a scare quote.
        let text = ScalarText("The thugs made a vile “plan” to win.")
        let ll = [TextSpan(start: 17, end: 21)], nc = [TextSpan(start: 4, end: 9)], doubt = [TextSpan(start: 22, end: 28)]
        let doc = LoadedDocument(name: "x", text: text, gold: ll,
                                 techniques: ["Loaded_Language": ll, "Name_Calling,Labeling": nc, "Doubt": doubt])
        let predicted = [PredictedSpan(span: TextSpan(start: 4, end: 9), inQuote: false, category: "name-calling"),
                         PredictedSpan(span: TextSpan(start: 17, end: 21), inQuote: false, category: "moral-condemnation"),
                         PredictedSpan(span: TextSpan(start: 22, end: 28), inQuote: false, category: "scare-quote"),
                         PredictedSpan(span: TextSpan(start: 29, end: 31), inQuote: false, category: "moral-condemnation")]
        let m = LoadedEvaluation.mapped(documents: [doc], predictions: ["x": predicted], mapping: .ptc)
        #expect(m.techniques.map(\.technique) == ["Loaded_Language", "Name_Calling,Labeling"])
        #expect(m.techniques[0].overlap == PRF(predicted: 2, correctPredicted: 1, gold: 1, correctGold: 1))
        #expect(m.techniques[1].overlap == PRF(predicted: 1, correctPredicted: 1, gold: 1, correctGold: 1))
        // The scare quote is left out: it is neither a prediction nor a false alarm.
        #expect(m.overlap == PRF(predicted: 3, correctPredicted: 2, gold: 2, correctGold: 2))
        #expect(m.characters == PRF(predicted: 11, correctPredicted: 9, gold: 9, correctGold: 9))
        let byName = Dictionary(uniqueKeysWithValues: m.categories.map { ($0.category, $0) })
        #expect(byName["name-calling"] == CategoryPrecision(category: "name-calling", hits: 1, overlap_gold: 0, overlap_mapped: 1, overlap_any: 1))
        #expect(byName["scare-quote"] == CategoryPrecision(category: "scare-quote", hits: 1, overlap_gold: 0, overlap_mapped: 0, overlap_any: 1))
        #expect(byName["moral-condemnation"] == CategoryPrecision(category: "moral-condemnation", hits: 2, overlap_gold: 1, overlap_mapped: 1, overlap_any: 1))
        #expect(m.categories.first?.category == "moral-condemnation")
    }

    @Test func ptcHalvesByIdParity() {
        #expect(PTCGold.half(of: "111111112") == .a)
        #expect(PTCGold.half(of: "701225819") == .b)
        #expect(PTCGold.half(of: "abc") == nil)
        #expect(PTCGold.half(of: "") == nil)
    }

    @Test func loadedTermsMostFalseAlarmsFirst() {
        let text = ScalarText("The regime and the regime: a vile regime, a vile act.")
        let doc = LoadedDocument(name: "x", text: text, gold: [TextSpan(start: 30, end: 34)], techniques: ["Doubt": [TextSpan(start: 4, end: 10)]])
        func hit(_ s: Int, _ e: Int, _ term: String, _ category: String) -> PredictedSpan {
            PredictedSpan(span: TextSpan(start: s, end: e), inQuote: false, category: category, term: term)
        }
        let predicted = [hit(4, 10, "regime", "name-calling"), hit(19, 25, "regime", "name-calling"), hit(35, 41, "regime", "name-calling"),
                         hit(30, 34, "vile", "moral-condemnation"), hit(45, 49, "vile", "moral-condemnation")]
        let terms = LoadedEvaluation.terms(documents: [doc], predictions: ["x": predicted], limit: 5)
        #expect(terms == [TermPrecision(term: "regime", category: "name-calling", hits: 3, overlap_gold: 0, overlap_any: 1),
                          TermPrecision(term: "vile", category: "moral-condemnation", hits: 2, overlap_gold: 1, overlap_any: 1)])
        #expect(LoadedEvaluation.terms(documents: [doc], predictions: ["x": predicted], limit: 1).map(\.term) == ["regime"])
    }
}
