/// A line that is only a dash and a name ("― Carla Sanchez", "— Edwin G. Monroy.") credits the
/// quotation before it to that person, as pages of readers' or sources' quotes do: the line
/// reports their words.
public struct CreditLineCue: Cue {
    public var id: String { "credit-line" }
    public init() {}
    /// Em dash, horizontal bar, en dash and hyphen, as the punctuation tokens they are.
    static let dashes: Set<String> = ["\u{2014}", "\u{2015}", "\u{2013}", "-"]

    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        guard tokens.count >= 2, tokens[0].kind == .punctuation, Self.dashes.contains(tokens[0].key) else { return }
        var words = 0
        for k in 1..<tokens.count {
            let t = tokens[k]
            if t.kind == .word, t.isCapitalized {
                words += 1
            } else if t.kind == .punctuation, t.key == "." || t.key == "," {
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
