/// A line that is only a dash and a name ("― Carla Sanchez", "— Edwin G. Monroy.") credits the
/// quotation before it to that person, as pages of readers' or sources' quotes do: the line
/// reports their words.
public struct CreditLineCue: Cue, TokenSetCue {
    /// No dash anywhere in the sentence (most sentences): no credit line, and the cue is not called.
    var tokenSets: TokenSets { .creditDashes }
    public var id: String { "credit-line" }
    public init() {}
    /// Em dash, horizontal bar, en dash and hyphen, as the punctuation tokens they are (packed
    /// keys, compared without a string made: each is a single scalar that no other scalar is
    /// canonically equivalent to, so equal packs are equal keys).
    static let dashes = [WordKey("\u{2014}"), WordKey("\u{2015}"), WordKey("\u{2013}"), WordKey("-")]
    /// The same dashes as a word set (`TokenSets.creditDashes`).
    static let dashSet: WordSet = ["\u{2014}", "\u{2015}", "\u{2013}", "-"]

    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        guard tokens.count >= 2, tokens[0].kind == .punctuation, Self.dashes.contains(tokens[0].word) else { return }
        var words = 0
        for k in 1..<tokens.count {
            let t = tokens[k]
            if t.kind == .word, t.isCapitalized {
                words += 1
            } else if t.kind == .punctuation, t.word == .period || t.word == .comma {
                // Initials ("Edwin G. Monroy") and a closing period.
                continue
            } else {
                return
            }
        }
        guard (1...5).contains(words) else { return }
        result.append(context.evidence(id, tokens: 0..<tokens.count, effect: .attribution, weight: 1.5,
                                       note: "a dash and a name alone on a line credit the quotation before it"))
    }
}
