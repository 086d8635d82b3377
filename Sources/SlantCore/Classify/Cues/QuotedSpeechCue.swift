/// Direct quotation: words inside quote marks are someone else's. Short quoted phrases (up to
/// `scareQuoteMaxWords` words) without a verb of saying are scare quotes, not speech.
public struct QuotedSpeechCue: Cue {
    public let id = "quoted-speech"
    static let scareQuoteMaxWords = 4
    public init() {}
    public func find(in context: SentenceContext) -> [CueEvidence] {
        var result: [CueEvidence] = []
        for quote in context.quotes {
            let inside = context.tokens.filter { $0.kind != .punctuation && quote.contains($0.bytes.lowerBound) }
            guard !inside.isEmpty else { continue }
            let clipped = max(quote.lowerBound, context.sentence.bytes.lowerBound)..<min(quote.upperBound, context.sentence.bytes.upperBound)
            if inside.count <= Self.scareQuoteMaxWords {
                // Scare quotes count as speech only when they quote a sayer elsewhere in the sentence.
                continue
            }
            let weight = inside.count >= 8 ? 2.0 : 1.5
            result.append(context.evidence(id, bytes: clipped, effect: .attribution, weight: weight,
                                           note: "direct quotation of \(inside.count) words"))
        }
        return result
    }
}
