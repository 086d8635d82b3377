/// Anonymous sourcing ("officials said", "sources familiar with", "people close to").
public struct AnonymousSourceCue: Cue {
    public let id = "anonymous-source"
    public init() {}
    public func find(in context: SentenceContext) -> [CueEvidence] {
        var result: [CueEvidence] = []
        let tokens = context.tokens
        var i = 0
        // Only tokens where a listed word starts can match: the others just move on by one.
        for start in context.attributionStarts where start >= i {
            i = start
            if !context.inQuote[i], context.attributionKind(at: i)?.kind == "anonymous",
               let (entry, length) = context.attribution(at: i) {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                               weight: entry.value.weight, note: entry.value.note ?? "anonymous source"))
                i += length
                continue
            }
            i += 1
        }
        return result
    }
}
