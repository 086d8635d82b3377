/// Verbs of saying in all their forms ("said", "tells", "announcing", "denied") outside
/// quotations: the sentence reports someone else's claim.
///
/// Forms that are also common nouns ("claims", "reports", "states") count only where a verb
/// can stand (`VerbContext`), and a capitalised form inside a body sentence is a name
/// ("United States"). With "I" or "we" as the subject ("as we predicted") the writer speaks
/// in their own voice, which the personal-voice cue reports instead.
public struct AttributionVerbCue: Cue {
    public let id = "attribution-verb"
    public init() {}
    public func find(in context: SentenceContext) -> [CueEvidence] {
        var result: [CueEvidence] = []
        let tokens = context.tokens
        var i = 0
        // Only tokens where a listed word starts can match: the others just move on by one.
        for start in context.attributionStarts where start >= i {
            i = start
            guard !context.inQuote[i], let (kind, length) = context.attributionKind(at: i) else {
                i += 1
                continue
            }
            if kind == "verb" || kind == "noun-verb", let (entry, _) = context.attribution(at: i) {
                // A verb with no word before or after it is not reporting anyone.
                let hasSubject = i > 0 || i + length < tokens.count
                let isVerb = kind == "verb" || VerbContext.isVerbPosition(context, i, length: length)
                if hasSubject, isVerb, !VerbContext.isName(context, i), !VerbContext.hasWriterSubject(context, i) {
                    result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                                   weight: entry.value.weight, note: entry.value.note ?? "verb of saying"))
                }
            }
            i += length
        }
        return result
    }
}
