/// A poll result ("56 percent would vote for Clinton", "41% say", "a majority of voters
/// approve"): the respondents' views, reported by the poll, not the outlet's claim.
///
/// It needs both a share of people (a percentage or "majority"/"plurality") and a verb of
/// opinion or choice after it, so plain statistics ("unemployment fell to 5 percent") stay factual.
public struct PollFindingCue: Cue {
    public var id: String { "poll-finding" }
    static let shares: WordSet = ["percent", "%", "majority", "plurality", "majorities", "minority", "half", "third", "quarter"]
    static let opinionVerbs: WordSet = [
        "would", "say", "said", "approve", "approved", "disapprove", "favor", "favour", "oppose", "opposed", "prefer",
        "preferred", "back", "backed", "support", "supported", "choose", "chose", "believe", "believed", "think", "thought",
        "view", "viewed", "rate", "rated", "trust", "want", "wanted", "expect", "agree", "agreed", "disagree", "plan", "planned",
    ]
    /// How many words may stand between the share and the verb ("56 percent of Democrats would").
    static let window = 6
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard context.sentenceTokenSets.contains(.pollShares) else { return }
        let tokens = context.tokens
        var i = Self.nextShare(context.tokenSets, from: 0)
        while i < tokens.count {
            let end = min(tokens.count, i + 1 + Self.window)
            if !context.inQuote[i], i + 1 < end,
               let j = (i + 1..<end).first(where: { context.tokenSets[$0].contains(.pollOpinionVerbs) && !context.inQuote[$0] }) {
                result.append(context.evidence(id, tokens: i..<(j + 1), effect: .attribution, weight: 1.2,
                                               note: "a poll's respondents' views"))
                return
            }
            i = Self.nextShare(context.tokenSets, from: i + 1)
        }
    }

    /// The first token at or after `start` that is a share word (`sets.count` if none), from
    /// the tokens' `TokenSets`. A loop of its own: inside `find`, whose rarely taken part needs
    /// many registers, the test of every token spilled and reloaded its state on each turn.
    @inline(never)
    static func nextShare(_ sets: TokenSets.List, from start: Int) -> Int {
        var i = start
        while i < sets.count && !sets[i].contains(.pollShares) { i += 1 }
        return i
    }
}
