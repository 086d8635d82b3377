/// Loaded terms the scorer found in the outlet's voice: charged word choice is evaluation.
public struct LoadedTermCue: Cue {
    public var id: String { "loaded-term" }
    /// Hits below this score are too mild to call a sentence editorial on their own.
    static let minimumScore = 1.5
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        for hit in context.outletVoiceLoaded where hit.score >= Self.minimumScore || hit.category == "scare-quote" {
            result.append(CueEvidence(id: id, start: hit.start, end: hit.end, text: hit.text, effect: CueEffect.editorial.rawValue,
                                      weight: hit.score / 2, note: "loaded term '\(hit.term)' (\(hit.category))"))
        }
    }
}
