/// Loaded terms the scorer found in the outlet's voice: charged word choice is evaluation.
public struct LoadedTermCue: Cue, LoadedHitCue {
    public var id: String { "loaded-term" }
    /// Hits below this score are too mild to call a sentence editorial on their own.
    static let minimumScore = 1.5
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        for hit in context.outletVoiceLoaded where hit.score >= Self.minimumScore || hit.category == "scare-quote" {
            // The note built in one buffer of the right size: an interpolation grew its
            // buffer piece by piece, for every hit of every sentence.
            var note = "loaded term '"
            note.reserveCapacity(note.utf8.count + hit.term.utf8.count + hit.category.utf8.count + 3)
            note += hit.term
            note += "' ("
            note += hit.category
            note += ")"
            result.append(CueEvidence(id: id, start: hit.start, end: hit.end, text: hit.text, effect: CueEffect.editorial.rawValue,
                                      weight: hit.score / 2, note: note))
        }
    }
}
