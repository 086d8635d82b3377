/// A sentence that opens with an imperative ("Consider", "Imagine", "Don't") addresses the reader.
public struct ImperativeCue: Cue {
    public var id: String { "imperative" }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        var k = 0
        while k < tokens.count, tokens[k].kind == .punctuation { k += 1 }
        guard k < tokens.count else { return }
        let first = k
        guard !context.inQuote[first],
              let (entry, length) = context.editorialWord(at: first),
              entry.code == .imperative else { return }
        result.append(context.evidence(id, tokens: first..<(first + length), effect: .editorial, weight: entry.weight,
                                       note: "imperative addressed to the reader"))
    }
}
