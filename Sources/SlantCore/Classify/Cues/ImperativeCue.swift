/// A sentence that opens with an imperative ("Consider", "Imagine", "Don't") addresses the reader,
/// also after a linking word ("And remember that ...", "So let's be clear", "But consider this").
public struct ImperativeCue: Cue, ListedKindCue {
    public var id: String { "imperative" }
    /// Words that may stand before the imperative: they link the sentence to the argument before
    /// it and cannot be its subject, so the verb after them still has none.
    static let linkingWords: WordSet = ["and", "but", "so", "now", "then", "yet"]
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.imperative) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        // No imperative entry starts anywhere in the sentence: nothing to look for.
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        var k = 0
        while k < tokens.count, tokens[k].kind == .punctuation { k += 1 }
        guard k < tokens.count else { return }
        if Self.linkingWords.contains(tokens[k]) {
            k += 1
            if k < tokens.count, tokens[k].word == .comma { k += 1 }
            guard k < tokens.count else { return }
        }
        let first = k
        guard !context.inQuote[first],
              let (entry, length) = context.editorialWord(at: first),
              entry.code == .imperative else { return }
        result.append(context.evidence(id, tokens: first..<(first + length), effect: .editorial, weight: entry.weight,
                                       note: "imperative addressed to the reader"))
    }
}
