/// A question in the outlet's own voice (not inside a quotation, not a headline's
/// attributed question) invites the reader to a conclusion.
public struct RhetoricalQuestionCue: Cue {
    public var id: String { "rhetorical-question" }
    static let questionMark = WordKey("?")
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        var k = tokens.count - 1
        while k >= 0, tokens[k].word != Self.questionMark { k -= 1 }
        guard k >= 0 else { return }
        let last = k
        guard !context.inQuote[last] else { return }
        // A question followed only by closing punctuation ends the sentence.
        let rest = context.tokens[(last + 1)...]
        guard rest.allSatisfy({ $0.kind == .punctuation }) else { return }
        result.append(context.evidence(id, tokens: last..<(last + 1), effect: .editorial, weight: 1.0,
                                       note: "question in the outlet's voice"))
    }
}
