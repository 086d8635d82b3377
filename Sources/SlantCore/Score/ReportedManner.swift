/// A speaker's manner reported with a verb of saying ("he said sarcastically", "she laughed
/// hysterically", "I can state unequivocally"): the adverb tells how the quoted or reported
/// speaker spoke, the tone of the speech being reported, not the outlet's own loaded wording.
/// The hit is kept with its explanation and dismissed (step `reported-manner`, factor 0), as a
/// term inside a name is. Replaces the allow-list's 117 "verb + adverb" phrases of 1.6.0, which
/// covered 13 verbs and 9 adverbs only.
extension LoadedLanguageScorer {
    /// The categories of the adverbs read as a speaker's manner: tone, feeling, scorn and
    /// assertion. Adverbs of degree (exaggeration: "said extremely ..." qualifies what follows),
    /// of hidden motive or illegitimacy (sinister-intent, delegitimising: "secretly told",
    /// "spuriously claimed" judge the act, not the voice), of fear and of labels are not.
    static let mannerCategories: Set<String> = ["derision", "emotional-appeal", "moral-condemnation", "certainty", "conflict-metaphor"]

    /// Verbs of saying (and of laughing, which reports a speaker's reaction) in all their forms.
    /// A form that is also a noun ("the state", "a note") is safe here: the adverb must close
    /// the phrase (`reportingVerb`), and "the state brutally crushed" does not.
    static let speechVerbs = WordSet("""
        say says said saying tell tells told telling ask asks asked asking add adds added adding \
        reply replies replied replying answer answers answered answering respond responds responded responding \
        retort retorts retorted retorting write writes wrote writing note notes noted noting \
        remark remarks remarked remarking quip quips quipped quipping joke jokes joked joking \
        laugh laughs laughed laughing chuckle chuckles chuckled chuckling sneer sneers sneered sneering scoff scoffs scoffed scoffing \
        declare declares declared declaring state states stated stating insist insists insisted insisting \
        argue argues argued arguing warn warns warned warning tweet tweets tweeted tweeting posted \
        shout shouts shouted shouting yell yells yelled yelling exclaim exclaims exclaimed exclaiming \
        cry cries cried crying scream screams screamed screaming snap snaps snapped snapping \
        complain complains complained complaining speak speaks spoke speaking mutter mutters muttered muttering
        """.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { String(decoding: $0, as: UTF8.self) })

    /// The verb of saying right before a one-word term that is an adverb in -ly of a manner
    /// category, or nil. The adverb must close the verb phrase: the sentence or clause ends after
    /// it, or a function word follows ("said sarcastically that ..."); before another word it may
    /// be an adjective in -ly or qualify that word ("told ugly lies", "said silly things").
    /// Returns the verb, for the explanation.
    func reportingVerb(before range: Range<Int>, in tokens: [Token], category: String) -> String? {
        guard range.count == 1, range.lowerBound > 0 else { return nil }
        // The tokens first, the category last: hashing the category's string for the set cost
        // about 500 instructions a hit, and most hits are no adverb in -ly after a verb.
        let adverb = tokens[range.lowerBound], verb = tokens[range.lowerBound - 1]
        guard adverb.kind == .word, adverb.word.endsInLy, verb.kind == .word, Self.speechVerbs.contains(verb),
              adverb.key.hasSuffix("ly"), Self.mannerCategories.contains(category) else { return nil }
        let next = range.upperBound
        guard next >= tokens.count || tokens[next].kind == .punctuation || Self.functionWords.contains(tokens[next]) else { return nil }
        return verb.key
    }
}
