/// A question in the outlet's own voice (not inside a quotation, not a headline's
/// attributed question) invites the reader to a conclusion.
public struct RhetoricalQuestionCue: Cue {
    public var id: String { "rhetorical-question" }
    static let questionMark = WordKey("?")
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        // The last question mark, if only punctuation follows it (a question followed only by
        // closing punctuation ends the sentence): looked for back from the end over the closing
        // punctuation, not through the whole sentence.
        var k = tokens.count - 1
        while k >= 0, tokens[k].kind == .punctuation, tokens[k].word != Self.questionMark { k -= 1 }
        guard k >= 0, tokens[k].word == Self.questionMark else { return }
        let last = k
        guard !context.inQuote[last] else { return }
        result.append(context.evidence(id, tokens: last..<(last + 1), effect: .editorial, weight: 1.0,
                                       note: "question in the outlet's voice"))
    }
}
