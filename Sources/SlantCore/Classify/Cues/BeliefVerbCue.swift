/// Verbs of belief, wish or intention ("thinks", "wants", "hopes", "plans") outside
/// quotations: the sentence reports someone else's state of mind, which is theirs, not the
/// outlet's.
///
/// With "I" or "we" as the subject the writer states their own view, so the cue stays silent
/// and the personal-voice cue speaks instead.
public struct BeliefVerbCue: Cue {
    public var id: String { "belief-verb" }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        context.scanAttributions(stepOverDeclined: true) { i, kind, length in
            // "I think", "we hope", "I don't believe": the writer's own view.
            if kind == .belief, i > 0, let (entry, _) = context.attributionWord(at: i), !VerbContext.isName(context, i),
               VerbContext.isVerbPosition(context, i, length: length), !VerbContext.hasWriterSubject(context, i) {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                               weight: entry.weight,
                                               note: entry.note ?? "someone else's belief or intention"))
            }
            return true
        }
    }
}
