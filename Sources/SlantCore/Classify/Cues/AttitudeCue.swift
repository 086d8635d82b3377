/// Someone's attitude towards a fact or a person, given with what it is about: "his supporters
/// are optimistic that he will win", "Republicans have been critical of the deal", "voters were
/// unhappy with the result". The feeling is the holder's stance, reported: the adjective is
/// theirs, not the outlet's evaluation.
///
/// The adjective comes from `attribution-cues.tsv` (kind `attitude`) and counts only after a
/// form of "be" or a linking verb ("remained", "seemed", "grew"), at most two adverbs between,
/// and before what the attitude is about ("that", "about", "with", "of", ...). "It is critical
/// that" is the outlet's own judgement ("it" holds no attitude), and so is "I am happy that".
/// The cue's span is the adjective alone, so the evaluative-word cue does not count it again.
public struct AttitudeCue: Cue, ListedKindCue {
    public var id: String { "attitude" }
    static let linking: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m", "isn't", "aren't", "wasn't", "weren't",
        "remain", "remains", "remained", "seem", "seems", "seemed", "grew", "grow", "grows", "become", "becomes", "became",
        "appear", "appears", "appeared",
    ]
    /// Words that may stand between the linking verb and the adjective besides adverbs in -ly.
    static let between: WordSet = ["not", "so", "very", "less", "more", "also", "still", "too", "quite", "all", "both", "no", "as", "much"]
    /// What the attitude is about. Not "to" ("is sure to win" is a prediction) nor "at" ("was
    /// skeptical at first").
    static let complements: WordSet = ["that", "about", "whether", "why", "how", "of", "with", "over", "by"]
    /// Subjects that hold no attitude ("it is critical that", "this is certain") or are the writer's.
    static let expletives: WordSet = ["it", "this", "that", "there", "what"]
    static let auxiliaries: WordSet = ["has", "have", "had", "will", "would", "could", "may", "might", "must", "should", "can"]
    static let window = 3
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.attitude) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where i > 0 && !context.inQuote[i] {
            guard let (entry, length) = context.attributionWord(at: i, kind: .attitude),
                  i + length < tokens.count, Self.complements.contains(tokens[i + length]), !context.inQuote[i + length],
                  !VerbContext.hasWriterSubject(context, i) else { continue }
            var j = i - 1
            while j >= 0, i - j <= Self.window, !Self.linking.contains(tokens[j]),
                  Self.between.contains(tokens[j]) || tokens[j].keyHasSuffix("ly") && !tokens[j].isCapitalized {
                j -= 1
            }
            guard j >= 0, i - j <= Self.window, Self.linking.contains(tokens[j]), !context.inQuote[j] else { continue }
            // The subject right before the linking verb, over auxiliaries ("has been", "had grown").
            var s = j - 1
            while s >= 0, Self.auxiliaries.contains(tokens[s]) { s -= 1 }
            // "reasons to be skeptical about": an infinitive has no holder.
            if s >= 0, Self.expletives.contains(tokens[s]) || tokens[s].word == .to { continue }
            result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution, weight: entry.weight,
                                           note: entry.note ?? "someone's attitude with what it is about: theirs, reported"))
        }
    }
}
