/// Direct quotation: words inside quote marks are someone else's.
///
/// Scare quotes (short quoted phrases in the outlet's voice, see `ScareQuotes`) are removed
/// before the cues run, so every quotation here is speech. A sentence that lies mostly inside
/// a quotation, including one sentence of a quotation that runs over several, is the
/// speaker's; a shorter quoted stretch counts less and needs other evidence beside it.
public struct QuotedSpeechCue: Cue, QuotationCue {
    public var id: String { "quoted-speech" }
    static let scareQuoteMaxWords = 4
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard !context.quotes.isEmpty else { return }
        // Counts, not filtered copies of the tokens. The first quotation's words are counted in
        // the same walk as the sentence's (most quoted sentences hold one quotation).
        var words = 0, firstInside = 0
        let tokens = context.tokens
        let firstQuote = context.quotes[0]
        for k in tokens.indices where tokens[k].kind != .punctuation {
            words += 1
            if firstQuote.contains(tokens[k].bytes.lowerBound) { firstInside += 1 }
        }
        for (n, quote) in context.quotes.enumerated() {
            var insideCount = 0
            if n == 0 {
                insideCount = firstInside
            } else {
                for k in tokens.indices(startingIn: quote) where tokens[k].kind != .punctuation { insideCount += 1 }
            }
            guard insideCount > 0 else { continue }
            let clipped = max(quote.lowerBound, context.sentence.bytes.lowerBound)..<min(quote.upperBound, context.sentence.bytes.upperBound)
            let mostly = insideCount * 2 >= words
            let runsOver = quote.lowerBound < context.sentence.bytes.lowerBound || quote.upperBound > context.sentence.bytes.upperBound
            let weight: Double
            let note: String
            if mostly {
                weight = 2.0
                note = runsOver ? "part of a quotation that runs over several sentences" : "the sentence is a direct quotation"
            } else if insideCount > Self.scareQuoteMaxWords {
                weight = insideCount >= 8 ? 2.0 : 1.5
                note = Self.directQuotationNote(words: insideCount)
            } else if runsOver {
                // "Issa continued, “Yes.": the start or end of a quotation of several sentences,
                // which no scare quote is.
                weight = 1.0
                note = "the start or end of a quotation that runs over several sentences"
            } else {
                weight = 0.5
                note = "short quotation"
            }
            result.append(context.evidence(id, bytes: clipped, effect: .attribution, weight: weight, note: note))
        }
    }

    /// The note for a quoted stretch shorter than the sentence: "direct quotation of 6 words",
    /// with the noun's number right should the threshold above ever let one word through.
    static func directQuotationNote(words: Int) -> String {
        "direct quotation of \(counted(words, "word"))"
    }
}
