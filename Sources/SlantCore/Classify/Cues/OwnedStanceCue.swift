/// A stance noun with its owner: "Trump's immigration plan", "her endorsement of Clinton",
/// "criticism from Democrats". The view, plan or proposal is the owner's, so a sentence that
/// reports it reports someone else's position.
///
/// The noun needs an owner: a possessive name or role ("Smith's", "the senator's"), "his",
/// "her", "their" or "its" at most two words before it, or "from"/"by" and a name,
/// quantifier or source word right after it, or a determiner whose phrase has one. Without one ("the plan failed") it is an ordinary noun. "my",
/// "our" and "your" are the writer's own, which the personal-voice cue reports.
public struct OwnedStanceCue: Cue, ListedKindCue {
    public var id: String { "owned-stance" }
    static let possessors: WordSet = ["his", "her", "their", "its"]
    static let agents: WordSet = ["from", "by"]
    /// Words that open the owner after "from" or "by" besides a name, a determiner or a source
    /// word ("criticism from both sides", "from fellow Republicans", "from many environmentalists").
    static let agentOpeners: WordSet = ["both", "many", "several", "fellow", "other", "some", "most", "all"]
    /// How many modifiers may stand between the owner and the noun ("Clinton's health care plan").
    static let modifiers = 2
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.stance) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where !context.inQuote[i] {
            // A capitalised noun is part of a name or a title-case headline ("His Plan Going Forward").
            guard let (kind, length) = context.attributionKind(at: i), kind == .stance, !tokens[i].isCapitalized,
                  let (entry, _) = context.attributionWord(at: i) else { continue }
            let end = i + length
            if let owner = Self.owner(context, before: i) {
                result.append(context.evidence(id, tokens: owner..<end, effect: .attribution, weight: entry.weight,
                                               note: entry.note ?? "a view, plan or stance with its owner"))
            } else if end + 1 < tokens.count, Self.agents.contains(tokens[end]), !context.inQuote[end + 1],
                      tokens[end + 1].isCapitalized || Self.agentOpeners.contains(tokens[end + 1]) || context.words.sourceKind(tokens[end + 1]) != nil
                        || context.tokenSets[end + 1].contains(.determiners) && Self.holderFollows(context, from: end + 2) {
                result.append(context.evidence(id, tokens: i..<(end + 1), effect: .attribution, weight: entry.weight,
                                               note: entry.note ?? "a view, plan or stance with its owner"))
            }
        }
    }

    /// Whether the noun phrase after a determiner names someone who can hold a view: a name
    /// or a source word (person, role, organisation) among its next few words, before any
    /// punctuation or other preposition ("criticism from the White House", "support from a
    /// group of lawmakers"); not a thing ("a goal from a volley", "the plan by the end").
    static func holderFollows(_ context: SentenceContext, from start: Int) -> Bool {
        let tokens = context.tokens
        var k = start
        while k < tokens.count, k - start < 4, tokens[k].kind == .word, !context.inQuote[k] {
            if tokens[k].isCapitalized || context.words.sourceKind(tokens[k]) != nil { return true }
            if k > start, context.tokenSets[k].contains(.notInNounPhrase) { return false }
            k += 1
        }
        return false
    }

    /// The owner's token before the noun at `i`: a possessive name or source word, or a
    /// possessive pronoun, with at most `modifiers` lower-case words between.
    static func owner(_ context: SentenceContext, before i: Int) -> Int? {
        let tokens = context.tokens
        var j = i - 1
        while j >= 0, i - 1 - j <= modifiers {
            let t = tokens[j]
            if context.inQuote[j] || t.kind == .punctuation { return nil }
            if possessors.contains(t) { return j }
            // ("the senator's": a role's possessive, looked up without its "'s".)
            if t.keyHasSuffix("'s"), t.keyCount > 2, t.isCapitalized || context.words.sourceKind(t) != nil || context.words.possessorKind(t) != nil { return j }
            if t.isCapitalized || context.tokenSets[j].contains(.determiners) || context.tokenSets[j].contains(.notInNounPhrase) { return nil }
            j -= 1
        }
        return nil
    }
}
