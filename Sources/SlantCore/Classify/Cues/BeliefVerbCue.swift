/// Verbs of belief, wish or intention ("thinks", "wants", "hopes", "plans") outside
/// quotations: the sentence reports someone else's state of mind, which is theirs, not the
/// outlet's.
///
/// With "I" or "we" as the subject the writer states their own view, so the cue stays silent
/// and the personal-voice cue speaks instead; so it does for an imperative addressed to the
/// reader ("And remember that ...", "Just imagine ...") and for a character the writer puts as
/// a possibility, with no one to hold it ("would be considered a success").
public struct BeliefVerbCue: Cue, ListedKindCue {
    public var id: String { "belief-verb" }
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.belief, .expectation) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        context.scanAttributions(stepOverDeclined: true) { i, kind, length in
            // "her advisers expected", "than anyone had expected", "he expected me to read":
            // the active past of "expect" (its passive is the expectation cue's).
            if kind == .expectation, length == 1, Self.isActiveExpected(context, i), !VerbContext.hasWriterSubject(context, i) {
                result.append(context.evidence(id, tokens: i..<(i + 1), effect: .attribution, weight: 1.0,
                                               note: "verb of belief or intention"))
                return true
            }
            // "I think", "we hope", "I don't believe": the writer's own view.
            if kind == .belief, i > 0, let (entry, _) = context.attributionWord(at: i), !VerbContext.isName(context, i),
               VerbContext.isVerbPosition(context, i, length: length) || Self.hasQuantifierSubject(context, i),
               !VerbContext.hasWriterSubject(context, i), !VerbContext.isImperative(context, i, length: length),
               !VerbContext.isModalCharacterisation(context, i, length: length), !Self.isNounAfterAdjective(context, i, length: length),
               !Self.isBareNounAfterAdjective(context, i, length: length), !Self.isDecidedOutcome(context, i, length: length),
               !Self.isSuspectNoun(context, i, length: length), !Self.isImpersonalFeel(context, i, length: length) {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                               weight: entry.weight,
                                               note: entry.note ?? "someone else's belief or intention"))
            }
            return true
        }
    }

    /// True for "expected" with a subject of its own: after a perfect's auxiliary ("had
    /// expected"), a subject pronoun or a relative word ("they expected", "a crowd that hardly
    /// expected"), or a name or a word for people that is not followed by "to" ("her advisers
    /// expected", "Trump expected a win"; "Trump expected to win" is a headline's passive).
    /// Adverbs may stand between. Not "than expected", "as expected", "the expected result".
    static func isActiveExpected(_ context: SentenceContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        guard tokens[i].word == expectedWord, !context.inQuote[i] else { return false }
        var j = i - 1
        while j >= 0, i - j <= 3, !tokens[j].isCapitalized, tokens[j].keyHasSuffix("ly") || expectedAdverbs.contains(tokens[j]) { j -= 1 }
        guard j >= 0, tokens[j].kind == .word, !context.inQuote[j] else { return false }
        if perfectAuxiliaries.contains(tokens[j]) {
            // (Not the generic "One might have expected", "you would have expected".)
            var k = j - 1
            if k >= 0, modals.contains(tokens[k]) { k -= 1 }
            return k < 0 || !genericSubjects.contains(tokens[k])
        }
        if expectingSubjects.contains(tokens[j]) { return true }
        let toFollows = i + 1 < tokens.count && tokens[i + 1].word == .to
        guard !toFollows, j >= 1 else { return false }
        // (A title-case headline capitalises "Better Than Expected".)
        if notSubjects.contains(tokens[j]) { return false }
        return tokens[j].isCapitalized && !tokens[j].isAllCaps || context.words.sourceKind(tokens[j]) != nil && tokens[j].keyHasSuffix("s")
    }
    static let modals: WordSet = ["might", "would", "could", "should", "may", "must", "will"]
    static let genericSubjects: WordSet = ["one", "you"]
    static let notSubjects: WordSet = ["than", "as", "the", "a", "an", "more", "less", "better", "worse", "what", "when", "if", "be", "been", "is", "was"]
    static let expectedWord = WordKey("expected")
    static let expectedAdverbs: WordSet = ["not", "never", "hardly", "also", "all", "once", "long", "initially", "always"]
    static let perfectAuxiliaries: WordSet = ["had", "has", "have", "'d", "hadn't", "hasn't", "haven't"]
    static let expectingSubjects: WordSet = ["he", "she", "they", "we", "you", "who", "that", "which", "everyone", "anyone", "nobody", "few", "many", "most"]

    /// True for an -ing form after an article or possessive and one lower-case word that is no
    /// adverb, followed by the sentence's punctuation or a word that does not open its object
    /// ("the meticulous planning behind the event", "their careful planning."): a noun. Not a
    /// participle after a noun, which takes an object ("the group planning a rally", "a
    /// campaign hoping to win").
    static func isNounAfterAdjective(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 2, tokens[i].keyHasSuffix("ing"), tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
              !tokens[i - 1].keyHasSuffix("ly"), !context.tokenSets[i - 1].contains(.adverbs),
              nounDeterminers.contains(tokens[i - 2]) else { return false }
        return i + 1 >= tokens.count || tokens[i + 1].kind == .punctuation || nounFollowers.contains(tokens[i + 1])
    }

    /// True for "decided" in a passive whose subject is a contest or question, not a decision
    /// someone holds ("The state was decided by less than one point", "Contests in Missouri
    /// have not yet been decided.", "the race will be decided by a runoff"): the outcome of a
    /// vote, reported as a fact. Not "It was decided that ...", "was decided to", which report
    /// a decision (adverbs may stand between: "has not yet been decided").
    static func isDecidedOutcome(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, tokens[i].word == decidedWord, SourceFinder.passiveAuxiliary(context, before: i) != nil else { return false }
        guard i + 1 < tokens.count else { return true }
        if decisionFollowers.contains(tokens[i + 1]) { return false }
        // A holder as the agent decides ("will be decided by the Supreme Court", "by voters"); a
        // margin or a vote does not ("by less than one point", "by a runoff").
        if tokens[i + 1].word == .by, i + 2 < tokens.count {
            var a = i + 2
            if a + 1 < tokens.count, context.tokenSets[a].contains(.articles) { a += 1 }
            return !(tokens[a].isCapitalized || context.words.sourceKind(tokens[a]) != nil)
        }
        return true
    }
    static let decidedWord = WordKey("decided")
    /// Words after a passive "decided" that open what was decided ("that", "to", "whether").
    static let decisionFollowers: WordSet = ["that", "to", "whether", "against"]

    /// True for a bare form that is also a noun ("support", "hope", "trust", "doubt") after an
    /// adjective or a word of quantity ("has national support", "enough support", "broad
    /// support from minorities", "growing doubt"): the head of a noun phrase, not a verb with
    /// a holder.
    static func isBareNounAfterAdjective(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 1, bareNouns.contains(tokens[i]), tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
              !context.inQuote[i - 1], !context.tokenSets[i - 1].contains(.adverbs) else { return false }
        let before = tokens[i - 1]
        if supportQuantities.contains(before) { return true }
        return before.keyCount > 4 && !before.keyHasSuffix("ly")
            && (before.keyHasSuffix("al") || before.keyHasSuffix("ic") || before.keyHasSuffix("ous") || before.keyHasSuffix("ive")
                || before.keyHasSuffix("ful") || before.keyHasSuffix("ant") || before.keyHasSuffix("ent"))
    }
    /// True for "suspect" as the person ("Berlin truck attack suspect used 14 aliases", "a murder
    /// suspect escaped", "bombing suspect Ahmad Khan Rahami", "Terror Suspect Named By Police"):
    /// after a lower-case word that names no one who could hold a suspicion (no listed source
    /// word, pronoun, adverb or word of grammar: "Police suspect arson", "many experts suspect",
    /// "they suspect" keep the verb), before a verb in the past, an auxiliary, a preposition, a
    /// name or the clause's end, where the verb would take its object or clause.
    static func isSuspectNoun(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 1, suspectForms.contains(tokens[i]), tokens[i - 1].kind == .word, !context.inQuote[i - 1] else { return false }
        let before = tokens[i - 1]
        guard !before.isCapitalized || VerbContext.isTitleCase(tokens), !before.keyHasSuffix("ly"),
              !context.tokenSets[i - 1].contains(.adverbs), !context.tokenSets[i - 1].contains(.relativeWords),
              !context.tokenSets[i - 1].contains(.writerSubjects), !SourceFinder.subjectPronouns.contains(before),
              !suspectSubjectWords.contains(before), !quantifierSubjects.contains(before), context.words.sourceKind(before) == nil else { return false }
        guard i + 1 < tokens.count, !context.inQuote[i + 1] else { return true }
        let next = tokens[i + 1]
        if next.kind == .punctuation { return next.word != ClaimClassifier.colon }
        return next.isCapitalized || VerbContext.finiteAuxiliaries.contains(next) || VerbContext.prepositions.contains(next)
            || context.tokenSets[i + 1].contains(.irregularPast) || next.keyHasSuffix("ed") && !context.tokenSets[i + 1].contains(.adverbs)
    }
    static let suspectForms: WordSet = ["suspect", "suspects"]

    /// True for "feel" whose subject is "it", "this" or "that" (modals and adverbs may stand
    /// between) before "like", "as" or a degree word: how a thing or a moment seems, the
    /// writer's impression, no one's feeling ("It felt like a hangover after a wild party",
    /// "it felt so universal", "It can sometimes feel like Republicans are falling in line").
    /// A holder's feeling keeps the cue ("it may feel even less urgency", "they feel like").
    static func isImpersonalFeel(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 1, i + 1 < tokens.count, feelForms.contains(tokens[i]), !context.inQuote[i],
              impressionFollowers.contains(tokens[i + 1]) else { return false }
        var j = i - 1
        while j > 0, i - j <= 3, !context.inQuote[j], modals.contains(tokens[j]) || context.tokenSets[j].contains(.adverbs) || tokens[j].keyHasSuffix("ly") {
            j -= 1
        }
        return !context.inQuote[j] && impersonalSubjects.contains(tokens[j])
    }
    static let feelForms: WordSet = ["feel", "feels", "felt"]
    static let impersonalSubjects: WordSet = ["it", "this", "that", "which", "everything", "something", "nothing"]
    static let impressionFollowers: WordSet = ["like", "as", "so", "more", "less", "very", "almost", "somewhat", "oddly", "strangely", "too", "a"]
    /// Words of grammar after which "suspect" is a verb ("to suspect", "do suspect", "that
    /// suspect", "it suspects") beside those `isSuspectNoun` already asks of other sets
    /// (adverbs and auxiliaries, "may suspect"; relative words, "who suspect"; pronouns).
    static let suspectSubjectWords: WordSet = ["to", "do", "that", "and", "or", "but", "people", "it"]

    static let bareNouns: WordSet = ["support", "hope", "trust", "doubt", "fear", "opposition", "backing"]
    static let supportQuantities: WordSet = [
        "enough", "much", "more", "less", "little", "broad", "strong", "wide", "widespread", "full", "public", "popular",
        "bipartisan", "growing", "overwhelming", "solid", "firm", "unanimous", "mass", "majority", "minority", "grassroots",
        "renewed", "tepid", "lukewarm", "vocal", "early", "key",
    ]

    /// Words after a noun in -ing that do not open a verb's object or clause.
    static let nounFollowers: WordSet = ["of", "behind", "and", "or", "is", "was", "has", "had", "in", "at", "by", "from", "with", "were", "are"]

    static let nounDeterminers: WordSet = ["a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "your", "my"]

    /// Quantifiers that stand alone as a subject at the start of a clause ("Many believe",
    /// "But few think", "Both fear"): before a verb of opinion they are no determiner of a noun.
    static let quantifierSubjects: WordSet = ["many", "some", "several", "few", "all", "both", "most", "others"]
    static let clauseConjunctions: WordSet = ["but", "and", "yet", "while", "though", "although", "because"]

    /// True for a verb of opinion ("think", "believe", "fear") after a quantifier that opens its
    /// clause: "Many believe the plan will fail", not "many plans".
    static func hasQuantifierSubject(_ context: SentenceContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        guard context.tokenSets[i].contains(.opinionVerbs), quantifierSubjects.contains(tokens[i - 1]) else { return false }
        return i == 1 || tokens[i - 2].kind == .punctuation || clauseConjunctions.contains(tokens[i - 2])
    }
}
