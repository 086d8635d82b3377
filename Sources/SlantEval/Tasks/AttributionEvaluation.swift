import SlantCore

/// A predicted sentence for the attribution task: its span, its label and the source span
/// the predictor named, if any.
public struct AttributedSentence: Sendable, Equatable {
    public var span: TextSpan
    public var label: String
    public var source: TextSpan?
    /// The sources of further attributions in the sentence, if the predictor names them.
    public var otherSources: [TextSpan]
    /// The sentence's attribution evidence (the sum of its attribution cues' weights), when
    /// the predictor gives it: an EDITORIAL sentence whose evidence reaches the threshold of
    /// ATTRIBUTED reports an attribution that the outlet's own evaluation frames.
    public var attributionEvidence: Double?

    public init(span: TextSpan, label: String, source: TextSpan?, otherSources: [TextSpan] = [], attributionEvidence: Double? = nil) {
        self.span = span
        self.label = label
        self.source = source
        self.otherSources = otherSources
        self.attributionEvidence = attributionEvidence
    }

    /// The attribution evidence ATTRIBUTED needs (`ClaimClassifier`'s threshold).
    public static let evidenceThreshold = 1.0

    /// Whether the sentence records an attribution: labelled ATTRIBUTED, or EDITORIAL with
    /// attribution evidence that would have made it ATTRIBUTED had the outlet's evaluation not
    /// taken precedence ("X falsely claimed ...", "X cynically dismissed ...": the issue's
    /// framed attribution, labelled EDITORIAL, its attribution still recorded).
    public var recordsAttribution: Bool {
        if label == "ATTRIBUTED" { return true }
        guard label == "EDITORIAL", let evidence = attributionEvidence else { return false }
        return evidence >= Self.evidenceThreshold - 1e-9
    }
}

/// The result of scoring attribution against brat gold.
public struct AttributionReport: Encodable, Sendable {
    public var gold: String
    public var documents: Int
    /// Sentence level, ATTRIBUTED against NOT_ATTRIBUTED.
    public var sentences: ConfusionMatrix
    public var attributed: PRF
    /// Sentence level, sentences that record an attribution whatever their label (ATTRIBUTED,
    /// or EDITORIAL framing one: `AttributedSentence.recordsAttribution`) against the gold's
    /// attributed sentences; absent when the predictions give no attribution evidence.
    public var recorded: PRF?
    /// Source spans: any-overlap and exact (whitespace-trimmed) matching.
    public var sources_overlap: PRF
    public var sources_exact: PRF
    public var errors: [ErrorExample]
}

/// Scores attribution: which sentences report someone else's claim, and who the source is.
public enum AttributionEvaluation {
    /// The gold label of a sentence: ATTRIBUTED when it overlaps a Cue or a Content span.
    public static func goldLabel(_ sentence: TextSpan, cues: [TextSpan], contents: [TextSpan]) -> String {
        (cues.contains { $0.overlaps(sentence) } || contents.contains { $0.overlaps(sentence) }) ? "ATTRIBUTED" : "NOT_ATTRIBUTED"
    }

    /// Scores predictions by document name. The sentences are the predictor's own (so each
    /// predictor is judged on its own split); a document without predictions counts as no
    /// sentences, which leaves its gold sources unfound.
    public static func evaluate(documents: [BratDocument], predictions: [String: [AttributedSentence]],
                                gold: String, errors limit: Int) -> AttributionReport {
        var matrix = ConfusionMatrix(labels: ClassifyTask.attributed.labels)
        var overlap = PRF.zero, exact = PRF.zero
        var recorded = (tp: 0, fp: 0, fn: 0), withEvidence = false
        var misses: [ErrorExample] = [], alarms: [ErrorExample] = []
        for doc in documents {
            let cues = doc.spans(ofType: "Cue"), contents = doc.spans(ofType: "Content")
            let sources = doc.linkedSpans(role: "Source").map { doc.text.trimmed($0) }
            let predicted = predictions[doc.name] ?? []
            for s in predicted {
                let span = doc.text.trimmed(s.span)
                guard span.length > 0 else { continue }
                let want = goldLabel(span, cues: cues, contents: contents)
                let got = ClassifyTask.attributed.map(s.label) ?? "NOT_ATTRIBUTED"
                matrix.add(gold: want, predicted: got)
                if s.attributionEvidence != nil { withEvidence = true }
                switch (want == "ATTRIBUTED", s.recordsAttribution) {
                case (true, true): recorded.tp += 1
                case (false, true): recorded.fp += 1
                case (true, false): recorded.fn += 1
                case (false, false): break
                }
                if want != got {
                    let e = ErrorExample(kind: want == "ATTRIBUTED" ? "miss" : "false-alarm", document: doc.name, offset: span.start,
                                         text: ScalarText.oneLine(doc.text.text(span)), detail: "gold \(want), predicted \(s.label)")
                    if want == "ATTRIBUTED" { if misses.count < limit { misses.append(e) } } else if alarms.count < limit { alarms.append(e) }
                }
            }
            let found = predicted.flatMap { s in (s.source.map { [$0] } ?? []) + s.otherSources }.map { doc.text.trimmed($0) }
            overlap = overlap + SpanMatching.overlap(gold: sources, predicted: found)
            exact = exact + SpanMatching.exact(gold: sources, predicted: found)
        }
        return AttributionReport(gold: gold, documents: documents.count, sentences: matrix, attributed: matrix.prf("ATTRIBUTED"),
                                 recorded: withEvidence ? PRF(tp: recorded.tp, fp: recorded.fp, fn: recorded.fn) : nil,
                                 sources_overlap: overlap, sources_exact: exact, errors: misses + alarms)
    }
}
