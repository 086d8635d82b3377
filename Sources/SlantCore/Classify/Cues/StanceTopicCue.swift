/// A noun of view, claim or stance with the topic it is about, where no owner is named:
/// "questions about his health", "attacks on the press", "support for the bill", "the proposal
/// to cut taxes", "concerns about the cost". The noun reports a position someone holds or
/// voiced (a nominal attribution), though the sentence does not say whose.
///
/// The nouns come from `attribution-cues.tsv`: `topic` entries are the noun with its preposition
/// ("attacks on", "support for", "claims of"); `stance` and `content` nouns count before one
/// of `prepositions`, but for `notTopical`. Forms that are also verbs count only as `topic`
/// entries: "demand for housing" and "estimates of growth" are economics, and "his views on
/// trade" names a topic the holder voiced nothing about. A stance noun with
/// its owner ("her proposal to") is the owned-stance cue's, and a capitalised noun inside a
/// body sentence is part of a name ("the Campaign for Liberty").
public struct StanceTopicCue: Cue, ListedKindCue {
    public var id: String { "stance-topic" }
    static var kinds: SentenceContext.KindSet { SentenceContext.KindSet(.topic, .stance, .content) }
    /// Stance and content nouns whose preposition more often names something else than the
    /// topic of a view: "a plan to date", "the theory of relativity", "inflation expectations for",
    /// "the goal of this column", "positions of power".
    static let notTopical: WordSet = ["plan", "theory", "expectation", "expectations", "goal", "positions"]
    static let prepositions: WordSet = ["of", "about", "on", "against", "for", "to", "over"]
    var attributionKinds: SentenceContext.KindSet { Self.kinds }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        // None of the kinds starts anywhere in the sentence: nothing to walk.
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where !context.inQuote[i] {
            guard let (kind, length) = context.attributionKind(at: i), Self.kinds.contains(kind),
                  !VerbContext.isName(context, i), !VerbContext.hasWriterSubject(context, i),
                  let (entry, _) = context.attribution(at: i) else { continue }
            var end = i + length
            if kind != .topic {
                guard end < tokens.count, Self.prepositions.contains(tokens[end]), !context.inQuote[end] else { continue }
                if kind == .stance, OwnedStanceCue.owner(context, before: i) != nil { continue }
                if Self.notTopical.contains(tokens[i]) { continue }
                end += 1
            }
            result.append(context.evidence(id, tokens: i..<end, effect: .attribution, weight: 1.0,
                                           note: "'\(entry.value.term)': a view or claim reported with its topic, its holder unnamed"))
        }
    }
}
