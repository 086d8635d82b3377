/// An exclamation in the outlet's own voice ("This is the income tax alone!"): a report states,
/// commentary exclaims. Not inside a quotation, where the exclamation is the speaker's.
public struct ExclamationCue: Cue, TokenSetCue {
    var tokenSets: TokenSets { .exclamationMarks }
    public var id: String { "exclamation" }
    static let mark = WordKey("!")
    /// The mark as a word set (`TokenSets.exclamationMarks`).
    static let marks: WordSet = ["!"]
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        // No "!" anywhere in the sentence: none closes it.
        guard context.sentenceTokenSets.contains(.exclamationMarks), let k = context.closingMark(Self.mark) else { return }
        result.append(context.evidence(id, tokens: k..<(k + 1), effect: .editorial, weight: 1.0,
                                       note: "exclamation in the outlet's voice"))
    }
}
