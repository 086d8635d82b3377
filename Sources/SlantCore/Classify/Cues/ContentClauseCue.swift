/// A noun of saying or belief followed by a clause of content: "amid accusations that the
/// count was rigged", "fears that the deal will collapse", "the notion that taxes must rise".
/// What the clause says is someone's claim or view, reported, not the outlet's, unless the
/// writer owns the noun ("It is my hope that", "our belief that").
///
/// The noun comes from `attribution-cues.tsv` (kinds `noun-verb`, `stance`, `belief` and
/// `content`); a form that stands where a verb can ("he claims that") is the verb cue's.
public struct ContentClauseCue: Cue, ListedKindCue {
    public var id: String { "content-clause" }
    static var nounKinds: SentenceContext.KindSet { SentenceContext.KindSet(.nounVerb, .stance).union(SentenceContext.KindSet(.belief, .content)) }
    var attributionKinds: SentenceContext.KindSet { Self.nounKinds }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        // None of the kinds starts anywhere in the sentence: nothing to walk.
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where !context.inQuote[i] {
            guard let (kind, length) = context.attributionKind(at: i), Self.nounKinds.contains(kind) else { continue }
            let next = i + length
            guard next < tokens.count, tokens[next].word == .that, !context.inQuote[next] else { continue }
            // "he claims that", "voters fear that": a verb, which the verb cues report.
            if kind != .stance && kind != .content && VerbContext.isVerbPosition(context, i, length: length) { continue }
            // "It is my hope that", "our fear that": the writer's own view.
            if VerbContext.hasWriterOwner(context, i) { continue }
            // "Note that the bill ...": a bare form opening the sentence is the writer's
            // imperative to the reader, not a noun.
            if length == 1, tokens[i].isCapitalized, Self.imperatives.contains(tokens[i]),
               tokens[..<i].allSatisfy({ $0.kind == .punctuation }) { continue }
            guard let (entry, _) = context.attribution(at: i) else { continue }
            result.append(context.evidence(id, tokens: i..<(next + 1), effect: .attribution, weight: 1.0,
                                           note: "'\(entry.value.term) that': a claim or view reported with its content"))
        }
    }

    /// Verbs that open an imperative to the reader with "that" ("Note that", "Assume that").
    static let imperatives: WordSet = ["note", "notice", "remember", "recall", "consider", "imagine", "assume", "suppose", "demand"]
}
