/// The outlet frames an attribution with its own evaluation ("falsely claimed", "baselessly
/// insisted"): the sentence is editorial, and the attribution is still recorded.
public struct FramedAttributionCue: Cue {
    public let id = "framed-attribution"
    public init() {}
    public func find(in context: SentenceContext) -> [CueEvidence] {
        var result: [CueEvidence] = []
        let tokens = context.tokens
        for i in tokens.indices where !context.inQuote[i] {
            guard let (entry, length) = context.words.editorial.match(tokens, at: i), entry.value.kind == "framing" else { continue }
            // The framing word must sit next to a verb of saying (one word may stand between).
            let window = [i + length, i + length + 1, i - 1, i - 2]
            let framesVerb = window.contains { j in
                j >= 0 && j < tokens.count && (context.words.attribution.match(tokens, at: j)?.entry.value.kind == "verb")
            }
            if framesVerb {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .editorial, weight: 3.0,
                                               note: "the outlet's own judgement of the attributed claim"))
            }
        }
        return result
    }
}
