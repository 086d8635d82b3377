/// Where a listed verb form really is a verb, judged from the words around it in one look
/// each way (no parser: the classifier stays one pass of hash lookups).
enum VerbContext {
    /// Words after which a form like "claims" or "states" is a noun ("the claims", "30 states",
    /// "of reports").
    static let nounBefore: WordSet = [
        "a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "your", "my",
        "many", "some", "several", "few", "all", "both", "each", "every", "no", "any", "other", "more", "most",
        "such", "of", "in", "on", "for", "with", "by", "from", "at", "into", "about", "over", "under",
        "against", "new", "recent", "latest", "early", "initial", "further", "similar", "earlier", "'s", "such",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "another",
        "what", "whose", "which", "member", "swing", "key", "battleground", "red", "blue", "democratic",
        "republican", "united", "southern", "northern", "western", "eastern", "individual", "party", "these",
        // Quantities of a mass noun: "little doubt", "much debate", "without question".
        "little", "much", "without",
    ]
    /// Words after which a form like "claims" is a noun ("claims of fraud").
    static let nounAfter: WordSet = ["of", "and", "or", "that's", "in", "over", "between", "among", "during", "since"]

    /// Prepositions after which a listed verb form other than one in -ing is a noun ("years of
    /// talk about", "under stress of", "in answer to"): a verb after a preposition is a gerund.
    /// Not "to" (an infinitive), "as" ("as reported"), "than" ("than expected").
    static let prepositions: WordSet = [
        "of", "in", "on", "under", "for", "with", "without", "about", "over", "at", "from", "into", "upon", "amid",
        "among", "between", "during", "against", "despite", "toward", "towards", "through", "within", "beyond", "via",
    ]

    /// True for a listed verb form right after a preposition, not in -ing: a noun ("Years of
    /// talk about missions", "under stress of"), where "after saying" is a verb.
    static func isAfterPreposition(_ context: SentenceContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        return i > 0 && i < tokens.count && !tokens[i].keyHasSuffix("ing") && prepositions.contains(tokens[i - 1])
    }

    /// True when a capitalised word inside a body sentence is a name ("United States", "Says
    /// Law"), not a verb. Headlines capitalise every word, so they are exempt.
    static func isName(_ context: SentenceContext, _ i: Int) -> Bool {
        i > 0 && !context.sentence.isHeadline && context.tokens[i].isCapitalized && !isTitleCase(context.tokens)
    }

    /// True for a line in title case ("Trump Says He Never Pledged To Kill Anyone"): a headline
    /// that came without its markup, where capitals say nothing about names. At least four
    /// words of four or more letters, and nine in ten of them capitalised; or a shorter line
    /// ("Deal Is Near, Aides Say", "Trump To Visit In May, Aides Say") with at least two such
    /// words, all capitalised, and a short word of grammar capitalised after its first word,
    /// which running text never does.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        let words = tokens.longWordCapitals
        if words.long >= 4 { return words.capitalised * 10 >= words.long * 9 }
        guard words.long >= 2, words.capitalised == words.long else { return false }
        return tokens.indices.dropFirst().contains { k in
            tokens[k].isCapitalized && tokens[k].bytes.count < 4 && titleFunctionWords.contains(tokens[k])
                && tokens[k - 1].kind == .word
        }
    }

    /// Short words of grammar that running text writes in lower case after a word. (Not the
    /// articles: names hold them, "Enter The Washington Post.")
    static let titleFunctionWords: WordSet = [
        "is", "are", "was", "to", "in", "on", "for", "at", "by", "as", "be", "has", "not", "but", "or", "off", "out", "up",
    ]

    /// True when a form that is also a common noun stands where a verb can stand.
    static func isVerbPosition(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        // "Claims that ..." opening a sentence is a noun phrase.
        guard i > 0 else { return false }
        let before = tokens[i - 1]
        let sets = context.tokenSets
        if before.kind == .number || sets[i - 1].contains(.nounBefore) || before.keyHasSuffix("'s") && !sets[i - 1].contains(.contractions) {
            return false
        }
        if i + length < tokens.count, sets[i + length].contains(.nounAfter) { return false }
        // A plural at the end of its clause after a lower-case word that names no speaker is
        // a noun phrase's head ("group health plans.", "wire service reports.", "the wiretapping
        // claims."); after a speaker's word it is a verb ("as the paper reports.").
        if length == 1, tokens[i].keyHasSuffix("s"), i + 1 < tokens.count, tokens[i + 1].kind == .punctuation, !context.inQuote[i + 1],
           tokens[i + 1].word == .period || tokens[i + 1].word == .comma || tokens[i + 1].word == ClaimClassifier.semicolon,
           before.kind == .word, !before.isCapitalized, !context.inQuote[i - 1], !before.keyHasSuffix("ly"),
           !sets[i - 1].contains(.adverbs), !sets[i - 1].contains(.writerSubjects), !sets[i - 1].contains(.relativeWords),
           !SourceFinder.subjectPronouns.contains(before), !indefiniteSubjects.contains(before), context.words.sourceKind(before) == nil,
           // (Not in a clause of "as", "as the paper reports.", nor a closing clause of its own
           // after a comma, "..., the paper reports.")
           !isAsClauseVerb(context, i), !isClosingClause(context, i) {
            return false
        }
        // A bare form after a name, before the verb of its clause ("The Mueller report cleared
        // ...", "The Fox News report did not disclose", "the Hong Kong protests will"): the
        // head of a noun phrase, the name its modifier.
        // (Only a listed noun in its bare form, after a singular name: "Trump claims is",
        // "Republicans think might be", "Iowans feel snubbed" are verbs.)
        if length == 1, i >= 2, before.isCapitalized, before.kind == .word, !before.keyHasSuffix("s"), i + 1 < tokens.count,
           context.attributionKind(at: i)?.kind == .nounVerb, !tokens[i].keyHasSuffix("s"),
           !tokens[i].keyHasSuffix("ed"), !tokens[i].keyHasSuffix("ing"), !context.inQuote[i + 1] {
            let next = tokens[i + 1]
            if finiteAuxiliaries.contains(next) || next.kind == .word && !next.isCapitalized && next.keyHasSuffix("ed") && !sets[i + 1].contains(.adverbs) {
                return false
            }
        }
        if isNounBeforeAuxiliary(context, i, length: length) { return false }
        // A plural right after a lower-case word for the press, before an auxiliary, a
        // preposition or a verb of its own: a compound's head ("news reports have cited",
        // "social media posts on three sites", "media reports said"), where "the media
        // reports that" and "the newspaper calls it" are verbs.
        if length == 1, tokens[i].keyHasSuffix("s"), before.kind == .word, !before.isCapitalized, !context.inQuote[i - 1],
           i + 1 < tokens.count, !context.inQuote[i + 1], SourceFinder.kindIs(context.words.sourceKind(before), "media") {
            let next = tokens[i + 1]
            if finiteAuxiliaries.contains(next) || prepositions.contains(next) || next.word == .to
                || next.kind == .word && !next.isCapitalized && next.keyHasSuffix("ed") || context.hasAttribution(at: i + 1) {
                return false
            }
        }
        return true
    }

    /// Subjects that take a listed verb in a clause whose object went before it ("what it
    /// claims is", "what everyone hopes will"): after them a form before an auxiliary is a verb.
    static let extractedObjectSubjects: WordSet = [
        "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "one", "it", "each", "either", "neither",
    ]

    /// Words that open a clause whose object went before its verb ("a move that the kingdom
    /// hopes will", "what the paper reports is").
    static let objectRelatives: WordSet = ["that", "which", "what", "whom", "whatever"]
    /// The articles and possessives that open such a clause's subject.
    static let subjectArticles: WordSet = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"]

    /// True for a form that is also a common noun right before the auxiliary or form of "be"
    /// of its clause, after a word that cannot be its subject: the head of the clause's subject
    /// ("Jobless claims are coming down", "this labour dispute is", "his public comments are
    /// not", "That claim is hard to square"). After a speaker it is a verb whose object went
    /// before it ("issues he hopes will appeal", "a statement rights workers fear will",
    /// "what the president claims is", "who aides excruciatingly note is").
    static func isNounBeforeAuxiliary(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i > 0, i + 1 < tokens.count, finiteAuxiliaries.contains(tokens[i + 1]), !context.inQuote[i + 1],
              !tokens[i].keyHasSuffix("ed"), !tokens[i].keyHasSuffix("ing") else { return false }
        let before = tokens[i - 1]
        let sets = context.tokenSets
        guard before.kind == .word, !context.inQuote[i - 1], !before.isCapitalized || i == 1 else { return false }
        // "a move that the kingdom hopes will shatter": a relative word or "what" just before
        // the subject's noun phrase, with its article, makes the form its verb ("said that
        // jobless claims are" keeps its noun).
        for k in stride(from: max(0, i - 4), to: i - 2, by: 1) where objectRelatives.contains(tokens[k]) && subjectArticles.contains(tokens[k + 1]) {
            return false
        }
        return !before.keyHasSuffix("ly") && !sets[i - 1].contains(.adverbs) && !sets[i - 1].contains(.writerSubjects)
            && !SourceFinder.subjectPronouns.contains(before) && !extractedObjectSubjects.contains(before)
            && context.words.sourceKind(before) == nil
    }

    /// "a program called Sandy Hook Promise", "a French coastal village called Courseulles",
    /// "fundraisers, called bundlers,", "the meeting, dubbed COP 21,": "called" (or "dubbed",
    /// "nicknamed") right after a noun whose article stands a few words before it, or after a
    /// comma that sets off the name, gives the thing its name and reports no one ("Critics
    /// called Biden a liar", "Beruff, a Scott ally, called the standards strong" still do).
    /// "The so called “initiative”", "the so called experts": "so-called" written as two
    /// words, a distancing label in the writer's voice, not anyone's saying.
    static func isNaming(_ context: SentenceContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        // (Not "and so called on the council", "so called for a recount": a particle or
        // preposition after it.)
        if tokens[i].word == called, i >= 1, tokens[i - 1].word == soWord, i + 1 < tokens.count,
           tokens[i + 1].kind != .punctuation || context.inQuote[i + 1],
           !context.tokenSets[i + 1].contains(.notInNounPhrase), !context.tokenSets[i + 1].contains(.particles) {
            return true
        }
        guard namingParticiples.contains(tokens[i]), i >= 2, i + 1 < tokens.count else { return false }
        // The noun the participle names: right before it, or before a comma ("a group of
        // nearly 600 fundraisers, called bundlers,").
        var noun = i - 1
        if tokens[noun].word == .comma, !context.inQuote[noun] { noun -= 1 }
        guard noun >= 1, tokens[noun].kind == .word, !tokens[noun].isCapitalized, !context.inQuote[noun] else { return false }
        // With its article a few words before it, over its modifiers ("a French coastal village
        // called ...", "a privatized voter file called ..."); after a comma, any determiner
        // or number ("the Kurdish militias, called peshmerga").
        let afterComma = noun < i - 1
        var article = false
        var k = noun - 1
        while k >= 0, noun - k <= 4, tokens[k].kind == .word || tokens[k].kind == .number, !context.inQuote[k] {
            if tokens[k].word == .a || tokens[k].word == .an || afterComma && (context.tokenSets[k].contains(.determiners) || tokens[k].kind == .number) {
                // (Not an apposition set off by commas, whose participle is the sentence's verb:
                // "Beruff, a Scott ally, called the standards strong".)
                article = !(afterComma && k >= 1 && tokens[k - 1].word == .comma)
                break
            }
            // (Not over a verb of the clause: "Critics have called", "which critics called".)
            if verbGroupWords.contains(tokens[k]) || SourceFinder.subjectPronouns.contains(tokens[k]) {
                break
            }
            k -= 1
        }
        guard article else { return false }
        // After a comma the name is an aside closed by a comma or the sentence's end within six
        // words ("fundraisers, called bundlers, who"), not the object of the sentence's verb
        // ("Stevens, who served the 2012 campaign, called Trump's statements childish").
        if afterComma {
            // (The sentence's final period, not an abbreviation's: "called Mr. Obama's remarks".)
            var e = i + 1
            while e < tokens.count, e - i <= 7, tokens[e].word != .comma, !(tokens[e].word == .period && e >= tokens.count - 2),
                  !tokens[e].keyHasSuffix("'s") { e += 1 }
            guard e == tokens.count || tokens[e].word == .comma || tokens[e].word == .period, e - i <= 7 else { return false }
        }
        // What it is called: a name, or a plain word that opens no clause or phrase of its own
        // ("called termination at will", "called bundlers"; not "called for", "called on the").
        let next = tokens[i + 1]
        if next.isCapitalized { return true }
        // A title in quotation marks after a thing's noun ("a popular play called “Los Hijos de
        // Trump”", "a show called "Brokers""), not after a speaker's ("a reader called “fake”").
        if next.kind == .punctuation, context.inQuote[i + 1], i + 2 < tokens.count, context.inQuote[i + 2],
           tokens[i + 2].isCapitalized, context.words.sourceKind(tokens[noun]) == nil {
            return true
        }
        if next.word == .the { return i + 2 < tokens.count && tokens[i + 2].isCapitalized }
        // (A plain word after a speaker's noun is the object of a verb: "a reader called the
        // paper", "a senator called Smith's plan".)
        let nextSets = context.tokenSets[i + 1]
        return context.words.sourceKind(tokens[noun]) == nil && next.kind == .word && !context.inQuote[i + 1]
            && !nextSets.contains(.notInNounPhrase) && !nextSets.contains(.particles) && !nextSets.contains(.determiners)
            && !nextSets.contains(.objectPronouns) && !namingStops.contains(next)
    }

    /// True for "concluded" after a noun of an event, with no claim after it ("After the hearing
    /// concluded, ...", "The meeting concluded shortly after noon"): the event ended. Not "the
    /// investigation concluded that ...", nor a document's closing clause ("..., the review
    /// concluded."), whose noun is no event.
    static func isEventEnding(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, endingForms.contains(tokens[i]), i >= 1 else { return false }
        var k = i - 1
        if k >= 1, perfectAuxiliaries.contains(tokens[k]) { k -= 1 }
        guard eventNouns.contains(tokens[k]), !context.inQuote[k] else { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        if next.kind == .punctuation { return next.word != ClaimClassifier.colon && !context.inQuote[i + 1] }
        return next.keyHasSuffix("ly") || context.tokenSets[i + 1].contains(.timePrepositions) || eventEndingFollowers.contains(next)
    }
    static let endingForms: WordSet = ["concluded", "concludes"]
    static let perfectAuxiliaries: WordSet = ["has", "had", "have"]
    /// Nouns of events that end ("the hearing concluded").
    static let eventNouns: WordSet = [
        "meeting", "meetings", "hearing", "hearings", "session", "sessions", "trial", "talks", "debate", "game", "event", "visit",
        "tour", "conference", "summit", "season", "ceremony", "service", "festival", "match", "concert", "show", "convention",
        "negotiations", "deliberations", "testimony", "interview", "speech", "rally", "program", "programme", "term", "series", "war",
    ]
    /// Words after such a "concluded" that open no claim ("concluded with a prayer", "concluded
    /// early", "concluded in May").
    static let eventEndingFollowers: WordSet = ["with", "in", "on", "at", "after", "before", "without", "early", "late", "abruptly", "today", "yesterday"]

    static let called = WordKey("called"), soWord = WordKey("so")
    /// Participles that give a thing its name after its noun ("a village called ...", "the
    /// meeting, dubbed COP 21").
    static let namingParticiples: WordSet = ["called", "dubbed", "nicknamed"]
    /// Words after "called" that open a phrase of its own, not a name ("called upon", "called
    /// into question"), besides the verb-group words of `SourceFinder.notInNounPhrase`.
    static let namingStops: WordSet = ["upon", "into", "him", "her", "them", "us", "me", "it", "his", "their", "its", "who"]
    /// Words of a clause's verb group (and relative words), which a noun phrase does not hold.
    static let verbGroupWords: WordSet = [
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "has", "have", "had", "is", "was",
        "are", "were", "be", "been", "being", "did", "does", "do", "not", "who", "which", "that",
    ]

    /// True for a form in -ing right before a finite auxiliary ("which Democratic lobbying had
    /// watered down", "the briefing was held", "His testifying will take a day"): a gerund, the
    /// subject of the verb after it, not a verb of its own.
    static func isGerundSubject(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, tokens[i].keyHasSuffix("ing"), i + 1 < tokens.count, !context.inQuote[i + 1],
              finiteAuxiliaries.contains(tokens[i + 1]) else { return false }
        // Not a progressive's verb, whose auxiliary opens the main clause ("What Hawley is
        // proposing would change ...", "they were both speaking was shut down"), nor one after
        // a preposition ("only by announcing could she").
        var k = i - 1
        while k >= 0, i - k <= 2, context.tokenSets[k].contains(.adverbs) && !progressiveAuxiliaries.contains(tokens[k])
                || floatingWords.contains(tokens[k]) {
            k -= 1
        }
        guard k >= 0 else { return true }
        let before = tokens[k]
        return !(progressiveAuxiliaries.contains(before) || context.tokenSets[k].contains(.beForms) || context.tokenSets[k].contains(.contractions)
                 || SourceFinder.contractedPronoun(before) != nil || context.tokenSets[k].contains(.connectors) && before.word != .the)
    }
    static let progressiveAuxiliaries: WordSet = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"]
    static let floatingWords: WordSet = ["both", "all", "each", "also", "still", "not"]
    static let finiteAuxiliaries: WordSet = [
        "had", "has", "have", "was", "were", "is", "are", "will", "would", "can", "could", "should", "may", "might", "must",
        "did", "does",
    ]

    /// True for a past participle in -ed between a determiner and the noun it describes ("the
    /// proposed rules", "a promised GOP filibuster", "his repeated calls"): an adjective, not a
    /// verb whose subject reports anything. Not "alleged".
    static func isAttributiveParticiple(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 1, i + 1 < tokens.count, tokens[i].keyHasSuffix("ed"), tokens[i].word != alleged, !context.inQuote[i - 1]
        else { return false }
        // (Or after a count: "546 confirmed cases", "60,000 reported deaths", "10 million
        // confirmed cases", "more confirmed infections"; not before a form in -ing, "30
        // reported being ill".)
        // (Not a date's or a year's number: "Reeves on May 4 announced steps", "voters in 2012
        // rejected".)
        let counted = tokens[i - 1].kind == .number && i >= 2 && !tokens[i - 2].isCapitalized && !prepositions.contains(tokens[i - 2])
            || participleCounts.contains(tokens[i - 1])
        guard counted || participleDeterminers.contains(tokens[i - 1]) else { return false }
        let next = tokens[i + 1]
        if counted, next.keyHasSuffix("ing") { return false }
        return next.kind == .word && !context.tokenSets[i + 1].contains(.connectors) && !participleComplements.contains(next)
    }
    /// True for "said" in a sentence-opening "That said," ("That said, the vote happened less
    /// than 48 hours ago"): the writer's concessive connective, no one's report.
    static func isConcessiveSaid(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 1, i + 1 < tokens.count, tokens[i].word == saidWord, tokens[i - 1].word == .that,
              tokens[i + 1].word == .comma, !context.inQuote[i] else { return false }
        var k = i - 1
        while k > 0, tokens[k - 1].kind == .punctuation { k -= 1 }
        return k == 0
    }
    static let saidWord = WordKey("said")

    /// True for "say" set off by commas after a preposition, "than", "like", "or" or "and"
    /// ("instead of, say, the Democratic Party", "narrows the gap to, say, single digits",
    /// "harder than, say, hooking them"): "for example", the writer's, no one's report. After a
    /// noun it is a verb ("by speaking directly to white people, say, look, ...").
    static func isExampleSay(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 2, i + 1 < tokens.count, tokens[i].word == sayWord, tokens[i - 1].word == .comma,
              tokens[i + 1].word == .comma, !context.inQuote[i], !context.inQuote[i - 2] else { return false }
        return prepositions.contains(tokens[i - 2]) || exampleSayOpeners.contains(tokens[i - 2])
    }
    static let sayWord = WordKey("say")
    static let exampleSayOpeners: WordSet = ["than", "like", "or", "and", "to", "by", "as", "if", "when", "unlike", "including"]
    /// Whether the words before token `i` are a short phrase with a determiner right after a
    /// comma or a closing quotation mark (", the paper reports.", "'' the agency claims.").
    static func isClosingClause(_ context: SentenceContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        var k = i - 1
        while k >= 0, i - k <= 4, tokens[k].kind == .word, !context.tokenSets[k].contains(.determiners) { k -= 1 }
        guard k >= 1, i - k <= 4, context.tokenSets[k].contains(.determiners) else { return false }
        return tokens[k - 1].kind == .punctuation && tokens[k - 1].word != SourceFinder.openParen
    }
    /// Pronouns of no one in particular that take a verb in -s ("everyone hopes.").
    static let indefiniteSubjects: WordSet = ["everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "one", "each", "either", "neither", "it", "this", "that", "who", "which"]
    static let participleCounts: WordSet = ["more", "new", "total", "additional", "fewer", "thousand", "million", "billion"]

    /// True for a form in -ing right after an article ("the swearing in of", "a telling
    /// detail", "the questioning"): a noun or an adjective, not a verb with a speaker.
    static func isArticleGerund(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 1, tokens[i].keyHasSuffix("ing"), !context.inQuote[i - 1] else { return false }
        return tokens[i - 1].word == .the || tokens[i - 1].word == .a || tokens[i - 1].word == .an
    }
    /// "The alleged shooter" still gives the claim as someone's (the accusers').
    static let alleged = WordKey("alleged")
    static let participleDeterminers: WordSet = ["a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your"]
    /// Words after a participle that make it a verb's ("the man accused by", "a claim repeated
    /// to"), not an adjective before its noun.
    static let participleComplements: WordSet = ["by", "to", "that", "in", "at", "on", "for", "with", "and", "as", "from", "of", "or", "but", "is", "was"]

    /// True for "put it" in any sense but wording it: "put it on the table", "putting it into
    /// law", "to put it mildly" (the writer's aside), "let me put it this way". The saying
    /// sense closes its clause or takes a manner after it: ", as one official put it,", "Foner
    /// put it:", "put it bluntly", "put it this way".
    static func isPlacingPutIt(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 2, putForms.contains(tokens[i]) else { return false }
        if i > 0, tokens[i - 1].word == .to || writerObjects.contains(tokens[i - 1]) { return true }
        // "As Laura Ingraham put it in August, ...": a clause of "as" and its subject frames
        // the sentence as someone's wording, whatever follows.
        if isAsClauseVerb(context, i) { return false }
        let next = i + 2
        guard next < tokens.count else { return false }
        if tokens[next].kind == .punctuation { return false }
        return !puttingManners.contains(tokens[next])
    }
    /// Whether the verb at token `i` is the verb of a clause opened by "as" within eight
    /// tokens before it, at the sentence's start or after punctuation or a conjunction, with
    /// no punctuation or quotation between ("As one analyst put it", "but as Smith put it").
    static func isAsClauseVerb(_ context: SentenceContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        var k = i - 1
        // (A title's or initial's period is no punctuation here: "As Ms. Simonyan put it".)
        while k >= 0, i - k <= 8, tokens[k].kind != .punctuation || SourceFinder.isAbbreviationPeriod(context, k, from: 0), !context.inQuote[k] {
            if tokens[k].word == SourceFinder.asWord {
                return k == 0 || tokens[k - 1].kind == .punctuation || clauseJoiners.contains(tokens[k - 1])
            }
            k -= 1
        }
        return false
    }
    static let clauseJoiners: WordSet = ["and", "but", "or", "yet", "so"]
    static let putForms: WordSet = ["put", "puts", "putting"]
    static let writerObjects: WordSet = ["me", "us"]
    /// Words after "put it" that tell how it was worded.
    static let puttingManners: WordSet = [
        "this", "that", "bluntly", "simply", "best", "succinctly", "plainly", "mildly", "another", "more", "differently",
        "starkly", "memorably", "colorfully", "colourfully", "crudely", "directly", "aptly", "like",
    ]

    /// True for "claim" with a toll of lives as its object ("The two crashes claimed 346
    /// lives", "the storm claimed at least 12 lives", "claiming the life of a child"): a
    /// count of the dead, not anyone's claim. The toll's noun within four words, with only
    /// numbers, determiners and modifiers before it.
    static func isDeathToll(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, claimForms.contains(tokens[i]) else { return false }
        var k = i + 1
        while k < tokens.count, k - i <= 4, tokens[k].kind != .punctuation {
            if tollNouns.contains(tokens[k]) { return true }
            if tokens[k].word == .that || context.inQuote[k] { return false }
            k += 1
        }
        return false
    }

    /// True for "decline" and "add" in their sense of a change in an amount: "Trade declined
    /// 40 percent", "emissions declined.", "declined sharply from 2009", "the U.S. added
    /// 292,000 jobs", "promises add up to $8.5 million", "added to the confusion", "can be
    /// added", "the added security". Nothing is said. "Declined" reports a refusal only before
    /// "to" and a word ("declined to comment", "declined repeatedly to say") or a request
    /// ("declined an interview request", "declined comment"); "added" reports words before
    /// anything but an amount or a thing added ("he added.", "added that", "adding he would",
    /// ", added Smith"; not "added a link").
    static func isQuantityChange(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1 else { return false }
        let declines = declineForms.contains(tokens[i])
        guard declines || addForms.contains(tokens[i]) else { return false }
        // Passive or attributive: "the offer was declined", "can be added", "the added security".
        if i > 0, passiveOrAttributive.contains(tokens[i - 1]) { return true }
        var k = i + 1
        if declines {
            // Adverbs of manner or degree in between ("declined sharply", "declined repeatedly to").
            while k < tokens.count, tokens[k].kind == .word, tokens[k].keyHasSuffix("ly") { k += 1 }
            guard k < tokens.count, !context.inQuote[k] else { return true }
            let next = tokens[k]
            if next.word == .to {
                return k + 1 >= tokens.count || isAmount(tokens, k + 1)
            }
            var n = k
            while n < tokens.count, n - k < 3, tokens[n].kind == .word {
                if requestNouns.contains(tokens[n]) { return false }
                n += 1
            }
            return true
        }
        guard k < tokens.count, !context.inQuote[k] else { return false }
        let next = tokens[k]
        if isAmount(tokens, k) || addedAmounts.contains(next) { return true }
        // "added about 200 jobs", "added more than 1,000": an approximation before the amount.
        if approximators.contains(next) {
            var n = k + 1
            while n < tokens.count, n - k <= 2 {
                if isAmount(tokens, n) { return true }
                n += 1
            }
        }
        // A thing added ("add a citizenship question", "by adding the date and location", "the
        // Times added a link"): a determiner's phrase with no verb of its own before the next
        // mark, and the verb not inverted after a quotation ("...,” added a Florida Democrat.",
        // "Added a New Hampshire Republican: ...") nor before a clause ("adding the committee
        // would continue").
        if addedObjectOpeners.contains(next) {
            if i == 0 || context.inQuote[i - 1] || tokens[i - 1].kind == .punctuation && i >= 2 && context.inQuote[i - 2] { return false }
            var n = k + 1
            while n < tokens.count, n - k <= 8, tokens[n].kind != .punctuation, !context.inQuote[n] {
                if finiteAuxiliaries.contains(tokens[n]) || SourceFinder.looksLikeVerb(tokens[n]) || tokens[n].word == .that { return false }
                n += 1
            }
            // (After a comma, a phrase that ends the sentence is the inverted speaker: "..., adds
            // the lawyer.")
            if tokens[i - 1].word == .comma, n >= tokens.count || tokens[n].word == .period && n + 1 >= tokens.count { return false }
            return true
        }
        return false
    }
    /// Words that open the phrase of a thing added ("add a question", "added the funds").
    static let addedObjectOpeners: WordSet = ["a", "an", "the", "more", "new"]

    /// A number, or a currency sign before one ("$5.4 billion").
    static func isAmount(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].kind == .number || currencySigns.contains(tokens[k]) && k + 1 < tokens.count && tokens[k + 1].kind == .number
    }

    static let declineForms: WordSet = ["decline", "declines", "declined", "declining"]
    static let addForms: WordSet = ["add", "adds", "added", "adding"]
    /// What a refusal declines ("declined comment", "declined an interview request").
    static let requestNouns: WordSet = [
        "comment", "comments", "request", "requests", "interview", "interviews", "invitation", "invitations", "questions",
    ]
    /// Words after "add" that make it a sum, not a remark ("add up to", "added to the
    /// confusion", "added another layer").
    static let addedAmounts: WordSet = ["up", "to", "another", "%", "percent"]
    /// A number's approximations (the source finder's, for shares) and comparisons ("more
    /// than", "at least", "close to", "a"/"an" as in "a 10-point lead").
    static let approximators = WordSet(SourceFinder.approximators.words + ["more", "over", "at", "less", "fewer", "close", "upwards", "an", "a"])
    static let currencySigns: WordSet = ["$", "£", "€", "¥"]
    static let passiveOrAttributive: WordSet = [
        "be", "been", "being", "is", "are", "was", "were", "the", "an", "a", "this", "that", "its", "their", "his", "her",
    ]

    static let claimForms: WordSet = ["claim", "claims", "claimed", "claiming"]
    static let tollNouns: WordSet = ["lives", "life", "victims", "casualties"]

    /// Words that may open an imperative before its verb ("Now tell us", "Please say no").
    static let imperativeOpeners: WordSet = ["now", "please", "just", "and", "but", "simply"]

    /// True for a bare verb opening the sentence, alone or after "now", "please", "just", "and"
    /// or "but": an imperative addressed to the reader ("Remember that ...", "And imagine a
    /// world where ...", "Just think about it"), the writer's own voice, with no one else's
    /// claim or belief reported.
    static func isImperative(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        let opensSentence = i == 0 || i == 1 && imperativeOpeners.contains(tokens[0])
            // A negated one too: "Don't worry.", "Never mind that ...", "Do not expect ...".
            || i == 1 && negatedImperatives.contains(tokens[0])
            || i == 2 && tokens[0].word == doWord && tokens[1].word == .not
        return opensSentence && length == 1 && isBareForm(tokens[i])
    }
    /// Words that open a negated imperative before its verb.
    static let negatedImperatives: WordSet = ["don't", "never"]
    static let doWord = WordKey("do")

    static let modals: WordSet = [
        "may", "might", "could", "can", "would", "will", "must", "should", "cannot", "can't", "couldn't", "wouldn't",
        "won't", "mustn't", "shouldn't", "'ll", "'d",
    ]
    /// Participles that give a person or thing a name or a character ("called", "described
    /// as", "seen as", "said to be"). Not announcements or reports ("will be announced"),
    /// which tell of a real act.
    static let characterisations: WordSet = [
        "called", "termed", "described", "dubbed", "labeled", "labelled", "characterized", "characterised", "said",
        "seen", "viewed", "regarded", "considered", "deemed", "thought",
    ]
    static let be = WordKey("be")
    /// Adverbs that stand inside a verb group ("will also be", "can only be", "may well be").
    static let innerAdverbs: WordSet = [
        "also", "only", "now", "still", "never", "not", "even", "perhaps", "hardly", "best", "just", "already", "well",
        "rightly", "easily", "fairly", "safely", "reasonably",
    ]

    /// True for a participle of naming or characterising in a passive with a modal and no
    /// agent ("what may be called the biological aspect", "what can only be described as a
    /// rout", "can be seen as the last gasp", "little that can be said to level up"): the
    /// writer's own characterisation, put as a possibility, with no one reported. Not with an
    /// agent ("could be seen by voters as"), and not in the active ("voters will see").
    static func isModalCharacterisation(_ context: SentenceContext, _ i: Int, length: Int) -> Bool {
        let tokens = context.tokens
        guard length == 1, i >= 2, characterisations.contains(tokens[i]) else { return false }
        if i + 1 < tokens.count, tokens[i + 1].word == ActionVerbCue.by { return false }
        // "be", then the modal, each perhaps after one adverb ("can only be described", "may
        // be fairly called").
        var k = i - 1
        if innerAdverbs.contains(tokens[k]), k > 0 { k -= 1 }
        guard tokens[k].word == be, k >= 1, !context.inQuote[k] else { return false }
        k -= 1
        if innerAdverbs.contains(tokens[k]), k > 0 { k -= 1 }
        return modals.contains(tokens[k]) || tokens[k].keyHasSuffix("'ll") || tokens[k].keyHasSuffix("'d")
    }

    /// Past forms of verbs of saying and belief that do not end in -ed.
    static let irregularPast: WordSet = [
        "said", "told", "wrote", "spoke", "thought", "knew", "felt", "heard", "saw", "swore", "sought", "taught",
        "foresaw", "foretold", "held", "meant", "understood", "withheld", "gave", "made", "put", "read", "let",
        "forbade", "bade", "forgot", "forgave", "struck", "upheld", "underwent",
    ]

    /// True for a bare verb form (say, tell, observe, address): not a past form (-ed or
    /// irregular), an -ing form or a third-person -s (a final double s is a stem: "discuss").
    static func isBareForm(_ token: Token) -> Bool {
        guard token.kind == .word, !irregularPast.contains(token) else { return false }
        if token.keyHasSuffix("ed") || token.keyHasSuffix("ing") { return false }
        return !token.keyHasSuffix("s") || token.keyHasSuffix("ss")
    }

    /// "he's hoping", "she's claiming": a pronoun with "is" or "has", not a possessive.
    static let contractions: WordSet = ["he's", "she's", "it's", "that's", "there's", "who's", "what's", "everyone's", "nobody's"]

    static let impersonalVerbs: WordSet = ["is", "was", "would", "will", "may", "might", "could", "seems", "seemed"]
    static let forWord = WordKey("for")
    static let itIs = WordKey("it's")
    static let personalSubjects: WordSet = ["he", "she", "they", "we", "i", "you", "who"]

    /// True for a verb of saying in an infinitive that an impersonal "it" frames ("It's no
    /// exaggeration to say", "it is too soon to say", "It would be a stretch to say"): no one
    /// is reported; the writer says it. Not with a holder of its own ("It's bizarre for
    /// Democrats to claim"), and not across a comma or another clause. So is the writer's
    /// aside "not to mention" after a comma, a dash or a bracket, or opening the sentence
    /// ("costly, not to mention cruel"; not "careful not to mention Trump by name").
    static func isImpersonalInfinitive(_ context: SentenceContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        guard i >= 2, tokens[i - 1].word == .to, !context.inQuote[i - 1] else { return false }
        if tokens[i - 2].word == .not, i == 2 || tokens[i - 3].kind == .punctuation { return true }
        guard i >= 3 else { return false }
        var k = i - 2
        while k >= 0, i - k <= 9 {
            let t = tokens[k]
            // A subject of its own between "it" and the verb ("it is certain he will have more
            // to say") makes the saying someone's.
            // So does a verb ("It is also encouraging citizens to ask": "it" is someone).
            if t.kind == .punctuation || t.word == forWord || context.inQuote[k] || personalSubjects.contains(t)
                || k > 0 && t.isCapitalized || t.keyHasSuffix("ing") { return false }
            if t.word == itIs { return true }
            if t.word == .it { return k + 1 < i - 1 && impersonalVerbs.contains(tokens[k + 1]) }
            k -= 1
        }
        return false
    }

    static let writerSubjects: WordSet = ["i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd"]
    static let writerOwners: WordSet = ["my", "our"]

    /// True when "my" or "our" owns the noun at `i`, right before it or over one word ("my hope
    /// that", "It is our strong belief that"): the writer's own view, not someone else's.
    static func hasWriterOwner(_ context: SentenceContext, _ i: Int) -> Bool {
        (max(0, i - 2)..<i).contains { writerOwners.contains(context.tokens[$0]) && !context.inQuote[$0] }
    }

    /// True when "I" or "we" stands up to three words before the verb ("I think", "as we
    /// predicted", "we have long argued"): the writer's own view, not someone else's.
    /// Not when the pronoun opens a clause inside a noun phrase, with a verb of its own in the
    /// past ("all the experts I interviewed said", "officials we spoke to said"): there the
    /// noun before it is the verb's subject (`isContactRelative`).
    static func hasWriterSubject(_ context: SentenceContext, _ i: Int) -> Bool {
        (max(0, i - 3)..<i).contains {
            (context.tokenSets[$0].contains(.writerSubjects) || readerSubjects.contains(context.tokens[$0]) && isReaderSubject(context, $0, verb: i)
                || context.tokens[$0].word == oneWord && isGenericOne(context, $0, verb: i))
                && !context.inQuote[$0] && !isContactRelative(context, pronoun: $0, verb: i)
        }
    }

    /// The generic "one" as the subject of the verb at `verb`, the writer's voice like a
    /// generic "you": with a modal between ("one might conclude", "One could say", "as one
    /// would expect"), or opening the sentence before a verb in -s ("One doubts that ...", "One
    /// questions whether ..."). Not "no one", "the one", "any one", nor one of a group before a
    /// past form ("Two declined but one agreed").
    static func isGenericOne(_ context: SentenceContext, _ k: Int, verb i: Int) -> Bool {
        let tokens = context.tokens
        if k > 0, notGenericBeforeOne.contains(tokens[k - 1]) { return false }
        let between = k + 1..<i
        if between.contains(where: { genericModals.contains(tokens[$0]) }),
           // (The adverbs' set holds "have": "one might have thought".)
           between.allSatisfy({ genericModals.contains(tokens[$0]) || context.tokenSets[$0].contains(.adverbs) }) {
            return true
        }
        let opens = (0..<k).allSatisfy { tokens[$0].kind == .punctuation }
        return opens && i == k + 1 && tokens[i].keyHasSuffix("s") && !tokens[i].keyHasSuffix("ss")
    }
    static let oneWord = WordKey("one")
    static let genericModals: WordSet = ["can", "could", "would", "might", "may", "must", "should", "cannot", "can't", "couldn't", "wouldn't"]
    static let notGenericBeforeOne: WordSet = ["no", "the", "any", "every", "each", "this", "that", "which", "only", "not"]

    /// "You", the reader or anyone, as the subject of the verb at `verb`, in the outlet's own
    /// voice ("You’d think that ...", "You know, ...", "As you know, ..."): the writer speaks.
    /// Not an object before the verb's own subject ("told you he said").
    static func isReaderSubject(_ context: SentenceContext, _ k: Int, verb i: Int) -> Bool {
        let tokens = context.tokens
        guard (k + 1..<i).allSatisfy({ context.tokenSets[$0].contains(.adverbs) || readerAuxiliaries.contains(tokens[$0]) }) else { return false }
        // A passive's reader is told by someone else ("You’re told that ...", "you were told").
        let passive = tokens[k].word == youAre || (k + 1..<i).contains { readerPassiveAuxiliaries.contains(tokens[$0]) }
        return !(passive && SourceFinder.looksLikeVerb(tokens[i]))
    }
    static let youAre = WordKey("you're")
    static let readerPassiveAuxiliaries: WordSet = ["are", "were", "been", "being", "be", "get", "got"]
    static let readerSubjects: WordSet = ["you", "you'd", "you're", "you've", "you'll"]
    static let readerAuxiliaries: WordSet = ["can", "could", "would", "might", "may", "will", "should", "do", "don't", "did", "didn't", "never", "probably"]

    /// Words before "I" or "we" that do not end a noun phrase ("as we said", "what I wrote",
    /// "and we argued").
    static let beforeClauseWords: WordSet = [
        "as", "that", "what", "which", "who", "whom", "so", "if", "when", "because", "and", "but", "or", "than",
        "where", "while", "how", "why", "since", "though", "although", "after", "before", "until", "unless",
        "then", "now", "once", "today", "yesterday", "here", "there", "also", "indeed", "perhaps", "thus",
    ]

    /// Whether the writer's pronoun at `pronoun` opens a relative clause without "who" or
    /// "that" inside the subject of the verb at `verb`: a noun stands right before it and a
    /// verb in the past right after it, before the verb ("the experts I interviewed said",
    /// "officials we spoke to told"). "As I wrote, ..." and "I have argued" are the writer's.
    static func isContactRelative(_ context: SentenceContext, pronoun j: Int, verb i: Int) -> Bool {
        let tokens = context.tokens
        guard j >= 1, j + 1 < i else { return false }
        let before = tokens[j - 1], after = tokens[j + 1]
        guard before.kind == .word, after.kind == .word, !after.isCapitalized,
              !context.inQuote[j - 1], !beforeClauseWords.contains(before),
              !context.tokenSets[j - 1].contains(.adverbs), !context.tokenSets[j - 1].contains(.clauseOpeners),
              !context.tokenSets[j - 1].contains(.timeWords), !before.keyHasSuffix("ly") else { return false }
        // A verb before the pronoun is no noun: "I think I've found", "they said we ...".
        if let kind = context.attributionKind(at: j - 1)?.kind, kind != .noun && kind != .anonymous { return false }
        // (A past in -ed, not a word in -eed: "The question we need to ask".)
        return context.tokenSets[j + 1].contains(.irregularPast) || context.tokenSets[j + 1].contains(.otherPastForms)
            || after.keyHasSuffix("ed") && !after.keyHasSuffix("eed") && !context.tokenSets[j + 1].contains(.adverbs)
    }
}
