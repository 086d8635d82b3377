/// A question in the outlet's own voice (not inside a quotation, not a headline's
/// attributed question) invites the reader to a conclusion.
public struct RhetoricalQuestionCue: Cue, TokenSetCue {
    var tokenSets: TokenSets { .questionMarks }
    public var id: String { "rhetorical-question" }
    static let questionMark = WordKey("?")
    /// The mark as a word set (`TokenSets.questionMarks`).
    static let marks: WordSet = ["?"]
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        // A question followed only by closing punctuation ends the sentence.
        // (No "?" anywhere in the sentence: none closes it.)
        guard context.sentenceTokenSets.contains(.questionMarks), let last = context.closingMark(Self.questionMark) else { return }
        result.append(context.evidence(id, tokens: last..<(last + 1), effect: .editorial, weight: 1.0,
                                       note: "question in the outlet's voice"))
    }
}
