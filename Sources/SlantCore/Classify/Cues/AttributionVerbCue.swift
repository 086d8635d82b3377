/// Verbs of saying and their forms ("said", "told", "announced", "claims", "denied") outside
/// quotations: the sentence reports someone else's claim.
public struct AttributionVerbCue: Cue {
    public let id = "attribution-verb"
    public init() {}
    public func find(in context: SentenceContext) -> [CueEvidence] {
        var result: [CueEvidence] = []
        let tokens = context.tokens
        var i = 0
        while i < tokens.count {
            if !context.inQuote[i], let (entry, length) = context.words.attribution.match(tokens, at: i),
               entry.value.kind == "verb" {
                // A verb with no word before or after it is not reporting anyone.
                let hasSubject = i > 0 || i + length < tokens.count
                if hasSubject {
                    result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                                   weight: entry.value.weight, note: entry.value.note ?? "verb of saying"))
                }
                i += length
                continue
            }
            i += 1
        }
        return result
    }
}
