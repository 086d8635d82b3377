import SlantCore

/// One predicted sentence: its span when the predictor gives offsets, and its text.
public struct PredictedSentence: Sendable, Equatable {
    public var span: TextSpan?
    public var text: String

    public init(span: TextSpan?, text: String) {
        self.span = span
        self.text = text
    }
}

/// The result of scoring a splitter against gold.
public struct SplitReport: Encodable, Sendable {
    public var gold: String
    /// `exact` (Golden Rules: whole cases must match) or `boundaries` (offsets).
    public var scoring: String
    public var cases: Int
    /// Gold lines that could not be read and were left out (reported on standard error).
    public var skipped: Int = 0
    /// Exact scoring: how many cases came out exactly as the gold.
    public var passed: Int?
    /// Boundary scoring: sentence ends, trailing whitespace ignored, micro-averaged.
    public var boundaries: PRF?
    public var errors: [ErrorExample]
}

/// Scores sentence splits.
public enum SplitEvaluation {
    /// Scores predictions (one list of sentences per gold case, in order) against gold.
    ///
    /// Exact scoring compares sentence texts with runs of whitespace collapsed to one space
    /// and ends trimmed, because Golden Rules list sentences without the spacing between them.
    /// Boundary scoring compares the set of sentence ends, each moved back over trailing
    /// whitespace, so where the whitespace between sentences is assigned does not count.
    /// Empty and all-whitespace predicted sentences are dropped.
    public static func evaluate(gold: SplitGold, predictions: [[PredictedSentence]], errors limit: Int) -> SplitReport {
        var errors: [ErrorExample] = []
        if !gold.hasOffsets {
            var passed = 0
            for (c, predicted) in zip(gold.cases, predictions) {
                guard case .strings(let expected) = c.sentences else { continue }
                let want = expected.map(normalize).filter { !$0.isEmpty }
                let got = predicted.map { normalize($0.text) }.filter { !$0.isEmpty }
                if want == got {
                    passed += 1
                } else if errors.count < limit {
                    errors.append(ErrorExample(kind: "failed-case", document: c.id, line: c.line, text: ScalarText.oneLine(c.text.string),
                                               detail: "expected " + want.map { "[\($0)]" }.joined(separator: " ")
                                                   + "\ngot      " + got.map { "[\($0)]" }.joined(separator: " ")))
                }
            }
            return SplitReport(gold: gold.file, scoring: "exact", cases: gold.cases.count, skipped: gold.skipped.count, passed: passed,
                               boundaries: nil, errors: errors)
        }
        var total = PRF.zero
        var misses: [ErrorExample] = [], alarms: [ErrorExample] = []
        for (c, predicted) in zip(gold.cases, predictions) {
            guard case .spans(let spans, _) = c.sentences else { continue }
            let goldEnds = Set(spans.map { c.text.trimmed($0) }.filter { $0.length > 0 }.map(\.end))
            let predictedEnds = Set(predicted.compactMap(\.span).map { c.text.trimmed($0) }.filter { $0.length > 0 }.map(\.end))
            let both = goldEnds.intersection(predictedEnds).count
            total = total + PRF(tp: both, fp: predictedEnds.count - both, fn: goldEnds.count - both)
            for end in goldEnds.subtracting(predictedEnds).sorted() where misses.count < limit {
                misses.append(ErrorExample(kind: "miss", document: c.id, line: c.line, offset: end,
                                           text: c.text.context(at: end), detail: "gold sentence ends here; no split"))
            }
            for end in predictedEnds.subtracting(goldEnds).sorted() where alarms.count < limit {
                alarms.append(ErrorExample(kind: "false-alarm", document: c.id, line: c.line, offset: end,
                                           text: c.text.context(at: end), detail: "split here; the gold sentence goes on"))
            }
        }
        errors = misses + alarms
        return SplitReport(gold: gold.file, scoring: "boundaries", cases: gold.cases.count, skipped: gold.skipped.count, passed: nil,
                           boundaries: total, errors: errors)
    }

    static func normalize(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
