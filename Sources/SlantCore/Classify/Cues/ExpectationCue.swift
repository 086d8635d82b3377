/// An expectation, rumour or reputation reported in the passive: "the House is expected to pass
/// the bill", "she was widely rumored to be on the shortlist", "a ruling is not expected until
/// May", "he is best known for". The
/// expectation is someone else's (the parties, analysts, officials), left unnamed as in "is said
/// to": the outlet reports it, it does not predict in its own voice.
///
/// The participle comes from `attribution-cues.tsv` (kind `expectation`) and counts only after
/// a form of "be", with at most a few adverbs or a negation between ("is widely expected", "was
/// not expected"): "than expected" or "the expected result" report nobody's expectation.
public struct ExpectationCue: Cue, ListedKindCue {
    public var id: String { "expectation" }
    static let beForms: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "isn't", "aren't", "wasn't", "weren't",
    ]
    /// Words that may stand between "be" and the participle besides adverbs in -ly.
    static let between: WordSet = [
        "not", "also", "now", "still", "already", "long", "no", "longer", "once", "never", "much", "generally", "widely",
        // "is best known for" (not "well": "his views are well known" is the outlet's own claim)
        "best",
    ]
    /// How far before the participle the form of "be" may stand.
    static let window = 3
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.expectation) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where i > 0 && !context.inQuote[i] {
            guard let (entry, length) = context.attributionWord(at: i, kind: .expectation) else { continue }
            var j = i - 1
            while j >= 0, i - j <= Self.window, !Self.beForms.contains(tokens[j]),
                  Self.between.contains(tokens[j]) || tokens[j].keyHasSuffix("ly") && !tokens[j].isCapitalized {
                j -= 1
            }
            guard j >= 0, i - j <= Self.window, Self.beForms.contains(tokens[j]), !context.inQuote[j] else { continue }
            // "is expected to": the span the speculation entry of the same words would cover, so
            // the words count once, as the report of an expectation.
            var end = i + length
            if end < tokens.count, tokens[end].word == .to { end += 1 }
            result.append(context.evidence(id, tokens: j..<end, effect: .attribution, weight: entry.weight,
                                           note: entry.note ?? "an expectation reported in the passive: someone else's, unnamed"))
        }
    }
}
