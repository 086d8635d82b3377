/// A poll result ("56 percent would vote for Clinton", "41% say", "a majority of voters
/// approve"): the respondents' views, reported by the poll, not the outlet's claim.
///
/// It needs both a share of people (a percentage or "majority"/"plurality") and a verb of
/// opinion or choice after it, so plain statistics ("unemployment fell to 5 percent") stay factual.
///
/// A result placed in one poll or survey ("she led 56 percent to 32 percent in a CNN poll", "In
/// the latest Post-ABC survey, ...") is the poll's finding too: "in", a determiner or possessive,
/// and the singular "poll" or "survey" within a few words. The plural ("leads in the polls") is
/// a standing in general, which PolNeAR's annotators marked as attributed no more often than not.
public struct PollFindingCue: Cue, TokenSetCue {
    var tokenSets: TokenSets { [.pollShares, .pollNouns] }
    public var id: String { "poll-finding" }
    static let shares: WordSet = ["percent", "%", "majority", "plurality", "majorities", "minority", "half", "third", "quarter"]
    static let opinionVerbs: WordSet = [
        "would", "say", "said", "approve", "approved", "disapprove", "favor", "favour", "oppose", "opposed", "prefer",
        "preferred", "back", "backed", "support", "supported", "choose", "chose", "believe", "believed", "think", "thought",
        "view", "viewed", "rate", "rated", "trust", "want", "wanted", "expect", "agree", "agreed", "disagree", "plan", "planned",
    ]
    /// How many words may stand between the share and the verb ("56 percent of Democrats would").
    static let window = 6
    /// What may follow "in" before the poll's name and "poll": a determiner or possessive.
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "one"]
    /// The nouns of one poll ("in a CNN poll"), not before a word that makes them a place or a
    /// group ("in the poll workers' room", "in a survey course").
    static let pollNouns: WordSet = ["poll", "survey"]
    static let notPolls: WordSet = ["workers", "worker", "watchers", "tax", "taxes", "station", "stations", "booth", "booths", "place", "places", "site", "sites", "course"]
    /// How many words may stand between the determiner and "poll" ("in the latest NBC News/Wall
    /// Street Journal/Marist poll").
    static let nameWindow = 9
    static let inWord = WordKey("in")
    /// Marks inside a poll's name ("Post-ABC", "NBC News/Wall Street Journal", "U.S.").
    static let nameMarks: WordSet = ["-", "/", ".", "&"]
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        // Both when both are there ("In a CNN poll released Monday, 31% of Republicans said
        // ..."): the share names the respondents, the phrase the poll that asked them, and each
        // is a source of the sentence.
        if context.sentenceTokenSets.contains(.pollShares) { _ = findShare(in: context, into: &result) }
        findInPoll(in: context, into: &result)
    }

    /// "in a CNN poll": the tokens from "in" to the poll's noun.
    func findInPoll(in context: SentenceContext, into result: inout [CueEvidence]) {
        // No "poll" or "survey" in the sentence, no poll named: the walk over every "in" is
        // not made (nearly every sentence; it was some 300 instructions each).
        guard context.sentenceTokenSets.contains(.pollNouns) else { return }
        let tokens = context.tokens
        var i = -1
        while true {
            i = Self.nextIn(tokens, from: i + 1)
            guard i + 2 < tokens.count else { return }
            guard !context.inQuote[i] else { continue }
            var j = i + 1
            if Self.determiners.contains(tokens[j]) {
                j += 1
            } else if tokens[j].keyHasSuffix("'s") {
                // "in Monday's poll", "in May's Washington Post-ABC News poll"
                j += 1
            } else if j + 1 < tokens.count, tokens[j + 1].word == .possessive {
                j += 2
            } else {
                continue
            }
            let end = min(tokens.count, j + Self.nameWindow)
            while j < end, !Self.pollNouns.contains(tokens[j]),
                  tokens[j].kind != .punctuation || Self.nameMarks.contains(tokens[j]) {
                j += 1
            }
            guard j < end, Self.pollNouns.contains(tokens[j]), !context.inQuote[j],
                  j + 1 == tokens.count || !Self.notPolls.contains(tokens[j + 1]) else { continue }
            result.append(context.evidence(id, tokens: i..<(j + 1), effect: .attribution, weight: 1.2,
                                           note: "a result reported in a poll: the poll's finding"))
            return
        }
    }

    /// The first "in" at or after `start` (`tokens.count` if none): a tight loop of its own over
    /// the tokens' keys, since every sentence is walked and few hold a poll.
    @inline(never)
    static func nextIn(_ tokens: [Token], from start: Int) -> Int {
        tokens.withUnsafeBufferPointer { buffer in
            var i = start
            while i < buffer.count && buffer[i].word != inWord { i += 1 }
            return i
        }
    }

    /// Whether the word at `j`, right after the share, is a noun the share measures: "leads
    /// with 36 percent support;", "gets 1 percent support among", "a 36 percent rate." (a
    /// punctuation mark or a preposition follows it), not the respondents' verb ("56 percent
    /// support the ban").
    static func isShareNoun(_ tokens: [Token], _ j: Int) -> Bool {
        guard shareNouns.contains(tokens[j]) else { return false }
        return j + 1 == tokens.count || tokens[j + 1].kind == .punctuation || VerbContext.prepositions.contains(tokens[j + 1])
    }
    static let shareNouns: WordSet = ["support", "rate", "view", "favor", "favour", "plan", "trust", "back"]

    /// Whether the share word at `i` opens a title before a role word ("majority leader",
    /// "minority whip"), not a share of people ("minority voters", "21% who would").
    static func isTitle(_ context: SentenceContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        guard i + 1 < tokens.count, tokens[i].kind == .word, tokens[i + 1].kind == .word, let kind = context.words.sourceKind(tokens[i + 1]) else { return false }
        // (A singular role: "minority voters view" is a share of people.)
        return SourceFinder.kindIs(kind, "role") && !tokens[i + 1].keyHasSuffix("s")
    }

    /// "56 percent would": whether it found one.
    func findShare(in context: SentenceContext, into result: inout [CueEvidence]) -> Bool {
        let tokens = context.tokens
        var i = Self.nextShare(context.tokenSets, from: 0)
        while i < tokens.count {
            let end = min(tokens.count, i + 1 + Self.window)
            // (A share word before a role word is part of a title: "the Senate majority leader,
            // who in 2010 said".)
            if !context.inQuote[i], i + 1 < end, !Self.isTitle(context, i),
               let j = (i + 1..<end).first(where: { context.tokenSets[$0].contains(.pollOpinionVerbs) && !context.inQuote[$0]
                   && !($0 == i + 1 && Self.isShareNoun(tokens, $0)) }) {
                result.append(context.evidence(id, tokens: i..<(j + 1), effect: .attribution, weight: 1.2,
                                               note: "a poll's respondents' views"))
                return true
            }
            i = Self.nextShare(context.tokenSets, from: i + 1)
        }
        return false
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
