/// An exclamation in the outlet's own voice ("This is the income tax alone!"): a report states,
/// commentary exclaims. Not inside a quotation, where the exclamation is the speaker's.
public struct ExclamationCue: Cue {
    public var id: String { "exclamation" }
    static let mark = WordKey("!")
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        // The last exclamation mark, if only punctuation follows it, looked for back from the end
        // over the closing punctuation (as the question cue does).
        var k = tokens.count - 1
        while k >= 0, tokens[k].kind == .punctuation, tokens[k].word != Self.mark { k -= 1 }
        guard k >= 0, tokens[k].word == Self.mark, !context.inQuote[k] else { return }
        result.append(context.evidence(id, tokens: k..<(k + 1), effect: .editorial, weight: 1.0,
                                       note: "exclamation in the outlet's voice"))
    }
}
