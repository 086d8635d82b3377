/// Attribution phrases ("according to", "in a statement", "quoted as saying").
public struct AttributionPhraseCue: Cue {
    public let id = "attribution-phrase"
    public init() {}
    public func find(in context: SentenceContext) -> [CueEvidence] {
        var result: [CueEvidence] = []
        let tokens = context.tokens
        var i = 0
        // Only tokens where a listed word starts can match: the others just move on by one.
        for start in context.attributionStarts where start >= i {
            i = start
            if !context.inQuote[i], let (kind, _) = context.attributionKind(at: i), kind == "phrase" || kind == "noun",
               let (entry, length) = context.attribution(at: i) {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                               weight: entry.value.weight, note: entry.value.note ?? "attribution phrase"))
                i += length
                continue
            }
            i += 1
        }
        return result
    }
}
