/// Labels each sentence FACTUAL, ATTRIBUTED or EDITORIAL from the evidence of its cues.
///
/// Precedence, in order:
/// 1. The outlet frames an attribution with its own judgement ("falsely claimed"): EDITORIAL.
/// 2. Attribution evidence (verbs of saying, "according to", direct quotes, anonymous
///    sources, a headline's "Name:"): ATTRIBUTED. Editorial words after a verb of saying belong
///    to the reported claim, so they do not outweigh it.
/// 3. Editorial evidence in the outlet's voice reaching `editorialThreshold`: EDITORIAL.
/// 4. Otherwise FACTUAL.
public struct ClaimClassifier: Sendable {
    /// The cues, in the order their evidence is listed. Attribution cues come first so that a
    /// reader sees why a sentence is someone else's before what in it is evaluative; the
    /// framed-attribution cue must run after the attribution verbs it refers to are known.
    public static let cues: [any Cue] = [
        QuotedSpeechCue(),
        AttributionVerbCue(),
        BeliefVerbCue(),
        DocumentFindingCue(),
        PollFindingCue(),
        AttributionPhraseCue(),
        AnonymousSourceCue(),
        HeadlineColonCue(),
        FramedAttributionCue(),
        CertaintyCue(),
        HedgeCue(),
        ObligationCue(),
        EvaluativeWordCue(),
        PersonalVoiceCue(),
        ImperativeCue(),
        RhetoricalQuestionCue(),
        LoadedTermCue(),
    ]

    static let attributionThreshold = 1.0
    static let editorialThreshold = 1.0

    public let words: CueWords
    let sources = SourceFinder()

    public init(words: CueWords) {
        self.words = words
    }

    /// The decision for one sentence.
    public struct Decision: Sendable {
        public var label: ClaimLabel
        public var confidence: Double
        public var cues: [CueEvidence]
        public var source: SourceSpan?
    }

    public func classify(_ context: SentenceContext, lastSpeaker: String?) -> Decision {
        var evidence: [CueEvidence] = []
        for cue in Self.cues {
            // One piece of text is evidence once: the first cue in the list that claims it
            // ("undoubtedly" as certainty, not again as a loaded term).
            for found in cue.find(in: context) where !evidence.contains(where: { $0.start == found.start && $0.end == found.end }) {
                evidence.append(found)
            }
        }
        let attribution = evidence.filter { $0.effect == CueEffect.attribution.rawValue }.reduce(0) { $0 + $1.weight }
        let editorial = evidence.filter { $0.effect == CueEffect.editorial.rawValue }
        let framed = evidence.contains { $0.id == "framed-attribution" }
        let editorialScore = editorial.reduce(0) { $0 + $1.weight }
        let source = attribution > 0 ? sources.source(in: context, evidence: evidence, lastSpeaker: lastSpeaker) : nil

        let label: ClaimLabel
        let confidence: Double
        if framed {
            label = .editorial
            confidence = 0.8
        } else if attribution >= Self.attributionThreshold {
            label = .attributed
            confidence = Self.squash(attribution - Self.attributionThreshold + 1, low: 0.6, high: 0.97)
        } else if editorialScore >= Self.editorialThreshold {
            label = .editorial
            confidence = Self.squash(editorialScore - Self.editorialThreshold + 0.5, low: 0.55, high: 0.95)
        } else {
            label = .factual
            confidence = 0.85 - 0.3 * min(1, editorialScore + attribution)
        }
        return Decision(label: label, confidence: (confidence * 1000).rounded() / 1000, cues: evidence, source: source)
    }

    /// Maps a positive margin onto [low, high), saturating.
    static func squash(_ margin: Double, low: Double, high: Double) -> Double {
        let x = max(0, margin)
        return low + (high - low) * (x / (x + 1))
    }
}
