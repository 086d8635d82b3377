/// Verbs of saying in all their forms ("said", "tells", "announcing", "denied") outside
/// quotations: the sentence reports someone else's claim.
///
/// Forms that are also common nouns ("claims", "reports", "states") count only where a verb
/// can stand (`VerbContext`), and a capitalised form inside a body sentence is a name
/// ("United States"). With "I" or "we" as the subject ("as we predicted") the writer speaks
/// in their own voice, which the personal-voice cue reports instead; so they do in a name or
/// character put as a possibility, with no one to give it ("what may be called", "can only be
/// described as").
public struct AttributionVerbCue: Cue, ListedKindCue {
    public var id: String { "attribution-verb" }
    /// The kinds of listed word the cue acts on.
    static var kinds: SentenceContext.KindSet { SentenceContext.KindSet(.verb, .nounVerb) }
    var attributionKinds: SentenceContext.KindSet { Self.kinds }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        context.scanAttributions(stepOverDeclined: true) { i, kind, length in
            guard kind == .verb || kind == .nounVerb, let (entry, _) = context.attributionWord(at: i) else { return false }
            // A verb with no word before or after it is not reporting anyone, nor is a bare
            // verb opening the sentence: that is an imperative ("Observe how ...", "Tell me"),
            // while an inverted report opens with a past or third-person form ("Said Smith:").
            // So is one after an opening "now", "please", "just" ("Now tell us ...", "Please
            // say no").
            let opensSentence = i == 0 || i == 1 && VerbContext.imperativeOpeners.contains(tokens[0])
            let hasSubject = !opensSentence ? true
                : i + length < tokens.count && !VerbContext.isBareForm(tokens[i])
            let isVerb = kind == .verb || VerbContext.isVerbPosition(context, i, length: length)
            // ("Don't blame Bush", "Do not tell anyone": a negated imperative has none either.)
            if hasSubject, isVerb, !VerbContext.isImperative(context, i, length: length), !VerbContext.isName(context, i),
               !VerbContext.hasWriterSubject(context, i),
               !VerbContext.isNaming(context, i), !VerbContext.isImpersonalInfinitive(context, i),
               !VerbContext.isModalCharacterisation(context, i, length: length), !VerbContext.isDeathToll(context, i, length: length),
               !VerbContext.isPlacingPutIt(context, i, length: length),
               !VerbContext.isQuantityChange(context, i, length: length), !VerbContext.isGerundSubject(context, i, length: length),
               !VerbContext.isAttributiveParticiple(context, i, length: length), !VerbContext.isArticleGerund(context, i, length: length),
               !VerbContext.isConcessiveSaid(context, i, length: length), !VerbContext.isExampleSay(context, i, length: length),
               !VerbContext.isEventEnding(context, i, length: length) {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                               weight: entry.weight, note: entry.note ?? "verb of saying"))
            } else if kind == .nounVerb, Self.isOwnedClaim(context, i, length: length) {
                result.append(context.evidence(id, tokens: i..<(i + length + 1), effect: .attribution,
                                               weight: entry.weight, note: "a saying noun with its owner and what was said ('Trump's claim that')"))
            }
            return true
        }
    }

    /// "Trump's claim that ...", "the Post's report that ...": the noun names who said it, and
    /// `that` opens what was said. Not "Trump's absurd claim" (the framed-attribution cue's).
    static func isOwnedClaim(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard i > 0, i + length < tokens.count, tokens[i + length].word == .that,
              tokens[i - 1].keyHasSuffix("'s"), !context.inQuote[i - 1] else { return false }
        return true
    }
}
