import Foundation

/// Finds who an attributed claim belongs to: the noun phrase that governs a verb of saying,
/// follows "according to", or stands before a headline's colon, and says what kind it is.
public struct SourceFinder: Sendable {
    /// Lower-case words that may join the parts of a name or title ("Minister of Foreign
    /// Affairs", "Ambassador to Russia").
    static let connectors: WordSet = ["of", "to", "for", "the", "and", "at", "on", "de", "von", "van", "al", "'s", "&", "-"]
    static let determiners: WordSet = ["the", "a", "an", "one", "another", "two", "three", "several", "some", "many", "its", "his", "her", "their"]
    static let adverbs: WordSet = [
        "also", "later", "previously", "earlier", "then", "again", "once", "further", "recently", "had", "has", "have", "was", "is",
        // The plural forms of "be" as well as the singular ("They are saying", "aides were pushing").
        "are", "were",
        "reportedly", "long", "never", "already", "often", "now", "just", "still", "even", "not", "did", "does", "will", "would",
        "could", "can", "may", "might", "must", "should", "repeatedly", "since", "first", "finally", "quickly", "publicly", "privately",
        "sometimes", "always", "usually", "soon",
        // Adverbs of degree without -ly ("supporters can't quite say", "he almost said"), and
        // "no longer" ("Microsoft no longer wants").
        "quite", "almost", "rather", "only", "no", "longer",
        // "Sanders instead delivered his stump speech, decrying ...": the subject before it.
        // "Carter however said": the same, without the commas.
        "instead", "however",
        // Adverbs of doubt without -ly ("aides were complimentary, perhaps recognizing").
        "perhaps", "maybe",
        // A reflexive that stresses the subject ("Cruz himself said", "Clinton herself also signaled").
        "himself", "herself", "itself", "themselves",
        // A group taken as a whole ("Democratic voters overall said", "Republicans generally
        // say"; the -ly ones are adverbs by their ending).
        "overall", "alike",
        // Negated auxiliaries ("Trump isn't saying", "Democrats haven't decided").
        "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "hasn't", "haven't", "hadn't", "won't",
        "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't",
    ]

    public init() {}

    /// Verbs whose object is the hearer, not the speaker: in "told Sputnik" Sputnik is the
    /// interviewer, so the source is never looked for after them.
    static let hearerVerbs: WordSet = ["tell", "tells", "told", "telling", "informed", "informs", "assured", "asked", "asks", "urged", "urges"]
    /// Auxiliaries, prepositions and the like, which a source's noun phrase does not contain.
    static let notInNounPhrase: WordSet = [
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "has", "have", "had", "is", "was",
        "are", "were", "be", "been", "being", "did", "does", "do", "not", "before", "after", "in", "on", "at", "with",
        "by", "to", "for", "from", "into", "about", "than", "as", "if", "when", "while", "because", "that", "which",
        "it", "there", "here", "this", "these", "those",
    ]
    /// Means of saying after "by" ("said by telephone"): not the agent of a passive.
    static let means: WordSet = ["telephone", "phone", "email", "e-mail", "text", "letter", "video", "videoconference", "satellite", "mail", "fax", "radio"]
    /// Words that open a clause, not a name ("Hours later", "Following", "Despite").
    static let clauseOpeners = WordSet([
        "although", "though", "since", "despite", "during", "following", "like", "unlike", "hours", "days", "weeks",
        "months", "years", "minutes", "moments", "today", "yesterday", "tomorrow", "now", "meanwhile", "however",
        "instead", "also", "still", "even", "just", "only", "asked", "under", "over", "among", "without", "within",
        "last", "next", "earlier", "later", "once", "where", "why", "how", "what", "who", "whether", "here's", "there's",
        "it's", "that's", "throughout", "amid", "across", "around", "behind", "beyond", "toward", "towards", "upon",
        "outside", "inside", "against", "along", "between", "through", "via", "per", "beside", "besides", "near",
    ] + CalendarWords.weekdayKeys)
    /// The order in which evidence is asked for a source.
    static func priority(_ id: String) -> Int { CueKind(id).priority }
    static let conjunctions: WordSet = ["and", "but", "or"]
    static let openingConjunctions: WordSet = ["but", "and", "so", "yet", "still", "then"]
    static let auxiliaries: WordSet = ["has", "had", "is", "was", "will", "would", "also", "did", "does", "can", "could"]
    /// Words that make a credit line's name a body, not a person ("Editorial Board, ...").
    static let creditedBodies: WordSet = ["board", "editors", "staff", "team", "desk"]
    /// The auxiliaries of a plural subject that `auxiliaries` leaves out.
    static let pluralAuxiliaries: WordSet = ["have", "are", "were"]
    /// Last words of attribution phrases whose source follows them.
    static let sourceAfter: WordSet = ["to", "by", "of", "citing"]
    /// Numbers in words and the words that approximate them; the compounds of tens and units
    /// are one word each ("Seventy-eight percent of Americans say").
    static let numberWords = WordSet(
        numberUnits + numberTens + numberTens.flatMap { tens in numberUnits.map { tens + "-" + $0 } }
            + ["ten", "eleven", "twelve", "hundred", "about", "nearly", "almost", "over", "some", "roughly", "around", "just", "a"]
    )
    private static let numberUnits = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    private static let numberTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    /// Words that end an "according to ..." source.
    static let articles: WordSet = ["the", "a", "an"]

    /// Prepositions whose object completes a source's head ("Ambassador to Russia").
    static let complementPrepositions: WordSet = ["to", "of", "for"]

    /// The months, lower case.
    static let monthWords = WordSet(CalendarWords.monthKeys)

    static let phraseEnd: WordSet = [
        ",", ".", ";", ":", "(", ")", "—", "–", "that", "which", "who",
        // A clause or time of its own after the name: "written by Springsteen after the 1999
        // shooting", "according to the mayor when she took office".
        "after", "before", "during", "since", "until", "when", "while", "because", "although", "though", "amid",
        "despite", "whereas", "unless",
    ]

    /// The source of a sentence, given its attribution evidence.
    ///
    /// Tried in the order of the evidence: the phrase after "according to", the unnamed source
    /// itself, the name before a headline's colon, the subject of a verb of saying or belief
    /// (before it, or after it in the inverted "..., said Javier Palomarez"), the document of a
    /// finding, the share of a poll. When none of these has a phrase, the sentence's opening
    /// name or pronoun ("She greeted supporters ... and told them ...").
    public func source(in context: SentenceContext, evidence: [CueEvidence], speakers: SpeakerMemory) -> SourceSpan? {
        source(in: context, evidence: evidence, speakers: speakers, clausal: ClaimClassifier.ClausalVerbs())
    }

    /// `source(in:evidence:speakers:)` with what the crediting of reported speech already found
    /// of the evidence's verbs (`ClaimClassifier.ClausalVerbs`), which the asking order asks again.
    func source(in context: SentenceContext, evidence: [CueEvidence], speakers: SpeakerMemory,
                clausal: ClaimClassifier.ClausalVerbs) -> SourceSpan? {
        let found = walkedSource(in: context, evidence: evidence, clausal: clausal)
        // A word of markup ('<tweet id="..." author="...">' around an embedded post) names no one.
        if let found, Self.isInMarkup(found, in: context) { return nil }
        return found?.made(in: context, speakers: speakers)
    }

    /// The longest run of tokens looked back over for an open markup tag.
    static let markupReach = 64

    /// Whether a found span stands inside an angle-bracket tag: a "<" before it in the sentence,
    /// within `markupReach` tokens, with no ">" between (PolNeAR's embedded posts, '<tweet
    /// id="..." author="@...">', gave "tweet" as a speaker; PolNeAR train 31 such sources, none
    /// right).
    static func isInMarkup(_ found: FoundSource, in context: SentenceContext) -> Bool {
        // A "<" token is the byte "<": a sentence without that byte (nearly every one) is
        // answered by one search of its bytes, without finding the span's token or walking
        // back (asked of every span found, the walk was 3% of classification).
        guard holdsByte(UInt8(ascii: "<"), context) else { return false }
        let tokens = context.tokens
        let k = found.tokens.lowerBound
        var j = min(k, tokens.count) - 1
        // (The keys read once: a static key is asked through its lazy initialiser.)
        let open = openAngle, close = closeAngle
        while j >= 0, k - j <= markupReach {
            if tokens[j].word == open { return true }
            if tokens[j].word == close { return false }
            j -= 1
        }
        return false
    }

    /// Whether the bytes of the sentence's tokens hold `byte` (`memchr`).
    static func holdsByte(_ byte: UInt8, _ context: SentenceContext) -> Bool {
        let range = context.tokenBytes
        guard !range.isEmpty else { return false }
        return context.source.bytes.withUnsafeBufferPointer { bytes in
            memchr(bytes.baseAddress! + range.lowerBound, Int32(byte), range.count) != nil
        }
    }

    static let openAngle = WordKey("<"), closeAngle = WordKey(">")

    /// `source(in:evidence:speakers:clausal:)` before the check for markup.
    func walkedSource(in context: SentenceContext, evidence: [CueEvidence], clausal: ClaimClassifier.ClausalVerbs) -> FoundSource? {
        guard let found = unwidenedSource(in: context, evidence: evidence, clausal: clausal) else { return nil }
        if let cut = expletiveOpenerCut(found, in: context) { return cut }
        return contactRelativeSubject(found, in: context) ?? reducedRelativeSubject(found, in: context) ?? found
    }

    /// What is left of a found span that opens the sentence with an expletive or a pointing
    /// word and its "is" ("That’s why Senator Collins thinks", "It’s unclear how West learned",
    /// "There’s USA Today asking", "Here’s what you need to know"): the words after it, through
    /// a wh-word or "like" within three words when there is one, when they hold a name, a
    /// source word or a pronoun other than the reader's "you" (and open with a capital after a
    /// bare "There’s"/"Here’s"); else `.some(nil)`, no source at all. Nil when the span opens
    /// with no such word, or with one inside the sentence (a title in capitals: "As It's All
    /// Politics writes").
    func expletiveOpenerCut(_ found: FoundSource, in context: SentenceContext) -> FoundSource?? {
        let tokens = context.tokens
        let first = found.tokens.lowerBound
        guard first < tokens.count, Self.expletiveOpeners.contains(tokens[first]), !context.inQuote[first],
              (0..<first).allSatisfy({ tokens[$0].kind == .punctuation }) else { return nil }
        let end = found.tokens.upperBound
        var cut = first + 1
        var wh = false
        for k in (first + 1)..<min(end, first + 4) where Self.questionWords.contains(tokens[k]) || tokens[k].word == Self.likeWord {
            cut = k + 1
            wh = true
            break
        }
        // (A pronoun alone is a whole subject, "That's why he"; "you" is the reader, and what
        // follows it a headline's words in capitals, "Here's What You Need".)
        guard cut < end, wh || tokens[cut].isCapitalized, tokens[cut].word != Self.youWord,
              end - cut == 1 && (Self.kindIs(context.words.sourceKind(tokens[cut]), "pronoun")
                                 || context.tokenSets[cut].contains(.contractions) || Self.contractedPronoun(tokens[cut]) != nil)
                || (cut..<end).contains(where: { k in
                    isNameWord(tokens[k], context) && !context.tokenSets[k].contains(.notSourceWords) && !context.tokenSets[k].contains(.determiners)
                })
        else { return .some(nil) }
        return span(context, cut..<end, kind: nil)
    }
    /// "It’s", "That’s", "There’s", "Here’s", "What’s" (keys read with a straight apostrophe).
    static let expletiveOpeners: WordSet = ["it's", "that's", "there's", "here's", "what's"]
    static let likeWord = WordKey("like")

    /// A found span that is the agent of a participle inside the subject ("experts interviewed
    /// by The Hill said", "A lawyer hired by the police union insisted", "Five anonymous sources
    /// interviewed by the Times, including three White House advisers, say"), its verb of
    /// saying right after it: the noun phrase before the participle, with the participle, "by"
    /// and the agent. Not a passive of the clause's own ("was roundly criticized by Republicans",
    /// "has been endorsed by"), nor a participle that opens the sentence ("Asked by Mr. Acosta").
    func reducedRelativeSubject(_ found: FoundSource, in context: SentenceContext) -> FoundSource? {
        let tokens = context.tokens
        let a = found.tokens.lowerBound
        guard a >= 3, tokens[a - 1].word == Self.byWord, !context.inQuote[a - 1] else { return nil }
        let participle = a - 2
        let p = tokens[participle]
        guard p.kind == .word, !p.isCapitalized, !context.inQuote[participle],
              p.keyHasSuffix("ed") || p.keyHasSuffix("en") || Self.irregularPast.contains(p) else { return nil }
        // The verb of saying right after the agent (past adverbs: "said", "later told").
        var v = found.tokens.upperBound
        while v < tokens.count, v - found.tokens.upperBound < 2, context.tokenSets[v].contains(.adverbs) || Self.isLyAdverb(tokens[v]),
              !Self.passiveAuxiliaries.contains(tokens[v]) {
            v += 1
        }
        guard v < tokens.count, context.hasAttribution(at: v), !context.inQuote[v] else { return nil }
        // A noun phrase right before the participle (or an adverb of its: "later obtained by"),
        // with no auxiliary of a passive between them.
        var e = participle
        // (The adverbs' set holds "was" and "has" as well, which stop the walk.)
        while e > 0, participle - e < 2, !Self.passiveAuxiliaries.contains(tokens[e - 1]), !Self.auxiliaries.contains(tokens[e - 1]),
              context.tokenSets[e - 1].contains(.adverbs) || Self.isLyAdverb(tokens[e - 1]) {
            e -= 1
        }
        guard e > 0, !Self.passiveAuxiliaries.contains(tokens[e - 1]), !Self.auxiliaries.contains(tokens[e - 1]),
              tokens[e - 1].kind == .word, !context.tokenSets[e - 1].contains(.writerSubjects) else { return nil }
        let noun = leftPhrase(context, before: e)
        guard !noun.isEmpty, noun.upperBound == e, !context.tokenSets[noun.lowerBound].contains(.relativeWords) else { return nil }
        // The phrase is the whole subject: it opens the sentence or follows a comma, a dash or
        // an opening conjunction ("Still, experts interviewed by ..."), not a preposition ("a
        // letter from the Legion obtained by ...", "with emails released by ...").
        let before = noun.lowerBound - 1
        guard before < 0 || tokens[before].kind == .punctuation && !context.inQuote[before]
                || context.tokenSets[before].contains(.openingConjunctions) else { return nil }
        return span(context, noun.lowerBound..<found.tokens.upperBound, kind: nil)
    }

    /// A found span that holds "I" or "we" opening a relative clause inside the subject ("all
    /// the experts I interviewed said", where a walk stopped at "we" in "officials we spoke to
    /// said" or cut "Experts I"): the noun phrase before the pronoun with the clause, up to
    /// the verb of saying (`VerbContext.isContactRelative`).
    func contactRelativeSubject(_ found: FoundSource, in context: SentenceContext) -> FoundSource? {
        let tokens = context.tokens
        // (With room for the pronoun's own verb and the verb of saying after it: a pronoun
        // that ends the sentence, "..., said Jo Park and I", opens no clause.)
        guard let j = found.tokens.first(where: { context.tokenSets[$0].contains(.writerSubjects) }), j + 2 < tokens.count else { return nil }
        // The verb the clause's subject governs: the next attribution word outside a quotation
        // after the pronoun's own verb ("we spoke to said").
        guard let verb = ((j + 2)..<min(tokens.count, j + 4)).first(where: { context.hasAttribution(at: $0) && !context.inQuote[$0] }),
              VerbContext.isContactRelative(context, pronoun: j, verb: verb) else { return nil }
        let noun = leftPhrase(context, before: j)
        guard !noun.isEmpty, noun.upperBound == j else { return nil }
        var end = verb
        while end > j + 1, context.tokenSets[end - 1].contains(.adverbs) || Self.isLyAdverb(tokens[end - 1]) { end -= 1 }
        return span(context, min(noun.lowerBound, found.tokens.lowerBound)..<end, kind: nil)
    }

    /// `walkedSource` before a relative clause in the subject is taken in whole.
    func unwidenedSource(in context: SentenceContext, evidence: [CueEvidence], clausal: ClaimClassifier.ClausalVerbs) -> FoundSource? {
        if let name = digestSpeaker(context) ?? captionedSpeaker(context) { return span(context, name, kind: nil) }
        guard var found = candidate(in: context, evidence: evidence, clausal: clausal) else {
            return clauseSubjectSource(context, evidence: evidence)
        }
        // "A council aide, who spoke on condition of anonymity, said": an unnamed source.
        // (Kinds told apart by length before comparing strings.)
        let kindLength = found.kind.utf8.count
        if kindLength == 4 && found.kind == "role" || kindLength == 7 && found.kind == "unknown",
           evidence.contains(where: { isAnonymityAside($0, in: context) }) {
            found.kind = "anonymous"
        }
        // The text packed once for both lists.
        let length = found.bytes.count
        let key = length <= Self.notSourceLength ? Self.asciiLowerKey(found.bytes, in: context) : nil
        let relative = key.map { length <= 5 && Self.relativeKeys.contains($0) } ?? Self.isRelative(found, in: context)
        guard key.map({ Self.notSourceKeys.contains($0) }) ?? Self.isNoSource(found.bytes, in: context) || relative || Self.isImpersonal(found, in: context)
                || isOpeningParticiple(found, in: context) || Self.isInMarkup(found, in: context) || Self.endsOnConjunctionOrArticle(found, in: context)
        else { return trimmed(found, in: context) }
        // The first cue pointed at no source ("Through a spokesman, the company declined to
        // comment"), or at the relative pronoun of a clause inside the subject ("Sen. Price,
        // who wrote the bill, noted"): the next cue that points at a name gives it.
        // A relative pronoun a later cue points at is kept for when nothing better is found
        // ("(Having said that, there are some economists who argue ...": "who", not none).
        var laterRelative: FoundSource?
        for k in evidence.indices where evidence[k].effect == CueEffect.attribution.rawValue {
            if let other = candidate(in: context, evidence: evidence, only: k), !Self.isNoSource(other.bytes, in: context),
               !Self.isImpersonal(other, in: context), !isOpeningParticiple(other, in: context), !Self.isInMarkup(other, in: context),
               !Self.endsOnConjunctionOrArticle(other, in: context) {
                if !Self.isRelative(other, in: context) { return trimmed(other, in: context) }
                if laterRelative == nil { laterRelative = other }
            }
        }
        if relative { return found }
        return clauseSubjectSource(context, evidence: evidence) ?? laterRelative
    }

    /// Whether a found span ends on a conjunction or an article ("The move goes against the
    /// advice of Putin's foreign minister and", "much of the"): a walk ran through a clause
    /// joined to the next, or stopped inside a phrase, and the span names no one.
    static func endsOnConjunctionOrArticle(_ found: FoundSource, in context: SentenceContext) -> Bool {
        let last = found.tokens.upperBound - 1
        guard last >= found.tokens.lowerBound, last < context.tokens.count else { return false }
        let sets = context.tokenSets[last]
        return sets.contains(.conjunctions) || sets.contains(.articles) && !context.tokens[last].isCapitalized
    }

    /// The speaker of a digest's item, "Headline - Name: “quotation ...": a name of at most
    /// eight words between a dash and the colon that opens the sentence's first quotation
    /// ("Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are ..."); the
    /// headline's own words before the dash name no one.
    func digestSpeaker(_ context: SentenceContext) -> Range<Int>? {
        guard context.sentenceTokenSets.contains(.colons), !context.quotes.isEmpty,
              let q = context.inQuote.firstIndex(of: true) else { return nil }
        let tokens = context.tokens
        var c = q - 1
        while c >= 0, tokens[c].kind == .punctuation, tokens[c].word != HeadlineColonCue.colon { c -= 1 }
        guard c >= 3, tokens[c].word == HeadlineColonCue.colon else { return nil }
        var k = c
        while k > 0, c - k < 8 {
            let t = tokens[k - 1]
            if t.kind == .word, t.isCapitalized || t.word == Self.andWord && k < c && k >= 2 && tokens[k - 2].isCapitalized {
                k -= 1
            } else if t.word == .period, k >= 2, tokens[k - 2].isCapitalized, tokens[k - 2].keyCount <= 3 {
                k -= 1
            } else {
                break
            }
        }
        guard k < c, k >= 2, tokens[k].isCapitalized, tokens[c - 1].kind == .word, CreditLineCue.dashes.contains(tokens[k - 1].word)
        else { return nil }
        return k..<c
    }

    /// The speaker of a wire video script's sound bite, named in capitals before ", SAYING:"
    /// and the quotation ("(SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING: “We
    /// do not attack anyone ..."): the capitalised words back to a bracket, a number or the
    /// sentence's start, up to twelve (a comma inside kept: "RUSSIAN PRESIDENT, VLADIMIR PUTIN").
    func captionedSpeaker(_ context: SentenceContext) -> Range<Int>? {
        guard context.sentenceTokenSets.contains(.colons), !context.quotes.isEmpty,
              let q = context.inQuote.firstIndex(of: true), q >= 4 else { return nil }
        let tokens = context.tokens
        let colon = q - 1, saying = q - 2, comma = q - 3
        guard tokens[colon].word == HeadlineColonCue.colon, tokens[saying].isAllCaps, tokens[saying].word == Self.sayingWord,
              tokens[comma].word == .comma else { return nil }
        var k = comma
        while k > 0, comma - k < 12 {
            let t = tokens[k - 1]
            if t.kind == .word, t.isAllCaps || t.isCapitalized && t.keyCount == 1 {
                k -= 1
            } else if t.word == .period || t.word == .comma || t.word == Self.ampersand, k >= 2, tokens[k - 2].isAllCaps || tokens[k - 2].isCapitalized {
                k -= 1
            } else {
                break
            }
        }
        while k < comma, tokens[k].kind == .punctuation { k += 1 }
        guard k < comma, tokens[k].isCapitalized, k == 0 || tokens[k - 1].kind != .word else { return nil }
        return k..<comma
    }

    static let sayingWord = WordKey("saying")

    /// Whether a found span is the participle that opens the sentence ("Continuing to explain
    /// his perspective, Carson rejected": a walk back from "explain" took "Continuing" for a
    /// name): one capitalised word in -ing first in the sentence, before "to", a determiner or
    /// a preposition. A name in -ing before its verb ("Manning said") is left alone.
    func isOpeningParticiple(_ found: FoundSource, in context: SentenceContext) -> Bool {
        let tokens = context.tokens
        let first = datelineEnd(context)
        guard first + 1 < tokens.count, tokens[first].isCapitalized, tokens[first].keyHasSuffix("ing"), tokens[first].keyCount > 4,
              context.scalarOffset(ofByte: tokens[first].bytes.lowerBound) == found.start,
              context.scalarOffset(ofByte: tokens[first].bytes.upperBound) == found.end else { return false }
        let next = tokens[first + 1]
        return next.word == .to || context.tokenSets[first + 1].contains(.determiners) || VerbContext.prepositions.contains(next)
    }

    /// A found span cut before the verb of a clause it runs into ("viewers were spread across
    /// the lawn and" -> "viewers", "Fiorina and Huckabee have all" -> "Fiorina and Huckabee";
    /// `clauseFragmentStart`), or as it is.
    func trimmed(_ found: FoundSource, in context: SentenceContext) -> FoundSource {
        guard let (first, cut) = Self.clauseFragmentStart(found, in: context) else { return found }
        let tokens = context.tokens
        var end = cut
        while end > first, tokens[end - 1].kind == .punctuation || context.tokenSets[end - 1].contains(.connectors) { end -= 1 }
        guard end > first else { return found }
        return span(context, first..<end, kind: found.kind == "document" ? "document" : nil)
    }

    /// Where a found span runs into a clause, not a noun phrase: an auxiliary or form of
    /// "be" after its first word ("the West is implicated in the bombing", "viewers were spread
    /// across the lawn and") before any comma, dash, parenthesis, quotation or relative word
    /// (an apposition or relative clause may hold a verb: "Officials who spoke with the AP",
    /// "Rep. Jo Park (D-Ohio), who wrote the bill"). In a line in headline case, where a
    /// capital says nothing, a capitalised auxiliary or common verb after its first word cuts
    /// it too ("Democrats Should Be Very Nervous" -> "Democrats", "Mike Huckabee Makes Sexist
    /// Wife Joke" -> "Mike Huckabee", "Top Climate Group Will Run Ads" -> "Top Climate Group";
    /// "May" or "Will" only after a second word); elsewhere a capitalised verb is left alone.
    /// The span's first token and that verb's, when it is one.
    static func clauseFragmentStart(_ found: FoundSource, in context: SentenceContext) -> (first: Int, verb: Int)? {
        let tokens = context.tokens
        let first = found.tokens.lowerBound
        var k = first
        var words = 0
        var headline: Bool?
        // (The key read once: a static key is asked through its lazy initialiser.)
        let that = thatWord
        while k < found.tokens.upperBound {
            let t = tokens[k]
            if t.kind == .punctuation || context.inQuote[k] || context.tokenSets[k].contains(.relativeWords) || t.word == that {
                return nil
            } else if words > 0, !t.isCapitalized, context.tokenSets[k].contains(.beForms) || fragmentAuxiliaries.contains(t) {
                return (first, k)
            } else if words > 0, t.isCapitalized, words > 1 || !nameAuxiliaries.contains(t),
                      context.tokenSets[k].contains(.beForms) || fragmentAuxiliaries.contains(t) || headlineVerbs.contains(t) {
                if headline == nil { headline = LoadedLanguageScorer.isHeadlineCase(tokens) }
                if headline == true { return (first, k) }
            }
            if t.kind == .word { words += 1 }
            k += 1
        }
        return nil
    }

    /// Auxiliaries that are also names, cut only after a name's second word ("Theresa May Says",
    /// "Theresa May Will Resign" -> "Theresa May").
    static let nameAuxiliaries: WordSet = ["may", "will", "can", "might"]
    /// Modals that are also names before a finite verb ("Will said", "May told").
    static let nameModals: WordSet = ["may", "will"]
    /// Common verbs of headlines that no name holds ("Makes", "Sent", "Just Gave"), besides
    /// the auxiliaries and forms of "be".
    static let headlineVerbs: WordSet = [
        "just", "makes", "made", "sends", "sent", "gets", "got", "takes", "took", "gives", "gave", "wants", "needs", "does",
        "did", "goes", "went", "comes", "came", "keeps", "kept", "finally", "still", "now", "also",
    ]

    /// The hearer verbs that are inverted after a quotation ("“Why?” asked Smith").
    static let invertingAsks: WordSet = ["asked", "asks"]

    static let fragmentAuxiliaries: WordSet = ["has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must"]

    /// The subject of the first verb of saying or belief that follows the sentence's opening
    /// noun phrase directly (the noun phrase may carry a phrase after a preposition: "Partisans
    /// on both sides warn", "An earlier report in a New Hampshire paper said", "That person
    /// said", "Nearly nine out of 10 say"), when the finder's walks named no one.
    func clauseSubjectSource(_ context: SentenceContext, evidence: [CueEvidence]) -> FoundSource? {
        // Cues read by index: binding each one copied its strings.
        for k in evidence.indices where CueID("attribution-verb") ~= evidence[k].id || CueID("belief-verb") ~= evidence[k].id
            || CueID("action-verb") ~= evidence[k].id || CueID("document-finding") ~= evidence[k].id {
            guard let (first, last) = tokenRange(of: evidence[k], in: context) else { continue }
            // (Not the subject of a passive with no agent: see `isAgentlessPassive`.)
            let isBelief = CueID("belief-verb") ~= evidence[k].id
            if CueID("attribution-verb") ~= evidence[k].id || isBelief,
               namesNoHolder(context, isBelief: isBelief, first: first, last: last) { continue }
            var range = clauseSubject(context, before: first)
            // A clause after a comma ("With the deal signed, the two sides have talked about
            // ...", or a quotation's closing comma: '"...," this tall stranger declared'): its
            // subject as the sentence's opening one would be (PolNeAR train 15 of 21 new
            // sources right; dev has no such sentence).
            if range.isEmpty { range = clauseSubject(context, before: first, afterComma: true) }
            guard !range.isEmpty else { return nil }
            let found = span(context, range, kind: nil)
            return Self.isNoSource(found.bytes, in: context) ? nil : found
        }
        return nil
    }

    /// Prepositions that may open a phrase inside a subject ("leaders on the left", "people at
    /// his rallies", "a report in a paper", "a study from 2011", "nine out of 10").
    static let subjectPrepositions: WordSet = ["of", "on", "in", "at", "from", "for", "with", "across", "around", "out", "by"]
    /// Words that approximate a share's number ("About four in 10", "Only about 4 in 10").
    static let approximators: WordSet = ["about", "nearly", "almost", "roughly", "around", "only", "just", "approximately", "some"]
    /// Demonstratives that open a subject as a determiner does ("That person", "Those voters").
    static let demonstratives: WordSet = ["that", "this", "those", "these"]
    static let howeverWord = WordKey("however"), andWord = WordKey("and")
    /// Words of time that are adjectives inside a noun phrase ("an earlier report", "the last poll").
    static let timeAdjectives: WordSet = ["earlier", "later", "last", "next", "recent", "new"]

    /// Whether token `k` follows a determiner or an adjective: a noun ("an earlier report").
    static func isNounAfterDeterminer(_ context: SentenceContext, _ k: Int) -> Bool {
        k > 0 && (context.tokenSets[k - 1].contains(.determiners) || timeAdjectives.contains(context.tokens[k - 1])
            || context.tokens[k - 1].isCapitalized)
    }

    /// The tokens from the sentence's start (after a dateline, an opening conjunction or
    /// "even") to the adverbs and auxiliaries before `first`, when they read as one noun phrase:
    /// no punctuation but a title's period, no verb, clause opener or listed cue among them, at
    /// most ten words, opened by a name, a determiner, a number or a source word. Empty otherwise.
    /// With `afterComma`, the tokens from the last comma before them instead (a comma that closes
    /// a quotation as well: the words after it must stand outside it).
    /// With `start`, the tokens from there (after a subordinating word: "after leaked documents
    /// from his tax return show").
    func clauseSubject(_ context: SentenceContext, before first: Int, afterComma: Bool = false, start: Int? = nil) -> Range<Int> {
        let tokens = context.tokens
        let none = first..<first
        var end = first
        while end > 0, first - end < 4, !context.inQuote[end - 1],
              context.tokenSets[end - 1].contains(.adverbs) || Self.isLyAdverb(tokens[end - 1]) || tokens[end - 1].word == Self.howeverWord {
            end -= 1
        }
        // A time among the auxiliaries and adverbs ("Gore's close friends have in the past
        // said", "Sanders during a Sunday thanked"): stepped over, and the auxiliaries before it.
        // (Only between auxiliaries: "A poll released Sunday found" keeps its time.)
        let time = beforeTime(context, end)
        if time < end, time > 0, !context.inQuote[time - 1], context.tokenSets[time - 1].contains(.adverbs) {
            end = time
            while end > 0, time - end < 3, !context.inQuote[end - 1],
                  context.tokenSets[end - 1].contains(.adverbs) || Self.isLyAdverb(tokens[end - 1]) {
                end -= 1
            }
        }
        var s = start ?? datelineEnd(context)
        // A cue inside what reads as a dateline ("Confirmed: Authorities LIED About ... –
        // What Else ...?", its verb before the dash) has no subject before it.
        guard s < end else { return none }
        if afterComma {
            guard let comma = (s..<end).last(where: { tokens[$0].word == .comma }) else { return none }
            s = comma + 1
        }
        while s < end, tokens[s].kind == .punctuation || context.tokenSets[s].contains(.openingConjunctions) || tokens[s].word == Self.evenWord { s += 1 }
        // (At most ten words: a word joined by a slash or hyphen token counts once.)
        var joiners = 0
        for k in s..<end where tokens[k].word == Self.slash || tokens[k].word == Self.hyphen { joiners += 1 }
        guard s < end, end - s - 2 * joiners <= 10 else { return none }
        // An indefinite pronoun, or one negated ("nobody", "someone", "no one", "not everyone"):
        // a whole subject, of no listed kind.
        if end - s == 1, Self.indefinites.contains(tokens[s]), !context.inQuote[s] { return s..<end }
        if end - s == 2, Self.negations.contains(tokens[s]), Self.indefinites.contains(tokens[s + 1]) || tokens[s + 1].word == Self.oneWord,
           !context.inQuote[s], !context.inQuote[s + 1] {
            return s..<end
        }
        var participle = false
        for k in s..<end {
            let t = tokens[k]
            let sets = context.tokenSets[k]
            // A saying noun inside the phrase ("an earlier report in a paper") is no verb; nor is
            // a noun-verb right before the cue's own verb ("an analysis of campaign-finance
            // reports shows").
            if context.inQuote[k] || context.hasAttribution(at: k) && (k == s || k == end - 1 && !Self.isNounAfterDeterminer(context, k)
                && !(end == first && context.attributionKind(at: k)?.kind == .nounVerb)) { return none }
            if t.kind == .punctuation {
                if Self.isAbbreviationPeriod(context, k, from: s) { continue }
                // A slash or hyphen between two words ("the Reuters/Ipsos poll", "campaign-finance
                // reports" where the hyphen is a token of its own).
                if t.word == Self.slash || t.word == Self.hyphen, k > s, k + 1 < end, tokens[k - 1].kind == .word, tokens[k + 1].kind == .word,
                   tokens[k - 1].bytes.upperBound == t.bytes.lowerBound, t.bytes.upperBound == tokens[k + 1].bytes.lowerBound { continue }
                // A possessive apostrophe after a name in -s ("Sanders' team said").
                if t.word == Self.apostrophe || t.word == Self.curlyApostrophe, k > s, k + 1 < end, tokens[k - 1].isCapitalized,
                   tokens[k - 1].keyHasSuffix("s"), tokens[k - 1].bytes.upperBound == t.bytes.lowerBound { continue }
                return none
            }
            // "The last man to mount a third-party race says": an infinitive after a listed
            // person word is part of the subject, when no verb form follows it.
            if t.word == .to, k > s, k + 1 < end, context.words.sourceKind(tokens[k - 1]) != nil,
               ((k + 1)..<end).allSatisfy({ tokens[$0].kind != .punctuation && !Self.looksLikeVerb(tokens[$0]) && !context.inQuote[$0]
                   && !context.hasAttribution(at: $0) }) {
                break
            }
            if k == s, Self.demonstratives.contains(t), end - s >= 2 { continue }
            // A restrictive relative clause after the head ("The officials whose rules were
            // struck down say", "A 2014 study that appeared in a journal found"): part of the
            // subject, when nothing in it is punctuation, quoted or a cue. "that" only after a
            // listed source word: after another word it is as often a conjunction ("The laws
            // require that doctors ...").
            if k > s, k + 1 < end, Self.subjectRelatives.contains(t), tokens[k - 1].kind == .word,
               !context.tokenSets[k - 1].contains(.determiners), !context.tokenSets[k - 1].contains(.notInNounPhrase),
               t.word != Self.thatWord || context.words.sourceKind(tokens[k - 1]) != nil {
                guard ((k + 1)..<end).allSatisfy({ tokens[$0].kind != .punctuation && !context.inQuote[$0] && !context.hasAttribution(at: $0) })
                else { return none }
                break
            }
            // "About four in 10", "Only about 4 in 10 voters": a share's approximation.
            if k < s + 2, Self.approximators.contains(t), k + 1 < end,
               (k + 1...min(k + 2, end - 1)).contains(where: { tokens[$0].kind == .number || context.tokenSets[$0].contains(.numberWords) }) { continue }
            // "A poll released Wednesday found", "The report published Tuesday showed": a
            // participle after the phrase's noun opens a reduced relative clause; the verb
            // after the phrase is the sentence's.
            // (Only with its time or phrase after it: "Crimea renewed fears" is the clause's own verb.)
            // A participle as an adjective: first before a lower-case word ("leaked documents
            // from his tax return show"), or after an adverb ("newly filed reports").
            if t.keyHasSuffix("ed"), !t.isCapitalized, k + 1 < end, k == s && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized
                || k > s && Self.isLyWord(tokens[k - 1]) {
                continue
            }
            // (Right after a bare plural too in a closing clause, whose verb ends the sentence:
            // "..., disclosures filed on Sunday night revealed.")
            if k > s + 1 || afterComma && k == s + 1 && tokens[s].keyHasSuffix("s"), t.keyHasSuffix("ed"), !t.isCapitalized, tokens[k - 1].kind == .word,
               !context.tokenSets[k - 1].contains(.determiners),
               !context.tokenSets[k - 1].contains(.notInNounPhrase), k + 1 < end,
               context.tokenSets[k + 1].contains(.timeWords) || Self.demonstratives.contains(tokens[k + 1])
                || Self.timeAdjectives.contains(tokens[k + 1]) || Self.subjectPrepositions.contains(tokens[k + 1]) {
                participle = true
                continue
            }
            // After it, its time ("released Wednesday", "published this week").
            if participle, sets.contains(.timeWords) || Self.demonstratives.contains(t) && k + 1 < end && context.tokenSets[k + 1].contains(.timeUnits) { continue }
            if Self.subjectPrepositions.contains(t), k > s, k + 1 < end { continue }
            if k > s, Self.timeAdjectives.contains(t) { continue }
            // (A capitalised word after another is part of a name: "USA TODAY", not "today".)
            if sets.contains(.notInNounPhrase) || sets.contains(.clauseOpeners) && !(t.isCapitalized && k > s && tokens[k - 1].isCapitalized)
                || sets.contains(.subjectOpeners) && t.word != Self.andWord
                || Self.looksLikeVerb(t) || t.keyHasSuffix("ing") && !t.isCapitalized { return none }
        }
        // A phrase that ends on a conjunction is a clause, its verb unknown to the walk ("USCIS
        // oversees legal immigration and has defended it"), not a subject.
        if context.tokenSets[end - 1].contains(.conjunctions) { return none }
        let opener = tokens[s]
        let openerSets = context.tokenSets[s]
        guard opener.isCapitalized || opener.kind == .number || openerSets.contains(.determiners) || openerSets.contains(.quantifiers)
                || openerSets.contains(.numberWords) || Self.demonstratives.contains(opener) || context.words.sourceKind(opener) != nil
                || tokens[end - 1].keyHasSuffix("s")
                // (Or a listed word as its head: "..., state media said", "city police said".)
                || end - s >= 2 && context.words.sourceKind(tokens[end - 1]) != nil
                // ("leaked documents from his tax return": a participle before a listed word.)
                || opener.keyHasSuffix("ed") && s + 1 < end && context.words.sourceKind(tokens[s + 1]) != nil else { return none }
        // A lone capitalised word that is the sentence's first word needs to be a name the
        // source words know or a plural ("Critics say"); "Nation shuffling" is no subject.
        if end - s == 1, !opener.isCapitalized || context.words.sourceKind(opener) == nil && s == 0 && !opener.keyHasSuffix("s") { return none }
        return s..<end
    }

    /// True for an "it" that opens an impersonal clause, before a form of "be" or "seem" ("when
    /// it was revealed that", "it is unclear whether", "it's true that", "it seems"): it names
    /// no one. "It said", "it accused" name the organisation it stands for.
    static func isImpersonal(_ found: FoundSource, in context: SentenceContext) -> Bool {
        // (Two bytes that lower-case to "it" are two ASCII letters: a scalar of two bytes is
        // one character, which lower-cases to one or more.)
        guard found.bytes.count == 2, asciiLowerKey(found.bytes, in: context) == .it else { return false }
        let tokens = context.tokens
        let k = found.tokens.lowerBound
        guard k < tokens.count else { return false }
        // "it's" is one token, its "'s" a form of "be" (the span dropped it as a possessive).
        if tokens[k].word != .it { return VerbContext.contractions.contains(tokens[k]) }
        return k + 1 < tokens.count && (beForms.contains(tokens[k + 1]) || impersonalVerbs.contains(tokens[k + 1]))
    }

    static let impersonalVerbs: WordSet = ["seems", "seemed", "appears", "appeared", "remains", "remained", "isn't", "wasn't"]

    /// Forms of "be" before a passive participle ("is seen as").
    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]

    /// Relative pronouns: a source only when nothing better is found.
    static let relativePronouns: Set<String> = ["who", "which", "whom"]

    /// Whether a source's text is only a relative pronoun (no string made for longer ones).
    static func isRelative(_ text: String) -> Bool {
        guard text.utf8.count <= 5 else { return false }
        // ASCII text (nearly every source) lower-cased into a pack and compared: no string made, no hashing.
        if let key = asciiLowerKey(text) { return Self.relativeKeys.contains(key) }
        return relativePronouns.contains(text.lowercased())
    }

    /// `isRelative` of a found source's text, from its bytes.
    static func isRelative(_ found: FoundSource, in context: SentenceContext) -> Bool {
        guard found.bytes.count <= 5 else { return false }
        if let key = asciiLowerKey(found.bytes, in: context) { return Self.relativeKeys.contains(key) }
        return relativePronouns.contains(found.text(in: context).lowercased())
    }

    static let relativeKeys = PackedWords(relativePronouns)

    /// `asciiLowerKey` of the source's bytes `range`: no string made.
    static func asciiLowerKey(_ range: Range<Int>, in context: SentenceContext) -> WordKey? {
        guard range.count <= WordKey.maxPacked else { return nil }
        return context.source.bytes.withUnsafeBufferPointer { bytes in
            asciiLowerKey(UnsafeBufferPointer(rebasing: bytes[range]))
        }
    }

    /// The pack of an ASCII text of up to 15 bytes with A-Z lower-cased (what `lowercased()`
    /// makes of ASCII); nil for other texts.
    static func asciiLowerKey(_ text: String) -> WordKey? {
        guard text.utf8.count <= WordKey.maxPacked else { return nil }
        // From the string's contiguous bytes (native and small strings have them): iterating
        // the UTF-8 view cost more than the hashing this replaces.
        let packed = text.utf8.withContiguousStorageIfAvailable { asciiLowerKey($0) }
        return packed ?? nil
    }

    /// `asciiLowerKey` of up to 15 bytes.
    static func asciiLowerKey(_ bytes: UnsafeBufferPointer<UInt8>) -> WordKey? {
        var lo: UInt64 = 0, hi: UInt64 = 0
        for n in 0..<bytes.count {
            let byte = bytes[n]
            guard byte < 0x80 else { return nil }
            let lower = UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            if n < 8 { lo |= lower << (8 * UInt64(n)) } else { hi |= lower << (8 * UInt64(n - 8)) }
        }
        return WordKey(lo: lo, hi: hi | UInt64(bytes.count) << 56)
    }

    /// A fixed list of words as sorted packs, searched by halves: a check of a source's text
    /// against a short list without hashing a string.
    struct PackedWords: Sendable {
        let keys: [WordKey]
        init(_ words: some Sequence<String>) {
            keys = words.map { WordKey($0) }.sorted { ($0.hi, $0.lo) < ($1.hi, $1.lo) }
        }
        func contains(_ key: WordKey) -> Bool {
            var low = 0, high = keys.count
            while low < high {
                let mid = (low + high) / 2
                if (keys[mid].hi, keys[mid].lo) < (key.hi, key.lo) { low = mid + 1 } else { high = mid }
            }
            return low < keys.count && keys[low] == key
        }
    }

    /// The sources of a sentence's further attributions: each attribution cue's own source,
    /// when it is a phrase that overlaps neither the main source nor one found before ("Clinton
    /// said Trump's claim that ..."). Verbs of saying need two or more in the sentence
    /// (`furtherSources`); a clause before the main source's with its own verb of saying, belief
    /// or finding right after its subject counts with one (`earlierSources`).
    public func otherSources(in context: SentenceContext, evidence: [CueEvidence], besides main: SourceSpan,
                             speakers: SpeakerMemory) -> [SourceSpan] {
        var found = relativeSources(in: context, evidence: evidence, besides: main)
        // One saying cue gave the main source already: two are needed for another.
        var sayings = 0
        // (Counted by index: binding each cue copied its strings.)
        for k in evidence.indices where Self.isSecondary(evidence[k].id) { sayings += 1 }
        if sayings >= 2 { furtherSources(in: context, evidence: evidence, besides: main, into: &found) }
        earlierSources(in: context, evidence: evidence, besides: main, into: &found)
        pollSources(in: context, evidence: evidence, besides: main, into: &found)
        found.removeAll { Self.isInMarkup($0, in: context) }
        return found.map { $0.made(in: context, speakers: speakers) }
    }

    /// Whether the main source speaks in a closing tag: after a comma, its verb of saying right
    /// before or after it ends the sentence, with at most a time after it ("..., a spokesman
    /// announced Monday morning.", "..., said Ruiz."): all before the comma is that speaker's
    /// report, and a speaker inside it is part of the report.
    func isClosingTag(_ main: SourceSpan, evidence: [CueEvidence], in context: SentenceContext) -> Bool {
        isClosingTag(start: main.start, end: main.end, evidence: evidence, in: context)
    }

    /// `isClosingTag` for the speaker at scalar offsets `start..<end`; with `afterQuotation`, the
    /// comma may also close a quotation before it ('..., he said,'' the Post reported').
    func isClosingTag(start: Int, end: Int, evidence: [CueEvidence], in context: SentenceContext, afterQuotation: Bool = false) -> Bool {
        let tokens = context.tokens
        guard let cue = evidence.first(where: { CueKind($0.id) == .attributionVerb
            && ($0.start >= end && $0.start - end <= 2 || start >= $0.end && start - $0.end <= 2) }) else { return false }
        let opening = context.firstToken(atOrAfter: min(start, cue.start))
        guard opening >= 1, opening < tokens.count else { return false }
        var comma = opening - 1
        while afterQuotation, comma > 0, Self.quoteMarks.contains(tokens[comma]) { comma -= 1 }
        guard tokens[comma].word == .comma, comma == opening - 1 ? !context.inQuote[comma] : context.inQuote[comma] else { return false }
        var n = context.firstToken(atOrAfter: max(end, cue.end))
        var extra = 0
        while n < tokens.count, tokens[n].kind != .punctuation {
            let sets = context.tokenSets[n]
            guard extra < 3, !context.inQuote[n], Self.isTime(tokens[n]) || sets.contains(.timeWords) || sets.contains(.partsOfDay)
                    || sets.contains(.timePrepositions) else { return false }
            extra += 1
            n += 1
        }
        while n < tokens.count {
            if tokens[n].kind != .punctuation || tokens[n].word == .comma { return false }
            n += 1
        }
        return true
    }

    /// The poll a sentence's result was found in, named in its opening phrase, when the main
    /// source is its respondents ("In a CNN/ORC poll released Monday, 31% of Republicans said
    /// ..."): the poll asked, and the respondents answered; PolNeAR marks both.
    func pollSources(in context: SentenceContext, evidence: [CueEvidence], besides main: SourceSpan, into found: inout [FoundSource]) {
        for k in evidence.indices where CueID("poll-finding") ~= evidence[k].id {
            // Only the phrase that opens the sentence: "... from 58 percent in the last poll to
            // 55 percent now" compares results, and names no one who answered.
            guard let (first, last) = tokenRange(of: evidence[k], in: context), context.tokens[first].word == Self.inWord, last > first,
                  first == datelineEnd(context) || first == datelineEnd(context) + 1 && context.tokenSets[first - 1].contains(.openingConjunctions)
            else { continue }
            let poll = span(context, (first + 1)..<(last + 1), kind: "document")
            guard poll.end <= main.start || poll.start >= main.end,
                  !found.contains(where: { $0.start < poll.end && poll.start < $0.end }) else { continue }
            found.append(poll)
        }
    }

    /// The speakers of clauses before the main source's that have a verb of saying, belief or
    /// finding of their own, right after its subject ("Many analysts expect a recount, but the
    /// county clerk said ...", "Records show the fund grew, and its manager says ...", "Voters
    /// who said they were undecided broke late, the survey found"): the main source is asked
    /// first among the cues of the sentence (a verb of saying before a belief), so the earlier
    /// clause's speaker is another source. Only right before its verb: a phrase further back is
    /// too often an object or a piece of the claim. A pronoun before a verb of belief is left
    /// out ("Asked whether he thought ...", "Most say they prefer ...": a clause inside a
    /// question or a report, not a speaker of the sentence's own), and so is a phrase of no
    /// listed kind. On PolNeAR train 51 of 82 such new sources are right (dev 4 of 8).
    func earlierSources(in context: SentenceContext, evidence: [CueEvidence], besides main: SourceSpan,
                        into found: inout [FoundSource]) {
        let tokens = context.tokens
        // Before a closing tag, a clause of its own only after a coordinating word ("Many
        // expect a recount, but the clerk said"): elsewhere the clause is the tag's report
        // ("The campaign plans to release records, a spokesman announced").
        var closing: Bool?
        var coordinators: [Int]?
        for k in evidence.indices where evidence[k].start < main.start {
            let kind = CueKind(evidence[k].id)
            guard kind == .attributionVerb || kind == .beliefVerb || kind == .documentFinding else { continue }
            // A word right before the verb, outside quotations, or no subject is there to find
            // (an inverted '," said Ruiz' names the main source); not an auxiliary, adverb or
            // "to", after which the subject stands further back: asked before the finder's walks.
            let first = context.firstToken(atOrAfter: evidence[k].start)
            guard first > 0, first < tokens.count, tokens[first - 1].kind == .word, !context.inQuote[first - 1],
                  !context.tokenSets[first - 1].contains(.adverbs), tokens[first - 1].word != .to, !Self.isLyAdverb(tokens[first - 1]),
                  // (Not a noun: "a series of Twitter posts".)
                  !isNounUse(at: first, in: context),
                  let other = candidate(in: context, evidence: evidence, only: k),
                  other.end <= main.start, evidence[k].start >= other.end, evidence[k].start - other.end <= 1,
                  other.kind != "unknown", !(kind == .beliefVerb && other.kind == "pronoun"),
                  !Self.isNoSource(other.bytes, in: context),
                  !found.contains(where: { $0.start < other.end && other.start < $0.end }) else { continue }
            let isClosing = closing ?? isClosingTag(main, evidence: evidence, in: context)
            closing = isClosing
            if isClosing, !hasCoordinator(context, from: other.end, to: main.start, cache: &coordinators) { continue }
            found.append(other)
        }
    }

    /// `otherSources` for a sentence with two or more verbs of saying (or unnamed sources, or
    /// attribution phrases): each one's own source in a clause of its own.
    func furtherSources(in context: SentenceContext, evidence: [CueEvidence], besides main: SourceSpan,
                        into found: inout [FoundSource]) {
        // Where the coordinating words are, found once: asked for every cue, a scan of the
        // whole sentence each time made a long run-on text quadratic.
        var coordinators: [Int]?
        var closing: Bool?
        for k in evidence.indices where Self.isSecondary(evidence[k].id) {
            // The cue right after or right before the main source is the one that named it
            // ("Smith said", "said Smith"): not asked again.
            let (start, end) = (evidence[k].start, evidence[k].end)
            if start >= main.end && start - main.end <= 2 || main.start >= end && main.start - end <= 2 { continue }
            // An attribution phrase on that same verb ("he said in an interview", "Kennedy ...
            // wrote in a memo") is the same attribution: its own walk would take the subject of
            // the claim reported before it ("The Boeing ... is his favourite toy, he said in an
            // interview").
            if Self.modifiesNamingVerb(k, evidence: evidence, main: main) { continue }
            guard let other = candidate(in: context, evidence: evidence, only: k),
                  // A phrase of no listed kind is a source only as the subject of a relative
                  // clause of its own ("..., which the probe said ..."); elsewhere it is too
                  // often a piece of the claim.
                  other.kind != "unknown" || other.start >= main.end && Self.opensRelativeClause(other, in: context),
                  !Self.isNoSource(other.bytes, in: context), !isOpeningParticiple(other, in: context),
                  other.end <= main.start || other.start >= main.end,
                  !found.contains(where: { $0.start < other.end && other.start < $0.end }) else { continue }
            // A speaker inside what the main source reports ("Ruiz said the mayor told the
            // council ...") is the main source's, not the outlet's: only a source in a clause
            // of its own ("..., but the mayor argued") is another source of the sentence. A
            // relative clause is one ("..., said Ruiz, whose office has warned that ...",
            // "the senators who have argued").
            if other.start >= main.end, !Self.isRelative(other, in: context), !Self.isAside(other, of: evidence[k], in: context),
               !Self.opensRelativeClause(other, in: context), !opensObjectRelative(other, of: evidence[k], in: context),
               // (An absolute clause is one too: "..., with Sen. John McCain calling it".)
               absoluteClauseSubject(context, before: context.firstToken(atOrAfter: evidence[k].start)) == nil,
               // (Nor a closing tag of its own: "He said ... that he was ''comfortable,'' The
               // Post reported": the Post reports his saying.)
               !(evidence[k].start >= other.end && isClosingTag(start: other.start, end: other.end, evidence: evidence, in: context, afterQuotation: true)) {
                if !hasCoordinator(context, from: main.end, to: other.start, cache: &coordinators) { continue }
            }
            // So is one before a closing tag, unless a coordinating word stands between
            // (`isClosingTag`).
            if other.end <= main.start {
                let isClosing = closing ?? isClosingTag(main, evidence: evidence, in: context)
                closing = isClosing
                if isClosing, !hasCoordinator(context, from: other.end, to: main.start, cache: &coordinators) { continue }
            }
            found.append(other)
        }
    }

    /// Whether cue `k` is an attribution phrase that follows, within a few words ("said Tuesday
    /// in a statement"), the verb of saying that named the main source: right after or right
    /// before it ("he said in an interview", "said Smith in a statement" is already next to the
    /// source). The phrase tells where that same attribution was made.
    static func modifiesNamingVerb(_ k: Int, evidence: [CueEvidence], main: SourceSpan) -> Bool {
        guard evidence[k].id == "attribution-phrase" else { return false }
        let start = evidence[k].start
        return evidence.indices.contains { j in
            guard j != k, evidence[j].id == "attribution-verb", evidence[j].end <= start, start - evidence[j].end <= 20 else { return false }
            return evidence[j].start >= main.end && evidence[j].start - main.end <= 2 || main.start >= evidence[j].end && main.start - evidence[j].end <= 2
        }
    }

    /// Whether a further source is a pronoun that speaks in an aside of its own, set off by a
    /// comma, dash or relative word before it ("..., which he describes as his second home", "his
    /// ''negatives,'' he called them", "all of whom, she explained"): the sentence reports that
    /// saying too, not just the main source's.
    static func isAside(_ other: FoundSource, of cue: CueEvidence, in context: SentenceContext) -> Bool {
        guard other.kind == "pronoun", cue.start >= other.end, cue.start - other.end <= 1 else { return false }
        let tokens = context.tokens
        let k = other.tokens.lowerBound
        guard k > 0, k < tokens.count else { return false }
        let before = tokens[k - 1]
        return before.kind == .punctuation && before.word != .period || asideOpeners.contains(before)
    }

    static let asideOpeners: WordSet = ["which", "as", "whom"]

    /// Whether a further source is the subject of a relative clause set off by a comma
    /// ("..., which an FBI investigation said ..."): a clause of its own, whose speaker the
    /// sentence reports too.
    static func opensRelativeClause(_ other: FoundSource, in context: SentenceContext) -> Bool {
        let tokens = context.tokens
        let k = other.tokens.lowerBound
        guard k >= 2, k < tokens.count else { return false }
        return context.tokenSets[k - 1].contains(.relativeWords) && tokens[k - 2].word == .comma && !context.inQuote[k - 1]
    }

    /// Whether a further source is the subject of a relative clause whose object is the noun
    /// before it ("an event that Carson says led him to Christ", "a finish that he said defied
    /// expectations", "something that Trump mocked."): the relative word follows a noun, not a
    /// verb ("said that he"), the verb of saying follows the speaker at once, and what would be
    /// its object is missing, a verb or the clause's end coming next. An object or a clause
    /// after the verb ("told the AP that he would not seek", "said Tuesday that he plans") makes
    /// the "that" a report's, whose speaker is the main source's.
    func opensObjectRelative(_ other: FoundSource, of cue: CueEvidence, in context: SentenceContext) -> Bool {
        let tokens = context.tokens
        let k = other.tokens.lowerBound
        guard k >= 2, k < tokens.count, !context.inQuote[k - 1], !context.inQuote[k - 2],
              cue.start >= other.end, cue.start - other.end <= 1 else { return false }
        let relative = tokens[k - 1].word
        guard relative == Self.thatWord || relative == Self.whomWord || context.tokenSets[k - 1].contains(.relativeWords) else { return false }
        let noun = tokens[k - 2]
        guard noun.kind == .word, !context.tokenSets[k - 2].contains(.notInNounPhrase), !context.hasAttribution(at: k - 2),
              !Self.looksLikeVerb(noun), !context.tokenSets[k - 2].contains(.adverbs), !Self.isLyAdverb(noun),
              !context.tokenSets[k - 2].contains(.determiners),
              let (_, last) = tokenRange(of: cue, in: context) else { return false }
        // A bare form ("report", "say") after a word that is no plural subject reads as a noun:
        // "that the findings of the original report are", "that the entire New York Times
        // report was"; "that advisers say would", "that they say", "that police say" are verbs.
        let verb = tokens[last]
        if !verb.keyHasSuffix("s"), !verb.keyHasSuffix("ed"), !Self.irregularPast.contains(verb), other.tokens.upperBound >= 1 {
            let end = tokens[other.tokens.upperBound - 1]
            guard Self.pluralSubjects.contains(end) || !end.isCapitalized && end.keyHasSuffix("s") else { return false }
        }
        guard last + 1 < tokens.count else { return true }
        let next = tokens[last + 1]
        return next.kind == .punctuation && next.word != Self.openParen || Self.looksLikeVerb(next) || Self.gapVerbs.contains(next)
    }

    /// Pronouns and collective nouns that take a bare verb ("that they say", "that police say").
    static let pluralSubjects: WordSet = ["they", "we", "you", "i", "police", "people", "staff", "media", "public"]

    /// Finite verbs that may follow a relative clause's verb of saying whose object is the
    /// clause's noun ("the plan that she said would fail").
    static let gapVerbs: WordSet = ["would", "will", "could", "can", "might", "may", "should", "must", "is", "was", "are", "were", "has", "had", "have"]

    /// Words that join clauses of their own.
    static let coordinators: WordSet = [";", "but", "while", "whereas", "and", "although", "though", "yet"]

    /// Whether a coordinating word or semicolon outside quotations stands between the scalar
    /// offsets `start` and `end` (`coordinatorOffsets`, found once a sentence into `cache`).
    func hasCoordinator(_ context: SentenceContext, from start: Int, to end: Int, cache: inout [Int]?) -> Bool {
        let offsets = cache ?? coordinatorOffsets(context)
        cache = offsets
        return Self.anyOffset(offsets, from: start, to: end)
    }

    /// The scalar offsets of the sentence's coordinating words and semicolons, in order.
    func coordinatorOffsets(_ context: SentenceContext) -> [Int] {
        var offsets: [Int] = []
        // (Not inside a quotation: "reduced to "taunts and insults" because he ..." joins no clause.)
        for (k, token) in context.tokens.enumerated() where context.tokenSets[k].contains(.coordinators) && !context.inQuote[k] {
            offsets.append(context.scalarOffset(ofByte: token.bytes.lowerBound))
        }
        return offsets
    }

    /// Whether one of the ascending `offsets` lies in `start..<end` (a binary search).
    static func anyOffset(_ offsets: [Int], from start: Int, to end: Int) -> Bool {
        var low = 0, high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < start { low = mid + 1 } else { high = mid }
        }
        return low < offsets.count && offsets[low] < end
    }

    /// The relative pronoun that is the subject of a cue in a relative clause ("said Ana Ruiz,
    /// who has criticised the plan"), resolved to the name before its comma. PolNeAR and
    /// PARC mark the pronoun as that attribution's source; the name is given as `resolved`.
    func relativeSources(in context: SentenceContext, evidence: [CueEvidence], besides main: SourceSpan) -> [FoundSource] {
        let tokens = context.tokens
        var found: [FoundSource] = []
        // Most sentences have no relative pronoun: no cue is asked then.
        guard context.sentenceTokenSets.contains(.relativeWords) else { return found }
        for c in evidence.indices where CueID("attribution-verb") ~= evidence[c].id || CueID("belief-verb") ~= evidence[c].id {
            guard let (first, _) = tokenRange(of: evidence[c], in: context), first >= 3 else { continue }
            var k = first - 1
            while k > 0, first - k <= 3, context.tokenSets[k].contains(.adverbs) || Self.isLyWord(tokens[k]) { k -= 1 }
            guard context.tokenSets[k].contains(.relativeWords), !context.inQuote[k] else { continue }
            // "Ana Ruiz, who", or a restrictive clause right after its noun ("the senators who").
            guard antecedent(context, of: k) != nil else { continue }
            let pronoun = span(context, k..<(k + 1), kind: nil)
            guard pronoun.end <= main.start || pronoun.start >= main.end, !found.contains(where: { $0.start == pronoun.start }) else { continue }
            found.append(pronoun)
        }
        return found
    }

    static let relativeWords: WordSet = ["who", "which"]
    /// Lower-case particles inside surnames ("de Blasio", "van Hollen", "bin Salman").
    static let nameParticles = WordSet(PersonNames.particles.sorted())
    /// Connectors that, capitalised before a capitalised word, open a name ("De Blasio", "Van
    /// Jones", "Al Gore").
    static let capitalisedNameConnectors: WordSet = ["de", "von", "van", "al"]
    /// Indefinite pronouns that may be a clause's whole subject ("nobody asked", "someone told").
    static let indefinites = WordSet(indefiniteList)
    static let indefiniteList = ["everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody"]
    static let negations: WordSet = ["no", "not"]
    static let oneWord = WordKey("one")
    /// Relative words that open a clause inside a subject ("officials who", "rules that").
    static let subjectRelatives: WordSet = ["who", "whose", "that"]
    static let beenWord = WordKey("been"), forWord = WordKey("for"), byWord = WordKey("by"), havingWord = WordKey("having")

    /// The noun phrase a relative pronoun at `k` stands for: the name before its comma or dash
    /// ("Ana Ruiz, who", "Ford — who"), the name an apposition describes ("David Holmes, a
    /// diplomat in Ukraine, who": not "Ukraine"), the noun right before it ("the senators
    /// who"), or a pronoun that stands for people ("those who", "anyone who").
    func antecedent(_ context: SentenceContext, of k: Int) -> Range<Int>? {
        let tokens = context.tokens
        guard k >= 1, !context.inQuote[k - 1] else { return nil }
        let mark = tokens[k - 1].word
        let comma = mark == .comma
        let dash = !comma && CreditLineCue.dashes.contains(mark)
        if !comma, !dash, Self.peopleHeads.contains(tokens[k - 1]) { return (k - 1)..<k }
        let set = comma || dash
        guard set || tokens[k - 1].kind == .word && !context.tokenSets[k - 1].contains(.notInNounPhrase) else { return nil }
        var name = leftPhrase(context, before: set ? k - 1 : k)
        if name.isEmpty { name = commonNounPhrase(context, before: set ? k - 1 : k) }
        if name.isEmpty, !set { name = (k - 1)..<k }
        // (Only "who": "which" stands for a thing, not the person an apposition describes:
        // "said Wyden, the ranking member on the Finance Committee, which".)
        if set, tokens[k].word == Self.whoWord,
           let head = appositionHead(context, before: name.isEmpty ? k - 1 : name.lowerBound, closing: k - 1) { return head }
        return name.isEmpty ? nil : name
    }

    /// Pronouns that stand for people and may be a relative clause's noun ("those who", "anyone
    /// who", "others who"): the walks stop at them.
    static let peopleHeads = WordSet(indefiniteList.filter { $0 != "nobody" } + ["those", "others", "all", "one"])

    /// The name an apposition set off before a relative pronoun describes ("David Holmes, a top
    /// diplomat in Ukraine, who", "Jeffrey Zients -- the administration's point person --
    /// who"): the apposition (from `start` to its closing comma or dash at `closing`) opens
    /// with a determiner, a possessive or a lower-case word after a mark of the same kind, and
    /// a name stands right before that mark, not after a preposition ("In Dallas, the city's
    /// mayor, who"). Nil when there is no such apposition.
    func appositionHead(_ context: SentenceContext, before start: Int, closing: Int) -> Range<Int>? {
        let tokens = context.tokens
        let comma = tokens[closing].word == .comma
        var j = start - 1
        while j > 0, closing - j <= 16 {
            let t = tokens[j]
            if context.inQuote[j] { return nil }
            if t.kind == .punctuation, t.word != .period, t.word != .possessive {
                guard comma ? t.word == .comma : CreditLineCue.dashes.contains(t.word) else { return nil }
                let opener = j + 1
                guard opener < closing, tokens[opener].kind == .word,
                      context.tokenSets[opener].contains(.determiners) || context.tokenSets[opener].contains(.possessiveDeterminers)
                        || !tokens[opener].isCapitalized && !context.tokenSets[opener].contains(.conjunctions) else { return nil }
                let head = leftPhrase(context, before: j)
                guard !head.isEmpty, head.upperBound == j, tokens[head.lowerBound].isCapitalized,
                      head.lowerBound == 0 || !Self.notSourceWords.contains(tokens[head.lowerBound - 1]) else { return nil }
                return head
            }
            j -= 1
        }
        return nil
    }

    /// The cues whose own source is trusted as a further source of the sentence (compared,
    /// not hashed: this runs for every attributed sentence).
    /// (The id's length read once: most ids have neither length.)
    @inline(__always) static func isSecondary(_ id: String) -> Bool {
        switch id.utf8.count {
        case 16: return id == "attribution-verb" || id == "anonymous-source"
        case 18: return id == "attribution-phrase"
        default: return false
        }
    }

    /// Words that cannot be a whole source: a sentence's opening conjunction or preposition
    /// taken for a name ("Through a spokesman, he declined", "But", "Or"), days and months.
    static let notSourceWordList = [
        "but", "and", "or", "so", "yet", "still", "through", "although", "though", "while", "when", "if", "as",
        "after", "before", "since", "because", "however", "meanwhile", "instead", "also", "then", "now", "later", "earlier",
        "afterward", "afterwards", "separately", "likewise", "similarly",
        "today", "yesterday", "tomorrow", "here", "there", "this", "that", "these", "those",
        "in", "on", "at", "for", "with", "by", "from", "of", "to", "during", "despite", "under", "without",
    ] + CalendarWords.weekdayKeys + CalendarWords.monthKeys.filter { $0 != "may" }  // May can be a name (Theresa May)

    /// Whole source texts that name no one: those words, and a determiner left alone ("the
    /// robots were required to recognize": "the"). A determiner may open a source, so it is
    /// not among the words the walks stop at (`notSourceWords`).
    /// Opening words that are no name but were taken for one when capitalised first in the
    /// sentence: question words and "nor" ("Nor did he say", "Why would anyone say"), and
    /// openers of a participle's or imperative's clause ("Asked to describe the device,
    /// O'Neill said", "(Having said that, ...", "Let's say").
    static let notSources = Set(notSourceWordList + ["the", "a", "an", "every", "each", "any", "no"]
        + ["nor", "what", "why", "how", "whenever", "wherever", "whether", "having", "asked", "let"]
        // A degree word or the noun of "in order to" left alone ("even more pronounced").
        + ["more", "less", "order", "times"]
        // An interjection or adverb of doubt that opens the sentence ("Well, perhaps calling it").
        + ["well", "yes", "oh", "perhaps", "maybe"])

    static let notSourceLength = notSources.map(\.utf8.count).max() ?? 0

    /// `notSourceWordList` for probing tokens (no string made per token).
    static let notSourceWords = WordSet(notSourceWordList)
    /// `notSources` as packs, for whole source texts.
    static let notSourceKeys = PackedWords(notSources)
    /// Keys compared in the finder's walks, packed once.
    static let evenWord = WordKey("even")
    static let youWord = WordKey("you")

    /// The pronoun of a contraction with "will", "are", "have", "am" or "would" ("they're",
    /// "I'll", "who'd"), nil for any other token. ("She's" and the like are `contractions`.)
    static func contractedPronoun(_ token: Token) -> String? {
        guard let (head, ending) = contractionParts(token), contractedEndings.contains(ending) else { return nil }
        return head
    }
    static let contractedHeads: Set<String> = ["he", "she", "they", "i", "we", "you", "who"]

    /// A short word's pronoun of `contractedHeads` before its apostrophe and the ending from
    /// the apostrophe on ("they've": "they", "'ve"; "he's": "he", "'s"), nil for any other.
    static func contractionParts(_ token: Token) -> (head: String, ending: String)? {
        guard token.kind == .word, token.keyCount >= 3, token.keyCount <= 7 else { return nil }
        let key = token.key
        guard let apostrophe = key.firstIndex(of: "'") else { return nil }
        let head = String(key[..<apostrophe])
        guard contractedHeads.contains(head) else { return nil }
        return (head, String(key[apostrophe...]))
    }

    /// Whether a word is a personal pronoun contracted with a verb ("he's", "they've", "I'd"):
    /// not "you" nor "who".
    static func endsInContractedPersonal(_ token: Token) -> Bool {
        guard let (head, _) = contractionParts(token) else { return false }
        return head != "you" && head != "who"
    }

    /// A pronoun contracted with "have" or "are" that is a whole subject ("they’ve", "we're"):
    /// not "you" (the reader), "who" (a relative clause's, whose noun the rules find), nor
    /// "'ll"/"'d", more often a prediction or a wish than a report ("you'd expect").
    static func isContractedSubject(_ t: Token) -> Bool {
        guard let head = contractedPronoun(t), head != "you", head != "who" else { return false }
        return t.keyHasSuffix("'ve") || t.keyHasSuffix("'re")
    }
    static let contractedEndings: Set<String> = ["'ll", "'re", "'ve", "'m", "'d"]
    static let atWord = WordKey("at"), timeWord = WordKey("time"), pastWord = WordKey("past")
    static let openParen = WordKey("("), closeParen = WordKey(")"), inWord = WordKey("in"), whoWord = WordKey("who"), thatWord = WordKey("that"), ofWord = WordKey("of"), withWord = WordKey("with"), onWord = WordKey("on")

    /// Subject pronouns: right before a verb they make it active, so a "by" after it gives a
    /// means or a time, never the agent of a passive.
    static let subjectPronouns: WordSet = ["i", "we", "you", "he", "she", "they"]

    /// Words after "by" that give a time, not an agent ("by 2050", "by Friday", "by then").
    /// ("May" stays out: "by May" can be Theresa May.)
    static let byTimes = WordSet(CalendarWords.weekdayKeys + CalendarWords.monthKeys.filter { $0 != "may" }
        + ["today", "tomorrow", "tonight", "then", "now", "midnight", "noon", "next", "mid", "year-end"])

    /// True for a token after "by" that starts a time: a number (a year, an hour, a date) or a
    /// day, month or time word.
    static func isTime(_ t: Token) -> Bool {
        t.kind == .number || byTimes.contains(t)
    }

    /// Prepositions that may follow a closing clause's verb of saying ("..., she said in a
    /// statement", "..., he told reporters at the rally": the hearer as well).
    static let closingClausePrepositions: WordSet = ["in", "on", "at", "during", "after", "before", "to", "from", "last", "this", "earlier", "later", "reporters"]

    /// Whether what follows a verb of saying (its tokens `range`) closes its clause: the
    /// sentence's end, punctuation, a time or a preposition, rather than an object or a claim;
    /// or the verb comes first in its clause, its speaker after it (",'' said Jo Park, the
    /// editor").
    static func closesClause(after range: (first: Int, last: Int)?, tokens: [Token]) -> Bool {
        guard let range else { return false }
        if range.first > 0, tokens[range.first - 1].kind == .punctuation { return true }
        let next = range.last + 1
        guard next < tokens.count else { return true }
        let t = tokens[next]
        return t.kind == .punctuation || isTime(t) || closingClausePrepositions.contains(t)
    }

    /// Verbs of saying that stand before their speaker at a clause's end ("..., said one GOP
    /// source."); other verbs after a comma follow an apposition ("Husted, Ohio's secretary of
    /// state, voiced his disapproval").
    static let invertingVerbs: WordSet = [
        "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "explained", "explains", "continued", "continues",
        "noted", "notes", "recalled", "recalls", "observed", "argued", "argues", "warned", "warns", "insisted", "insists",
        "concluded", "concludes", "replied", "replies", "responded", "acknowledged", "acknowledges", "cautioned", "predicted",
        "predicts", "asserted", "asserts", "declared", "stated", "remarked", "emphasized", "stressed", "suggested", "suggests",
        "countered", "quipped", "joked", "conceded", "concedes", "contended", "contends", "maintained", "maintains", "tweeted",
        "reports", "reported", "observes", "cautions", "recalls", "complained",
    ]

    /// Whether only punctuation (a closing period or quotation mark) follows token `k`, or a
    /// time ("..., the senator said on Tuesday.").
    static func endsSentence(after k: Int, in context: SentenceContext) -> Bool {
        let tokens = context.tokens
        var n = k + 1
        if n < tokens.count, tokens[n].word == onWord || tokens[n].word == inWord, n + 1 < tokens.count, isTime(tokens[n + 1]) { n += 2 }
        else if n < tokens.count, isTime(tokens[n]) { n += 1 }
        while n < tokens.count {
            if tokens[n].kind != .punctuation || tokens[n].word == .comma { return false }
            n += 1
        }
        return true
    }

    /// True for a found span that is only such a word (its text's bytes `range`).
    static func isNoSource(_ range: Range<Int>, in context: SentenceContext) -> Bool {
        // Longer texts than the longest such word need no lower-cased copy; ASCII ones (nearly
        // every source) are packed from their bytes, no string made.
        guard range.count <= notSourceLength else { return false }
        if let key = asciiLowerKey(range, in: context) { return notSourceKeys.contains(key) }
        return notSources.contains(context.source.text(ofBytes: range).lowercased())
    }

    /// The ids the finder tells apart, read once per cue: each test of a cue's id was a
    /// comparison of strings, and the finder's loops ask them of every cue, pair and retry.
    enum CueKind: UInt8 {
        case attributionVerb, beliefVerb, actionVerb, attributionPhrase, anonymousSource, headlineColon, creditLine
        case seenAs, contentClause, ownedStance, stanceTopic, documentFinding, pollFinding, expectation, quotedSpeech, attitude, viewpointFrame, other

        /// The kind of an id, told apart by length first and then compared only with the ids
        /// of that length (ids are ASCII, so equal strings have equal byte counts).
        init(_ id: String) {
            switch id.utf8.count {
            case 7: self = id == "seen-as" ? .seenAs : .other
            case 8: self = id == "attitude" ? .attitude : .other
            case 11:
                if id == "belief-verb" { self = .beliefVerb } else if id == "action-verb" { self = .actionVerb }
                else if id == "credit-line" { self = .creditLine } else if id == "expectation" { self = .expectation } else { self = .other }
            case 12:
                if id == "poll-finding" { self = .pollFinding } else if id == "owned-stance" { self = .ownedStance }
                else { self = id == "stance-topic" ? .stanceTopic : .other }
            case 13: self = id == "quoted-speech" ? .quotedSpeech : .other
            case 14:
                if id == "headline-colon" { self = .headlineColon } else { self = id == "content-clause" ? .contentClause : .other }
            case 15: self = id == "viewpoint-frame" ? .viewpointFrame : .other
            case 16:
                if id == "attribution-verb" { self = .attributionVerb } else if id == "document-finding" { self = .documentFinding }
                else { self = id == "anonymous-source" ? .anonymousSource : .other }
            case 18: self = id == "attribution-phrase" ? .attributionPhrase : .other
            default: self = .other
            }
        }

        /// The order in which evidence is asked for a source (`SourceFinder.priority`).
        var priority: Int {
            switch self {
            case .anonymousSource: return 0
            case .headlineColon, .creditLine: return 1
            case .attributionPhrase, .viewpointFrame: return 2
            case .attributionVerb: return 3
            case .pollFinding, .documentFinding: return 4
            case .beliefVerb, .actionVerb, .seenAs: return 5
            // The owner of a plan or view is often not the one reporting it ("Clinton bashed
            // Trump's plan"), so it is asked last.
            case .ownedStance: return 6
            default: return 7
            }
        }

        /// A verb of saying or of belief.
        var isSayingVerb: Bool { self == .attributionVerb || self == .beliefVerb }
    }

    /// What the finder knows of one attribution cue while it asks the cues in turn: where the
    /// cue is in the evidence, its kind, its tokens and its place in the asking order. Kept in
    /// one temporary buffer per sentence, where lists of copied cues, ranges and flags cost
    /// allocations and the retains of each cue's strings.
    struct AskedCue {
        /// The cue's index in the evidence.
        var position: Int
        var kind: CueKind
        /// The cue's tokens, `first` -1 when none is found.
        var first = -1, last = -1
        /// Whether the cue stands as a noun or gerund (`isNounUse`).
        var nounUse = false
        /// Whether the cue stands inside what an earlier verb of saying reports.
        var nested = false
        /// The asking order: by `rank`, then the heavier cue, then the cue's place among the
        /// attribution cues.
        var rank = 0
        var weight = 0.0
        var index = 0
    }

    /// The source the cues point at, before the last check in `source(in:evidence:speakers:)`.
    func candidate(in context: SentenceContext, evidence: [CueEvidence],
                   clausal: ClaimClassifier.ClausalVerbs = ClaimClassifier.ClausalVerbs()) -> FoundSource? {
        // Unnamed sources and headline colons name the source themselves, so they go first.
        // Effects told apart by length before comparing strings.
        let attributionEffect = CueEffect.attribution.rawValue
        let count = evidence.count
        return withUnsafeTemporaryAllocation(of: AskedCue.self, capacity: count) { cues in
            var n = 0
            // Whether the evidence holds quoted speech, found in the same pass.
            var quoted = false
            for k in 0..<count {
                if !quoted, CueID("quoted-speech") ~= evidence[k].id { quoted = true }
                guard evidence[k].effect.utf8.count == attributionEffect.utf8.count && evidence[k].effect == attributionEffect else { continue }
                cues.initializeElement(at: n, to: AskedCue(position: k, kind: CueKind(evidence[k].id)))
                n += 1
            }
            let asked = UnsafeMutableBufferPointer(rebasing: cues[0..<n])
            return candidate(in: context, evidence: evidence, asked: asked, quoted: quoted, clausal: clausal)
        }
    }

    /// `candidate` with one cue of the evidence alone (`source`'s retries, `otherSources`): no
    /// list of one copied cue made.
    func candidate(in context: SentenceContext, evidence: [CueEvidence], only k: Int) -> FoundSource? {
        let cue = CueKind(evidence[k].id)
        var asked = AskedCue(position: k, kind: cue)
        let attribution = evidence[k].effect == CueEffect.attribution.rawValue
        return withUnsafeMutablePointer(to: &asked) { one in
            candidate(in: context, evidence: evidence, asked: UnsafeMutableBufferPointer(start: one, count: attribution ? 1 : 0),
                      quoted: cue == .quotedSpeech)
        }
    }

    /// `candidate` over the attribution cues `asked` (in the evidence's order; reordered here),
    /// `quoted` when the evidence holds quoted speech.
    func candidate(in context: SentenceContext, evidence: [CueEvidence], asked: UnsafeMutableBufferPointer<AskedCue>, quoted: Bool,
                   clausal: ClaimClassifier.ClausalVerbs = ClaimClassifier.ClausalVerbs()) -> FoundSource? {
        let tokens = context.tokens
        var fallback = false
        // Within one priority the strongest cue first: in "Cruz drew crowds with promises of
        // change, Stovall said" the plain verb of saying names the speaker, not "promises".
        // A cue used as a noun or gerund ("Trump's repeated calls", "a history of welcoming
        // refugees") points at its owner, not at the sentence's speaker: it goes after the
        // cues of its priority.
        // With one cue, its tokens alone are found.
        if asked.count > 1 {
            askingOrder(evidence, asked, in: context, clausal: clausal)
        } else if asked.count == 1, let (first, last) = tokenRange(of: evidence[asked[0].position], in: context) {
            (asked[0].first, asked[0].last) = (first, last)
        }
        // Whether a verb of saying outside any reported clause was asked and named no one: then
        // a cue inside what it reports ("The last man to run says he doesn't think") names the
        // reported clause's subject, not the sentence's source.
        var sayingAsked = false
        for cue in asked {
            if cue.nested && sayingAsked { continue }
            if !cue.nested && cue.kind.isSayingVerb { sayingAsked = true }
            guard cue.first >= 0 else { continue }
            let (first, last) = (cue.first, cue.last)
            // A noun right before another cue's verb is that verb's subject, not a speaker's
            // verb: "an analysis of campaign-finance reports shows" asks "shows".
            if cue.nounUse, last + 1 < tokens.count, context.hasAttribution(at: last + 1), !context.inQuote[last + 1] { continue }
            switch cue.kind {
            case .headlineColon:
                // (Without a quotation mark that opens the line: "\"RAMOS: ...".)
                var start = 0
                while start < last, tokens[start].kind == .punctuation { start += 1 }
                if last > start { return span(context, start..<last, kind: nil) }
            case .creditLine:
                // The name after the dash, without a closing period; or the name with its
                // publication ("Harry Enten, CNN"), a board's an organisation's
                // ("Editorial Board, New York Times").
                if tokens[0].kind == .word, let comma = CreditLineCue.publicationComma(context) {
                    let body = (0..<comma).contains { Self.creditedBodies.contains(tokens[$0]) }
                    return span(context, 0..<tokens.count, kind: body ? "organisation" : "person")
                }
                if let end = tokens.lastIndex(where: { $0.kind == .word }), end >= 1 {
                    return span(context, 1..<(end + 1), kind: "person")
                }
            case .attributionPhrase:
                // "allegedly", "reportedly": a source left unnamed.
                if first == last, tokens[first].keyHasSuffix("ly") { continue }
                // "according to X", "as reported by X": the source follows; "X told reporters",
                // "X declined to comment": it comes before.
                if context.tokenSets[last].contains(.sourceAfter) {
                    let np = phraseAfter(context, from: last + 1)
                    if !np.isEmpty { return span(context, np, kind: nil) }
                } else if last > first, tokens[last].word == Self.forWord, context.words.sourceKind(tokens[last - 1]) != nil,
                          first == 0 || tokens[first - 1].word != .comma {
                    // "a spokesman for the buyer": the role is the source, with whom it speaks for.
                    // (Not in apposition to a name, "Jo Park, a spokeswoman for the board, said":
                    // the verb names her with it.)
                    // (Up to the verb: "a spokesman for the buyer said there was ...".)
                    let np = phraseAfter(context, from: last + 1)
                    let end = np.first(where: { context.hasAttribution(at: $0) || Self.looksLikeVerb(tokens[$0]) || context.tokenSets[$0].contains(.adverbs) })
                        ?? np.upperBound
                    if end > last + 1 { return span(context, first..<end, kind: nil) }
                } else if first > 0, tokens[first].word != Self.inWord {
                    // "in an interview", "in a statement" name no one before them ("Sanders told
                    // MSNBC's Rachel Maddow in an interview"): the verb's subject is asked instead.
                    let left = subject(context, before: first)
                    if !left.isEmpty { return span(context, left, kind: nil) }
                }
                fallback = true
            case .viewpointFrame:
                // "To many economists, ...": the people after "To".
                if last > first { return span(context, (first + 1)..<(last + 1), kind: nil) }
            case .seenAs:
                // "Democrats see him as", "viewed as a liability by voters"; a passive with no
                // "by" ("is widely seen as") names nobody.
                if last + 1 < tokens.count, tokens[last + 1].word == .by, !context.inQuote[last + 1] {
                    let np = phraseAfter(context, from: last + 2)
                    if !np.isEmpty { return span(context, np, kind: nil) }
                }
                var k = first - 1
                // ("is" is among the adverbs, which a subject's verb steps over: stopped at here.)
                while k >= 0, !context.tokenSets[k].contains(.beForms),
                      context.tokenSets[k].contains(.adverbs) || Self.isLyWord(tokens[k]) {
                    k -= 1
                }
                if k >= 0, context.tokenSets[k].contains(.beForms) { continue }
                // A participle after a comma ("On Monday night, Clinton leaned in, painting Trump
                // as a caricature"): the subject of the clause before it, as for a verb of saying.
                if first >= 2, tokens[first - 1].word == .comma, !context.inQuote[first - 1], tokens[first].keyHasSuffix("ing") {
                    if let opening = openingSubject(context), opening.upperBound < first - 1 { return span(context, opening, kind: nil) }
                    if let main = participleClauseSubject(context, comma: first - 1) { return span(context, main, kind: nil) }
                }
                let left = subject(context, before: first)
                if !left.isEmpty { return span(context, left, kind: nil) }
            case .contentClause:
                // "Smith's claim that": the owner; otherwise the claim's holder is unnamed.
                if let owner = OwnedStanceCue.owner(context, before: first), !OwnedStanceCue.possessors.contains(tokens[owner]) {
                    let name = leftPhrase(context, before: owner + 1)
                    if !name.isEmpty { return span(context, name, kind: nil) }
                }
            case .stanceTopic:
                // "Mr. Trump's complaints about": a topic noun's owner holds the view, not the
                // sentence's subject ("He was a regular target of ..."). With "his", "their" or
                // no owner: the sentence's opening subject. So after a verb that reports it: "the
                // rally denounced Trump's call for ..." is the rally's.
                if let owner = OwnedStanceCue.owner(context, before: first), !OwnedStanceCue.possessors.contains(tokens[owner]),
                   !asked.contains(where: { $0.first >= 0 && $0.last < owner && ($0.kind.isSayingVerb || $0.kind == .actionVerb) }) {
                    var name = leftPhrase(context, before: owner + 1)
                    // (Not the preposition of "As for Donald Trump's attacks on".)
                    while name.count > 1, VerbContext.prepositions.contains(tokens[name.lowerBound]) || tokens[name.lowerBound].word == Self.asWord {
                        name = name.dropFirst()
                    }
                    if !name.isEmpty { return span(context, name, kind: nil) }
                }
                fallback = true
            case .attributionVerb, .beliefVerb:
                // Passive: "was first reported by MSNBC", "applauded by critics".
                // Not a means ("said by telephone", "told by email"): that names no one.
                // Nor a time ("estimated by 2050", "decide by Friday"; a share of people is an
                // agent: "rejected by 64 percent of voters"), nor after a subject
                // pronoun right before the verb ("They estimated by ..."), which makes it active.
                if last + 1 < tokens.count, tokens[last + 1].word == .by, !context.inQuote[last + 1],
                   last + 2 >= tokens.count || !context.tokenSets[last + 2].contains(.means)
                    && (!Self.isTime(tokens[last + 2]) || isShareOf(tokens, at: last + 2)),
                   first == 0 || !Self.subjectPronouns.contains(tokens[first - 1]),
                   // Nor a gerund: "Carson concluded by admonishing journalists" is active.
                   last + 2 >= tokens.count || tokens[last + 2].isCapitalized || !tokens[last + 2].keyHasSuffix("ing") {
                    var np = phraseAfter(context, from: last + 2)
                    // A verb of charging keeps its "of" ("accused by the U.S. of money laundering"),
                    // not one before a name ("by the Bank of England", "by former member of
                    // parliament Jo Park of ...").
                    if Self.chargeVerbs.contains(tokens[last]),
                       let of = np.dropFirst().first(where: { tokens[$0].word == Self.ofWord && $0 + 1 < tokens.count && !tokens[$0 + 1].isCapitalized
                           && ($0 + 2 >= tokens.count || !tokens[$0 + 2].isCapitalized) }) {
                        np = np.lowerBound..<of
                    }
                    if !np.isEmpty { return span(context, np, kind: nil) }
                }
                // "As described in the leaked paper,", "as stated in Davis' commentary": a passive
                // of saying after "as", with what it was said in: a phrase with a determiner or an
                // owner, or a listed document or outlet (not "as mentioned in passing", nor a
                // place: "as proposed in New York City").
                if first >= 1, first == last, tokens[first - 1].word == Self.asWord, !context.inQuote[first - 1], tokens[first].keyHasSuffix("ed"),
                   last + 2 < tokens.count, tokens[last + 1].word == Self.inWord, !context.inQuote[last + 1] {
                    let np = phraseAfter(context, from: last + 2)
                    let owned = np.contains { tokens[$0].keyHasSuffix("'s") || tokens[$0].keyHasSuffix("’s") || tokens[$0].word == .possessive
                        || tokens[$0].word == Self.apostrophe || tokens[$0].word == Self.curlyApostrophe }
                    let head = np.isEmpty ? nil : context.words.sourceKind(tokens[np.upperBound - 1])
                    if !np.isEmpty, context.tokenSets[last + 2].contains(.determiners) || owned || Self.kindIs(head, "document") || Self.kindIs(head, "media") {
                        return span(context, np, kind: nil)
                    }
                }
                // A passive whose agent comes a few words later ("was booed and shouted down by
                // supporters", "are considered unclean by many", "has been called ''a lie'' by
                // the senator"): the agent, not the passive's subject, said it.
                if first >= 1, context.tokenSets[first - 1].contains(.beForms) || context.tokenSets[first - 1].contains(.adverbs)
                    || Self.isLyAdverb(tokens[first - 1]),
                   let agent = passiveAgent(context, first: first, last: last) {
                    return span(context, agent, kind: nil)
                }
                // A passive with no agent ("The deal was announced Monday", "Sanders was asked
                // to name"): its subject is what was said or whom it was said to; the speaker
                // goes unnamed.
                // (So for a verb of belief: see `namesNoHolder`.)
                if namesNoHolder(context, isBelief: cue.kind == .beliefVerb, first: first, last: last) { continue }
                // "Smith's absurd demand": the possessor of a saying noun is the source. (Not the
                // outlet before its reporter's name: "NPR's Julie McCarthy reports that ...".)
                if context.attributionKind(at: first)?.kind == .nounVerb,
                   let owner = (max(0, first - 3)..<first).last(where: { tokens[$0].keyHasSuffix("'s") && tokens[$0].isCapitalized }),
                   !possessedSpeakerVerb(context, owner: owner, first: first, last: last),
                   !ownersNameReports(context, owner: owner, first: first, last: last) {
                    let name = leftPhrase(context, before: owner + 1)
                    if !name.isEmpty { return span(context, name, kind: nil) }
                }
                // A participle after a comma ("Clinton praised him, saying she ...", "Trump went
                // further, calling it ..."): its subject is the sentence's.
                // So is a gerund's after a preposition ("Smith drew fire for saying", "makes no
                // apologies for accusing").
                var beforeParticiple = first - 1
                while beforeParticiple > 0, first - beforeParticiple < 3, context.tokenSets[beforeParticiple].contains(.adverbs) { beforeParticiple -= 1 }
                // (", at times suggesting": "at times" as an adverb.)
                if Self.isAtTimes(context, before: beforeParticiple + 1) { beforeParticiple -= 2 }
                if first >= 2, tokens[beforeParticiple].word == .comma || context.tokenSets[beforeParticiple].contains(.gerundPrepositions),
                   !context.inQuote[first - 1], tokens[first].keyHasSuffix("ing") {
                    // (A determiner's phrase before its verb too, with a listed source word as
                    // its head: "The retired neurosurgeon has provided no details ..., saying".)
                    if let opening = openingSubject(context) ?? openingNounSubject(context).flatMap({
                        context.words.sourceKind(tokens[$0.upperBound - 1]) != nil ? $0 : nil }) ?? openingPhrase(context),
                       opening.upperBound < first - 1 {
                        return span(context, opening, kind: nil)
                    }
                    // After opening phrases ("The day before, at a rally in Beaumont, Mr. Trump
                    // was just as blunt, claiming") or an adverb ("The nurse later sued,
                    // claiming"): the subject of the clause the participle's comma closes.
                    if tokens[beforeParticiple].word == .comma, let main = participleClauseSubject(context, comma: beforeParticiple) {
                        return span(context, main, kind: nil)
                    }
                    // "When he returned he began by saying": the subject of the verb right before
                    // the preposition, a pronoun or a name.
                    if beforeParticiple >= 2, tokens[beforeParticiple].word == .by, Self.looksLikeVerb(tokens[beforeParticiple - 1]),
                       !context.inQuote[beforeParticiple - 1] {
                        let left = subject(context, before: beforeParticiple - 1)
                        if !left.isEmpty, tokens[left.lowerBound].isCapitalized || Self.kindIs(context.words.sourceKind(tokens[left.lowerBound]), "pronoun") {
                            return span(context, left, kind: nil)
                        }
                    }
                }
                // A gerund in the sentence's opening phrase ("In declaring ..., the pope", "After
                // announcing ..., Smith"): its subject is the main clause's, after the comma.
                if first >= 1, first - 1 == datelineEnd(context), tokens[first].keyHasSuffix("ing"), !context.inQuote[first - 1],
                   context.tokenSets[first - 1].contains(.gerundPrepositions) || tokens[first - 1].word == Self.inWord
                    || tokens[first - 1].word == Self.onWord,
                   let opening = openingSubject(context), opening.lowerBound > last {
                    return span(context, opening, kind: nil)
                }
                // A participle opening the sentence ("Citing the attack as a wake-up call, Will
                // urged", "Recalling that moment, David Axelrod said"): the subject after the
                // comma that closes its clause.
                if tokens[first].isCapitalized, tokens[first].keyHasSuffix("ing"), first == datelineEnd(context),
                   let after = subjectAfterOpeningClause(context, from: last + 1) {
                    return span(context, after, kind: nil)
                }
                // (A perfect participle too: "Having announced that he would not send me to
                // prison, Judge Berman proceeded".)
                if first >= 1, tokens[first - 1].word == Self.havingWord, tokens[first - 1].isCapitalized, first - 1 == datelineEnd(context),
                   let after = subjectAfterOpeningClause(context, from: last + 1) {
                    return span(context, after, kind: nil)
                }
                // A closing clause of saying after a comma, with nothing after it but
                // punctuation: "..., attorneys for the family said.", "..., said one GOP source
                // in the room.": its subject, whole, or its inverted speaker.
                if cue.kind == .attributionVerb, first >= 2, !context.inQuote[first - 1] {
                    if tokens[first - 1].word == .comma, first == last, Self.invertingVerbs.contains(tokens[first]) {
                        // The speaker after the verb, when `closingSpeaker` takes it.
                        let right = invertedSpeaker(context, from: last + 1)
                        if let speaker = closingSpeaker(context, right) { return span(context, speaker, kind: nil) }
                    } else if Self.endsSentence(after: last, in: context) {
                        let whole = clauseSubject(context, before: first, afterComma: true)
                        if !whole.isEmpty, whole.lowerBound >= 2, tokens[whole.lowerBound - 1].word == .comma, !context.inQuote[whole.lowerBound - 1] {
                            return span(context, whole, kind: nil)
                        }
                    }
                }
                if let speaker = purposeClauseSubject(context, first: first) {
                    // (No subject found for the verb before a place or medium: its name is no
                    // speaker, "made appearances on CNN and Fox News to denounce".)
                    if speaker.isEmpty { continue }
                    return span(context, speaker, kind: nil)
                }
                let left = subject(context, before: first)
                // The object of a preposition right before an infinitive is no speaker ("took
                // to social media to complain", "calls with both Sanders and Clinton to
                // discuss"); after "for" and "by" it is ("for Clinton to highlight", "pressed by
                // the moderator to release"), and after a share's "of" ("one of the earliest
                // House members to endorse").
                // (Over a lower-case modifier the name walk left out of a listed word: "to social
                // media".)
                if !left.isEmpty, left.upperBound == first - 1, tokens[first - 1].word == .to, left.lowerBound >= 1 {
                    let p = Self.modifierStart(context, left) - 1
                    if !context.inQuote[p], VerbContext.prepositions.contains(tokens[p]) || tokens[p].word == .to, tokens[p].word != Self.forWord,
                       !(tokens[p].word == Self.ofWord && p >= 1 && Self.parts.contains(tokens[p - 1])) {
                        continue
                    }
                }
                if !left.isEmpty { return span(context, withConjunct(context, left), kind: nil) }
                if let share = shareSubject(context, before: first) { return span(context, share, kind: "document") }
                if let reporter = asClauseSubject(context, first: first, last: last) { return span(context, reporter, kind: nil) }
                // Inversion ("...,” said Javier Palomarez"): the verb follows punctuation or opens the sentence.
                // (Not a participle: ", saying the plan" is no inversion.)
                let inverted = (first == 0 || tokens[first - 1].kind == .punctuation) && !tokens[first].keyHasSuffix("ing")
                // "asked" takes its hearer after it ("asked Smith to resign"), but right after a
                // quotation it is inverted like "said" ("“Is it so?” asked Sen. Jo Park of
                // Ohio."), when the speaker's phrase ends the sentence or a comma follows it.
                if inverted, first == last, first >= 2, context.inQuote[first - 2] || context.inQuote[first - 1],
                   Self.invertingAsks.contains(tokens[first]) {
                    let right = invertedSpeaker(context, from: last + 1)
                    if !right.isEmpty, Self.endsSentence(after: right.upperBound - 1, in: context)
                        || right.upperBound < tokens.count && tokens[right.upperBound].word == .comma {
                        return span(context, right, kind: nil)
                    }
                }
                if inverted, !context.tokenSets[first].contains(.hearerVerbs) {
                    let right = invertedSpeaker(context, from: last + 1)
                    // "..., said he had lost his fire": a pronoun after the verb opens what was
                    // said; only at the sentence's end ("..., said he.") is it the speaker.
                    let pronounOpensClaim = right.count == 1 && Self.kindIs(context.words.sourceKind(tokens[right.lowerBound]), "pronoun")
                        && right.upperBound < tokens.count && tokens[right.upperBound].kind != .punctuation
                    // Nor is a phrase with its own verb after it ("Even the hawks, like Rubio and
                    // Bush, say the bulk of ground troops should be Arab fighters"): the subject
                    // of what is said, the speaker before the verb.
                    // (Up to the phrase's first comma or relative word: "said Gov. Jo Park, a
                    // Republican who has not endorsed" is the speaker's apposition.)
                    var phraseOpensClaim = false
                    for n in right.lowerBound..<min(tokens.count, right.upperBound + 1) {
                        if context.inQuote[n] || tokens[n].kind == .punctuation || context.tokenSets[n].contains(.relativeWords) { break }
                        if !tokens[n].isCapitalized, Self.auxiliaries.contains(tokens[n]) || VerbContext.modals.contains(tokens[n])
                            || Self.beForms.contains(tokens[n]) {
                            phraseOpensClaim = true
                            break
                        }
                    }
                    if !right.isEmpty, !pronounOpensClaim, !phraseOpensClaim { return span(context, right, kind: nil) }
                }
                fallback = true
            case .ownedStance:
                // "his plan": the pronoun; "Smith's plan": the name; "criticism from Democrats":
                // the phrase after "from".
                // "Clinton pitched her plan": the pronoun stands for the sentence's subject
                // when it opens with a name.
                if OwnedStanceCue.possessors.contains(tokens[first]) {
                    if let opening = openingSubject(context), opening.upperBound <= first, context.words.sourceKind(tokens[opening.lowerBound]) != "pronoun" {
                        return span(context, opening, kind: nil)
                    }
                    // "In his view, ...", "From their perspective, ...": a view that frames the
                    // sentence is the possessive's, resolved as its subject form is.
                    if Self.isOpeningFrame(context, first: first, last: last), Self.subjectForms[tokens[first].key] != nil {
                        return span(context, first..<(first + 1), kind: nil)
                    }
                    // "the Vermont senator is sticking to his campaign message": with no name
                    // opening the sentence, "his" alone is no source (on PolNeAR train it matched
                    // a gold source 7 times in 35); the cues after this one are asked.
                    continue
                }
                if OwnedStanceCue.agents.contains(tokens[last]) {
                    let np = phraseAfter(context, from: last + 1)
                    if !np.isEmpty { return span(context, np, kind: nil) }
                } else {
                    let name = leftPhrase(context, before: first + 1)
                    if !name.isEmpty { return span(context, name, kind: nil) }
                    // "In the mayor's view, ...": a common noun's phrase owns a view that frames
                    // the sentence. (Elsewhere the owner of a plan or view is mostly not the
                    // sentence's source: PolNeAR train lost 4 sources when it was taken.)
                    if tokens[first].keyHasSuffix("'s"), !tokens[first].isCapitalized, Self.isOpeningFrame(context, first: first - 1, last: last) {
                        let owner = commonNounPhrase(context, before: first + 1)
                        if !owner.isEmpty { return span(context, owner, kind: nil) }
                    }
                }
                fallback = true
            case .actionVerb, .attitude:
                // "Clinton is looking to", "the senator has focused on": the actor is the subject.
                // So is the holder of an attitude ("Clinton, the front-runner, was skeptical of").
                let left = subject(context, before: first)
                if !left.isEmpty { return span(context, withConjunct(context, left), kind: nil) }
                fallback = true
            case .documentFinding:
                // The whole opening noun phrase when the finding's verb follows it ("The audit
                // released Tuesday showed"): the walk back from the verb stops at the time.
                var whole = clauseSubject(context, before: first)
                // Or a clause's own after a comma or a subordinating word ("..., a USA TODAY
                // analysis of newly filed reports shows", "after leaked documents from his tax
                // return show").
                if whole.isEmpty { whole = clauseSubject(context, before: first, afterComma: true) }
                if whole.isEmpty, let opener = (max(0, first - 14)..<first).last(where: { Self.subordinators.contains(tokens[$0]) && !context.inQuote[$0] }) {
                    whole = clauseSubject(context, before: first, start: opener + 1)
                }
                if !whole.isEmpty { return span(context, whole, kind: findingKind(context, whole)) }
                let left = subject(context, before: first)
                if !left.isEmpty { return span(context, left, kind: findingKind(context, left)) }
            case .pollFinding:
                // "in a CNN poll": the poll, after "in".
                if tokens[first].word == Self.inWord, last > first {
                    return span(context, (first + 1)..<(last + 1), kind: "document")
                }
                // "Fifty-six percent", "about 4 in 10": the share with its number.
                var start = first
                while start > 0, first - start < 3, tokens[start - 1].kind == .number || context.tokenSets[start - 1].contains(.numberWords)
                        || tokens[start - 1].key.split(separator: "-").allSatisfy({ Self.numberWords.contains(String($0)) }) {
                    start -= 1
                }
                // A share after a verb is its object ("enjoys 48% support", "won 52 percent"):
                // the respondents speak only as a clause's subject.
                if start > 0, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized, !context.inQuote[start - 1],
                   !context.tokenSets[start - 1].contains(.subjectOpeners), !Self.shareOpeners.contains(tokens[start - 1]),
                   !Self.shareModifiers.contains(tokens[start - 1]), !Self.approximators.contains(tokens[start - 1]),
                   !Self.articles.contains(tokens[start - 1]) {
                    continue
                }
                return span(context, start..<(first + 1), kind: "document")
            case .anonymousSource:
                // "on condition of anonymity", "who asked not to be named", "it is reported":
                // the cue says the source is unnamed, but names no one itself.
                if context.tokenSets[first].contains(.anonymousAsides) { continue }
                return span(context, anonymousPhrase(context, first..<(last + 1)), kind: "anonymous")
            case .expectation:
                // "The council is expected to approve it": the council is not who expects it; the
                // holder of a passive expectation goes unnamed, so it points at no one.
                continue
            default:
                fallback = true
            }
        }
        if quoted, let after = afterQuote(context) ?? betweenQuotes(context) ?? firstQuoteTag(context) ?? asClauseSpeaker(context)
            ?? colonClauseSpeaker(context) {
            return span(context, after, kind: nil)
        }
        if fallback, let opening = openingSubject(context) {
            return span(context, opening, kind: nil)
        }
        // With nothing found, the whole of a verb of saying's clause before it, when that is a
        // plain noun phrase (`wholeClauseSubject`).
        for i in asked.indices where asked[i].first >= 0 && asked[i].kind == .attributionVerb && !asked[i].nounUse && !asked[i].nested {
            if let whole = wholeClauseSubject(context, before: asked[i].first) { return span(context, whole, kind: nil) }
        }
        return nil
    }

    /// Whether a word that is a noun as often as a verb, right after a possessive and one
    /// lower-case word that names speakers, is that phrase's verb: an object follows it (a
    /// determiner, a pronoun, "that"; "Gowdy's office calls the whole thing ...", "Podliska's
    /// lawsuit demands his reinstatement"), or an adverb in -ly stands before it and the sentence
    /// ends ("a claim that Gowdy's office strongly disputes."); not "Trump's campaign promise."
    /// or "his signature campaign promise".
    func possessedSpeakerVerb(_ context: SentenceContext, owner: Int, first: Int, last: Int) -> Bool {
        let tokens = context.tokens
        var head = first - 1
        let adverb = head > owner + 1 && Self.isLyAdverb(tokens[head])
        if adverb { head -= 1 }
        guard head == owner + 1, !tokens[head].isCapitalized, context.words.sourceKind(tokens[head]) != nil else { return false }
        let next = last + 1
        guard next < tokens.count else { return adverb }
        return adverb && tokens[next].word == .period || tokens[next].word == .that || context.tokenSets[next].contains(.determiners)
            || Self.objectPronouns.contains(tokens[next])
    }

    /// Whether a word that is a noun as often as a verb comes after an owner's possessive and
    /// a person's name, and reads as that person's verb: "NPR's Julie McCarthy reports that
    /// ...", "as NPR's Anthony Kuhn reports from Beijing:" (a name of two capitalised words or
    /// more, no day and no ordinal: not "Trump's Sunday tweets", "Bush's Facebook post",
    /// "Pagliano's Fifth Amendment claims"; then "that", a determiner, a pronoun, a preposition
    /// or the clause's end: not "Trump's Planned Parenthood comments were").
    func ownersNameReports(_ context: SentenceContext, owner: Int, first: Int, last: Int) -> Bool {
        let tokens = context.tokens
        guard first - owner >= 3, (owner + 1..<first).allSatisfy({ tokens[$0].isCapitalized && !context.tokenSets[$0].contains(.weekdays) }),
              !Self.ordinals.contains(tokens[owner + 1]) else { return false }
        let next = last + 1
        guard next < tokens.count else { return true }
        let t = tokens[next]
        return t.word == .that || t.word == .period || t.word == .comma || context.tokenSets[next].contains(.determiners)
            || Self.objectPronouns.contains(t) || t.word == Self.inWord || t.word == Self.fromWord || t.word == Self.onWord
    }

    /// Ordinals that open a capitalised noun phrase, not a name ("Fifth Amendment").
    static let ordinals: WordSet = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// The kind of what a finding verb's subject names: a document when a document word is in it
    /// ("the report", "a new Quinnipiac poll"); otherwise read from its words as any source's is
    /// ("..., Pew found.", "he found that incomes grew").
    func findingKind(_ context: SentenceContext, _ range: Range<Int>) -> String? {
        range.contains { Self.kindIs(context.words.sourceKind(context.tokens[$0]), "document") } ? "document" : nil
    }

    /// Puts several cues in the order they are asked for the source, with each cue's tokens,
    /// and marks those that stand inside what an earlier verb of saying reports. Apart from
    /// `candidate`, which stays small enough for its loops to be inlined.
    func askingOrder(_ evidence: [CueEvidence], _ cues: UnsafeMutableBufferPointer<AskedCue>, in context: SentenceContext,
                     clausal: ClaimClassifier.ClausalVerbs = ClaimClassifier.ClausalVerbs()) {
        // So does a cue inside the content clause of an earlier verb of saying ("Trump
        // insisted that Khan was wrong to say ..."): its speaker is part of the report.
        // Each cue's tokens are found once; "that" is looked for once per sentence.
        let tokens = context.tokens
        fillTokenRanges(evidence, cues, in: context)
        for i in cues.indices where cues[i].first >= 0 {
            cues[i].nounUse = isNounUse(at: cues[i].first, in: context)
        }
        // The comma that closes a subordinate clause opening the sentence ("While Comey has
        // said that ..., Lewandowski said"), -1 when there is none: a cue inside it is the
        // background's, asked after the main clause's cues of its priority, and nests none of them.
        var background = openingClauseEnd(context)
        // So does a participle's clause of saying that opens the sentence ("Asked Friday if he
        // was confident that ..., Josh Earnest said"): its "that" nests no cue after its comma.
        if background < 0 { background = openingParticipleEnd(context) }
        // Except an opening "As X reported," ("As the paper noted, the council agreed ..."):
        // a clause of saying that ends at its comma reports the whole sentence, so its verb
        // is asked first, as a closing ", X said" is. Not a verb after "to" ("As the crowd
        // began to chant,"), a clause of time.
        var reportClause = -1
        if background > 0, let opener = openingSubordinator(context), tokens[opener].word == Self.asWord {
            for i in cues.indices where cues[i].first > opener + 1 && cues[i].last == background - 1 && cues[i].kind == .attributionVerb
                && tokens[cues[i].first - 1].word != .to {
                reportClause = i
                background = -1
                break
            }
        }
        // How many "that"s outside quotations come before each token (the tokens' count
        // after the last): whether one stands between two cues is a subtraction. Counted
        // when first asked: most sentences never ask.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: tokens.count + 1) { thatsBefore in
            var counted = false
            /// Whether a "that" stands after token `a` and before token `b` (a < b).
            func thatBetween(_ a: Int, _ b: Int) -> Bool {
                if !counted {
                    var thats = 0
                    // (The key read once: a static key is asked through its lazy initialiser.)
                    let that = WordKey.that
                    for k in tokens.indices {
                        thatsBefore[k] = thats
                        if tokens[k].word == that && !context.inQuote[k] { thats += 1 }
                    }
                    thatsBefore[tokens.count] = thats
                    counted = true
                }
                return thatsBefore[b] > thatsBefore[a + 1]
            }
            // The closing verbs of saying by bit (no list made); whether any finding is there.
            var closingBits: UInt64 = 0
            var findings = false
            for i in cues.indices {
                var nested = false
                let here = cues[i]
                if here.first >= 0 {
                    for j in cues.indices where j != i && !cues[j].nounUse && cues[j].kind.isSayingVerb {
                        let there = cues[j]
                        guard there.first >= 0, there.last < here.first, there.last > background || here.first < background else { continue }
                        if thatBetween(there.last, here.first) { nested = true; break }
                        // "said they supported him", "says he doesn't think": the reported
                        // clause's own subject and verb follow the verb of saying directly.
                        // (Cue `j` is such a verb: the loop asks only those.)
                        // Not after an object alone: "organizations that have endorsed him say"
                        // has no subject between, so the verb is the sentence's own.
                        if here.first - there.last <= 4,
                           here.first - there.last != 2 || !Self.objectOnlyPronouns.contains(tokens[there.last + 1]),
                           Self.isPlain(from: there.last + 1, to: here.first, tokens: tokens, inQuote: context.inQuote) {
                            nested = true
                            break
                        }
                    }
                }
                // A verb of saying in a closing or parenthetical clause ("Cost estimates, he added,
                // were ...", "..., the senator said.") names the sentence's speaker: asked before
                // the other verbs of its priority, whose subjects may be the claim's own words.
                let clausal = i == reportClause || here.kind == .attributionVerb && !here.nounUse
                    && clausal.isClausal(here.position, TextSpan(start: evidence[here.position].start, end: evidence[here.position].end), in: context)
                // Such a clause frames the whole sentence, so it is never inside what another
                // verb reports, even when a word of the claim reads as a verb of saying ("The
                // express that worked so well would derail, Sabato said."), when nothing of a
                // claim follows the verb: the sentence's end, a comma, a time or a place ("...,
                // Sabato said on Tuesday"), not an object ("that Tapper, Bash and Blitzer had
                // mentioned it").
                if clausal {
                    if Self.closesClause(after: here.first >= 0 ? (here.first, here.last) : nil, tokens: tokens) {
                        nested = false
                        closingBits |= 1 << UInt64(min(i, 63))
                    }
                }
                if i >= 64 { closingBits |= 1 << 63 }
                if here.kind == .documentFinding { findings = true }
                let inBackground = here.first >= 0 && here.first < background
                // A cue in a relative clause that follows a verb of saying of the main clause
                // ("Trump has blasted the system, which he said runs ..."): the main clause's
                // verb names the sentence's source; the clause's speaker stays among the other
                // sources (`otherSources`).
                var inRelative = false
                if !nested, !inBackground, here.first >= 0, let k = Self.relativeOpener(context, before: here.first) {
                    inRelative = cues.contains { $0.first >= 0 && $0.last < k - 1 && !$0.nounUse && $0.kind.isSayingVerb }
                }
                cues[i].rank = here.kind.priority * 4 + (here.nounUse ? 1 : 0) + (nested || inBackground || inRelative ? 2 : 0) - (clausal ? 1 : 0)
                cues[i].weight = -evidence[here.position].weight
                cues[i].index = i
                cues[i].nested = nested
            }
            // A verb inside what a poll or report finds ("Polls show voters trust Clinton",
            // "a survey found that most say ..."): the finding's document is the source, so the
            // verb is asked after it, though verbs of saying come first otherwise. (Most
            // sentences have no finding: then nothing more is read.)
            if findings {
                for i in cues.indices where !cues[i].nested && closingBits & (1 << UInt64(min(i, 63))) == 0
                    && cues[i].kind.isSayingVerb && cues[i].first >= 0 {
                    let here = cues[i]
                    // After a finding, with a "that" between or within four plain words.
                    let inside = cues.contains { there in
                        there.kind == .documentFinding && there.first >= 0 && there.last < here.first
                            && (thatBetween(there.last, here.first)
                                || here.first - there.last <= 4
                                    && Self.isPlain(from: there.last + 1, to: here.first, tokens: tokens, inQuote: context.inQuote))
                    }
                    if inside {
                        cues[i].rank += 10
                        cues[i].nested = true
                    }
                }
            }
        }
        // The standard library's sort, or for a few cues an insertion sort in place (the
        // order is total: the index breaks every tie, so both give the same order).
        func before(_ a: AskedCue, _ b: AskedCue) -> Bool { (a.rank, a.weight, a.index) < (b.rank, b.weight, b.index) }
        if cues.count > 16 {
            // (A copy of the buffer pointer: the same memory, sorted in place.)
            var all = cues
            all.sort(by: before)
            return
        }
        for i in 1..<cues.count {
            let cue = cues[i]
            var j = i
            while j > 0, before(cue, cues[j - 1]) {
                cues[j] = cues[j - 1]
                j -= 1
            }
            cues[j] = cue
        }
    }

    /// The relative word of a clause set off by a comma whose own subject stands between it
    /// and the verb at token `first` (", which he said", ", which an FBI report found"): at
    /// most five tokens back, no punctuation between, outside quotations; nil otherwise.
    static func relativeOpener(_ context: SentenceContext, before first: Int) -> Int? {
        let tokens = context.tokens
        var k = first - 2
        while k >= 1, first - k <= 6 {
            if tokens[k].kind == .punctuation { return nil }
            if context.tokenSets[k].contains(.relativeWords) {
                return tokens[k - 1].word == .comma && !context.inQuote[k] ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// Words that open a subordinate clause before the main one ("While ..., ", "Although ...,").
    static let subordinators: WordSet = ["while", "although", "though", "whereas", "when", "as", "if", "since", "after", "before", "because", "unless", "once", "until"]

    /// The token of the subordinating word that opens the sentence (after a dateline, an
    /// opening "But"/"And" or "Even"), outside quotations; nil when the sentence opens otherwise.
    func openingSubordinator(_ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        var k = datelineEnd(context)
        if k < tokens.count, context.tokenSets[k].contains(.openingConjunctions) || tokens[k].word == Self.evenWord { k += 1 }
        guard k < tokens.count, !context.inQuote[k], Self.subordinators.contains(tokens[k]) else { return nil }
        return k
    }

    static let asWord = WordKey("as")

    /// The token of the comma that closes a subordinate clause opening the sentence (after a
    /// dateline, an opening "But"/"And" or "Even"), outside quotations; -1 when the sentence
    /// opens otherwise.
    func openingClauseEnd(_ context: SentenceContext) -> Int {
        let tokens = context.tokens
        guard let k = openingSubordinator(context) else { return -1 }
        for j in (k + 1)..<tokens.count where tokens[j].word == .comma && !context.inQuote[j] { return j }
        return -1
    }

    /// The token of the comma that closes a passive participle of saying opening the sentence
    /// ("Asked about the case,", "Pressed on whether ...,"), outside quotations; -1 when the
    /// sentence opens otherwise. (An opening "-ing" participle has its own rule in `candidate`,
    /// and may be a gerund subject: "Describing them as ... seems cruel".)
    func openingParticipleEnd(_ context: SentenceContext) -> Int {
        let tokens = context.tokens
        let k = datelineEnd(context)
        guard k < tokens.count, !context.inQuote[k], tokens[k].isCapitalized, tokens[k].keyHasSuffix("ed"),
              context.attributionKind(at: k)?.kind == .verb else { return -1 }
        for j in (k + 1)..<min(tokens.count, k + 40) where tokens[j].word == .comma && !context.inQuote[j] { return j }
        return -1
    }

    /// The agent of a passive verb of saying or belief (tokens `first...last`) after a form of
    /// "be" ("is", "was been", adverbs between), when "by" follows within eight words of the
    /// same clause (no punctuation but quotation marks between) and opens neither a means nor
    /// a time: the phrase after "by"; nil otherwise.
    func passiveAgent(_ context: SentenceContext, first: Int, last: Int) -> Range<Int>? {
        let tokens = context.tokens
        var b = first - 1
        while b >= 0, first - b <= 3, context.tokenSets[b].contains(.adverbs) && !context.tokenSets[b].contains(.beForms) || Self.isLyAdverb(tokens[b]) {
            b -= 1
        }
        guard b >= 0, context.tokenSets[b].contains(.beForms), !context.inQuote[first] else { return nil }
        var k = last + 2
        while k < tokens.count, k - last <= 8 {
            let t = tokens[k]
            if t.kind == .punctuation, !Self.quoteMarks.contains(t) { return nil }
            if t.word == .by, !context.inQuote[k] {
                // A number is a time ("by 2020") unless a share of people follows it ("by 59.6
                // percent of voters", "by 40 of the members").
                guard k + 1 < tokens.count, !context.tokenSets[k + 1].contains(.means),
                      !Self.isTime(tokens[k + 1]) || isShareOf(tokens, at: k + 1),
                      !tokens[k + 1].keyHasSuffix("ing") else { return nil }
                let np = phraseAfter(context, from: k + 1)
                return np.isEmpty ? nil : np
            }
            k += 1
        }
        return nil
    }

    /// Whether the word at `k`, after "to", reads as an infinitive's verb: a lower-case word,
    /// not a determiner, pronoun, number or -ing/-ed form ("to force", not "to the mayor",
    /// "to voters'", "to 2020").
    static func opensInfinitive(_ context: SentenceContext, _ k: Int) -> Bool {
        let t = context.tokens[k]
        return t.kind == .word && !t.isCapitalized && !context.inQuote[k] && !context.tokenSets[k].contains(.determiners)
            && !context.tokenSets[k].contains(.objectPronouns) && !t.keyHasSuffix("s") && !t.keyHasSuffix("ing") && !t.keyHasSuffix("ed")
            && context.words.sourceKind(t) == nil
    }

    /// Whether the number at `k` opens a share of a group: "of" after it, or after "percent"
    /// or "%" after it.
    func isShareOf(_ tokens: [Token], at k: Int) -> Bool {
        guard tokens[k].kind == .number, k + 1 < tokens.count else { return false }
        var j = k + 1
        if Self.percentWords.contains(tokens[j]) { j += 1 }
        return j < tokens.count && tokens[j].word == Self.ofWord
    }

    /// Words after which an article goes on the phrase: prepositions beside
    /// `VerbContext.prepositions`, conjunctions, predeterminers and wh-words.
    static let phraseJoiners: WordSet = [
        "by", "to", "as", "than", "like", "including", "near", "inside", "outside", "across", "behind", "after", "before",
        "since", "around", "per", "and", "or", "nor", "but", "&", "all", "both", "half", "such", "quite", "rather", "what",
        "whom", "which", "whose", "where", "when", "whether", "if", "twice", "many",
    ]

    /// Verbs whose passive names the charge or the content after its agent with "of": "accused
    /// by the U.S. of money laundering", "warned by aides of the risks".
    static let chargeVerbs: WordSet = ["accused", "suspected", "convicted", "acquitted", "cleared", "warned", "informed", "notified", "reminded", "convinced", "persuaded", "assured"]

    static let percentWords: WordSet = ["percent", "%", "per-cent"]

    /// The subject after the comma that closes an opening clause, searched from token `start`
    /// (commas inside quotations are the quotation's, but for one closing it): a pronoun, or a name or determiner's
    /// phrase, followed by a word (its verb); nil otherwise.
    func subjectAfterOpeningClause(_ context: SentenceContext, from start: Int) -> Range<Int>? {
        let tokens = context.tokens
        // (A comma that closes a quotation, ',” Will urged', closes the clause too.)
        guard start < tokens.count,
              var c = (start..<min(tokens.count, start + 40)).first(where: {
                  tokens[$0].word == .comma && (!context.inQuote[$0]
                      || $0 + 2 < tokens.count && Self.quoteMarks.contains(tokens[$0 + 1]) && !context.inQuote[$0 + 2])
              }) else { return nil }
        c += 1
        if c < tokens.count, Self.quoteMarks.contains(tokens[c]) { c += 1 }
        // A place's state or country after its comma ("Speaking at a rally in Novi, Michigan,
        // Trump says"), and a time set off by commas ("..., on Monday, Clinton said"), are the
        // opening clause's still: the subject follows their comma.
        var steps = 0
        while steps < 3, c >= 2, c < tokens.count, !context.inQuote[c] {
            var next = c
            // (The place after "in", "at", "from" or "near": not "Speaking to Smith, Jones,
            // the mayor, said".)
            if tokens[c].isCapitalized, tokens[c - 1].word == .comma,
               let p = (max(0, c - 5)..<(c - 1)).last(where: { !tokens[$0].isCapitalized }),
               Self.cityPrepositions.contains(tokens[p]), p < c - 2 {
                next = c + 1
                if next < tokens.count, isDottedAbbreviation(context, c) { next += 1 }
            } else if context.tokenSets[c].contains(.timePrepositions) || Self.isTime(tokens[c]) {
                while next < tokens.count, next - c < 4, tokens[next].kind == .word || tokens[next].kind == .number { next += 1 }
            }
            guard next > c, next + 1 < tokens.count, tokens[next].word == .comma else { break }
            c = next + 1
            steps += 1
        }
        guard c < tokens.count, !context.inQuote[c] else { return nil }
        if Self.kindIs(context.words.sourceKind(tokens[c]), "pronoun") { return c..<(c + 1) }
        guard tokens[c].isCapitalized || context.tokenSets[c].contains(.determiners) else { return nil }
        let name = rightPhrase(context, from: c)
        guard !name.isEmpty, name.upperBound < tokens.count, tokens[name.upperBound].kind == .word || tokens[name.upperBound].word == .comma
        else { return nil }
        return name
    }

    /// A subject with the conjunct before its "and" where the two open the clause together
    /// ("Sanders and his aides said", "She and her husband said", "On Monday, Mr. Xi and other
    /// leaders said"); `found` alone otherwise ("Obama criticized the bill and his aides said":
    /// "the bill" opens no clause).
    func withConjunct(_ context: SentenceContext, _ found: Range<Int>) -> Range<Int> {
        let tokens = context.tokens
        let a = found.lowerBound - 1
        guard a >= 1, tokens[a].word == Self.andWord, !context.inQuote[a], !context.inQuote[a - 1], tokens[a - 1].kind == .word,
              !tokens[found].contains(where: { $0.word == Self.andWord }) else { return found }
        var left = leftPhrase(context, before: a)
        if left.isEmpty || left.upperBound != a { left = commonNounPhrase(context, before: a) }
        // (A noun phrase, not a clause: "Sometimes, the site just freezes up and the user",
        // "There's immigration reform and a ...".)
        guard !left.isEmpty, left.upperBound == a, a - left.lowerBound <= 6,
              !left.contains(where: { context.tokenSets[$0].contains(.adverbs) || context.tokenSets[$0].contains(.particles)
                  || context.tokenSets[$0].contains(.contractions) || Self.looksLikeVerb(tokens[$0]) }) else { return found }
        let s = left.lowerBound
        guard s == datelineEnd(context) || s >= 1 && !context.inQuote[s - 1]
                && (tokens[s - 1].word == .comma || context.tokenSets[s - 1].contains(.openingConjunctions) && s - 1 == datelineEnd(context))
        else { return found }
        return s..<found.upperBound
    }

    /// Lower-case words that modify a title before it ("presidential nominee", "press
    /// secretary", "national security adviser").
    static let titleModifiers: WordSet = [
        "presidential", "vice-presidential", "vice", "press", "communications", "campaign", "senior", "top", "chief",
        "deputy", "national", "security", "foreign", "policy", "defense", "state", "federal", "special", "assistant",
        "executive", "managing", "acting", "legislative", "political", "economic", "principal", "general",
    ]

    /// Auxiliaries that may stand between a subject and an aside before its verb ("He did, at
    /// the time, note").
    static let emphaticAuxiliaries: WordSet = ["did", "does", "do", "has", "have", "had", "will", "would", "can", "could"]

    /// Verbs whose object does what the next verb says ("makes us think", "let them say").
    static let causatives: WordSet = ["make", "makes", "made", "making", "let", "lets", "letting"]

    /// Words that make a title a past one ("former President Bill Clinton").
    static let formerWords: WordSet = ["former", "outgoing"]

    /// Prepositions before a city that a state or country may follow ("in Novi, Michigan").
    static let cityPrepositions: WordSet = ["in", "at", "from", "near"]

    /// Heads of a share or group before "of" ("a number of attendees", "most of the delegates").
    static let partitives: WordSet = [
        "number", "handful", "majority", "minority", "group", "couple", "dozens", "hundreds", "thousands", "millions", "most", "many",
        "some", "all", "none", "several", "few", "half", "percent", "share", "lot", "plenty", "each", "both", "one", "two", "three",
    ]

    /// Whether tokens `start..<end` hold no punctuation and nothing quoted.
    static func isPlain(from start: Int, to end: Int, tokens: [Token], inQuote: [Bool]) -> Bool {
        for k in start..<end where tokens[k].kind == .punctuation || inQuote[k] { return false }
        return true
    }

    /// Quotation marks, which may stand between a passive verb and its agent.
    static let quoteMarks: WordSet = ["\"", "\u{201C}", "\u{201D}", "'", "''", "\u{2018}", "\u{2019}"]

    /// The tokens a piece of evidence covers: the first token starting at or after its start,
    /// through the last one ending by its end (at least the first).
    func tokenRange(of cue: CueEvidence, in context: SentenceContext) -> (first: Int, last: Int)? {
        let tokens = context.tokens
        guard !tokens.isEmpty else { return nil }
        if context.countsScalars { return Self.byteSearch(cue, in: context) }
        return context.source.bytes.withUnsafeBufferPointer { bytes -> (first: Int, last: Int)? in
            var walk = ScalarWalk(bytes, from: tokens[0].bytes.lowerBound, in: context)
            var k = 0
            while k < tokens.count {
                walk.advance(to: tokens[k].bytes.lowerBound)
                if walk.scalar >= cue.start { break }
                k += 1
            }
            guard k < tokens.count else { return nil }
            let first = k
            var last = first
            while last + 1 < tokens.count {
                walk.advance(to: tokens[last + 1].bytes.upperBound)
                if walk.scalar > cue.end { break }
                last += 1
            }
            return (first, last)
        }
    }

    /// `tokenRange` for several cues at once, written into `cues`: the tokens' scalar offsets
    /// are counted in one pass, then each cue's tokens are found by binary search.
    func fillTokenRanges(_ evidence: [CueEvidence], _ cues: UnsafeMutableBufferPointer<AskedCue>, in context: SentenceContext) {
        let tokens = context.tokens
        guard !tokens.isEmpty else { return }
        func fill(start: (Int) -> Int, end: (Int) -> Int) {
            for i in cues.indices {
                if let (first, last) = Self.search(tokens.count, evidence[cues[i].position], start: start, end: end) {
                    (cues[i].first, cues[i].last) = (first, last)
                }
            }
        }
        if context.countsScalars {
            for i in cues.indices {
                if let (first, last) = Self.byteSearch(evidence[cues[i].position], in: context) {
                    (cues[i].first, cues[i].last) = (first, last)
                }
            }
            return
        }
        // The offsets live on the stack for this call only: two arrays per sentence were a
        // measurable share of the finder's cost.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * tokens.count) { offsets in
            let starts = UnsafeMutableBufferPointer(rebasing: offsets[0..<tokens.count])
            let ends = UnsafeMutableBufferPointer(rebasing: offsets[tokens.count..<(2 * tokens.count)])
            context.source.bytes.withUnsafeBufferPointer { bytes in
                var walk = ScalarWalk(bytes, from: tokens[0].bytes.lowerBound, in: context)
                for k in tokens.indices {
                    walk.advance(to: tokens[k].bytes.lowerBound)
                    starts[k] = walk.scalar
                    walk.advance(to: tokens[k].bytes.upperBound)
                    ends[k] = walk.scalar
                }
            }
            fill(start: { starts[$0] }, end: { ends[$0] })
        }
    }

    /// `tokenRange` where every token's scalar offset is counted without the source text
    /// (`SentenceContext.countsScalars`): the cue's two offsets are turned into bytes once and
    /// the tokens' bytes compared with them, where a scalar offset counted at each step of the
    /// two searches cost several hundred instructions a cue in a sentence with curly quotes.
    static func byteSearch(_ cue: CueEvidence, in context: SentenceContext) -> (first: Int, last: Int)? {
        let tokens = context.tokens
        let first = context.firstToken(atOrAfter: cue.start)
        guard first < tokens.count else { return nil }
        // A token ends past the cue's end exactly when its end byte reaches `byte`: by the
        // shift of an all-ASCII sentence, or the first byte whose scalar offset is the cue's
        // end plus one (none when that lies past the tokens).
        let byte: Int
        if let shift = context.asciiShift {
            byte = cue.end - shift + 1
        } else {
            let target = cue.end + 1 - context.byteShift
            if target > context.tokenBytes.upperBound { return (first, tokens.count - 1) }
            byte = context.continuation.firstByte(reaching: target)
        }
        var lo = first + 1, hi = tokens.count
        tokens.withUnsafeBufferPointer { tokens in
            // A cue is a word or a few (a verb, "according to"): its end is looked for over
            // the next four tokens first, then by halves (a quotation may run long).
            let near = min(hi, lo + 4)
            while lo < near, tokens[lo].bytes.upperBound < byte { lo += 1 }
            if lo < near { return }
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].bytes.upperBound >= byte { hi = mid } else { lo = mid + 1 }
            }
        }
        return (first, lo - 1)
    }

    /// The tokens of a cue, given each token's scalar start and end: the first token starting
    /// at or after the cue's start, through the last one ending by its end (at least the first).
    @inline(__always)
    static func search(_ count: Int, _ cue: CueEvidence, start: (Int) -> Int, end: (Int) -> Int) -> (first: Int, last: Int)? {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if start(mid) < cue.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo < count else { return nil }
        let first = lo
        lo = first + 1
        hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if end(mid) > cue.end { hi = mid } else { lo = mid + 1 }
        }
        return (first, lo - 1)
    }

    /// The token before the verb at `first` over at most two auxiliaries or adverbs, where a
    /// conjunction that joins it to an earlier verb would stand ("... and has traditionally
    /// defended"); `first - 1` when none is stepped over.
    @inline(never)
    static func conjunctionBefore(_ context: SentenceContext, _ first: Int) -> Int {
        var and = first - 1
        while and > 0, first - and < 3, !context.inQuote[and], context.tokenSets[and].contains(.adverbs) || isLyAdverb(context.tokens[and]) { and -= 1 }
        return and
    }

    /// The subject of an absolute clause whose participle is at `first`: the phrase right
    /// before it, after "with" or a dash ("..., with Sen. John McCain calling it a “Chinese
    /// menu.”", "with many marchers chanting", "– Ryan saying he was encouraged"); nil otherwise.
    func absoluteClauseSubject(_ context: SentenceContext, before first: Int) -> Range<Int>? {
        let tokens = context.tokens
        guard first >= 2, first < tokens.count, tokens[first].keyHasSuffix("ing"), !context.inQuote[first - 1] else { return nil }
        var np = leftPhrase(context, before: first)
        if np.isEmpty || np.upperBound != first {
            np = commonNounPhrase(context, before: first)
            // A common noun's phrase only with a head that names people: a listed word or a
            // plural ("with many marchers chanting"); not "with a March speech denouncing",
            // "with a key speaking slot".
            guard !np.isEmpty else { return nil }
            let head = tokens[np.upperBound - 1]
            let kind = context.words.sourceKind(head)
            guard kind != nil && !Self.kindIs(kind, "document") || Self.looksPlural(head) else { return nil }
        }
        guard !np.isEmpty, np.upperBound == first, np.lowerBound >= 1, !context.inQuote[np.lowerBound - 1] else { return nil }
        let before = np.lowerBound - 1
        return tokens[before].word == Self.withWord || context.tokenSets[before].contains(.datelineDashes) ? np : nil
    }

    /// When the walks find no subject: the whole of the verb's clause before it, from the
    /// sentence's start or a comma or dash, when that is a plain noun phrase with its modifiers
    /// ("On Tuesday, both of Trump's remaining rivals for the GOP nomination criticized", "...,
    /// disclosures filed on Sunday night revealed"): a determiner, share, number or capital
    /// opens it, and no verb, auxiliary, clause word, pronoun, quotation or other cue is inside,
    /// but a participle after its noun before a preposition ("filed on"); nil otherwise.
    func wholeClauseSubject(_ context: SentenceContext, before first: Int) -> Range<Int>? {
        let tokens = context.tokens
        // (Not a participle: "the latest in a series of hearings examining" is a noun's.)
        guard first >= 2, first < tokens.count, !context.inQuote[first - 1], tokens[first - 1].word != .to,
              !tokens[first].keyHasSuffix("ing") else { return nil }
        var end = first
        // (The adverbs hold the auxiliaries, "has", "would", but "do": "have begun", "do say".)
        while end > 0, first - end < 3, !context.inQuote[end - 1], context.tokenSets[end - 1].contains(.adverbs) || Self.isLyAdverb(tokens[end - 1])
                || tokens[end - 1].word == VerbContext.doWord {
            end -= 1
        }
        // (Not a passive: "Rubio was asked to name" names whom it was asked of.)
        if (end..<first).contains(where: { Self.beForms.contains(tokens[$0]) }) { return nil }
        let opening = datelineEnd(context)
        var start = end
        while start > opening, tokens[start - 1].kind != .punctuation, !context.inQuote[start - 1] { start -= 1 }
        guard end - start >= 2, end - start <= 12, start == opening || !context.inQuote[start - 1]
                && (tokens[start - 1].word == .comma || context.tokenSets[start - 1].contains(.datelineDashes)) else { return nil }
        let head = tokens[start]
        guard head.kind == .number || head.isCapitalized || context.tokenSets[start].contains(.determiners) || Self.parts.contains(head)
                || context.tokenSets[start].contains(.quantifiers)
                // (Or a plural noun: "..., disclosures filed on Sunday night revealed".)
                || Self.looksPlural(head) && !Self.looksLikeVerb(head),
              !context.tokenSets[start].contains(.clauseOpeners), !context.tokenSets[start].contains(.openingConjunctions),
              !context.tokenSets[start].contains(.subjectOpeners), !context.tokenSets[start].contains(.notInNounPhrase),
              !head.keyHasSuffix("ing") else { return nil }
        for k in start..<end {
            let t = tokens[k]
            // (Auxiliaries and clause words are `notInNounPhrase`'s, asked below; a coordinating
            // word joins two phrases or clauses.)
            if context.inQuote[k] || context.hasAttribution(at: k) || context.tokenSets[k].contains(.conjunctions) || t.keyHasSuffix("n't")
                || k > start && context.tokenSets[k].contains(.clauseOpeners) && !Self.nounPhrasePrepositions.contains(t)
                    && !context.tokenSets[k].contains(.timeWords)
                // (Nor a participle or an infinitive: "the requirement preventing insurers",
                // "Trump continues to make".)
                || k > start && t.keyHasSuffix("ing") && !t.isCapitalized && !context.tokenSets[k - 1].contains(.determiners)
                    && !tokens[k - 1].keyHasSuffix("'s") && !tokens[k - 1].keyHasSuffix("’s")
                || t.word == .to && k + 1 < end && !tokens[k + 1].isCapitalized && !context.tokenSets[k + 1].contains(.determiners)
                || context.tokenSets[k].contains(.relativeWords) || k > start && Self.kindIs(context.words.sourceKind(t), "pronoun") {
                return nil
            }
            if k > start && context.tokenSets[k].contains(.notInNounPhrase) && !Self.nounPhrasePrepositions.contains(t) { return nil }
            if Self.looksLikeVerb(t) {
                // A participle after its noun, before its preposition ("disclosures filed on").
                guard k > start, k + 1 < end, !tokens[k - 1].isCapitalized, !context.tokenSets[k - 1].contains(.determiners),
                      Self.nounPhrasePrepositions.contains(tokens[k + 1]), !Self.auxiliaries.contains(t) else { return nil }
            }
        }
        // (Ending on a noun: not a preposition, determiner or adverb.)
        let last = end - 1
        guard !context.tokenSets[last].contains(.notInNounPhrase), !context.tokenSets[last].contains(.determiners),
              !context.tokenSets[last].contains(.connectors), !Self.isLyWord(tokens[last]) else { return nil }
        // Its head names people, a body or a document: a listed word, a name, a plural or a
        // share, before any time and prepositional phrases after it ("rivals for the GOP
        // nomination", "disclosures filed on Sunday night").
        var headEnd = beforeTime(context, end)
        // (Past a share's "of": "both of Trump's remaining rivals for the nomination".)
        let from = start + 1 < headEnd && Self.parts.contains(tokens[start]) && tokens[start + 1].word == Self.ofWord ? start + 2 : start + 1
        if from < headEnd, let p = (from..<headEnd).first(where: { Self.nounPhrasePrepositions.contains(tokens[$0]) && !context.inQuote[$0] }) {
            headEnd = p
        }
        // (A participle before its preposition goes with it: "disclosures filed".)
        if headEnd - 1 > start, Self.looksLikeVerb(tokens[headEnd - 1]) { headEnd -= 1 }
        guard headEnd > start else { return nil }
        let noun = tokens[headEnd - 1]
        guard context.words.sourceKind(noun).map({ !Self.kindIs($0, "pronoun") }) ?? false || noun.isCapitalized || noun.kind == .number
                || Self.looksPlural(noun) || Self.percentWords.contains(noun) else { return nil }
        return start..<end
    }

    /// Whether a word has a plural's shape: in -s, not -ss ("rivals", "disclosures"; not "press").
    @inline(__always) static func looksPlural(_ t: Token) -> Bool { t.kind == .word && t.keyHasSuffix("s") && !t.keyHasSuffix("ss") }

    /// Prepositions inside a noun phrase that `wholeClauseSubject` reads whole.
    static let nounPhrasePrepositions: WordSet = ["of", "for", "in", "at", "from", "on", "with", "by", "to", "across", "around", "near"]

    /// Subjects a word's shape marks before the verb at `first`: the object of a causative verb
    /// ("makes us think") and a capitalised modal that is a name ("Will said"); nil otherwise.
    /// (Kept out of `subject`, whose size decides what the compiler inlines there.)
    @inline(never)
    func markedSubject(_ context: SentenceContext, before first: Int) -> Range<Int>? {
        let tokens = context.tokens
        // "makes us think", "made him say", "let them believe": the object of a causative verb
        // holds the view; the causer ("Blanket coverage of plane crashes") is no speaker.
        if first >= 2, context.tokenSets[first - 1].contains(.objectPronouns), tokens[first - 1].word != .it, Self.causatives.contains(tokens[first - 2]),
           !context.inQuote[first - 1], !context.inQuote[first - 2] {
            return (first - 1)..<first
        }
        // "Will said", "May told": a capitalised modal right before a finite verb is a name (a
        // modal takes the bare form), with the capitalised words before it ("Theresa May").
        // (Not the month after a lower-case word: "The administration in May said", "a poll in
        // May found".)
        if first >= 1, !context.inQuote[first - 1], tokens[first - 1].isCapitalized, Self.nameModals.contains(tokens[first - 1]),
           first < 2 || tokens[first - 2].kind != .word || tokens[first - 2].isCapitalized,
           tokens[first].keyHasSuffix("s") || tokens[first].keyHasSuffix("ed") || Self.irregularPast.contains(tokens[first]) {
            var k = first - 1
            while k > 0, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, !context.inQuote[k - 1],
                  !context.tokenSets[k - 1].contains(.notSourceWords) {
                k -= 1
            }
            return k..<first
        }
        return nil
    }

    /// The subject before a verb: the name or noun phrase just before it; or, when an
    /// appositive stands between ("Dean Johnson, a 55-year-old salesman from Sumter, says"),
    /// everything from the sentence's opening name to the comma.
    func subject(_ context: SentenceContext, before first: Int, objectDepth: Int = 0) -> Range<Int> {
        let tokens = context.tokens
        if let marked = markedSubject(context, before: first) { return marked }
        if let absolute = absoluteClauseSubject(context, before: first) { return absolute }
        // A second verb of the sentence's subject ("Reid caucused in Nevada and says ...",
        // after an auxiliary or adverb too: "... and has traditionally defended"): the subject
        // opens the sentence.
        let and = Self.conjunctionBefore(context, first)
        if and >= 0, context.tokenSets[and].contains(.conjunctions) {
            // (A second verb of a relative clause is the relative pronoun's: "... for
            // demonstrators, who have taken to the streets and called for": "who".)
            if let relative = (0..<and).last(where: { context.tokenSets[$0].contains(.relativeWords) && !context.inQuote[$0] }),
               relative >= 1, tokens[relative - 1].word == .comma, Self.relativeWords.contains(tokens[relative]),
               !((relative + 1)..<and).contains(where: { tokens[$0].kind == .punctuation && !context.inQuote[$0] }) {
                return relative..<(relative + 1)
            }
            if let opening = openingSubject(context) ?? openingNounSubject(context), opening.upperBound < and { return opening }
            if let name = presentTenseNameSubject(context, verb: first), name.upperBound < and { return name }
        }
        // Where no subject opens the sentence ("Asked ..., Mrs. Clinton shook her head and
        // said", "individuals who drove a vehicle into a crowd and attacked"): the subject of
        // the verb whose object ends before the conjunction.
        if objectDepth == 0, and >= 1, context.tokenSets[and].contains(.conjunctions), !context.inQuote[and],
           let verb = governingVerb(context, before: and, throughPreposition: false) {
            let left = subject(context, before: verb, objectDepth: 1)
            if !left.isEmpty, left.upperBound <= verb { return left }
        }
        // Adverbs between the subject and the verb ("Smith, who ..., also noted") are skipped.
        var verb = first
        // ("Harry Reid (D) relentlessly attacked": -ly adverbs too.)
        // ("he has been underscoring": "been" too before an -ing form, not before a passive's
        // participle, whose subject is what was said, not who said it: "Details have not
        // been disclosed".)
        while verb > 0, first - verb < 3, context.tokenSets[verb - 1].contains(.adverbs) || Self.isLyAdverb(tokens[verb - 1])
                || tokens[verb - 1].word == Self.beenWord && tokens[first].keyHasSuffix("ing")
                // (A degree word before an -ly adverb: "later more forcefully claimed".)
                || verb < first && Self.degreeWords.contains(tokens[verb - 1]) && Self.isLyAdverb(tokens[verb]),
              !context.inQuote[verb - 1] {
            verb -= 1
        }
        // (The apposition's comma may sit inside a short quotation that closes it, as American
        // style puts it: "Trump, the star of the reality show "The Apprentice," said", "Beck,
        // who has called him "a narcissistic psychopath," clearly intended".)
        let asideEnd = verb - Self.appositionCommaGap(context, before: verb)
        if asideEnd >= 1, asideEnd < verb {
            // "John Smith, the finance minister, said", "Rep. Jane Roe (D-Calif.), who wrote the
            // bill, said": the name with its apposition. "Gates, in contrast, told", "The two
            // lawmakers, however, argue": the name alone.
            if let opening = openingSubject(context).flatMap({ $0.upperBound < asideEnd && tokens[$0.upperBound].word == .comma ? $0 : nil })
                ?? openingPhrase(context) ?? phraseAfterOpener(context, asideEnd: asideEnd), opening.upperBound < asideEnd {
                let aside = tokens[opening.upperBound + 1]
                let asideSets = context.tokenSets[opening.upperBound + 1]
                // "Bret Stephens, who, after trading insults with Mr. Hannity, said": a comma
                // right after "who" opens an aside inside the relative clause, whose verb this
                // is; its subject is the pronoun, resolved to the name.
                if aside.word == Self.whoWord, opening.upperBound + 2 < asideEnd, tokens[opening.upperBound + 2].word == .comma,
                   !context.inQuote[opening.upperBound + 2] {
                    return (opening.upperBound + 1)..<(opening.upperBound + 2)
                }
                // (Nor a participle's clause: "Pena Nieto, contradicting Trump, said".)
                if asideSets.contains(.notInNounPhrase) || asideSets.contains(.clauseOpeners) && aside.word != Self.whoWord || aside.keyHasSuffix("ly")
                    || Self.isParticipleAside(aside) {
                    // Not a subordinate clause that holds a comma of its own: "The talks ended
                    // early, as Pena Nieto, looking tired, said": the opening is a clause of its
                    // own, and the speaker is the name before the last comma, found below.
                    if !Self.subordinators.contains(aside)
                        || !((opening.upperBound + 1)..<asideEnd).contains(where: { tokens[$0].word == .comma && !context.inQuote[$0] }) {
                        return opening
                    }
                } else {
                    return opening.lowerBound..<asideEnd
                }
            }
            // "...,” Steve Moody, a shop owner, said", "Recalling that, David Axelrod, who ran
            // the campaign, said": the name before the apposition's own comma.
            // ("The issue came up after Mr. Trump, asked about it, had said": a passive
            // participle's aside, whose verb of saying is no one's.)
            // (A participle's aside may hold a quoted name or title: "Bill Eastland, wearing
            // “Ted Cruz” campaign pins, said".)
            if let comma = Self.appositionComma(context, before: asideEnd, from: max(0, verb - 24)),
               !Self.holdsQuoteOrSaying(context, in: (comma + (Self.isPassiveAside(tokens[comma + 1]) ? 2 : 1))..<asideEnd,
                                        namesAllowed: Self.isParticipleAside(tokens[comma + 1])) {
                // "..., Bret Stephens, who, after trading insults with Mr. Hannity, said": the
                // relative pronoun before the aside is the verb's subject.
                if comma >= 2, tokens[comma - 1].word == Self.whoWord, tokens[comma - 2].word == .comma, !context.inQuote[comma - 1] {
                    return (comma - 1)..<comma
                }
                // "...,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name
                // before its party label.
                var nameEnd = comma
                if comma >= 3, tokens[comma - 1].word == Self.closeParen,
                   let open = (max(0, comma - 8)..<(comma - 1)).last(where: { tokens[$0].word == Self.openParen }), !context.inQuote[open] {
                    nameEnd = open
                }
                var name = leftPhrase(context, before: nameEnd)
                if nameEnd != comma, !name.isEmpty, name.upperBound == nameEnd { name = name.lowerBound..<comma }
                if !name.isEmpty, tokens[name.lowerBound].isCapitalized || context.tokenSets[name.lowerBound].contains(.determiners) {
                    // (A participle's clause is no apposition: "...,” Bill Eastland, wearing a
                    // cowboy hat, said". Nor is an aside after an emphatic auxiliary: "He did, at
                    // the time, note", "Polling does, in fact, suggest".)
                    let emphatic = name.upperBound < comma && Self.emphaticAuxiliaries.contains(tokens[name.upperBound])
                    return Self.isParticipleAside(tokens[comma + 1]) || Self.isPassiveAside(tokens[comma + 1]) || emphatic
                        ? name : name.lowerBound..<asideEnd
                }
                // "...,” the assailant, John McGraw, told": a role in lower-case words with its
                // determiner, right after a quotation's close or a dash, then the name in
                // apposition.
                // (Or a lower-case phrase the name walk took for a name: "one of the family's
                // attorneys, Justin Bamberg,".)
                if name.isEmpty || !tokens[name.lowerBound].isCapitalized, comma + 1 < asideEnd, tokens[comma + 1].isCapitalized {
                    var np = commonNounPhrase(context, before: comma)
                    // ("In a statement, one of the family's attorneys, Justin Bamberg, said".)
                    if !np.isEmpty, let part = partOf(context, before: np.lowerBound) { np = part..<np.upperBound }
                    // (A noun's phrase with its preposition: "..., a study by a sociologist, Mikhail
                    // Dmitriyev, concluded", "a professor of history, Jane Roe, said".)
                    if np.isEmpty, comma >= 3, tokens[comma - 1].kind == .word, !tokens[comma - 1].isCapitalized, !context.inQuote[comma - 1],
                       Self.headPrepositions.contains(tokens[comma - 2]) {
                        np = (comma - 1)..<comma
                    }
                    if !np.isEmpty, np.upperBound == comma, np.lowerBound >= 2, !context.inQuote[np.lowerBound - 1],
                       Self.headPrepositions.contains(tokens[np.lowerBound - 1]) {
                        let head = commonNounPhrase(context, before: np.lowerBound - 1)
                        if !head.isEmpty, head.upperBound == np.lowerBound - 1, context.tokenSets[head.lowerBound].contains(.determiners) {
                            np = head.lowerBound..<np.upperBound
                        }
                    }
                    // (Or opening a relative clause: "a country that the former nominee, Mitt
                    // Romney, called".)
                    if !np.isEmpty, np.upperBound == comma, context.tokenSets[np.lowerBound].contains(.determiners) || Self.parts.contains(tokens[np.lowerBound]),
                       np.lowerBound > 0, tokens[np.lowerBound - 1].kind == .punctuation
                        || !context.inQuote[np.lowerBound - 1] && (tokens[np.lowerBound - 1].word == Self.thatWord || tokens[np.lowerBound - 1].word == Self.whomWord
                            || context.tokenSets[np.lowerBound - 1].contains(.relativeWords)) {
                        return np.lowerBound..<asideEnd
                    }
                }
                // "In a statement, her senior policy adviser, Jake Sullivan, said": a role in
                // lower-case words with its determiner, then the name in apposition.
                if !name.isEmpty, context.words.sourceKind(tokens[name.upperBound - 1]) != nil {
                    let np = commonNounPhrase(context, before: name.lowerBound)
                    // (After a quotation's close or a dash as well: "...,” her senior policy
                    // adviser, Jake Sullivan, said".)
                    if !np.isEmpty, np.lowerBound == 0 || tokens[np.lowerBound - 1].kind == .punctuation {
                        return np.lowerBound..<asideEnd
                    }
                }
            }
        }
        // "The tech company employee from Langhorne, Pennsylvania, told", "A family friend in
        // Regensburg, Germany, told": no apposition, but a place and its state or country
        // after a preposition of the subject's phrase. The subject is found as if the verb
        // stood right after the place's first part, and runs on to the closing comma.
        if asideEnd >= 1, asideEnd < verb, let place = Self.placeComma(context, before: asideEnd) {
            let left = subject(context, before: place, objectDepth: objectDepth)
            // (Only a subject that opens the sentence or a clause: not "the lawmaker who spent
            // most of his childhood near Birmingham, Alabama, mention".)
            if !left.isEmpty, left.upperBound == place, left.lowerBound < place - 1,
               left.lowerBound == 0 || tokens[left.lowerBound - 1].kind == .punctuation && !context.inQuote[left.lowerBound - 1]
                || context.tokenSets[left.lowerBound - 1].contains(.openingConjunctions) {
                return left.lowerBound..<asideEnd
            }
        }
        // "Jo Park — a teacher from Salem — says", "Democrats -- and some Republicans -- say":
        // the name with its apposition between dashes; "Park — after a pause — told": the name
        // alone, as with commas.
        // (A double hyphen typed as two tokens is one dash: "Kall -- co-editor of ... -- said".)
        var close = verb - 1
        if close >= 1, context.tokenSets[close].contains(.datelineDashes), context.tokenSets[close - 1].contains(.datelineDashes) { close -= 1 }
        if verb >= 3, close >= 2, context.tokenSets[verb - 1].contains(.datelineDashes), !context.inQuote[verb - 1],
           var open = (max(1, verb - 20)..<(close - 1)).last(where: { context.tokenSets[$0].contains(.datelineDashes) }), !context.inQuote[open] {
            let aside = open + 1
            if open >= 1, context.tokenSets[open - 1].contains(.datelineDashes) { open -= 1 }
            let name = leftPhrase(context, before: open)
            if !name.isEmpty, name.upperBound == open, aside < close {
                let asideSets = context.tokenSets[aside]
                if asideSets.contains(.notInNounPhrase) || asideSets.contains(.clauseOpeners) && tokens[aside].word != Self.whoWord
                    || tokens[aside].keyHasSuffix("ly") {
                    return name
                }
                return name.lowerBound..<close
            }
        }
        // "Gov. Jane Roe (R) said": the name before a party label or other parenthesis ("Sen.
        // Jo Park (a Democrat who has served since 2010) says"), also before a time ("Sen.
        // Jo Park (D-Ohio) on Saturday criticized", "(D-Calif.) last week said").
        let labelEnd = beforeTime(context, verb)
        if labelEnd >= 3, tokens[labelEnd - 1].word == Self.closeParen,
           let open = (max(0, labelEnd - 24)..<(labelEnd - 1)).last(where: { tokens[$0].word == Self.openParen }), !context.inQuote[open] {
            let name = leftPhrase(context, before: open)
            if !name.isEmpty { return name.lowerBound..<labelEnd }
        }
        // "Trump wants to say", "Smith was not allowed to speak": the subject before the verb
        // group that governs the infinitive.
        if verb >= 2, tokens[verb - 1].word == .to, !context.inQuote[verb - 1] {
            var j = verb - 1
            while j > 0, verb - j <= 6, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized, !context.inQuote[j - 1],
                  !context.tokenSets[j - 1].contains(.objectPronouns),
                  !context.tokenSets[j - 1].contains(.determiners), context.words.sourceKind(tokens[j - 1]) == nil,
                  !context.tokenSets[j - 1].contains(.subjectOpeners) {
                j -= 1
            }
            // "the robots were required to recognize": the walk stopped at a determiner, so the
            // words after it are its noun and then the verb group; the subject is the noun
            // phrase up to the verb group's first auxiliary or past form. With none, the
            // determiner's noun is the verb's object ("urged the company to say") and this
            // names no one.
            if j < verb - 1, j > 0, context.tokenSets[j - 1].contains(.determiners), !context.inQuote[j - 1] {
                if let v = Self.firstVerbWord(context, in: j..<(verb - 1)), v > j {
                    // (A determiner after a preposition opens no subject: "Stumpf in an
                    // interview appeared to blame" names Stumpf, with the phrase.)
                    if j >= 3, VerbContext.prepositions.contains(tokens[j - 2]), !context.inQuote[j - 2] {
                        let before = leftPhrase(context, before: j - 2)
                        if !before.isEmpty, before.upperBound == j - 2 { return before.lowerBound..<v }
                    }
                    return (j - 1)..<v
                }
            }
            // Not across a clause's opening word ("and asked him to") or an object ("urged them to").
            if j < verb - 1, j > 0, !context.tokenSets[j - 1].contains(.subjectOpeners), !context.tokenSets[j].contains(.objectPronouns) {
                let name = objectDepth == 0 ? subject(context, before: j, objectDepth: 1) : leftPhrase(context, before: j)
                // "It is hard to say": an empty subject names no one.
                if !name.isEmpty, !(name.count == 1 && context.tokenSets[name.lowerBound].contains(.expletives)) { return name }
            }
        }
        // "Republicans who suggest": the relative pronoun, which stands for the noun before it.
        if verb > 0, context.tokenSets[verb - 1].contains(.relativeWords), !context.inQuote[verb - 1] { return (verb - 1)..<verb }
        // "they’ve suggested", "they're proposing": a pronoun contracted with "have" or "are"
        // is the whole subject (`isContractedSubject`).
        if verb > 0, !context.inQuote[verb - 1], Self.isContractedSubject(tokens[verb - 1]) { return (verb - 1)..<verb }
        // "Officials who spoke with the Associated Press said": the subject with its relative
        // clause, not the clause's last noun.
        if objectDepth == 0, let whole = relativeClauseSubject(context, before: verb) { return whole }
        // "22 percent said", "More than six in 10 said": a share of people is the whole
        // subject (the walks below take names and listed source words, not shares).
        // The share opens its clause: not a share before a noun of stance ("enjoys 48% support").
        if let share = shareStart(context, before: verb), share == 0 || tokens[share - 1].kind == .punctuation
            || context.tokenSets[share - 1].contains(.subjectOpeners) || tokens[share - 1].word == Self.withWord {
            return share..<verb
        }
        var left = leftPhrase(context, before: first)
        // "Clinton defenders argue", "GOP leaders today said": a plural noun after a name.
        let head = beforeTime(context, verb)
        if left.isEmpty, head >= 2, tokens[head - 1].kind == .word, !tokens[head - 1].isCapitalized, tokens[head - 1].keyHasSuffix("s"),
           !tokens[head - 1].keyHasSuffix("ss"), !context.tokenSets[head - 1].contains(.notInNounPhrase), !context.tokenSets[head - 1].contains(.adverbs),
           !context.inQuote[head - 1], !context.hasAttribution(at: head - 1) {
            let name = leftPhrase(context, before: head - 1)
            if !name.isEmpty, name.upperBound == head - 1 { left = name.lowerBound..<head }
        }
        if !left.isEmpty {
            // A pronoun is a whole subject ("the policy points he hopes": "he").
            if left.count == 1, Self.kindIs(context.words.sourceKind(tokens[left.lowerBound]), "pronoun") { return left }
            var found = left
            // "Clinton communications director Jennifer Palmieri said": a role's lower-case
            // modifiers and the name before them, read whole where they open the sentence.
            if !tokens[left.lowerBound].isCapitalized, left.lowerBound >= 2, !context.tokenSets[left.lowerBound - 1].contains(.determiners) {
                let kind = context.words.sourceKind(tokens[left.lowerBound])
                if Self.kindIs(kind, "role"), let opening = openingSubject(context), opening.lowerBound < left.lowerBound - 1,
                   opening.upperBound == left.upperBound {
                    return opening
                }
                // So for the press, its clause's whole phrase: "Saudi state media reported".
                if Self.kindIs(kind, "media") {
                    let whole = clauseSubject(context, before: first)
                    if !whole.isEmpty, whole.lowerBound < left.lowerBound - 1, whole.upperBound == left.upperBound { return whole }
                }
            }
            // "the opposition leader": lower-case words and a determiner before the head.
            if !context.tokenSets[left.lowerBound].contains(.determiners) {
                let np = commonNounPhrase(context, before: left.lowerBound)
                if !np.isEmpty {
                    found = np.lowerBound..<left.upperBound
                } else if let opening = openingModifiers(context, before: left.lowerBound) {
                    found = opening..<left.upperBound
                }
            }
            // "the senator from Ohio", "Republicans in Congress": the name is the place of a
            // role or group, which heads the subject.
            // ("a Republican in the host state of Ohio": the place with its noun.)
            if let head = placedHolder(context, before: placeStart(context, found.lowerBound)) {
                found = head..<found.upperBound
            } else if let share = shareBefore(context, found.lowerBound) {
                // "74 percent of Republicans", "Six in 10 Virginia Democratic primary voters":
                // the share heads the subject.
                found = share..<found.upperBound
            } else if found.lowerBound >= 2, tokens[found.lowerBound - 1].word == Self.inWord || tokens[found.lowerBound - 1].word == Self.ofWord,
                      Self.unnamedAlone.contains(tokens[found.lowerBound - 2]), !context.inQuote[found.lowerBound - 2],
                      found.lowerBound == 2 || tokens[found.lowerBound - 3].kind == .punctuation || context.tokenSets[found.lowerBound - 3].contains(.subjectOpeners) {
                // "Many in the crowd said", "Some of his allies argue": the quantifier heads the
                // subject.
                found = (found.lowerBound - 2)..<found.upperBound
            } else if found.lowerBound >= 2, tokens[found.lowerBound - 1].word == Self.inWord, tokens[found.lowerBound - 2].isCapitalized,
                      !context.inQuote[found.lowerBound - 2] {
                // "Sanders in Iowa said": the place of a named speaker is not the speaker.
                let name = leftPhrase(context, before: found.lowerBound - 1)
                if !name.isEmpty { return name }
            }
            // "published a letter disputing", "issued a statement describing", "mounted a
            // campaign to condemn": the document or act is the object of the speaker's verb.
            if objectDepth == 0, context.tokenSets[found.lowerBound].contains(.determiners), !tokens[found.lowerBound].isCapitalized,
               !tokens[found].contains(where: { $0.isCapitalized }), objectOpening(context, found.lowerBound),
               !context.tokenSets[found.lowerBound - 1].contains(.notInNounPhrase),
               tokens[first].keyHasSuffix("ing") || tokens[first - 1].word == .to {
                var verbIndex = found.lowerBound - 1
                while verbIndex > 0, context.tokenSets[verbIndex].contains(.particles) { verbIndex -= 1 }
                let speaker = subject(context, before: verbIndex, objectDepth: 1)
                if !speaker.isEmpty { return speaker }
            }
            return found
        }
        // "the businessman has insisted", "the candidate also said": the phrase before the
        // adverbs and auxiliaries skipped above.
        // (Or, after a conjunction, the phrase before it, when it is an object: "unless lawmakers
        // reach a budget deal or agree": the subject of the verb before the object.)
        let npEnd = beforeTime(context, verb)
        let afterConjunction = npEnd >= 2 && context.tokenSets[npEnd - 1].contains(.conjunctions) && !context.inQuote[npEnd - 1]
        let np = commonNounPhrase(context, before: afterConjunction ? npEnd - 1 : npEnd)
        // "Lee and Park both condemned", "they all agreed": the subject before the quantifier.
        if np.count == 1, context.tokenSets[np.lowerBound].contains(.floatingQuantifiers), objectDepth == 0, np.lowerBound > 0 {
            // (Not the auxiliary before it: "Dr. Lee and Dr. Park have both said".)
            let before = subject(context, before: np.lowerBound, objectDepth: 1)
            if !before.isEmpty { return before }
        }
        if !np.isEmpty {
            // "Rubio gave a roundabout answer", "sounded a positive note": the cue is the head
            // of an object, and its determiner and adjectives name nobody; the speaker is the
            // subject of the verb before them.
            // (A preposition may be a clause opener as well: "through".)
            if objectOpening(context, np.lowerBound) || objectDepth == 0 && np.lowerBound >= 1 && !context.inQuote[np.lowerBound - 1]
                && Self.subjectPhrasePrepositions.contains(tokens[np.lowerBound - 1]) {
                let before = np.lowerBound - 1
                // "some of the likely beneficiaries of the rule took issue": the phrase after
                // "of" belongs to a subject that starts with the clause; so does one after "in"
                // ("Many in the crowd said", "some in the party fear"), or "on" ("Many on the
                // left argue", "Republicans on the committee said").
                // So does one after a participle's preposition ("Protesters marching through the
                // streets chanted", "Officials with the agency said").
                // (After "on", only a group's phrase of at most three words: a plural or a
                // quantifier, "Democrats on the body", "some on the GOP side"; not a gerund's
                // object, "counting on the past repeating itself is", nor a comparison's, "goes
                // further than many on the far right want".)
                let onGroup = tokens[before].word == Self.onWord && before >= 1 && before + 1 < np.upperBound
                    && context.tokenSets[before + 1].contains(.determiners)
                    && (Self.groupQuantifiers.contains(tokens[before - 1]) || tokens[before - 1].keyHasSuffix("s") && !tokens[before - 1].keyHasSuffix("ss"))
                if tokens[before].word == Self.ofWord || tokens[before].word == Self.inWord || onGroup
                    || Self.subjectPhrasePrepositions.contains(tokens[before]),
                   objectDepth == 0 {
                    var s = before
                    while s > 0, before - s < (onGroup ? 3 : 10), tokens[s - 1].kind == .word, !context.inQuote[s - 1], !context.hasAttribution(at: s - 1),
                          !context.tokenSets[s - 1].contains(.subjectOpeners), !context.tokenSets[s - 1].contains(.openingConjunctions),
                          !Self.looksLikeVerb(tokens[s - 1]) {
                        s -= 1
                    }
                    if s < before, s == 0 || tokens[s - 1].kind == .punctuation || context.tokenSets[s - 1].contains(.subjectOpeners)
                        || context.tokenSets[s - 1].contains(.openingConjunctions) {
                        return s..<verb
                    }
                }
                if context.tokenSets[before].contains(.notInNounPhrase) {
                    return openingSubject(context).flatMap { $0.upperBound <= before ? $0 : nil } ?? first..<first
                }
                guard objectDepth == 0 else { return first..<first }
                var verbIndex = before
                while verbIndex > 0, context.tokenSets[verbIndex].contains(.particles) { verbIndex -= 1 }
                let left = subject(context, before: verbIndex, objectDepth: objectDepth + 1)
                if !left.isEmpty, !Self.isNoSource(tokens[left.lowerBound].bytes.lowerBound..<tokens[left.upperBound - 1].bytes.upperBound, in: context) {
                    return left
                }
                return openingSubject(context).flatMap { $0.upperBound <= before ? $0 : nil } ?? first..<first
            }
            // "Sanders during the debate said", "The mayor during a rally said": the occasion
            // is where the speaker spoke, not the speaker.
            if let holder = holderBeforeOccasion(context, np) { return holder }
            // The phrase before a conjunction closes a clause of its own whose verb the walk did
            // not know ("Smith runs the agency and has said": not "the agency").
            if afterConjunction { return first..<first }
            return np
        }
        return bareNounPhrase(context, before: verb)
    }

    /// Prepositions of a place, medium or occasion that a speaker goes to or is at before an
    /// infinitive of purpose or a participle ("went on CNN to defend", "gathered at Sully's
    /// Bar & Grill to talk", "was on CNN talking").
    static let venuePrepositions: WordSet = [
        "on", "at", "in", "into", "onto", "to", "from", "inside", "outside", "near", "across", "through",
    ]
    /// Verbs whose object does what the infinitive after it says ("urged the voters in Iowa to
    /// say", "sent a host to the streets to ask"): the object, not the verb's subject, is the
    /// infinitive's.
    static let objectControlVerbs: WordSet = [
        "urged", "asked", "told", "called", "pressed", "pushed", "encouraged", "invited", "allowed", "forced",
        "persuaded", "convinced", "led", "prompted", "got", "wanted", "needed", "expected", "sent", "hired",
        "recruited", "paid", "enlisted", "brought", "dispatched", "tapped", "chose", "picked", "named", "appointed",
        "caused", "inspired", "spurred", "compelled", "required", "challenged", "dared", "begged",
        "implored", "reminded", "helped", "trained", "instructed", "ordered", "directed", "authorized", "empowered",
    ]

    /// The verb whose objects and prepositional phrases end right before token `end`: walked
    /// back over at most five phrases, each a name or a determiner's phrase ("descended an
    /// escalator at Trump Tower in New York | to declare", "shook her head | and said"), and
    /// the place prepositions between them, to a past form or a form of "be" ("went on CNN |
    /// to defend", "was on CNN | talking"); nil when the walk meets anything else. With
    /// `throughPreposition`, at least one preposition is crossed: the walk finds where a
    /// speaker went or was, not whom a verb acted on.
    func governingVerb(_ context: SentenceContext, before end: Int, throughPreposition: Bool) -> Int? {
        let tokens = context.tokens
        var k = end
        var crossed = false
        // (Before an infinitive, a verb whose object does what it says governs nothing here.)
        let infinitive = end < tokens.count && tokens[end].word == .to
        for _ in 0..<5 {
            // "struggled at times to agree": "at times" as a phrase of its own.
            if Self.isAtTimes(context, before: k) {
                k -= 2
                crossed = true
            }
            if crossed, k >= 1, !context.inQuote[k - 1], Self.isGoverningVerb(context, k - 1, infinitive: infinitive) { return k - 1 }
            var object = leftPhrase(context, before: k)
            if object.isEmpty { object = commonNounPhrase(context, before: k) }
            if !object.isEmpty { object = Self.modifierStart(context, object)..<object.upperBound }
            // (A phrase that holds a verb is a clause: "all of us brought up | to believe".)
            guard !object.isEmpty, object.lowerBound >= 1,
                  !object.contains(where: { Self.looksLikeVerb(tokens[$0]) || context.hasAttribution(at: $0)
                      || !tokens[$0].isCapitalized && tokens[$0].keyHasSuffix("ing") && !Self.ingNouns.contains(tokens[$0]) })
            else { return nil }
            let p = object.lowerBound - 1
            guard !context.inQuote[p] else { return nil }
            if Self.venuePrepositions.contains(tokens[p]) {
                crossed = true
                k = p
                continue
            }
            if crossed || !throughPreposition, Self.isGoverningVerb(context, p, infinitive: infinitive) { return p }
            return nil
        }
        return nil
    }

    /// Where a phrase of one lower-case listed word starts with the lower-case modifier before
    /// it that the name walk leaves out ("social media", "state media"): a word that is no
    /// determiner, preposition, verb form or form in -ing. Otherwise the phrase's own start.
    static func modifierStart(_ context: SentenceContext, _ phrase: Range<Int>) -> Int {
        let tokens = context.tokens
        let s = phrase.lowerBound
        guard phrase.count == 1, s >= 1, !tokens[s].isCapitalized, context.words.sourceKind(tokens[s]) != nil else { return s }
        let t = tokens[s - 1]
        guard t.kind == .word, !t.isCapitalized, !context.inQuote[s - 1], !context.tokenSets[s - 1].contains(.determiners),
              !VerbContext.prepositions.contains(t), t.word != .to, !looksLikeVerb(t), !t.keyHasSuffix("ing"),
              !context.hasAttribution(at: s - 1), !context.tokenSets[s - 1].contains(.notInNounPhrase) else { return s }
        return s - 1
    }

    /// Nouns in -ing common in news, which are no participle ("held a press briefing to").
    static let ingNouns: WordSet = [
        "briefing", "briefings", "meeting", "meetings", "hearing", "hearings", "building", "buildings", "ruling", "rulings",
        "funding", "spending", "polling", "gathering", "screening", "signing", "opening", "filing", "recording", "reading",
        "painting", "warning", "offering", "training", "wedding", "morning", "evening", "finding", "findings", "beginning",
        "ending", "ranking", "rating", "listing", "posting", "setting", "housing", "clothing", "shooting", "bombing", "swearing",
        "fundraising", "campaigning", "lobbying", "wording", "timing", "thing", "something", "nothing", "anything", "everything",
    ]

    /// A past form or a form of "be" that is no verb of saying or asking (nor, before an
    /// infinitive, a verb whose object does what the infinitive says).
    static func isGoverningVerb(_ context: SentenceContext, _ k: Int, infinitive: Bool) -> Bool {
        let t = context.tokens[k]
        return (looksLikeVerb(t) || context.tokenSets[k].contains(.beForms) || t.kind == .word && moreIrregularPast.contains(t))
            && !context.hasAttribution(at: k) && !(infinitive && objectControlVerbs.contains(t))
    }

    /// Past forms that do not end in -ed besides `irregularPast`, for `isGoverningVerb` only
    /// ("shook her head and said").
    static let moreIrregularPast: WordSet = [
        "shook", "rode", "flew", "grew", "blew", "sang", "rang", "swam", "woke", "stole", "spun", "stuck", "sank", "drank",
        "ate", "hung", "dug", "bit", "slid", "tore", "beat", "bent", "lent", "strode", "shone", "slept", "wept", "swept",
        "knelt", "sped", "fed", "bled", "wound",
    ]

    /// The speaker of an infinitive of purpose or a participle after the place or medium its
    /// subject went to or was at ("The actor went on Twitter to praise", "a dozen workers
    /// gathered at Sully's Bar & Grill to talk about", "Sanders was on CNN talking about"):
    /// the subject of the verb before the prepositional phrases, not their last name. A
    /// participle counts only after a name ("on CNN talking"): after a common noun it is
    /// usually the noun's ("waved at supporters chanting"). When the verb before an
    /// infinitive's place or medium has no subject found, an empty range: that name is no
    /// speaker either ("... then made appearances on CNN and Fox News to denounce").
    func purposeClauseSubject(_ context: SentenceContext, first: Int) -> Range<Int>? {
        let tokens = context.tokens
        guard first >= 3, !context.inQuote[first - 1] else { return nil }
        let end: Int
        if tokens[first - 1].word == .to {
            end = first - 1
        } else if tokens[first].keyHasSuffix("ing"), tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized {
            end = first
        } else {
            return nil
        }
        // After a verb that moves its object to act ("led some to speculate", "prompted Rubio to
        // make a joke", "caused many to wonder"), the object is who speaks.
        if end == first - 1, let object = movedObject(context, before: end) { return object }
        // An infinitive after a verb's object also names the verb's subject ("Obama on Friday
        // held an impromptu press briefing to brag that"), but not after a form of "be" ("He is
        // the first person to say": a noun's complement).
        guard let verb = governingVerb(context, before: end, throughPreposition: true)
                ?? (end == first - 1 ? governingVerb(context, before: end, throughPreposition: false).flatMap({
                    context.tokenSets[$0].contains(.beForms) ? nil : $0 }) : nil) else { return nil }
        let speaker = subject(context, before: verb, objectDepth: 1)
        guard !speaker.isEmpty, speaker.upperBound <= verb else {
            // After a place or medium ("on CNN to denounce"), an empty range: the name before
            // the infinitive is where the subject went, not who speaks.
            // (Not before a noun in -ing: "led to the Supreme Court ruling that".)
            return end == first - 1 && governingVerb(context, before: end, throughPreposition: true) == verb ? verb..<verb : nil
        }
        return speaker
    }

    /// The object of a verb that moves someone to act, right before the "to" at token `to`:
    /// "led some to speculate" -> "some", "prompted Anderson Cooper to accuse" -> "Anderson
    /// Cooper", "caused many to wonder" -> "many". The object is one to five words with no
    /// punctuation, opening with a name, a determiner, a quantifier, an object pronoun or a
    /// word for people; not a passive's time ("felt compelled last July to issue").
    func movedObject(_ context: SentenceContext, before to: Int) -> Range<Int>? {
        let tokens = context.tokens
        var k = to - 1
        while k >= 0, to - k <= 5, tokens[k].kind == .word, !context.inQuote[k], !Self.movingVerbs.contains(tokens[k]) { k -= 1 }
        guard k >= 0, k + 1 < to, Self.movingVerbs.contains(tokens[k]), !context.inQuote[k] else { return nil }
        // Not a passive ("was led to believe", "felt compelled last July to", "pushed by
        // Democrats to"): no object. An -ing form only as a participle after a comma (", leading
        // many to believe"), not an adjective ("the leading candidates to replace him").
        if k > 0, context.tokenSets[k - 1].contains(.beForms) || Self.passiveAuxiliaries.contains(tokens[k - 1]) { return nil }
        if tokens[k].keyHasSuffix("ing"), k == 0 || tokens[k - 1].word != .comma { return nil }
        let start = k + 1
        let opener = tokens[start]
        if opener.word == .by { return nil }
        guard opener.isCapitalized || context.tokenSets[start].contains(.determiners) || context.tokenSets[start].contains(.quantifiers)
                || Self.unnamedAlone.contains(opener) || Self.personalObjectPronouns.contains(opener)
                || context.words.sourceKind(tokens[to - 1]) != nil else { return nil }
        if Self.timeAdjectives.contains(opener) || (start..<to).contains(where: { Self.isTime(tokens[$0]) }) { return nil }
        return start..<to
    }

    /// Verbs that move their object to act, whose infinitive's subject is that object.
    /// (Not forms that are as often nouns or adjectives, "forces", "causes", "driving"; nor
    /// "push", which takes a plan as well as a person: "pushing an initiative to curb ...".)
    static let movingVerbs: WordSet = [
        "led", "leading", "prompted", "prompting", "caused", "causing", "forced", "forcing", "spurred", "spurring", "drove",
        "encouraged", "encouraging", "inspired", "inspiring", "compelled", "provoked", "provoking",
    ]

    // `subject`'s searches, written as loops over a context passed in: `subject` is not
    // specialised, and a closure there that captured the context copied it (every list in it
    // retained and released) at each search.

    /// A subject whose noun carries a relative clause with its own verb, ending right before
    /// the verb at `verb` ("Officials who spoke with the Associated Press said", "Some
    /// Democrats who attended the meeting argued"): "who" (or "that" before a past form)
    /// within twelve words back, a past form or a lower-case word after it, no punctuation,
    /// quotation or other relative word between; the noun phrase before it through the clause.
    func relativeClauseSubject(_ context: SentenceContext, before verb: Int) -> Range<Int>? {
        let tokens = context.tokens
        var r = verb - 2
        while r >= 1, verb - r <= 12 {
            let t = tokens[r]
            if t.kind == .punctuation || context.inQuote[r] { return nil }
            if t.word == Self.whoWord || t.word == .that {
                let next = tokens[r + 1]
                guard next.kind == .word, !next.isCapitalized, !context.tokenSets[r + 1].contains(.determiners),
                      !context.tokenSets[r + 1].contains(.objectPronouns), context.words.sourceKind(next) == nil,
                      // (A plural noun's auxiliary too: "organizations that have endorsed him
                      // say"; not a name's, "... and Giuliani that were released".)
                      t.word == Self.whoWord || Self.looksLikeVerb(next)
                        || Self.pluralAuxiliaries.contains(next) && tokens[r - 1].keyHasSuffix("s")
                            && (!tokens[r - 1].isCapitalized || r - 1 == datelineEnd(context)) else { return nil }
                let before = tokens[r - 1]
                guard before.kind == .word, !context.inQuote[r - 1], !context.tokenSets[r - 1].contains(.notInNounPhrase),
                      !Self.looksLikeVerb(before), !context.hasAttribution(at: r - 1) else { return nil }
                var np = leftPhrase(context, before: r)
                if np.isEmpty || !context.tokenSets[np.lowerBound].contains(.determiners) {
                    let common = commonNounPhrase(context, before: np.isEmpty ? r : np.lowerBound)
                    if !common.isEmpty { np = common.lowerBound..<r }
                }
                // A bare plural with its modifiers, no determiner ("But progressive groups that
                // have backed him say"): back over lower-case words to where its clause opens.
                if before.keyHasSuffix("s"), !before.keyHasSuffix("ss"), !before.isCapitalized,
                   np.isEmpty || np.upperBound == r && !context.tokenSets[np.lowerBound].contains(.determiners) {
                    var b = np.isEmpty ? r - 1 : np.lowerBound
                    while b > 0, r - b < 4, tokens[b - 1].kind == .word, !tokens[b - 1].isCapitalized, !context.inQuote[b - 1],
                          !context.tokenSets[b - 1].contains(.notInNounPhrase), !context.tokenSets[b - 1].contains(.conjunctions),
                          !context.tokenSets[b - 1].contains(.subjectOpeners), !context.tokenSets[b - 1].contains(.openingConjunctions),
                          !Self.looksLikeVerb(tokens[b - 1]), !context.hasAttribution(at: b - 1) {
                        b -= 1
                    }
                    // Two modifiers joined where the clause opens ("Current and former officials
                    // who spoke with ...", "Democratic and Republican lawmakers who").
                    if b >= 2, Self.andOr.contains(tokens[b - 1]), !context.inQuote[b - 1], tokens[b - 2].kind == .word, !context.inQuote[b - 2],
                       !Self.looksLikeVerb(tokens[b - 2]), !context.tokenSets[b - 2].contains(.notInNounPhrase),
                       b - 2 == datelineEnd(context) || b >= 3 && tokens[b - 3].kind == .punctuation && !context.inQuote[b - 3] {
                        b -= 2
                    }
                    // (Only where a sentence or its clause opens: not the object of "as" in
                    // "treating his supporters as ignorants who will believe anything he says".)
                    if b == datelineEnd(context) || tokens[b - 1].kind == .punctuation && !context.inQuote[b - 1]
                        || b - 1 == datelineEnd(context) && context.tokenSets[b - 1].contains(.openingConjunctions) {
                        np = b..<r
                    }
                }
                guard !np.isEmpty, np.upperBound == r else { return nil }
                // The subject opens its clause ("Still, people who ... say", "while economists
                // who ... agree"), and the clause ends on a word of its own, not a
                // preposition, auxiliary or conjunction ("the stories that will be talked").
                // ("One of the doctors who sent the letter called": the part before "of" too.)
                let open = partOf(context, before: np.lowerBound) ?? np.lowerBound
                guard open == datelineEnd(context) || tokens[open - 1].kind == .punctuation && !context.inQuote[open - 1]
                        || context.tokenSets[open - 1].contains(.subjectOpeners) || context.tokenSets[open - 1].contains(.openingConjunctions)
                        || tokens[open - 1].word == Self.evenWord,
                      context.attributionKind(at: verb)?.kind == .verb || verb < tokens.count && context.tokenSets[verb].contains(.adverbs),
                      tokens[verb - 1].kind == .word, !context.tokenSets[verb - 1].contains(.notInNounPhrase),
                      !context.tokenSets[verb - 1].contains(.conjunctions), !context.tokenSets[verb - 1].contains(.determiners),
                      !context.tokenSets[verb - 1].contains(.connectors) else { return nil }
                return open..<verb
            }
            if context.tokenSets[r].contains(.subjectOpeners) { return nil }
            r -= 1
        }
        return nil
    }

    /// The start of "one of", "some of", "two of" right before a noun phrase at `start` that
    /// opens its clause ("One of the doctors", "..., one of the family's attorneys,"), or nil.
    func partOf(_ context: SentenceContext, before start: Int) -> Int? {
        let tokens = context.tokens
        guard start >= 2, tokens[start - 1].word == Self.ofWord, !context.inQuote[start - 2],
              Self.parts.contains(tokens[start - 2]) || tokens[start - 2].kind == .number else { return nil }
        let k = start - 2
        guard k == datelineEnd(context) || tokens[k - 1].kind == .punctuation || context.tokenSets[k - 1].contains(.subjectOpeners)
                || context.tokenSets[k - 1].contains(.openingConjunctions) else { return nil }
        return k
    }

    /// Prepositions of a phrase inside a subject, besides "of" and "in".
    /// Pronouns of a share of a group ("many on the left", "some in the party").
    static let groupQuantifiers: WordSet = ["many", "some", "those", "others", "one", "few", "all", "most", "several", "both", "each"]
    static let subjectPhrasePrepositions: WordSet = ["through", "at", "from", "across", "around", "near", "outside", "inside", "with", "along"]

    /// Prepositions that join a noun phrase to the noun before it inside a role's phrase.
    static let headPrepositions: WordSet = ["by", "of", "at", "for", "from", "to", "with"]

    /// Words that name a part of a group before "of".
    static let parts: WordSet = [
        "one", "two", "three", "four", "five", "some", "many", "most", "all", "none", "each", "several", "both", "few",
    ]

    /// The unquoted comma that opens an apposition closed by the comma at `end`, searched back
    /// to `start`: the last one, passing over the comma of a place and its state or country
    /// ("Phil Zuckerman, professor at Pitzer College in Claremont, Calif., wrote").
    static func appositionComma(_ context: SentenceContext, before end: Int, from start: Int) -> Int? {
        let tokens = context.tokens
        var upper = end
        while let c = lastUnquotedComma(context, in: start..<upper) {
            guard c >= 1, tokens[c - 1].isCapitalized, end - c - 1 >= 1, end - c - 1 <= 2,
                  ((c + 1)..<end).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].word == .period }), tokens[c + 1].isCapitalized
            else {
                // An age between commas belongs to the name before it ("Cecelia Purner, 67, a
                // retired representative in Allentown, Pa., said").
                if upper < end, c >= 3, tokens[c - 1].kind == .number, tokens[c - 2].word == .comma, !context.inQuote[c - 2] { return c - 2 }
                return c
            }
            // The place follows a preposition ("in Claremont, Calif.,"): not a name and its
            // party label ("Rep. Ed Case, D-Hawaii,") nor a name and its role ("Harry Reid,
            // Nevada Democrat,").
            guard Self.followsPlaceOpener(context, comma: c, from: start) else { return c }
            upper = c
        }
        return nil
    }

    /// The comma between a place and its state or country that closes before `end` ("from
    /// Langhorne, Pennsylvania,", "in Cambridge, Mass.,"): one or two capitalised words (or an
    /// abbreviation's periods) between it and `end`, and capitalised words before it that
    /// follow a preposition of place. Nil when there is none.
    static func placeComma(_ context: SentenceContext, before end: Int) -> Int? {
        let tokens = context.tokens
        guard let c = lastUnquotedComma(context, in: max(0, end - 4)..<end), c >= 2, end - c - 1 >= 1,
              tokens[c - 1].isCapitalized, tokens[c + 1].isCapitalized,
              ((c + 1)..<end).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].word == .period }),
              ((c + 1)..<end).filter({ tokens[$0].kind == .word }).count <= 2 else { return nil }
        return followsPlaceOpener(context, comma: c, from: 0, maxWords: 4) ? c : nil
    }

    /// Whether the capitalised words right before the comma at `c` (at most `maxWords`, none
    /// before `start`) follow a preposition of place ("in Claremont, Calif.", "from Langhorne,
    /// Pennsylvania"): a place and its state or country, not a name and its apposition.
    static func followsPlaceOpener(_ context: SentenceContext, comma c: Int, from start: Int, maxWords: Int = .max) -> Bool {
        let tokens = context.tokens
        var city = c - 1
        while city > start, c - city < maxWords, tokens[city - 1].isCapitalized, !context.inQuote[city - 1] { city -= 1 }
        return city > start && placeOpeners.contains(tokens[city - 1]) && !context.inQuote[city - 1]
    }

    /// Prepositions before a place and its state or country.
    static let placeOpeners: WordSet = ["in", "from", "of", "at", "near", "outside"]

    /// How far before `verb` the comma that closes an apposition or relative clause stands: 1
    /// for an unquoted comma right before it ("Smith, the minister, said"); 2 for a comma inside
    /// a short quotation that closes there ("Trump, the star of "The Apprentice," said", "Beck,
    /// who has called him "a narcissistic psychopath," clearly intended"), when the quotation
    /// (at most eight tokens) opens after a word of an aside that an unquoted comma opened, so
    /// it sits inside the aside rather than opening the sentence as its claim ("“We will win,”
    /// said Smith") or standing as a clause of its own; 0 for neither.
    static func appositionCommaGap(_ context: SentenceContext, before verb: Int) -> Int {
        let tokens = context.tokens
        guard verb >= 2 else { return 0 }
        if tokens[verb - 1].word == .comma { return context.inQuote[verb - 1] ? 0 : 1 }
        guard verb >= 5, tokens[verb - 1].word == .closingQuote || tokens[verb - 1].word == .straightQuote,
              tokens[verb - 2].word == .comma, context.inQuote[verb - 2],
              // (Not a participle's clause after the quotation: "trashed Comey on MSNBC's
              // “Morning Joe,” calling it ...", whose subject is the sentence's.)
              verb < tokens.count, !tokens[verb].keyHasSuffix("ing") else { return 0 }
        // The quotation's first token: the walk back stops where the quotation opens.
        var open = verb - 3
        while open > 0, verb - open <= 10, context.inQuote[open - 1] { open -= 1 }
        // (After a word of the aside, "known as “Guccifer,”": not after a comma, where the
        // quotation is a clause of its own, "The plan, she said, “is dead,” said Smith".)
        guard open >= 2, verb - open <= 10, !context.inQuote[open - 1], tokens[open - 1].kind == .word,
              lastUnquotedComma(context, in: 1..<(open - 1)) != nil else { return 0 }
        return 2
    }

    /// The last comma outside quotations among the tokens `range`.
    static func lastUnquotedComma(_ context: SentenceContext, in range: Range<Int>) -> Int? {
        var k = range.upperBound
        while k > range.lowerBound {
            k -= 1
            if context.tokens[k].word == .comma && !context.inQuote[k] { return k }
        }
        return nil
    }

    /// Whether a quoted token, or a listed verb or phrase of saying, stands among the tokens
    /// `range`; with `namesAllowed`, a quoted capitalised word or punctuation mark does not count
    /// (a quoted name or title, "“Ted Cruz” campaign pins").
    static func holdsQuoteOrSaying(_ context: SentenceContext, in range: Range<Int>, namesAllowed: Bool = false) -> Bool {
        for k in range {
            if context.inQuote[k], !namesAllowed || context.tokens[k].kind == .word && !context.tokens[k].isCapitalized { return true }
            if context.hasAttribution(at: k), let found = context.attributionKind(at: k), found.kind == .verb || found.kind == .phrase { return true }
        }
        return false
    }

    /// The first form of "be" or word that looks like a verb among the tokens `range`.
    static func firstVerbWord(_ context: SentenceContext, in range: Range<Int>) -> Int? {
        for k in range where context.tokenSets[k].contains(.beForms) || looksLikeVerb(context.tokens[k]) { return k }
        return nil
    }

    /// Whether a source kind is `name`, told apart by length before the strings are compared
    /// (the span's loop asks this of every word).
    @inline(__always) static func kindIs(_ kind: String?, _ name: String) -> Bool {
        guard let kind else { return false }
        return kind.utf8.count == name.utf8.count && kind == name
    }

    /// Prepositions that give a role or group its place ("the senator from Ohio").
    static let placePrepositions: WordSet = ["in", "from"]
    /// Verbs that no possessive stands before: a word in "'s" right before one is a name
    /// ("Moody's said", "McDonald's has said").
    static let possessiveNameVerbs: WordSet = [
        "said", "says", "told", "tells", "added", "adds", "noted", "notes", "wrote", "writes", "has", "had", "have",
    ]

    /// Where the place named at `start` opens with its noun ("the state of Ohio", "the host
    /// city of Cleveland"): the noun phrase's first word; `start` otherwise.
    func placeStart(_ context: SentenceContext, _ start: Int) -> Int {
        let tokens = context.tokens
        guard start >= 3, tokens[start - 1].word == Self.ofWord, Self.placeNouns.contains(tokens[start - 2]),
              !context.inQuote[start - 1], !context.inQuote[start - 2] else { return start }
        var s = start - 2
        while s > 0, start - 2 - s < 2, tokens[s - 1].kind == .word, !tokens[s - 1].isCapitalized, !context.inQuote[s - 1],
              !Self.notInNounPhrase.contains(tokens[s - 1]), !Self.placePrepositions.contains(tokens[s - 1]), !context.hasAttribution(at: s - 1) {
            s -= 1
            if Self.determiners.contains(tokens[s]) { break }
        }
        return s
    }
    static let placeNouns: WordSet = ["state", "city", "town", "county", "province", "region", "country", "village", "district", "island", "commonwealth"]

    /// Where a subject starts whose head is a role or group word placed by "in" or "from"
    /// right before `start` ("officials in Washington", "the senator from Ohio", "Republicans
    /// in Congress"), with its lower-case modifiers and determiner; nil when the word before
    /// the preposition is no such word ("Sanders in Iowa" is Sanders).
    func placedHolder(_ context: SentenceContext, before start: Int) -> Int? {
        let tokens = context.tokens
        guard start >= 2, Self.placePrepositions.contains(tokens[start - 1]), !context.inQuote[start - 2] else { return nil }
        // (A participle of where someone lives or works between the noun and its place: "A
        // transgender man living in Decatur".)
        var h = start - 2
        if h >= 1, Self.placeParticiples.contains(tokens[h]), tokens[h - 1].kind == .word, !tokens[h - 1].isCapitalized,
           !context.inQuote[h - 1] {
            h -= 1
        }
        let head = tokens[h]
        // A listed role or group, or a plural agent noun ("organizers", "economists"); or any
        // noun of a determiner's phrase that opens the sentence or a clause ("The tech company
        // employee from Langhorne").
        var opensClause = false
        if let kind = context.words.sourceKind(head) {
            guard kind == "role" || kind == "organisation" || kind == "anonymous" else { return nil }
        } else {
            guard head.kind == .word, !head.isCapitalized else { return nil }
            if !(head.keyHasSuffix("ers") || head.keyHasSuffix("ists")) {
                guard !Self.looksLikeVerb(head), !head.keyHasSuffix("ing"), !Self.notInNounPhrase.contains(head),
                      !context.tokenSets[h].contains(.determiners) else { return nil }
                opensClause = true
            }
        }
        var s = h
        // Modifiers in lower case, or a capitalised one opening the sentence ("Protest organizers").
        while s > 0, h - s < 3, tokens[s - 1].kind == .word, !tokens[s - 1].isCapitalized || s - 1 == 0, !context.inQuote[s - 1],
              !Self.notInNounPhrase.contains(tokens[s - 1]), !context.hasAttribution(at: s - 1) {
            s -= 1
            if Self.determiners.contains(tokens[s]) { break }
        }
        if opensClause {
            guard Self.determiners.contains(tokens[s]), s == 0 || tokens[s - 1].kind == .punctuation && !context.inQuote[s - 1] else { return nil }
        }
        return s
    }

    /// Participles of where someone lives or works, between a noun and its place.
    static let placeParticiples: WordSet = ["living", "based", "working", "residing", "staying"]

    /// The speaker before an occasion that stands between a subject and its verb ("Sanders
    /// during the debate", "the mayor at a rally"): `found` is a lower-case phrase of no listed
    /// source word after "during", "at" or "in", and before that preposition stands a name or
    /// a noun phrase headed by a listed source word. Nil otherwise ("Officials at the agency",
    /// where the phrase is a place of the holder, is `placedHolder`'s).
    func holderBeforeOccasion(_ context: SentenceContext, _ found: Range<Int>) -> Range<Int>? {
        let tokens = context.tokens
        let p = found.lowerBound - 1
        guard p >= 1, Self.occasionPrepositions.contains(tokens[p]), !context.inQuote[p], !context.inQuote[p - 1],
              !found.contains(where: { tokens[$0].isCapitalized || context.words.sourceKind(tokens[$0]) != nil }) else { return nil }
        let name = leftPhrase(context, before: p)
        if !name.isEmpty, name.upperBound == p, tokens[p - 1].isCapitalized { return name }
        if context.words.sourceKind(tokens[p - 1]) != nil {
            let np = commonNounPhrase(context, before: p)
            if !np.isEmpty, np.upperBound == p { return np }
        }
        return nil
    }

    static let occasionPrepositions: WordSet = ["during", "at", "in"]

    /// A capitalised word of at least six letters in an adverb's ending ("Originally",
    /// "Previously", "Absolutely", "Roughly", "Simply"), the endings names in -ly rarely have
    /// ("Kelly", "Connolly", "Italy", "Emily", "Beverly").
    static func isOpeningAdverb(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized, t.keyCount >= 6, t.keyHasSuffix("ly") else { return false }
        return t.keyHasSuffix("ally") || t.keyHasSuffix("ously") || t.keyHasSuffix("tely") || t.keyHasSuffix("sely")
            || t.keyHasSuffix("ively") || t.keyHasSuffix("fully") || t.keyHasSuffix("edly") || t.keyHasSuffix("ingly")
            || t.keyHasSuffix("ably") || t.keyHasSuffix("ibly") || t.keyHasSuffix("ghly") || t.keyHasSuffix("mply")
            || t.keyHasSuffix("gerly") || t.keyHasSuffix("rrely") || t.keyHasSuffix("ently") || t.keyHasSuffix("antly")
    }

    /// A lower-case word ending in -ly that is not a listed source word ("relentlessly").
    static func isLyAdverb(_ t: Token) -> Bool {
        t.kind == .word && t.keyCount > 4 && isLyWord(t)
    }

    /// Whether a word after a comma opens a participle's clause (",” Clinton continued,
    /// prompting loud cheers"): a lower-case -ing word that is not a title's adjective
    /// ("acting", "managing"), "including" or an -ing noun.
    static func isParticipleAside(_ t: Token) -> Bool {
        t.kind == .word && !t.isCapitalized && t.keyCount > 5 && t.keyHasSuffix("ing") && !notParticiples.contains(t)
    }

    /// Whether a word after a comma opens a passive participle's aside ("Mr. Trump, asked about
    /// it, said", "Smith, reached by phone, said"): a lower-case past form the reporting verbs
    /// of such asides take.
    static func isPassiveAside(_ t: Token) -> Bool {
        t.kind == .word && !t.isCapitalized && passiveAsides.contains(t)
    }

    static let passiveAsides: WordSet = ["asked", "pressed", "questioned", "reached", "contacted", "interviewed", "told", "informed"]

    /// -ing words that do not open a participle's clause: titles' adjectives, "including" and
    /// nouns.
    static let notParticiples: WordSet = [
        "including", "acting", "managing", "founding", "ranking", "leading", "outgoing", "incoming", "presiding", "visiting",
        "reigning", "sitting", "governing", "retiring", "supervising", "consulting", "contributing", "longstanding",
        "something", "everything", "anything", "nothing", "evening", "morning", "building", "funding",
        "spending", "polling", "housing", "training", "marketing", "banking", "lobbying", "fundraising", "recording",
        "broadcasting", "publishing", "engineering", "nursing", "teaching", "accounting", "planning", "reporting",
    ]

    /// A lower-case word in -ly that the walks step over as an adverb ("only", "publicly"),
    /// not a noun or verb in -ly ("the organizer of a pro-Trump rally said", "a member of the
    /// family suggested").
    @inline(__always) static func isLyWord(_ t: Token) -> Bool {
        t.keyHasSuffix("ly") && !t.isCapitalized && !lyNotAdverbs.contains(t)
    }

    /// Nouns and verbs in -ly.
    static let lyNotAdverbs: WordSet = [
        "family", "rally", "ally", "assembly", "supply", "reply", "monopoly", "duopoly", "anomaly", "bully", "tally", "folly",
        "homily", "belly", "jelly", "lily", "butterfly", "fly", "panoply", "gully", "apply", "comply", "imply", "rely",
        "multiply", "sully", "dally", "ply", "melancholy",
    ]

    /// Subjects that stand for no one ("It is hard to say", "There is talk").
    static let expletives: WordSet = ["it", "there", "this", "that"]
    static let objectPronouns: WordSet = ["him", "her", "them", "us", "me", "you", "it"]
    /// Object pronouns that are never a subject or a possessive ("her" and "you" may be).
    static let objectOnlyPronouns: WordSet = ["him", "them", "us", "me"]
    /// Object pronouns that stand for people named elsewhere, with their subject forms.
    static let personalObjectPronouns: WordSet = ["him", "her", "them"]
    /// Possessive pronouns that stand for a view's holder when the view frames the sentence.
    static let framingPossessives: WordSet = ["his", "their"]
    static let subjectForms: [String: String] = ["him": "he", "her": "she", "them": "they", "his": "he", "their": "they"]

    /// Whether the owned view at tokens `first...last` frames the sentence: it opens it after
    /// "In" or "From" (after any opening conjunction) and a comma closes it ("In his view,",
    /// "From their perspective,").
    static func isOpeningFrame(_ context: SentenceContext, first: Int, last: Int) -> Bool {
        let tokens = context.tokens
        guard first >= 1, last + 1 < tokens.count, tokens[last + 1].word == .comma, !context.inQuote[first - 1],
              tokens[first - 1].word == inWord || tokens[first - 1].word == fromWord else { return false }
        var k = first - 1
        while k > 0, context.tokenSets[k - 1].contains(.openingConjunctions) { k -= 1 }
        return k == 0
    }
    static let fromWord = WordKey("from")

    /// Whether the possessive at token `k` opens a view that frames the sentence: "In" or
    /// "From" before it, one to three lower-case words and a comma after it ("In his view,",
    /// "In his concurring opinion,").
    static func opensFrame(_ context: SentenceContext, possessive k: Int) -> Bool {
        let tokens = context.tokens
        var last = k + 1
        while last + 1 < tokens.count, last - k < 3, tokens[last + 1].kind == .word, !tokens[last + 1].isCapitalized { last += 1 }
        return last < tokens.count && tokens[last].kind == .word && !tokens[last].isCapitalized && isOpeningFrame(context, first: k, last: last)
    }

    /// Whether the cue starting at token `first` stands as a noun or gerund: after a possessive, a determiner
    /// (with at most one word between), or an -ing form after a preposition.
    func isNounUse(at first: Int, in context: SentenceContext) -> Bool {
        guard first >= 1 else { return false }
        let tokens = context.tokens
        let before = tokens[first - 1]
        let beforeSets = context.tokenSets[first - 1]
        if before.keyHasSuffix("'s") || before.word == .possessive || beforeSets.contains(.determiners) && !beforeSets.contains(.numberWords) {
            return true
        }
        if tokens[first].keyHasSuffix("ing"), beforeSets.contains(.notInNounPhrase) || before.word == Self.ofWord { return true }
        // "an analysis of campaign-finance reports shows": a word that is a noun as often as a
        // verb, right before another cue's verb, is that verb's subject.
        if first + 1 < tokens.count, context.attributionKind(at: first)?.kind == .nounVerb, context.hasAttribution(at: first + 1),
           !context.inQuote[first + 1] {
            return true
        }
        // "a series of Twitter posts", "after a spate of Facebook posts": a name after "of" and
        // then a word that is a noun as often as a verb.
        if first >= 2, before.isCapitalized, tokens[first - 2].word == Self.ofWord, !context.inQuote[first - 1],
           context.attributionKind(at: first)?.kind == .nounVerb {
            return true
        }
        // "Trump's repeated calls", "his public remarks": an adjective after the possessive. Not
        // a word that is only a verb ("Trump's aides said", "his campaign says"): the
        // possessive's noun is then the verb's subject. Nor, unless the cue is a noun as often as
        // a verb ("his campaign promise", "his blog post"), after a word that names speakers
        // ("Trump's team thinks"): that word is the subject, not an adjective.
        if first >= 2, before.kind == .word, !before.isCapitalized, !beforeSets.contains(.notInNounPhrase),
           context.tokenSets[first - 2].contains(.possessiveDeterminers) || tokens[first - 2].keyHasSuffix("'s") {
            let kind = context.attributionKind(at: first)?.kind
            if kind != .verb, kind == .nounVerb || context.words.sourceKind(before) == nil { return true }
        }
        return false
    }

    static let possessiveDeterminers: WordSet = ["his", "her", "their", "its", "our", "my", "your"]

    /// Quantifiers that are a whole subject of unnamed people ("Some say", "Many believe").
    static let unnamedAlone: WordSet = ["some", "many", "several", "few", "most"]

    /// Words that open a plural noun phrase as a determiner does ("Other advocates", "Those
    /// greens", "Most economists").
    static let quantifiers: WordSet = [
        "other", "both", "all", "most", "many", "few", "several", "those", "these", "such", "each", "every", "neither",
        "either", "our", "your", "my", "more", "fewer", "numerous", "various",
    ]

    /// Prepositions before a gerund whose subject is the clause's ("criticised for saying").
    static let gerundPrepositions: WordSet = ["for", "by", "after", "before", "without", "while", "since", "upon", "despite"]

    /// Words after a verb that belong to it ("rattled off", "sent out", "held up").
    static let particles: WordSet = ["off", "out", "up", "down", "back", "forth", "over"]

    /// Words after which a noun phrase opens a clause as its subject ("..., and the official
    /// said", "because the report found"), not an object.
    static let subjectOpeners: WordSet = [
        "and", "but", "or", "nor", "that", "which", "who", "because", "when", "while", "if", "as", "since", "although",
        "though", "after", "before", "until", "unless", "where", "whether", "so", "then", "yet", "once", "whereas",
    ]

    /// Whether the noun phrase starting at `start` follows a lower-case word that is not a
    /// clause opener: a verb or preposition whose object it is ("made a passionate call", "in
    /// their opening remarks").
    func objectOpening(_ context: SentenceContext, _ start: Int) -> Bool {
        guard start > 0 else { return false }
        let t = context.tokens[start - 1]
        let tSets = context.tokenSets[start - 1]
        // "In the roll call vote, ...": a capitalised preposition opening the sentence.
        if start == 1, t.isCapitalized { return tSets.contains(.notInNounPhrase) && !tSets.contains(.subjectOpeners) }
        return t.kind == .word && !t.isCapitalized && !context.inQuote[start - 1] && !tSets.contains(.subjectOpeners)
            && !tSets.contains(.clauseOpeners)
    }

    /// Up to three lower-case words between a clause boundary (the sentence's start, a comma,
    /// "and", "but") and the verb: a plural subject with no determiner (", opponents say,",
    /// "and economists expect").
    func bareNounPhrase(_ context: SentenceContext, before end: Int) -> Range<Int> {
        let tokens = context.tokens
        var s = end
        while s > 0, end - s < 3 {
            let t = tokens[s - 1]
            let tSets = context.tokenSets[s - 1]
            if context.inQuote[s - 1] || t.kind != .word || t.isCapitalized || tSets.contains(.notInNounPhrase)
                || tSets.contains(.clauseOpeners) || tSets.contains(.boundaries) || context.hasAttribution(at: s - 1) { break }
            s -= 1
        }
        guard s < end, s == 0 || tokens[s - 1].word == .comma || context.tokenSets[s - 1].contains(.boundaries),
              tokens[end - 1].keyHasSuffix("s") || context.words.sourceKind(tokens[end - 1]) != nil else { return end..<end }
        return s..<end
    }

    /// Words that end a clause before a bare subject.
    static let boundaries: WordSet = ["and", "but", "while", "as"]

    /// Whether token `k` is a past form (in -ed, or an irregular past) between a noun and its
    /// object: a verb after its subject ("militants opened fire"). Not a participle after a
    /// determiner, adverb or possessive ("the newly elected president"), nor one before a
    /// preposition, a time, a name or a number ("a poll released Sunday", "a report published
    /// by", "a poll conducted in May").
    static func isPastVerbAfterNoun(_ context: SentenceContext, _ k: Int) -> Bool {
        let tokens = context.tokens
        let t = tokens[k]
        guard k >= 1, k + 1 < tokens.count, t.kind == .word, !t.isCapitalized, t.keyHasSuffix("ed") || irregularPast.contains(t),
              !context.inQuote[k] else { return false }
        let before = tokens[k - 1], sets = context.tokenSets[k - 1]
        guard before.kind == .word, !sets.contains(.determiners), !sets.contains(.possessiveDeterminers), !sets.contains(.adverbs),
              !isLyWord(before), !sets.contains(.connectors), !before.keyHasSuffix("'s"), !before.keyHasSuffix("’s") else { return false }
        let next = tokens[k + 1], nextSets = context.tokenSets[k + 1]
        return next.kind == .word && !next.isCapitalized && !nextSets.contains(.connectors) && !nextSets.contains(.timeWords)
            && !nextSets.contains(.timePrepositions) && !participlePrepositions.contains(next)
    }
    /// Words after a participle that make it a reduced relative clause's ("a poll released last
    /// week", "a woman injured in the attack").
    static let participlePrepositions: WordSet = ["by", "in", "on", "at", "for", "from", "to", "with", "last", "this", "after", "before",
                                                  "during", "over", "since", "earlier", "about", "into", "under", "as", "via", "through"]

    /// The noun phrase before the sentence's first comma, when the sentence opens with one:
    /// a name, a determiner or a source word first, at most ten words, a parenthesis allowed
    /// ("Rep. Jane Roe (D-Calif.)"); not an opening clause ("In 2005,", "Separately,", "Looking
    /// back,").
    func openingPhrase(_ context: SentenceContext) -> Range<Int>? {
        openingPhrase(context, from: firstWord(context))
    }

    /// `openingPhrase` after an opening adverbial and its comma ("In court, the victim, who
    /// lost both legs, said", "Also, one of the officers, who ..., told"): a phrase in lower
    /// case from the comma to the next, whose aside then runs to `asideEnd` with no comma of
    /// its own; nil when the sentence opens otherwise. (A name after the comma is found with
    /// its apposition, and the comma may be a place's: "in Washington, D.C., Jo Park, 24,".)
    func phraseAfterOpener(_ context: SentenceContext, asideEnd: Int) -> Range<Int>? {
        let tokens = context.tokens
        let s = firstWord(context)
        guard s < tokens.count, !context.inQuote[s],
              context.tokenSets[s].contains(.notInNounPhrase) || context.tokenSets[s].contains(.clauseOpeners) || openingTime(context, from: s),
              let comma = tokens[s..<min(tokens.count, s + 12)].firstIndex(where: { $0.word == .comma }), !context.inQuote[comma],
              comma + 1 < tokens.count, !tokens[comma + 1].isCapitalized,
              context.tokenSets[comma + 1].contains(.determiners) || context.tokenSets[comma + 1].contains(.quantifiers) || Self.parts.contains(tokens[comma + 1]),
              let phrase = openingPhrase(context, from: comma + 1), phrase.upperBound + 1 < asideEnd,
              !((phrase.upperBound + 1)..<asideEnd).contains(where: { tokens[$0].word == .comma && !context.inQuote[$0] }) else { return nil }
        return phrase
    }

    func openingPhrase(_ context: SentenceContext, from start: Int) -> Range<Int>? {
        let tokens = context.tokens
        let s = start
        guard s < tokens.count, !context.inQuote[s], tokens[s].kind == .word else { return nil }
        let first = tokens[s]
        let firstSets = context.tokenSets[s]
        guard !firstSets.contains(.notInNounPhrase), !firstSets.contains(.clauseOpeners), !context.hasAttribution(at: s),
              !context.hasEditorial(at: s), !firstSets.contains(.notSourceWords), !first.keyHasSuffix("ing"),
              first.isCapitalized || firstSets.contains(.determiners) || context.words.sourceKind(first) != nil else { return nil }
        var e = s
        var depth = 0
        while e < tokens.count, e - s <= 12 {
            let t = tokens[e]
            let tSets = context.tokenSets[e]
            if context.inQuote[e] { return nil }
            if t.word == Self.openParen { depth += 1 } else if t.word == Self.closeParen { depth -= 1 }
            if depth == 0, t.word == .comma { break }
            if depth == 0, t.kind == .word, e > s, tSets.contains(.notInNounPhrase) || context.hasAttribution(at: e) && !Self.isShowCompound(context, e) {
                return nil
            }
            // A past verb after a noun, with words after it, makes the opening a clause of its
            // own ("Three militants opened fire, Issam al-Naass, a spokesman, told AFP"); a
            // participle after a determiner or an adverb is an adjective ("The newly elected
            // president, Jane Roe, said").
            if depth == 0, e > s, e + 1 < tokens.count, tokens[e + 1].word != .comma, Self.isPastVerbAfterNoun(context, e) { return nil }
            e += 1
        }
        guard e < tokens.count, tokens[e].word == .comma, e > s else { return nil }
        // "A couple of years later,", "Two days ago,": a time, not a name.
        if (s..<e).contains(where: { context.tokenSets[$0].contains(.timeUnits) }) { return nil }
        // One capitalised word alone is a name only when it does not read as an adverb ("Separately").
        if e - s == 1, first.keyHasSuffix("ly") { return nil }
        // Nor is a phrase that ends on an adverb ("More recently,", "Most importantly,").
        if Self.isLyWord(tokens[e - 1]) || context.tokenSets[e - 1].contains(.adverbs) { return nil }
        return s..<e
    }

    /// A determiner and up to four lower-case words before `end` ("the gambling tycoon",
    /// "his fellow physicians").
    func commonNounPhrase(_ context: SentenceContext, before end: Int) -> Range<Int> {
        let tokens = context.tokens
        var s = end
        var joined = 0
        while s > 0, end - s - joined < 5 {
            let t = tokens[s - 1]
            let tSets = context.tokenSets[s - 1]
            // A name's first letters joined by "&" with no spaces ("one P&G employee", "an
            // AT&T spokesman"): one word of the phrase.
            if t.word == Self.ampersand, s >= 2, s < end, Self.opensAmpersandName(tokens, s - 2),
               t.bytes.upperBound == tokens[s].bytes.lowerBound, tokens[s].isCapitalized, !context.inQuote[s - 2] {
                s -= 2
                joined += 2
                continue
            }
            // A dotted abbreviation's period ("A senior U.S. intelligence official").
            if t.word == .period, s >= 3, s < end, isDottedAbbreviation(context, s - 2), !context.inQuote[s - 2],
               !Self.looksLikeVerb(tokens[s]) {
                s -= 2
                continue
            }
            if context.inQuote[s - 1] || t.kind == .punctuation { break }
            // Not from a conjunction right before the verb group: the phrase before it ends a
            // clause of its own ("Smith runs the agency and has said": not "the agency").
            if s == end, tSets.contains(.conjunctions) { break }
            if tSets.contains(.determiners) || tSets.contains(.quantifiers) {
                // "All three said", "The two candidates said": a count after a determiner or
                // "all"/"both" keeps it.
                if s >= 2, !context.inQuote[s - 2], t.kind == .number || tSets.contains(.numberWords),
                   context.tokenSets[s - 2].contains(.determiners) || Self.floatingQuantifiers.contains(tokens[s - 2]) {
                    return (s - 2)..<end
                }
                return (s - 1)..<end
            }
            // A number in figures opens it as "two" does when it opens its clause ("Already, 520
            // superdelegates have said", "..., and 43 said"); after a word it is part of a
            // longer phrase ("the 2016 campaign", "Nearly 10 percent", "the June 23 vote").
            if t.kind == .number, s < 2 || tokens[s - 2].kind == .punctuation && tokens[s - 2].word != .period
                || context.tokenSets[s - 2].contains(.subjectOpeners) {
                return (s - 1)..<end
            }
            // "Trump's team", "the senator's aides": a name's possessive stands as the determiner.
            if t.keyHasSuffix("'s"), t.isCapitalized, s < end {
                let owner = leftPhrase(context, before: s)
                return (owner.isEmpty ? s - 1 : owner.lowerBound)..<end
            }
            // A share or group of the noun: "a number of attendees", "a handful of
            // Democrats", "many of the delegates" ("of" then opens no other phrase).
            if t.word == Self.ofWord, s >= 2, Self.partitives.contains(tokens[s - 2]) || tokens[s - 2].kind == .number, !context.inQuote[s - 2] {
                s -= 1
                continue
            }
            // Not across a preposition or an adverb ("both sternly critical of").
            if t.word == Self.ofWord || t.keyHasSuffix("ly") { break }
            // A stance noun can head a subject ("the opposition leader"); other listed words end it.
            if tSets.contains(.notInNounPhrase) || context.hasAttribution(at: s - 1) && context.attributionKind(at: s - 1)?.kind != .stance
                && !Self.isShowCompound(context, s - 1) { break }
            s -= 1
        }
        return end..<end
    }

    /// "After the vote, local officials railed": one or two lower-case words that open their
    /// clause right after a comma (or another mark) before a lower-case listed head, with no
    /// determiner: the head's modifiers. Nil when none stands there or the words could be no
    /// modifiers (a listed word, a cue, an adverb, a conjunction, a time, a verb's past: "...,
    /// kept records showing").
    func openingModifiers(_ context: SentenceContext, before head: Int) -> Int? {
        let tokens = context.tokens
        guard head >= 2, head < tokens.count, !tokens[head].isCapitalized, context.words.sourceKind(tokens[head]) != nil else { return nil }
        var s = head
        while s > 0, head - s < 2, tokens[s - 1].kind == .word, !tokens[s - 1].isCapitalized, !context.inQuote[s - 1] {
            let sets = context.tokenSets[s - 1]
            if sets.contains(.notInNounPhrase) || sets.contains(.adverbs) || sets.contains(.connectors) || sets.contains(.conjunctions)
                || sets.contains(.timeWords) || sets.contains(.notSourceWords) || tokens[s - 1].keyHasSuffix("ly")
                || sets.contains(.irregularPast) || sets.contains(.otherPastForms)
                || context.hasAttribution(at: s - 1) || context.words.sourceKind(tokens[s - 1]) != nil {
                break
            }
            s -= 1
        }
        guard s < head, s >= 1, tokens[s - 1].kind == .punctuation, !context.inQuote[s - 1] else { return nil }
        return s
    }

    /// Whether the listed word at `k` is the noun "show" of a compound before a role word
    /// ("talk show host", "radio show hosts"): part of the speaker's phrase, not a verb of
    /// finding.
    static func isShowCompound(_ context: SentenceContext, _ k: Int) -> Bool {
        let tokens = context.tokens
        guard k + 1 < tokens.count, DocumentFindingCue.nounForms.contains(tokens[k]), !context.inQuote[k + 1],
              tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized else { return false }
        return kindIs(context.words.sourceKind(tokens[k + 1]), "role")
    }

    /// A share of people right before a verb of saying, as its subject ("Almost half said", "a
    /// majority say", "two-thirds said", "56 percent said"): the walk back from the verb takes
    /// names and listed source words, not shares, and the sentence's source came from a later
    /// cue ("..., compared with four in 10 who said they preferred" gave "they"). Its kind is
    /// `document`, as a poll's share found by the poll-finding cue is.
    func shareSubject(_ context: SentenceContext, before first: Int) -> Range<Int>? {
        shareStart(context, before: first).map { $0..<first }
    }

    /// The first token of a share of people that ends right before token `end`, outside
    /// quotations: a share word ("56 percent", "half", "a majority", "two-thirds") or "N in 10"
    /// ("six in 10", "nine of 10"), with the numbers and approximations before it ("more than
    /// half", "about three in 10", "at least 55 percent", "the vast majority"); nil otherwise.
    ///
    /// (Nearly every word ends no share: that is told here, in the caller, before the search
    /// is called; the subject's walks ask it before every verb.)
    @inline(__always) func shareStart(_ context: SentenceContext, before end: Int) -> Int? {
        guard end >= 1, Self.mayEndShare(context.tokens[end - 1]) else { return nil }
        return shareSearch(context, before: end)
    }

    /// `shareStart` for a token that may end a share.
    func shareSearch(_ context: SentenceContext, before end: Int) -> Int? {
        let tokens = context.tokens
        guard !context.inQuote[end - 1] else { return nil }
        let last = tokens[end - 1]
        var start: Int
        if Self.shareHeads.contains(last) || last.kind == .word && Self.isFractionWord(last) {
            // "47%": a number before the sign. "the Senate majority leader": a share word
            // before a role is part of the title.
            if last.kind == .punctuation && (end < 2 || tokens[end - 2].kind != .number) { return nil }
            if end < tokens.count, tokens[end].kind == .word, context.words.sourceKind(tokens[end]) != nil { return nil }
            start = end - 1
        } else if end >= 3, last.kind == .number || Self.tens.contains(last),
                  tokens[end - 2].word == Self.inWord || tokens[end - 2].word == Self.ofWord, !context.inQuote[end - 3],
                  tokens[end - 3].kind == .number || context.tokenSets[end - 3].contains(.numberWords) && !Self.articles.contains(tokens[end - 3]) {
            start = end - 3
        } else {
            return nil
        }
        while start > 0, end - start < 8, !context.inQuote[start - 1] {
            let t = tokens[start - 1]
            if t.kind == .number || context.tokenSets[start - 1].contains(.numberWords) || Self.approximators.contains(t)
                || Self.articles.contains(t) || Self.shareModifiers.contains(t)
                || t.word == Self.atWord && start < end && Self.leastMost.contains(tokens[start]) {
                start -= 1
                continue
            }
            break
        }
        // "than" and "least" belong to the words before them ("more than", "at least").
        if Self.leastMost.contains(tokens[start]) || tokens[start].word == Self.thanWord { return nil }
        return start
    }

    /// The first token of a share of people before the group at token `start`: "of" between
    /// them ("74 percent of Republicans"), or up to four words of the group's noun phrase ("Six
    /// in 10 Virginia Democratic primary voters"); nil when no share stands there.
    func shareBefore(_ context: SentenceContext, _ start: Int) -> Int? {
        let tokens = context.tokens
        var k = start
        if k >= 2, tokens[k - 1].word == Self.ofWord, !context.inQuote[k - 1] {
            k -= 1
        } else {
            var words = 0
            while k >= 2, words < 4, shareStart(context, before: k) == nil, tokens[k - 1].kind == .word, !context.inQuote[k - 1],
                  !context.tokenSets[k - 1].contains(.notInNounPhrase), !context.tokenSets[k - 1].contains(.determiners),
                  !context.tokenSets[k - 1].contains(.connectors), !context.tokenSets[k - 1].contains(.relativeWords),
                  !Self.questionWords.contains(tokens[k - 1]), !context.hasAttribution(at: k - 1) {
                k -= 1
                words += 1
            }
        }
        return shareStart(context, before: k)
    }

    /// Whether the phrase `range` opens with a share of people: a share that starts at its
    /// first token and ends within eight tokens.
    func isShare(_ context: SentenceContext, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        // A share starts at a number, a share word or a word of its approximation
        // (`shareStart`): a phrase opened otherwise (a name, nearly every source) is none, and
        // its eight searches are not made.
        let first = context.tokens[range.lowerBound]
        guard first.kind == .number || context.tokenSets[range.lowerBound].contains(.numberWords) || Self.shareFirstWords.contains(first)
                || first.kind == .word && Self.isFractionWord(first) else { return false }
        for k in (range.lowerBound + 1)...min(range.upperBound, range.lowerBound + 8) where shareStart(context, before: k) == range.lowerBound {
            return true
        }
        return false
    }

    /// A hyphenated fraction ("two-thirds", "three-quarters"): its last part is a share word.
    /// (Suffixes of the packed key compared: no string is made for the words before every verb.)
    /// Each such word holds a hyphen: a pack without one (nearly every word) is answered from
    /// its two machine words, in the caller.
    @inline(__always) static func isFractionWord(_ t: Token) -> Bool {
        (t.word.isLong || holdsHyphen(t.word)) && hasFractionSuffix(t)
    }

    /// `isFractionWord` past the test for a hyphen.
    static func hasFractionSuffix(_ t: Token) -> Bool {
        t.keyCount >= 5 && (t.keyHasSuffix("-third") || t.keyHasSuffix("-thirds") || t.keyHasSuffix("-quarter")
            || t.keyHasSuffix("-quarters") || t.keyHasSuffix("-fifth") || t.keyHasSuffix("-fifths") || t.keyHasSuffix("-half"))
    }

    /// Whether a packed key holds a hyphen byte: a test for a zero byte after an XOR with "-"
    /// in every byte.
    @inline(__always) static func holdsHyphen(_ word: WordKey) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let lo = word.lo ^ (ones &* 0x2D), hi = word.hi ^ (ones &* 0x2D)
        return (lo &- ones) & ~lo & highs != 0 || (hi &- ones) & ~hi & highs != 0
    }

    /// Whether a token may end a share of people (`shareStart`): a number, a share word ("56
    /// percent", "half") or the denominator of "N in 10". Asked before the search, in the
    /// caller: nearly every word is none.
    @inline(__always) static func mayEndShare(_ t: Token) -> Bool {
        t.kind == .number || shareLastWords.contains(t) || t.kind == .word && isFractionWord(t)
    }

    /// The words that may end a share: its heads and the denominators of "N in 10".
    static let shareLastWords = WordSet(shareHeads.words + tens.words)

    /// The words a share of people may start with besides numbers (`shareStart`): its heads,
    /// approximations, articles and modifiers, and "at" ("at least").
    static let shareFirstWords = WordSet(shareHeads.words + approximators.words + articles.words + shareModifiers.words + ["at"])

    /// Words between a share's number and its head or before it ("more than half", "a slim
    /// majority", "fewer than 10 percent").
    static let shareModifiers: WordSet = [
        "more", "less", "fewer", "than", "least", "over", "under", "nearly", "vast", "slim", "narrow", "clear", "bare", "overwhelming",
        "large", "small", "sizable", "solid",
    ]
    static let leastMost: WordSet = ["least", "most"]
    /// Words before a share of respondents that leave it the subject of its clause ("with 56
    /// percent saying", "among them 40 percent said").
    static let shareOpeners: WordSet = ["with", "among", "including", "while", "whereas", "and", "but"]
    /// Words that open a clause inside a noun phrase ("less than half of what researchers say").
    static let questionWords: WordSet = ["what", "whom", "whose", "how", "why", "where", "when", "which", "who"]
    static let thanWord = WordKey("than")
    /// The denominators of "N in 10".
    static let tens: WordSet = ["ten", "10", "100", "five", "four", "three"]

    /// The subject of an opening "As X noted," when the walk back from the verb names no one
    /// ("As another Pew study from 2011 noted, ...": the walk stopped at "2011"): every word
    /// between "As" and the verb, at most eight and none of them punctuation or quoted, the verb
    /// closing the clause at its comma.
    func asClauseSubject(_ context: SentenceContext, first: Int, last: Int) -> Range<Int>? {
        let tokens = context.tokens
        guard last + 1 < tokens.count, tokens[last + 1].word == .comma, let opener = openingSubordinator(context),
              tokens[opener].word == Self.asWord, first > opener + 1, first - opener <= 9,
              Self.isPlain(from: opener + 1, to: first, tokens: tokens, inQuote: context.inQuote),
              !context.tokenSets[opener + 1].contains(.clauseOpeners) else { return nil }
        return (opener + 1)..<first
    }

    /// Words that end a share of people ("half", "a majority", "56 percent").
    static let shareHeads: WordSet = [
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority", "percent", "%",
    ]

    /// The name or pronoun that opens the sentence, skipping a conjunction and quote marks.
    func openingSubject(_ context: SentenceContext) -> Range<Int>? {
        let tokens = context.tokens
        var s = firstWord(context)
        // "And even Obama tried ..., noting that": a focusing adverb before the name.
        if s + 1 < tokens.count, tokens[s].word == Self.evenWord, tokens[s + 1].isCapitalized, !context.inQuote[s] { s += 1 }
        guard s < tokens.count, !context.inQuote[s] else { return nil }
        // "In an incendiary press conference, Trump launched ...", "Two years later, he
        // echoed ...": the subject follows the opening phrase's comma.
        if context.tokenSets[s].contains(.notInNounPhrase) || context.tokenSets[s].contains(.clauseOpeners)
            || openingTime(context, from: s) {
            guard let comma = tokens[s..<min(tokens.count, s + 12)].firstIndex(where: { $0.word == .comma }) else {
                // A short time phrase with no comma, then a pronoun and its verb ("By Sunday
                // afternoon she had canceled", "On Monday he said"): the pronoun.
                return pronounAfterOpeningTime(context, from: s)
            }
            s = comma + 1
            // The closing quote of a quotation that ends the opening phrase ("as “not Christian,” the pope").
            if s < tokens.count, tokens[s].word == .closingQuote || tokens[s].word == .straightQuote { s += 1 }
            // (Not a verb's: "It has seized territory, beheaded hostages, and vowed" opens with
            // a clause, whose list of verbs goes on after the comma.)
            guard s < tokens.count, !context.inQuote[s], !Self.looksLikeVerb(tokens[s]) else { return nil }
        }
        if Self.kindIs(context.words.sourceKind(tokens[s]), "pronoun") || context.tokenSets[s].contains(.contractions) { return s..<(s + 1) }
        // ("They’re less hostile ... and generally agree", as "They are": see `subject`.)
        if Self.isContractedSubject(tokens[s]) { return s..<(s + 1) }
        // "Speaking to reporters", "Ask yourself": not a subject.
        if context.tokenSets[s].contains(.notInNounPhrase) || context.tokenSets[s].contains(.clauseOpeners)
            || context.hasAttribution(at: s) || context.hasEditorial(at: s) {
            return nil
        }
        var e = s
        // "A senior aide to ...", "The longtime spokesman for ...": lower-case modifiers between
        // the determiner and a person's, role's or organisation's word belong to the phrase.
        // "all the experts I interviewed", "both the senators": a quantifier before the
        // determiner opens the phrase with it.
        let quantifierLed = s + 2 < tokens.count && !tokens[s].isCapitalized && context.tokenSets[s].contains(.quantifiers)
            && context.tokenSets[s + 1].contains(.determiners) && !context.inQuote[s + 1]
        let modifiersEnd = determinerModifiersEnd(context, from: quantifierLed ? s + 1 : s)
        // (A lower-case determiner opens the phrase after an opening conjunction or phrase: "But
        // the court overruled and said", "Instead, the candidate is sticking to his message", as
        // "The court" opens a sentence.)
        while e < tokens.count, tokens[e].kind != .punctuation || tokens[e].word == .period && e > s,
              isNameWord(tokens[e], context) || (e > s && context.tokenSets[e].contains(.connectors))
                || Self.isAbbreviationPeriod(context, e, from: s) || e == s && context.tokenSets[e].contains(.determiners) || e < modifiersEnd
                || quantifierLed && e <= s + 1 {
            e += 1
        }
        // A phrase after "of" or "for" that ends right before the verb belongs to the subject
        // ("the U.S. Court of Appeals for the 6th Circuit overruled").
        // (The name walk may have taken the preposition as a connector: back to it.)
        var tail = e
        while tail > s + 1, context.tokenSets[tail - 1].contains(.connectors) || context.tokenSets[tail - 1].contains(.determiners) { tail -= 1 }
        let named = tail
        // (A name walk through "of" or "for" that stopped at a lower-case noun, "Rivals for the
        // GOP nomination said": the tail read again from that preposition.)
        if tail == e, e > s + 1, e < tokens.count, tokens[e].kind == .word, !tokens[e].isCapitalized,
           let preposition = ((s + 1)..<e).last(where: { Self.subjectTailPrepositions.contains(tokens[$0]) }) {
            tail = preposition
        }
        // (Once past "of" or "for", the phrase may go on with a modifier of its noun: "a group
        // of black parents with kids in charter schools sent".)
        while tail > s, tail < tokens.count, tail - s < 16, !context.inQuote[tail],
              Self.subjectTailPrepositions.contains(tokens[tail]) || tail > named && Self.modifierPrepositions.contains(tokens[tail]) {
            var k = tail + 1
            if k < tokens.count, context.tokenSets[k].contains(.determiners) { k += 1 }
            let start = k
            while k < tokens.count, k - start < 5, !context.inQuote[k], tokens[k].kind == .number
                    || isNameWord(tokens[k], context) || Self.isAbbreviationPeriod(context, k, from: start)
                    || tokens[k].kind == .word && !Self.looksLikeVerb(tokens[k]) && !Self.isLyWord(tokens[k])
                    && !context.tokenSets[k].contains(.notInNounPhrase) && !context.tokenSets[k].contains(.adverbs)
                    && !context.tokenSets[k].contains(.subjectOpeners) && !context.tokenSets[k].contains(.relativeWords)
                    && !context.hasAttribution(at: k) && !Self.subjectTailPrepositions.contains(tokens[k]) && !Self.modifierPrepositions.contains(tokens[k])
                    && !Self.subjectRelatives.contains(tokens[k]) && tokens[k].word != Self.whomWord {
                k += 1
            }
            guard k > start else { break }
            tail = k
        }
        if tail > named, tail > e, tail < tokens.count, Self.looksLikeVerb(tokens[tail]) || Self.isLyWord(tokens[tail]) {
            return s..<tail
        }
        if !tokens[s].isCapitalized, context.tokenSets[s].contains(.determiners) {
            // The phrase is the whole subject only when its verb (or an adverb, auxiliary or
            // comma) follows: "the Trump team appeared" is not "the Trump".
            guard e - s > 1, e < tokens.count, Self.looksLikeVerb(tokens[e]) || context.tokenSets[e].contains(.adverbs)
                    || Self.isLyWord(tokens[e]) || tokens[e].word == .comma else { return nil }
        }
        // "Democratic presidential nominee Hillary Clinton chimed in": capitalised words, a role
        // in lower-case words, then the name.
        if e > s, e < tokens.count, tokens[s].isCapitalized, !tokens[e].isCapitalized, let role = roleBeforeName(context, from: e),
           (e..<role.upperBound).contains(where: { !tokens[$0].isCapitalized && context.words.sourceKind(tokens[$0]) != nil }) {
            e = role.upperBound
        }
        // "In a statement, presidential nominee Hillary Clinton was ...": after an opening
        // phrase, a role in lower-case words (one of them a listed source word), then the name.
        // (No pronoun among them: "unless we summon Ponce de León".)
        if e == s, tokens[s].kind == .word, !tokens[s].isCapitalized, let role = roleBeforeName(context, from: s),
           (s..<role.upperBound).contains(where: { !tokens[$0].isCapitalized && context.words.sourceKind(tokens[$0]) != nil }),
           !(s..<role.upperBound).contains(where: { Self.kindIs(context.words.sourceKind(tokens[$0]), "pronoun") }) {
            e = role.upperBound
        }
        // "Vice President Jo Park on Monday": the name without the time.
        let timeStart = beforeTime(context, e)
        if timeStart > s { e = timeStart }
        while e > s, context.tokenSets[e - 1].contains(.connectors) { e -= 1 }
        guard e > s else { return nil }
        // A capitalised first word alone may just be the sentence's first word ("Close call"),
        // unless a verb follows it ("Bolton distanced himself", "Cruz has argued").
        if e - s == 1, context.words.sourceKind(tokens[s]) == nil {
            // (Nor an adverb that opens the sentence: "Sparsely populated South Dakota",
            // "Bizarrely, ...", "Originally slated", beside names in -ly: "Kelly", "Connolly".)
            if Self.isOpeningAdverb(tokens[s]) { return nil }
            // (Adverbs may stand between: "Ali famously refused".)
            var verb = e
            while verb < tokens.count, verb - e < 2, !Self.looksLikeVerb(tokens[verb]),
                  context.tokenSets[verb].contains(.adverbs) || Self.isLyWord(tokens[verb]) {
                verb += 1
            }
            // ("Christie's been making the case": "'s" is "has" before "been".)
            guard verb < tokens.count, Self.looksLikeVerb(tokens[verb])
                    || tokens[verb].word == Self.beenWord && (tokens[s].keyHasSuffix("'s") || tokens[s].keyHasSuffix("’s"))
                    || presentSayingVerb(context, after: s, at: verb) else { return nil }
        }
        return s..<e
    }

    /// One capitalised word that opens the sentence before a verb in -s, when the verb of
    /// saying joined to it by "and" is in -s too ("Cosme lives in a favela and says", "Drexler
    /// owns a hobby shop, and says"): the two verbs share the subject and the tense, so the word
    /// is a name, not a sentence's first word (which `openingSubject` takes only before a verb
    /// it can tell). Nil otherwise.
    func presentTenseNameSubject(_ context: SentenceContext, verb: Int) -> Range<Int>? {
        let tokens = context.tokens
        let s = firstWord(context)
        // (Not a word whose ending makes it no name, "Clearly corporations see", "Related
        // stories and posts".)
        guard s + 1 < verb, verb < tokens.count, !context.inQuote[s], tokens[s].kind == .word, tokens[s].isCapitalized,
              !tokens[s].keyHasSuffix("ly"), !tokens[s].keyHasSuffix("ed"), !tokens[s].keyHasSuffix("ing"), tokens[s].word != Self.oneWord,
              !Self.hasApostrophe(tokens[s], context), context.words.sourceKind(tokens[s]) == nil,
              !PersonNames.functionWords.contains(tokens[s].key), !Self.isOpeningAdverb(tokens[s]),
              !context.tokenSets[s].contains(.notSourceWords), !context.tokenSets[s].contains(.clauseOpeners),
              tokens[verb].keyHasSuffix("s"), !tokens[verb].keyHasSuffix("ss") else { return nil }
        let next = tokens[s + 1]
        guard next.kind == .word, !next.isCapitalized, !context.inQuote[s + 1], next.keyHasSuffix("s"), !next.keyHasSuffix("ss"),
              !context.tokenSets[s + 1].contains(.notInNounPhrase), !context.tokenSets[s + 1].contains(.adverbs) else { return nil }
        return s..<(s + 1)
    }

    /// Where the lower-case modifiers after a determiner at `s` end, when a listed person, role
    /// or organisation word follows them ("A senior aide", "The longtime campaign spokesman", "A
    /// communications aide"): up to three words, none a verb's form, an -ly adverb or a listed
    /// cue, the listed word ending the run of lower-case words; `s` when there are none.
    func determinerModifiersEnd(_ context: SentenceContext, from s: Int) -> Int {
        let tokens = context.tokens
        guard s + 2 < tokens.count, context.tokenSets[s].contains(.determiners), !context.inQuote[s] else { return s }
        var k = s + 1
        while k < tokens.count, k - s <= 3 {
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, !context.inQuote[k] else { return s }
            if let kind = context.words.sourceKind(t) {
                // (The listed word must end the lower-case run, so the phrase is not cut inside a
                // longer noun: "The tea party favorite", "The tech company employee".)
                guard k > s + 1, !Self.kindIs(kind, "pronoun"), k + 1 < tokens.count else { return s }
                let next = tokens[k + 1]
                let ends = next.kind == .punctuation || next.isCapitalized || context.tokenSets[k + 1].contains(.connectors)
                    || Self.looksLikeVerb(next) || context.tokenSets[k + 1].contains(.adverbs) || context.hasAttribution(at: k + 1)
                return ends ? k : s
            }
            if context.tokenSets[k].contains(.notInNounPhrase) || context.tokenSets[k].contains(.adverbs) || Self.looksLikeVerb(t)
                || Self.isLyWord(t) || context.hasAttribution(at: k) || context.hasEditorial(at: k) {
                return s
            }
            k += 1
        }
        return s
    }

    /// Whether the word at `verb`, after the capitalised first word at `s`, is a present verb of
    /// saying, stance or belief in -s ("Nicholas responds by saying", "FIRE strongly believes",
    /// "Obama calls for nuclear cuts"), not a plural noun after an owner or adjective ("His
    /// remarks", "Trump's claims", "Similar arguments are made", "Close calls for help went
    /// unanswered"). A listed view noun with its topic ("calls for") is a verb only where no
    /// other verb follows.
    func presentSayingVerb(_ context: SentenceContext, after s: Int, at verb: Int) -> Bool {
        let tokens = context.tokens
        let t = tokens[verb], first = tokens[s]
        guard t.kind == .word, !t.isCapitalized, t.keyHasSuffix("s"), !context.inQuote[verb], let kind = context.attributionKind(at: verb)?.kind,
              !first.keyHasSuffix("'s"), !first.keyHasSuffix("’s"), !first.keyHasSuffix("ing"),
              !context.tokenSets[s].contains(.determiners), !context.tokenSets[s].contains(.possessiveDeterminers) else { return false }
        switch kind {
        case .verb, .belief, .finding, .action, .attitude, .perception: return true
        case .topic: return !tokens[(verb + 1)...].contains { Self.looksLikeVerb($0) || Self.gapVerbs.contains($0) }
        default: return false
        }
    }

    /// A subject pronoun within four words after the preposition of a time that opens the
    /// sentence without a comma, right before a verb or an adverb ("By Sunday afternoon she
    /// had canceled", "On Monday he said"); nil otherwise.
    func pronounAfterOpeningTime(_ context: SentenceContext, from s: Int) -> Range<Int>? {
        let tokens = context.tokens
        guard context.tokenSets[s].contains(.timePrepositions) || Self.timeOpeners.contains(tokens[s]) else { return nil }
        var k = s + 1
        var time = false
        while k < tokens.count, k - s <= 4, tokens[k].kind == .word, !context.inQuote[k] {
            if Self.subjectPronouns.contains(tokens[k]) {
                guard time, k + 1 < tokens.count, !context.inQuote[k + 1], Self.looksLikeVerb(tokens[k + 1])
                        || context.tokenSets[k + 1].contains(.adverbs) || context.hasAttribution(at: k + 1) else { return nil }
                return k..<(k + 1)
            }
            if context.tokenSets[k].contains(.timeWords) || context.tokenSets[k].contains(.timeUnits) || context.tokenSets[k].contains(.partsOfDay) {
                time = true
            }
            k += 1
        }
        return nil
    }

    /// Degree words before an -ly adverb ("more forcefully", "very publicly").
    static let degreeWords: WordSet = ["more", "less", "most", "very", "so", "too"]

    /// Whether the two tokens before `k` are "at times", outside quotations.
    static func isAtTimes(_ context: SentenceContext, before k: Int) -> Bool {
        k >= 3 && context.tokens[k - 1].word == timesWord && context.tokens[k - 2].word == atWord && !context.inQuote[k - 2]
    }
    static let timesWord = WordKey("times")

    /// Prepositions whose phrase may end an opening subject ("the Court of Appeals for the 6th
    /// Circuit").
    static let subjectTailPrepositions: WordSet = ["of", "for"]
    /// The conjunctions that join two modifiers before a subject's noun ("Current and former
    /// officials").
    static let andOr: WordSet = ["and", "or"]
    /// Prepositions of a modifier that may follow such a phrase before the verb ("parents with
    /// kids in charter schools").
    static let modifierPrepositions: WordSet = ["with", "in", "from", "at"]
    static let whomWord = WordKey("whom")
    static let whoseWord = WordKey("whose")

    /// Whether the verb of saying at `first...last` is a passive's participle with no agent
    /// after it: a past form after "is", "was", "are", "were", "be", "been" or "being" (an
    /// adverb between), and no "by" after it. Not a verb of perceiving, whose passive subject is
    /// the one heard saying it ("Trump was heard telling", "was quoted as saying").
    func isAgentlessPassive(_ context: SentenceContext, first: Int, last: Int) -> Bool {
        let tokens = context.tokens
        guard first >= 1, first == last, Self.looksLikeVerb(tokens[first]), !tokens[first].isCapitalized,
              !Self.perceivedSpeech.contains(tokens[first]), !context.inQuote[first] else { return false }
        guard Self.passiveAuxiliary(context, before: first) != nil else { return false }
        return last + 1 >= tokens.count || tokens[last + 1].word != .by
    }

    /// The form of "be" of a passive whose participle is at `first`, right before it or over at
    /// most two adverbs ("was deemed", "has not yet been decided"); nil if there is none.
    static func passiveAuxiliary(_ context: SentenceContext, before first: Int) -> Int? {
        let tokens = context.tokens
        guard first >= 1 else { return nil }
        var k = first - 1
        while k > 0, first - k < 3, isLyAdverb(tokens[k]) || context.tokenSets[k].contains(.adverbs) && !passiveAuxiliaries.contains(tokens[k]) {
            k -= 1
        }
        return passiveAuxiliaries.contains(tokens[k]) && !context.inQuote[k] ? k : nil
    }

    /// Whether the verb of saying or belief at `first...last` is a passive with no agent
    /// (`isAgentlessPassive`), whose holder goes unnamed: "The deal was announced Monday", "the
    /// intelligence was deemed credible". Not a participle of belief that names its subject's
    /// own state of mind (`heldStates`: "is worried that", "are opposed to").
    func namesNoHolder(_ context: SentenceContext, isBelief: Bool, first: Int, last: Int) -> Bool {
        !(isBelief && Self.heldStates.contains(context.tokens[first])) && isAgentlessPassive(context, first: first, last: last)
    }

    /// Participles of belief after "be" that name their subject's own state of mind ("is
    /// worried that", "was convinced", "are opposed to"): not passives whose holder goes unnamed.
    static let heldStates: WordSet = [
        "worried", "concerned", "convinced", "determined", "committed", "opposed", "pleased", "disappointed", "surprised",
        "satisfied", "frustrated", "encouraged", "alarmed", "interested", "inclined", "resigned", "dismayed", "troubled",
        "divided", "torn", "persuaded", "intent", "resolved", "hopeful", "skeptical", "confident", "afraid", "unconvinced",
    ]

    /// Forms of "be" before a passive's participle.
    static let passiveAuxiliaries: WordSet = ["is", "was", "are", "were", "be", "been", "being"]
    /// Verbs of perceiving speech, whose passive subject is the speaker.
    static let perceivedSpeech: WordSet = ["heard", "overheard", "quoted", "caught", "recorded", "seen", "filmed", "videotaped", "taped", "misquoted"]

    /// Last words of capitalised phrases that name no person: days and times, places, laws,
    /// events and groups ("Election Day", "Orange County", "Great Lakes", "Second Amendment",
    /// "Planned Parenthood", "African Americans"). Not words that are also common surnames
    /// ("Park", "Hall", "Church", "Street", "Bay", "Law", "Lake") or first names ("Bill").
    static let nonPersonHeads: WordSet = [
        "day", "night", "eve", "week", "weekend", "month", "year", "act", "amendment", "treaty", "accord", "agreement",
        "county", "province", "region", "district", "territory", "coast", "lakes", "river", "island", "islands", "mountains",
        "valley", "beach", "heights", "highlands", "hills", "plains", "desert", "ocean", "sea", "gulf", "canal", "peninsula",
        "avenue", "square", "airport", "station",
        "bridge", "hotel", "museum", "stadium", "arena", "pipeline", "xl", "parenthood", "americans", "progress", "future", "rides",
        "farm", "works", "staff", "responsibility", "rushmore", "convention", "summit", "olympics", "program", "programme", "fund",
        "election", "primary", "caucuses", "war", "crisis", "medicare", "medicaid", "obamacare", "tv",
    ]

    /// Prepositions that open a time at the start of a sentence ("By Sunday", "In 2014").
    static let timeOpeners: WordSet = ["by", "in", "at", "until", "since", "after", "before", "during"]

    /// The person a "he" or "she" inside a sentence stands for when the sentence names one
    /// before it, outside any quotation ("Unlike Mr. Obama, who said he wanted ...", "urged
    /// Boehner to give the president what he wants"), with a note; nil when it names none.
    /// A name is a person when it has two capitalised words or more and no word of an
    /// organisation, or is one word named before as a person or listed as one in the entity
    /// gazetteer; "the" and a singular role word ("the president") is one too. One that takes
    /// the other pronoun is passed over. Two different people before the pronoun leave it
    /// ambiguous, and say so. With no pronoun (nil, and `pronounToken` the sentence's end):
    /// the one person the whole sentence names, of either pronoun.
    static func antecedentInSentence(_ context: SentenceContext, before pronounToken: Int, pronoun: String?,
                                     speakers: SpeakerMemory) -> (String?, String)? {
        let tokens = context.tokens
        // A tag after the words it reports ("The last two years can be eventful, he wrote",
        // "“...,” she said"): the names before it are in the speaker's words, not antecedents.
        // Such a tag ends its sentence, with a short tail at most ("he wrote a few days before
        // November."). A tag inside the sentence ("because, he said, it was illegal"), or one
        // before a clause of its own ("While X said ..., she stressed that ...", "he said the
        // police have a responsibility to ...") still reads the names before it.
        if pronounToken > 0, pronounToken < tokens.count, tokens[pronounToken - 1].kind == .punctuation, tokens.count - pronounToken <= 9,
           !tokens[(pronounToken + 1)...].dropLast().contains(where: {
               $0.word == .comma || $0.word == .that || $0.word == .closingQuote || $0.word == .straightQuote }) {
            return nil
        }
        var candidates: [String] = []
        var k = 0
        // Found when a one-word name needs it.
        var gazetteer: (people: [Range<Int>], others: [Range<Int>])?
        // The sentence's first word may be capitalised only because it opens the sentence.
        var firstWord = 0
        while firstWord < tokens.count, tokens[firstWord].kind != .word { firstWord += 1 }
        while k < pronounToken {
            guard !context.inQuote[k], tokens[k].kind == .word else { k += 1; continue }
            if tokens[k].word == .the, k + 1 < pronounToken, !context.inQuote[k + 1], tokens[k + 1].kind == .word,
               !tokens[k + 1].isCapitalized, kindIs(context.words.sourceKind(tokens[k + 1]), "role"),
               !tokens[k + 1].keyHasSuffix("s"),
               // The phrase ends there: not "the executive orders", "the president Donald Trump".
               k + 2 >= tokens.count || tokens[k + 2].kind == .punctuation || looksLikeVerb(tokens[k + 2])
                || context.tokenSets[k + 2].contains(.relativeWords) {
                let name = context.source.text(ofBytes: tokens[k].bytes.lowerBound..<tokens[k + 1].bytes.upperBound)
                // ("the spokeswoman" is no "he".)
                if pronoun == nil || SpeakerMemory.pronoun(ofName: name).map({ $0 == pronoun }) ?? true { candidates.append(name) }
                k += 2
                continue
            }
            guard tokens[k].isCapitalized else { k += 1; continue }
            var e = k
            var words = 0, organisation = false
            while e < pronounToken, !context.inQuote[e],
                  tokens[e].kind == .word && (tokens[e].isCapitalized || e > k && isHyphenedParticleName(tokens[e], context)
                    // (Not in its possessive, which would run on into what it owns: "Nouri
                    // al-Maliki’s State of Law".)
                    && !tokens[e].keyHasSuffix("'s") && !tokens[e].keyHasSuffix("’s"))
                    || ClaimClassifier.isTitlePeriod(tokens, e) {
                if tokens[e].kind == .word {
                    words += 1
                    let kind = context.words.sourceKind(tokens[e])
                    if kindIs(kind, "organisation") || kindIs(kind, "media") || kindIs(kind, "document") { organisation = true }
                }
                e += 1
            }
            defer { k = max(e, k + 1) }
            guard e > k, !organisation else { continue }
            // A possessive names an owner ("Trump's new communications director"), taken only
            // for a person already named ("Murphy's removal ... show that he agreed").
            let possessive = e < tokens.count && tokens[e].word == .possessive
            if possessive || tokens[e - 1].keyHasSuffix("'s") || tokens[e - 1].keyHasSuffix("’s") {
                var name = context.source.text(ofBytes: tokens[k].bytes.lowerBound..<tokens[e - 1].bytes.upperBound)
                if !possessive { name = String(name.dropLast(2)) }
                if speakers.isKnownPerson(name), pronoun == nil || speakers.knownPronoun(of: name).map({ $0 == pronoun }) ?? true {
                    candidates.append(name)
                }
                continue
            }
            var start = k
            // "Unlike", "But", "The": a sentence's capitalised first word is no name's.
            if k == firstWord, words > 1, context.words.sourceKind(tokens[k]) == nil,
               context.tokenSets[k].contains(.notInNounPhrase) || context.tokenSets[k].contains(.openingConjunctions)
                || context.tokenSets[k].contains(.determiners) || context.tokenSets[k].contains(.clauseOpeners) {
                start = k + 1
                words -= 1
            }
            // A phrase whose last word names a day, a place, a law or a group is no person
            // ("Election Day", "Orange County", "the Gulf Coast", "the Affordable Care Act",
            // "African Americans"): not a candidate, so it leaves no pronoun ambiguous.
            if nonPersonHeads.contains(tokens[e - 1]) { continue }
            let name = context.source.text(ofBytes: tokens[start].bytes.lowerBound..<tokens[e - 1].bytes.upperBound)
            // Two capitalised words or more ("Anthony Scaramucci", "Mr. Obama"), or one word
            // named before as a person ("Boehner") or that the gazetteer lists as one
            // ("Obama"); not a name it lists as a place or an organisation ("Washington").
            let bytes = tokens[start].bytes.lowerBound..<tokens[e - 1].bytes.upperBound
            if gazetteer == nil { gazetteer = speakers.gazetteerNames(tokens, context.source) }
            if gazetteer!.others.contains(where: { $0 == bytes }) { continue }
            guard words >= 2 || speakers.isKnownPerson(name) || gazetteer!.people.contains(where: { $0.overlaps(bytes) }) else { continue }
            if let pronoun, let known = speakers.knownPronoun(of: name), known != pronoun { continue }
            candidates.append(name)
        }
        guard let nearest = candidates.last else { return nil }
        let key = SpeakerMemory.key(nearest).lowercased()
        if let other = candidates.last(where: { SpeakerMemory.key($0).lowercased() != key }) {
            return (nil, "ambiguous: '\(other)' or '\(nearest)', both named before it in the sentence")
        }
        return (nearest, "resolved to the person named before it in the sentence")
    }

    /// The person named as the subject that opens the sentence outside any quotation ("Moore
    /// grew up on a farm.", "But Pence has taken an important extra step."),
    /// for resolving a "he" or "she" after it; nil for a pronoun, a possessive ("Trump's
    /// campaign"), a phrase with no capitalised word, and anything but a person.
    func subjectMention(_ context: SentenceContext, speakers: SpeakerMemory) -> String? {
        let tokens = context.tokens
        guard let range = openingSubject(context), !Self.kindIs(context.words.sourceKind(tokens[range.lowerBound]), "pronoun"),
              !context.tokenSets[range.lowerBound].contains(.contractions),
              range.contains(where: { tokens[$0].isCapitalized }) else { return nil }
        if range.upperBound < tokens.count, tokens[range.upperBound].word == .possessive { return nil }
        // The name before any comma ("Washington, that could change quickly" is no name).
        var end = range.lowerBound
        var words = 0
        while end < range.upperBound, tokens[end].word != .comma {
            let t = tokens[end]
            if t.kind == .word {
                // Not a word with an apostrophe ("They've", "Trump's"), an opening participle
                // ("Having", "Tying US", "Concerning President Trump"), nor a word of an
                // organisation ("the Heritage Foundation").
                if Self.hasApostrophe(t, context) { return nil }
                if words == 0, t.keyHasSuffix("ing") { return nil }
                let kind = context.words.sourceKind(t)
                if Self.kindIs(kind, "organisation") || Self.kindIs(kind, "media") || Self.kindIs(kind, "document") { return nil }
                words += 1
            }
            end += 1
        }
        guard words > 0, tokens[range.lowerBound..<end].contains(where: { $0.isCapitalized }) else { return nil }
        let found = span(context, range.lowerBound..<end, kind: nil)
        guard Self.kindIs(found.kind, "person") else { return nil }
        let name = found.text(in: context)
        // One word opening a sentence may be no name at all ("Story", "Children"): taken only
        // for a person already named, whom it brings back to mind, or one the gazetteer lists.
        if words < 2 && !speakers.isKnownPerson(name) {
            let bytes = tokens[range.lowerBound].bytes.lowerBound..<tokens[end - 1].bytes.upperBound
            guard speakers.gazetteerNames(tokens, context.source).people.contains(where: { $0.overlaps(bytes) }) else { return nil }
        }
        return name
    }

    /// Whether a word holds an apostrophe, straight or curly (read from its bytes: a String
    /// search was a call into Foundation for each word).
    static func hasApostrophe(_ t: Token, _ context: SentenceContext) -> Bool {
        apostropheByte(of: t, in: context) != nil
    }

    /// The noun phrase that opens the sentence when a determiner and lower-case words stand
    /// before its verb ("The former president showed restraint and described ...", "But the
    /// presidential candidates put away ... and disclosed"): asked for a second verb of the
    /// sentence's subject only, where `openingSubject` (names) finds none. A participle right
    /// after the determiner is an adjective ("The embattled senator"); one before "by" is a
    /// passive phrase's ("a screen image captured by Outsports.com showed").
    func openingNounSubject(_ context: SentenceContext) -> Range<Int>? {
        let tokens = context.tokens
        let s = firstWord(context)
        // (A name's possessive stands as the determiner: "Bennett's younger sister went".)
        guard s < tokens.count, !context.inQuote[s], context.tokenSets[s].contains(.determiners)
                || tokens[s].isCapitalized && (tokens[s].keyHasSuffix("'s") || tokens[s].keyHasSuffix("’s")) else { return nil }
        var k = s + 1
        while k < tokens.count, k - s <= 5, tokens[k].kind == .word, !tokens[k].isCapitalized, !context.inQuote[k],
              k == s + 1 || !Self.looksLikeVerb(tokens[k]), !context.tokenSets[k].contains(.notInNounPhrase),
              !context.tokenSets[k].contains(.adverbs), !Self.isLyWord(tokens[k]), !context.hasAttribution(at: k),
              !context.tokenSets[k].contains(.relativeWords) {
            k += 1
        }
        // An adverb may stand before the verb ("The presidential candidates briefly put away").
        var verb = k
        while verb < tokens.count, verb - k < 2, !context.inQuote[verb], Self.isLyWord(tokens[verb]) { verb += 1 }
        guard k > s + 1, verb + 1 < tokens.count, Self.looksLikeVerb(tokens[verb]), tokens[verb + 1].word != Self.byWord else { return nil }
        return s..<k
    }

    /// The speaker of a quotation introduced by an opening "as" clause ("As Professor Foner
    /// put it: ''...''", "As The Post's Dana Milbank puts it, \"...\"", "As the Rainmakers sang
    /// back in the 1980s, \"...\""): the clause's subject, a pronoun or a name (with its
    /// determiner) followed by a lower-case word, when the clause's comma or colon, its first,
    /// within 14 tokens, stands right before the quotation's opening mark and the quotation
    /// runs to the sentence's end.
    func asClauseSpeaker(_ context: SentenceContext) -> Range<Int>? {
        let tokens = context.tokens
        guard let k = openingSubordinator(context), tokens[k].word == Self.asWord, k + 2 < tokens.count,
              let p = ((k + 2)..<min(tokens.count, k + 15)).first(where: {
                  (tokens[$0].word == .comma || tokens[$0].word == HeadlineColonCue.colon) || context.inQuote[$0] }),
              !context.inQuote[p], p + 2 < tokens.count, Self.quoteMarks.contains(tokens[p + 1]), context.inQuote[p + 2],
              // (The quotation runs to the sentence's end: in "As the mayor left, “Nobody
              // wins” was the chant" it is the main clause's subject, no one's words.)
              !tokens[(p + 2)...].indices.contains(where: { !context.inQuote[$0] && tokens[$0].kind == .word })
        else { return nil }
        let s = k + 1
        if Self.kindIs(context.words.sourceKind(tokens[s]), "pronoun") {
            return s + 1 < p && tokens[s + 1].kind == .word ? s..<(s + 1) : nil
        }
        guard tokens[s].isCapitalized || context.tokenSets[s].contains(.determiners) else { return nil }
        let name = rightPhrase(context, from: s)
        guard !name.isEmpty, name.lowerBound == s, name.upperBound < p, tokens[name.upperBound].kind == .word,
              !tokens[name.upperBound].isCapitalized else { return nil }
        return name
    }

    /// The speaker of a quotation a colon introduces after a clause of the outlet's ("In city
    /// after city, Perez lobbies for a higher minimum wage: \"No one who works ...\""): the
    /// clause's subject, a name or "he", "she" or "they" (not the writer's "I" or "we"), when
    /// the colon is the clause's first and stands right before the quotation's opening mark and
    /// the quotation runs to the sentence's end.
    /// Forms of "you", "I" and "we" with a contraction, none of them a third party.
    static let speakerPronounForms: WordSet = ["you'll", "you're", "you've", "you'd", "i'll", "i'm", "i've", "i'd", "we'll", "we're", "we've", "we'd"]

    func colonClauseSpeaker(_ context: SentenceContext) -> Range<Int>? {
        let tokens = context.tokens
        guard let colon = tokens.indices.first(where: { tokens[$0].word == HeadlineColonCue.colon || context.inQuote[$0] }),
              !context.inQuote[colon], colon + 2 < tokens.count, Self.quoteMarks.contains(tokens[colon + 1]), context.inQuote[colon + 2],
              !tokens[(colon + 2)...].indices.contains(where: { !context.inQuote[$0] && tokens[$0].kind == .word })
        else { return nil }
        // The clause opens the sentence, or follows an opening phrase's comma ("In city after
        // city, Perez lobbies ...").
        var starts = [datelineEnd(context)]
        if let comma = (starts[0]..<colon).first(where: { tokens[$0].word == .comma }) { starts.append(comma + 1) }
        for s in starts where s < colon && tokens[s].kind == .word {
            let name: Range<Int>
            if Self.subjectPronouns.contains(tokens[s]) {
                if VerbContext.writerSubjects.contains(tokens[s]) || tokens[s].word == Self.youWord { continue }
                name = s..<(s + 1)
            } else {
                // (Not another pronoun or a contraction: "You'll read stories like this: ...".)
                guard tokens[s].isCapitalized, !context.tokenSets[s].contains(.notInNounPhrase), !context.tokenSets[s].contains(.clauseOpeners),
                      !context.tokenSets[s].contains(.contractions), !Self.isContractedSubject(tokens[s]),
                      !Self.kindIs(context.words.sourceKind(tokens[s]), "pronoun"), !Self.speakerPronounForms.contains(tokens[s])
                else { continue }
                name = rightPhrase(context, from: s)
                guard !name.isEmpty, name.lowerBound == s, name.count <= 5 else { continue }
            }
            // Its verb right after it (past at most two adverbs): "Perez lobbies", "she wrote";
            // not a headline's "Perez: ..." nor "The sign read" (no name).
            var v = name.upperBound
            while v < colon, v - name.upperBound < 2, context.tokenSets[v].contains(.adverbs) && !Self.auxiliaries.contains(tokens[v])
                    || Self.isLyAdverb(tokens[v]) {
                v += 1
            }
            guard v < colon, tokens[v].kind == .word, !tokens[v].isCapitalized,
                  Self.looksLikeVerb(tokens[v]) || tokens[v].keyHasSuffix("s") && !tokens[v].keyHasSuffix("'s") else { continue }
            return name
        }
        return nil
    }

    /// The subject of the clause that the comma at `comma` closes, for a participle after it
    /// ("The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming",
    /// "The nurse later sued, claiming"): the clause runs from the unquoted comma before it (or
    /// the sentence's start) and opens with its subject, a name, pronoun or determiner's
    /// phrase, then adverbs at most, then its first verb; nil otherwise.
    func participleClauseSubject(_ context: SentenceContext, comma: Int) -> Range<Int>? {
        let tokens = context.tokens
        var start = comma
        while start > 0, !(tokens[start - 1].word == .comma && !context.inQuote[start - 1]) { start -= 1 }
        start = max(start, datelineEnd(context))
        while start < comma, tokens[start].kind == .punctuation || context.tokenSets[start].contains(.openingConjunctions) { start += 1 }
        // (A subject pronoun's verb is the word after it, in any tense: "and she becomes
        // increasingly upset, shouting".)
        guard start < comma, !context.inQuote[start],
              let verb = (start..<comma).first(where: { Self.looksLikeVerb(tokens[$0]) && !context.inQuote[$0] })
                ?? (Self.subjectPronouns.contains(tokens[start]) && start + 1 < comma && tokens[start + 1].kind == .word ? start + 1 : nil),
              verb > start
        else { return nil }
        var end = verb
        while end > start, verb - end < 2, context.tokenSets[end - 1].contains(.adverbs) || Self.isLyWord(tokens[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        // Not a clause inside it ("The fracas erupted just two months after the tycoon
        // entered the race ..., calling them"): the participle may be the inner clause's.
        // ("as" may be a comparison's: "was just as blunt".)
        guard !(verb..<comma).contains(where: { !context.inQuote[$0] && (Self.subordinators.contains(tokens[$0]) && tokens[$0].word != Self.asWord
                || context.tokenSets[$0].contains(.relativeWords) || tokens[$0].word == Self.thatWord) }) else { return nil }
        var found = leftPhrase(context, before: end)
        if found.isEmpty || found.lowerBound != start {
            // A determiner's phrase names a speaker only with a listed source word as its head
            // ("The nurse later sued"; not "the pressure is only growing, threatening").
            found = commonNounPhrase(context, before: end)
            if !found.isEmpty, context.words.sourceKind(tokens[found.upperBound - 1]) == nil { return nil }
        }
        guard !found.isEmpty, found.lowerBound == start, found.upperBound == end,
              !(start..<end).contains(where: { context.tokenSets[$0].contains(.timeUnits) || Self.isTime(tokens[$0]) })
        else { return nil }
        return found
    }

    /// Whether token `k` is the period of a title's abbreviation inside a name ("Sen. Jo Park",
    /// "Mr. Lee"): after a short capitalised word, before another capitalised one.
    static func isAbbreviationPeriod(_ context: SentenceContext, _ k: Int, from start: Int) -> Bool {
        let tokens = context.tokens
        return tokens[k].word == .period && k > start && k + 1 < tokens.count && tokens[k - 1].isCapitalized
            && tokens[k - 1].keyCount <= 4 && tokens[k + 1].isCapitalized && !context.inQuote[k]
    }

    /// Dashes that end a dateline.
    static let datelineDashes: WordSet = ["—", "–", "―", "-", "--"]

    /// The first token after a dateline ("WASHINGTON —", "New York (AFP) –", "PARIS, Dec. 8
    /// (UPI) —"): capitalised words, numbers and a parenthesis before a dash near the start;
    /// 0 when the sentence has none.
    /// Where a sentence's own words start: after a dateline, punctuation and opening
    /// conjunctions ("And", "But").
    func firstWord(_ context: SentenceContext) -> Int {
        let tokens = context.tokens
        var s = datelineEnd(context)
        while s < tokens.count, tokens[s].kind == .punctuation || context.tokenSets[s].contains(.openingConjunctions) { s += 1 }
        return s
    }

    func datelineEnd(_ context: SentenceContext) -> Int {
        // A sentence with no dash has none (most sentences): the walk below returns 0 then.
        guard context.sentenceTokenSets.contains(.datelineDashes) else { return 0 }
        let tokens = context.tokens
        var k = 0
        while k < tokens.count, k < 12 {
            let t = tokens[k]
            let tSets = context.tokenSets[k]
            if tSets.contains(.datelineDashes) { return k > 0 && k + 1 < tokens.count ? k + 1 : 0 }
            if context.inQuote[k] { return 0 }
            if t.kind == .word, !t.isCapitalized, !tSets.contains(.connectors) { return 0 }
            k += 1
        }
        return 0
    }

    /// A past-tense form or an auxiliary: what follows a subject.
    static func looksLikeVerb(_ t: Token) -> Bool {
        t.kind == .word && !t.isCapitalized
            && (t.keyHasSuffix("ed") || auxiliaries.contains(t) || irregularPast.contains(t))
    }

    /// Past forms that do not end in -ed, the commonest in news reports.
    static let irregularPast: WordSet = [
        "said", "told", "wrote", "thought", "felt", "knew", "saw", "spoke", "heard", "found", "held", "made", "gave", "took",
        "went", "came", "got", "won", "lost", "ran", "kept", "left", "met", "sent", "spent", "stood", "led", "paid", "put",
        "brought", "bought", "sought", "taught", "began", "became", "chose", "drew", "drove", "fought", "hit", "struck",
        "swore", "threw", "wore", "withdrew", "understood", "meant", "rose", "fell", "broke", "let", "set", "sat", "shot",
        "quit", "read", "bet", "cut", "built", "sold", "dealt", "fled", "forgot", "froze", "hid", "lay", "lit",
    ]

    /// The source after a quotation in an inverted report ("...,” he continued.", "...,” read
    /// one."): a name or pronoun right after the closing quote, then at most two words to the end.
    func afterQuote(_ context: SentenceContext) -> Range<Int>? {
        let tokens = context.tokens
        guard let lastQuoted = tokens.indices.last(where: { context.inQuote[$0] }) else { return nil }
        var s = lastQuoted + 1
        while s < tokens.count, tokens[s].kind == .punctuation { s += 1 }
        guard s < tokens.count else { return nil }
        // ",” Clinton continued, prompting loud cheers.", "?” asked Bennett, now a radio host.":
        // a participle's clause after the speaker's verb, or an apposition after the speaker
        // of a listed verb, is not counted.
        var end = tokens.count
        if let comma = tokens[s...].firstIndex(where: { $0.word == .comma }), comma + 1 < tokens.count,
           Self.isParticipleAside(tokens[comma + 1]) || context.attributionKind(at: s)?.kind == .verb {
            end = comma
        }
        let words = tokens[s..<end].filter { $0.kind != .punctuation }.count
        // ",” mused Blaze co-host Stu Burguiere.", ",” reads an editorial in the Register.": a
        // verb the lexicon does not list, inverted after the quotation, then its speaker.
        if words <= 12, s + 1 < tokens.count, tokens[s].kind == .word, !tokens[s].isCapitalized, !context.hasAttribution(at: s),
           tokens[s].keyHasSuffix("ed") || tokens[s].keyHasSuffix("s"), !context.tokenSets[s].contains(.notInNounPhrase),
           !context.tokenSets[s].contains(.adverbs), tokens[s + 1].isCapitalized || context.tokenSets[s + 1].contains(.determiners) {
            let right = invertedSpeaker(context, from: s + 1)
            if !right.isEmpty { return right }
        }
        // "“Should there be a database?” a reporter can be heard asking": a common noun phrase
        // whose head is a source word, then its verb.
        if words <= 16, context.tokenSets[s].contains(.determiners), !tokens[s].isCapitalized {
            var e = s + 1
            // (Capitalised words may stand inside it: "the Republican vice-presidential nominee".)
            while e < tokens.count, e - s <= 4, tokens[e].kind == .word, !context.inQuote[e],
                  !context.tokenSets[e].contains(.notInNounPhrase), !Self.looksLikeVerb(tokens[e]), !context.hasAttribution(at: e) || context.words.sourceKind(tokens[e]) != nil {
                e += 1
            }
            if e > s + 1, context.words.sourceKind(tokens[e - 1]) != nil { return s..<e }
        }
        if words > 4 { return taggedSpeaker(context, lastQuoted: lastQuoted, from: s) }
        if Self.kindIs(context.words.sourceKind(tokens[s]), "pronoun") { return s..<(s + 1) }
        if let verb = context.attributionKind(at: s), verb.kind == .verb {
            // ",” said Rubio.", ",” said a senior adviser."
            let right = invertedSpeaker(context, from: s + verb.length)
            return right.isEmpty ? nil : right
        }
        let np = rightPhrase(context, from: s)
        return np.isEmpty ? nil : np
    }

    /// The speaker of a speech tag that runs on after a sentence's first quotation when another
    /// quotation follows ("“Promise mama ...,” Blige sings to Clinton before asking her, “Where
    /// do we go?”"): `taggedSpeaker` at the first quotation's close.
    func firstQuoteTag(_ context: SentenceContext) -> Range<Int>? {
        guard let (lastQuoted, s) = Self.firstQuotationEnd(context), s < context.tokens.count, !context.inQuote[s],
              context.inQuote[s...].contains(true) else { return nil }
        return taggedSpeaker(context, lastQuoted: lastQuoted, from: s)
    }

    /// The last token of a sentence's first quotation and the first token after it past the
    /// punctuation outside quotations (the token count at the sentence's end); nil with no
    /// quotation.
    static func firstQuotationEnd(_ context: SentenceContext) -> (last: Int, next: Int)? {
        let tokens = context.tokens
        guard let firstQuoted = context.inQuote.firstIndex(of: true) else { return nil }
        var s = firstQuoted
        while s < tokens.count, context.inQuote[s] { s += 1 }
        let last = s - 1
        while s < tokens.count, tokens[s].kind == .punctuation, !context.inQuote[s] { s += 1 }
        return (last, s)
    }

    /// Marks a quoted clause closes on before its speech tag ("...,” she said", "...?” he asked").
    static let tagMarks: WordSet = [",", "?", "!"]

    /// The speaker of a speech tag that runs on after its verb ("“You’ve called women ...,”
    /// Kelly charged in her now-infamous assault.", "“...,” she said in an interview on
    /// Tuesday."): a quotation that closes on a comma, question or exclamation mark, then a
    /// name or "he", "she" or "they", then a verb (listed, in the past, or in -s; not an
    /// auxiliary), after at most two adverbs. The words after the verb are the report's.
    func taggedSpeaker(_ context: SentenceContext, lastQuoted: Int, from s: Int) -> Range<Int>? {
        let tokens = context.tokens
        // The quoted clause's last mark, inside the closing quotation mark.
        var k = lastQuoted
        while k >= 0, context.inQuote[k], tokens[k].kind == .punctuation, !Self.tagMarks.contains(tokens[k]) { k -= 1 }
        guard k >= 0, context.inQuote[k], Self.tagMarks.contains(tokens[k]), tokens[s].kind == .word else { return nil }
        let name: Range<Int>
        if Self.kindIs(context.words.sourceKind(tokens[s]), "pronoun") {
            guard Self.subjectPronouns.contains(tokens[s]) else { return nil }
            name = s..<(s + 1)
        } else {
            guard tokens[s].isCapitalized else { return nil }
            name = rightPhrase(context, from: s)
            guard !name.isEmpty, name.lowerBound == s, name.count <= 5 else { return nil }
        }
        var v = name.upperBound
        while v < tokens.count, v - name.upperBound < 2, context.tokenSets[v].contains(.adverbs) && !Self.auxiliaries.contains(tokens[v])
                || Self.isLyAdverb(tokens[v]) {
            v += 1
        }
        guard v < tokens.count, tokens[v].kind == .word, !tokens[v].isCapitalized, !context.inQuote[v],
              !Self.auxiliaries.contains(tokens[v]), !context.tokenSets[v].contains(.beForms) else { return nil }
        let listed = context.attributionKind(at: v)?.kind == .verb
        guard listed || Self.looksLikeVerb(tokens[v]) || tokens[v].keyHasSuffix("s") && !tokens[v].keyHasSuffix("'s") else { return nil }
        return name
    }

    /// The speaker named between the two parts of a quotation ("“Applying those questions,”
    /// Blackwell continued, “you and I would agree.”"): a name or "he", "she" or "they" right
    /// after the first part's close, then one word that looks like a verb (or two with a
    /// particle: "shot back"), then a comma or colon and the second part. The verb need not be
    /// listed: the shape says it.
    func betweenQuotes(_ context: SentenceContext) -> Range<Int>? {
        let tokens = context.tokens
        guard let (_, s) = Self.firstQuotationEnd(context), s < tokens.count, !context.inQuote[s], tokens[s].kind == .word else { return nil }
        var e = s
        while e < tokens.count, !context.inQuote[e], tokens[e].kind != .punctuation || tokens[e].word == .period && e > s && Self.isAbbreviationPeriod(context, e, from: s) {
            e += 1
        }
        // The tag ends at a comma or colon, right before the quotation's second part.
        guard e < tokens.count, e - s >= 2, e - s <= 5, tokens[e].word == .comma || tokens[e].word == HeadlineColonCue.colon else { return nil }
        var q = e + 1
        while q < tokens.count, tokens[q].kind == .punctuation, !context.inQuote[q] { q += 1 }
        guard q < tokens.count, context.inQuote[q] else { return nil }
        if Self.kindIs(context.words.sourceKind(tokens[s]), "pronoun"), e - s <= 3, !tokens[s + 1].isCapitalized { return s..<(s + 1) }
        let name = rightPhrase(context, from: s)
        guard !name.isEmpty, name.lowerBound == s, name.upperBound < e, tokens[name.lowerBound].isCapitalized,
              e - name.upperBound <= 2, Self.looksLikeVerb(tokens[name.upperBound]) || tokens[name.upperBound].keyHasSuffix("s") && !tokens[name.upperBound].isCapitalized
        else { return nil }
        return name
    }

    /// The speaker after an inverted verb of saying: a name ("said Javier Palomarez"), or a
    /// common noun phrase opened by a determiner ("said a senior campaign adviser", "said the
    /// official, who ..."), which runs to the next comma or clause; with the apposition that
    /// closes it (`closingApposition`).
    func invertedSpeaker(_ context: SentenceContext, from start: Int) -> Range<Int> {
        let speaker = invertedSpeakerPhrase(context, from: start)
        return speaker.isEmpty ? speaker : closingApposition(context, after: speaker)
    }

    /// The speaker with the apposition after its comma ("..., said Jo Park, a county
    /// commissioner."): PolNeAR's sources run over it. The apposition runs to the next comma
    /// (one before a participle: ", a teacher, adding that ...") or the end, and is not taken
    /// after ", who", a conjunction, a preposition or time ("..., said Jo Park, on Tuesday"), a
    /// participle, a quotation or another cue. It stops at a cue of its own, but for one in a
    /// relative clause inside it, which it keeps whole ("Jo Park, a commissioner who voted for
    /// it": PolNeAR train exact 10,115 -> 10,124, dev unchanged; stopping before "who" lost 27).
    func closingApposition(_ context: SentenceContext, after speaker: Range<Int>) -> Range<Int> {
        let tokens = context.tokens
        let k = speaker.upperBound + 1
        guard k < tokens.count, tokens[k - 1].word == .comma, !context.inQuote[k - 1], !context.inQuote[k], tokens[k].kind == .word else {
            return speaker
        }
        let sets = context.tokenSets[k]
        guard !sets.contains(.relativeWords), !sets.contains(.conjunctions), !sets.contains(.notInNounPhrase), !sets.contains(.timeWords),
              !sets.contains(.timePrepositions), !sets.contains(.clauseOpeners), !sets.contains(.weekdays), !tokens[k].keyHasSuffix("ing"),
              !context.hasAttribution(at: k) else { return speaker }
        var e = k
        // Whether a relative clause inside the apposition has begun: its verbs are its own.
        var clause = false
        var clauseStart: Int?
        // A listed word inside a name ("the Union of Concerned Scientists", "Planned
        // Parenthood") or after an article ("a noted historian") is no cue.
        while e < tokens.count, e - k < 20, !context.inQuote[e],
              clause || !context.hasAttribution(at: e) || e > k && (tokens[e].isCapitalized || context.tokenSets[e - 1].contains(.articles)) {
            if e > k, context.tokenSets[e].contains(.relativeWords) || tokens[e].word == .that || tokens[e].word == Self.whoseWord {
                if !clause { clauseStart = e }
                clause = true
            }
            if tokens[e].kind == .punctuation {
                // The period of an abbreviation inside the apposition ("the U.S. envoy"); an
                // ampersand inside a name ("McDermott Will & Emery").
                let abbreviation = tokens[e].word == .period && tokens[e - 1].isCapitalized && tokens[e - 1].keyCount <= 3
                let ampersand = tokens[e].word == Self.ampersand && tokens[e - 1].isCapitalized
                guard abbreviation || ampersand, e + 1 < tokens.count, tokens[e + 1].kind == .word else { break }
            }
            e += 1
        }
        // A quoted title after a preposition ("author of “The War for Kindness”") belongs to
        // the apposition, quotation marks and all.
        if e > k, e < tokens.count, context.inQuote[e], context.tokenSets[e - 1].contains(.connectors) {
            var q = e
            while q < tokens.count, context.inQuote[q], q - e < 24 { q += 1 }
            // (Up to its closing mark, or the sentence's end; a comma inside the marks, as
            // American style puts it, stays: "author of “The Chief,” a new biography".)
            if q < tokens.count, Self.quoteMarks.contains(tokens[q]) { q += 1 }
            if q - e < 24, q == tokens.count || Self.quoteMarks.contains(tokens[q - 1]) { e = q }
        }
        // Cut at the length limit inside a relative clause ("Yevgeny E. Kopachko, a pollster
        // with Mr. Yanukovych's former party who cooperated with Mr. Manafort for years and
        // called him a"): the apposition without the clause, which PolNeAR's sources leave out.
        if e - k >= 20, e < tokens.count, tokens[e].kind == .word, let start = clauseStart { e = start }
        // (At the length limit, not ending on a preposition or conjunction: "... under
        // President Bush in".)
        while e > k + 1, context.tokenSets[e - 1].contains(.connectors) { e -= 1 }
        return e > k ? speaker.lowerBound..<e : speaker
    }

    /// The inverted speaker `right` of a closing clause of saying, when it is a name or a listed
    /// word's phrase of a few words, not an object after an apposition's comma ("Steven Cheung,
    /// a campaign spokesman, said the increased office space was needed"), and the sentence
    /// ends after it, or a short phrase does ("one GOP source in the room"), or a relative
    /// clause that runs to its end (`closingRelativeEnd`); nil otherwise.
    @inline(never)
    func closingSpeaker(_ context: SentenceContext, _ right: Range<Int>) -> Range<Int>? {
        let tokens = context.tokens
        guard !right.isEmpty, right.count <= 6, !context.tokenSets[right.lowerBound].contains(.objectPronouns), !Self.isTime(tokens[right.lowerBound]),
              tokens[right.upperBound - 1].isCapitalized || context.words.sourceKind(tokens[right.upperBound - 1]) != nil else { return nil }
        if Self.endsSentence(after: right.upperBound - 1, in: context)
            || right.upperBound < tokens.count && Self.subjectPrepositions.contains(tokens[right.upperBound])
            && !tokens[right.upperBound...].contains(where: { Self.looksLikeVerb($0) || $0.word == .comma })
            && tokens[right.upperBound...].count <= 6 {
            return right
        }
        return closingRelativeEnd(context, after: right).map { right.lowerBound..<$0 }
    }

    /// Where a relative clause after the speaker's comma ends when it runs, unquoted, to the
    /// sentence's closing punctuation (", who played a key role."): its last word's end, or nil.
    /// A clause that reports speech of its own (", who said Republicans are ...") is left out:
    /// the speaker's end then.
    func closingRelativeEnd(_ context: SentenceContext, after speaker: Range<Int>) -> Int? {
        let tokens = context.tokens
        let k = speaker.upperBound + 1
        guard k + 1 < tokens.count, tokens[k - 1].word == .comma, !context.inQuote[k - 1],
              context.tokenSets[k].contains(.relativeWords) || tokens[k].word == Self.whoseWord else { return nil }
        var e = k + 1
        var reports = false
        while e < tokens.count, !context.inQuote[e], tokens[e].kind != .punctuation
                || tokens[e].word == .comma || tokens[e].word == .period && !Self.endsSentence(after: e - 1, in: context) {
            if context.hasAttribution(at: e) { reports = true }
            e += 1
        }
        guard e > k + 1, Self.endsSentence(after: e - 1, in: context) else { return nil }
        return reports ? speaker.upperBound : e
    }

    func invertedSpeakerPhrase(_ context: SentenceContext, from start: Int) -> Range<Int> {
        let right = rightPhrase(context, from: start)
        let tokens = context.tokens
        if right.isEmpty, let name = roleBeforeName(context, from: start) { return name }
        // "said Blaze co-host Stu Burguiere": an organisation's name, its role, then the name.
        if !right.isEmpty, tokens[right.lowerBound].isCapitalized, let name = roleBeforeName(context, from: right.upperBound) {
            return right.lowerBound..<name.upperBound
        }
        guard start < tokens.count, context.tokenSets[start].contains(.determiners), right.count <= 1 else { return right }
        let np = phraseAfter(context, from: start)
        return np.count >= 2 ? np : right
    }

    /// A role in lower-case words before a name, after an inverted verb of saying ("said
    /// master of ceremonies Asab Al-Tabchi", "said campaign spokeswoman Jo Park"): at most
    /// four words, none of them a preposition other than "of", an auxiliary or a verb.
    func roleBeforeName(_ context: SentenceContext, from start: Int) -> Range<Int>? {
        let tokens = context.tokens
        var k = start
        // A date or number before the role ("said 9/11 widow Terry Strada").
        while k < tokens.count, k - start < 3, !context.inQuote[k], tokens[k].kind == .number
                || tokens[k].word == Self.slash && k > start && tokens[k - 1].kind == .number {
            k += 1
        }
        if k > start, k < tokens.count, tokens[k].kind != .word || tokens[k].isCapitalized { return nil }
        let roleStart = k
        while k < tokens.count, k - roleStart < 4, tokens[k].kind == .word, !tokens[k].isCapitalized, !context.inQuote[k],
              tokens[k].word == Self.ofWord || !context.tokenSets[k].contains(.notInNounPhrase) && !context.tokenSets[k].contains(.determiners),
              // (A word of attitude is an adjective here: "said undecided voter Jo Park".)
              !context.hasAttribution(at: k) || context.words.sourceKind(tokens[k]) != nil || context.attributionKind(at: k)?.kind == .attitude,
              // An adjective in -ed may open the role ("said retired neurosurgeon Ben Carson",
              // "said undecided voter Jo Park"): right after the verb, no second verb follows.
              !Self.looksLikeVerb(tokens[k]) || k == roleStart && tokens[k].keyHasSuffix("ed") {
            k += 1
        }
        guard k > roleStart, k < tokens.count, tokens[k].isCapitalized, !context.inQuote[k], tokens[k - 1].word != Self.ofWord else { return nil }
        let name = rightPhrase(context, from: k)
        return name.isEmpty ? nil : start..<name.upperBound
    }

    /// The source after "according to": up to the next comma, clause or quotation.
    func phraseAfter(_ context: SentenceContext, from start: Int) -> Range<Int> {
        let tokens = context.tokens
        var e = start
        while e < tokens.count, e - start < 14, !context.inQuote[e] {
            // The period of an abbreviation inside the phrase ("the U.S. embassy") does not end it.
            if tokens[e].word == .period, e > start, e + 1 < tokens.count, tokens[e - 1].isCapitalized, tokens[e - 1].keyCount <= 3,
               tokens[e + 1].kind == .word {
                e += 1
                continue
            }
            if context.tokenSets[e].contains(.phraseEnd) { break }
            // A hyphen with a space before it stands for a dash ("according to the report - still ...").
            if e > start, tokens[e].word == Self.hyphen, tokens[e - 1].bytes.upperBound < tokens[e].bytes.lowerBound { break }
            // So does a preposition before a clause in -ing, what the source did or said: "was
            // criticized by the Obama campaign for exaggerating her account".
            // (Not a title: "by then-Acting FBI Director".)
            if e > start, context.tokenSets[e].contains(.gerundPrepositions), e + 1 < tokens.count, !tokens[e + 1].isCapitalized,
               tokens[e + 1].keyHasSuffix("ing"), !context.source.bytes[tokens[e + 1].bytes].contains(UInt8(ascii: "-")) { break }
            // An infinitive of purpose ends it: "was called by the SVP to force the government".
            if e > start, tokens[e].word == .to, e + 1 < tokens.count, Self.opensInfinitive(context, e + 1) { break }
            // A lower-case article right after a name opens a noun phrase of its own: the
            // comma was left out ("According to Rathbun the property was returned").
            if e > start, tokens[e - 1].isCapitalized, !tokens[e].isCapitalized, context.tokenSets[e].contains(.articles) { break }
            // So does one after a lower-case noun: the phrase's verb takes a second object ("told
            // by Obama appointees the contents of the dossier"). Not after a word that joins a
            // phrase to it ("a report by the", "sources familiar with the", "all the"), nor a verb.
            if e > start + 1, tokens[e - 1].kind == .word, !tokens[e - 1].isCapitalized, !tokens[e].isCapitalized,
               context.tokenSets[e].contains(.articles), !VerbContext.prepositions.contains(tokens[e - 1]),
               !Self.phraseJoiners.contains(tokens[e - 1]), !context.tokenSets[e - 1].contains(.articles),
               // (Nor in a relative clause of the phrase: "officials who briefed the committee".)
               !tokens[e - 1].keyHasSuffix("ed"), !tokens[e - 1].keyHasSuffix("ing"),
               !(start..<e).contains(where: { context.tokenSets[$0].contains(.relativeWords) }) { break }
            // So does a count after a name, alone or after a word of approximation ("According
            // to the Interior Ministry over 345 pilgrims have died", "according to Reuters
            // more than 20 people").
            if e > start, tokens[e - 1].isCapitalized {
                // (Not a year after its month: "according to a January 2017 report".)
                if tokens[e].kind == .number, !(Self.monthWords.contains(tokens[e - 1]) && tokens[e].keyCount == 4) { break }
                if e + 1 < tokens.count, !tokens[e].isCapitalized,
                   Self.approximators.contains(tokens[e]) || Self.shareModifiers.contains(tokens[e]),
                   tokens[e + 1].kind == .number || tokens[e + 1].word == Self.thanWord || Self.leastMost.contains(tokens[e + 1]) { break }
            }
            e += 1
        }
        return start..<e
    }

    @inline(__always) func isNameWord(_ t: Token, _ context: SentenceContext) -> Bool {
        t.kind != .punctuation && (t.isCapitalized || context.words.sourceKind(t) != nil || Self.isHyphenedParticleName(t, context))
    }

    /// Whether a lower-case token is a surname with its particle and a hyphen, then a capital
    /// ("Adel al-Jubeir", "Bashar al-Assad": `PersonNames.isHyphenedParticleName`). Read from the
    /// text's bytes: told apart by the hyphen's place before any lookup.
    static func isHyphenedParticleName(_ t: Token, _ context: SentenceContext) -> Bool {
        guard t.kind == .word, t.bytes.count >= 4 else { return false }
        let start = t.bytes.lowerBound
        return context.source.bytes.withUnsafeBufferPointer { b in
            guard b[start + 2] == UInt8(ascii: "-") || b[start + 3] == UInt8(ascii: "-") else { return false }
            let prefix = UnsafeBufferPointer(rebasing: b[start..<min(start + 5, t.bytes.upperBound)])
            return PersonNames.isHyphenedParticleName(String(decoding: prefix, as: UTF8.self))
        }
    }

    /// Whether token `k` is a capitalised dotted abbreviation ("U.S", "F.B.I": periods inside
    /// the word) whose final period follows it as the next token, with no space between.
    func isDottedAbbreviation(_ context: SentenceContext, _ k: Int) -> Bool {
        let tokens = context.tokens
        guard k + 1 < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k + 1].word == .period,
              tokens[k].bytes.upperBound == tokens[k + 1].bytes.lowerBound, tokens[k].bytes.count <= 16 else { return false }
        return context.source.bytes[tokens[k].bytes].contains(UInt8(ascii: "."))
    }

    static let apostrophe = WordKey("'"), slash = WordKey("/"), hyphen = WordKey("-"), ampersand = WordKey("&")

    /// Whether token `k` is followed by "&" with no space between: the first letters of a name
    /// joined by it ("AT&T"), not a word of their own (the preposition "at").
    @inline(__always) static func opensAmpersandName(_ tokens: [Token], _ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k + 1].word == ampersand && tokens[k].bytes.upperBound == tokens[k + 1].bytes.lowerBound
    }
    static let curlyApostrophe = WordKey("\u{2019}")

    /// The noun phrase ending just before token `end` (skipping a few adverbs and auxiliaries).
    func leftPhrase(_ context: SentenceContext, before end: Int) -> Range<Int> {
        let tokens = context.tokens
        var e = end
        var skipped = 0
        while e > 0, skipped < 3, context.tokenSets[e - 1].contains(.adverbs) || Self.isLyWord(tokens[e - 1]) {
            e -= 1
            skipped += 1
        }
        // A time between the subject and its verb ("Trump on Monday said", "Smith Tuesday
        // night told"): stepped over, with its preposition.
        e = beforeTime(context, e)
        // A conjunction right before the verb group joins it to an earlier verb: no name ends
        // there ("Smith runs the agency and has said" does not name "the agency").
        if e > 0, context.tokenSets[e - 1].contains(.conjunctions), !context.inQuote[e - 1] { return e..<e }
        // A pronoun is a whole subject: a capitalised word before it is no part of a name ("in
        // September she said" names "she", not "September she").
        if e > 0, !context.inQuote[e - 1], Self.kindIs(context.words.sourceKind(tokens[e - 1]), "pronoun") { return (e - 1)..<e }
        var s = e
        // (The keys read once: a static key is asked through its lazy initialiser.)
        let apostrophe = Self.apostrophe, curlyApostrophe = Self.curlyApostrophe
        while s > 0 {
            let t = tokens[s - 1]
            let tSets = context.tokenSets[s - 1]
            // A possessive apostrophe after a name in -s ("Sanders’ supporters", "the Times'
            // editors"): the tokenizer leaves it on its own (and a curly one may be read as a
            // closing quotation mark).
            if t.word == apostrophe || t.word == curlyApostrophe, s >= 2, tokens[s - 2].isCapitalized, tokens[s - 2].keyHasSuffix("s"),
               tokens[s - 2].bytes.upperBound == t.bytes.lowerBound, s < e, !context.inQuote[s - 2] {
                s -= 1
                continue
            }
            if context.inQuote[s - 1] { break }
            if isNameWord(t, context) || tSets.contains(.connectors) || t.word == .possessive || t.keyHasSuffix("'s") && t.isCapitalized {
                s -= 1
                continue
            }
            // A party label inside a name's phrase ("Rep. Jason Chaffetz (R) of Utah said"): the
            // parenthesis of capitals and marks is stepped over to the name before it. Not a
            // dateline's outlet ("LONDON (Reuters) - Donald Trump said", "Des Moines, Iowa (CNN)
            // Sen. Rand Paul").
            if t.word == Self.closeParen, s < e, s >= 3, !CreditLineCue.dashes.contains(tokens[s].word),
               let open = (max(1, s - 8)..<(s - 1)).last(where: { tokens[$0].word == Self.openParen }),
               tokens[open - 1].isCapitalized, !context.inQuote[open - 1],
               ((open + 1)..<(s - 1)).allSatisfy({ tokens[$0].isCapitalized && !Self.kindIs(context.words.sourceKind(tokens[$0]), "media")
                   || tokens[$0].kind == .punctuation && tokens[$0].word != .comma }) {
                s = open
                continue
            }
            // A title's abbreviation before a name ("Gov. Jane Roe", "Sen. Smith").
            if t.word == .period, s >= 2, s < e || context.tokenSets[s - 2].contains(.nameSuffixes), tokens[s - 2].isCapitalized,
               tokens[s - 2].keyCount <= 4, !context.inQuote[s - 2] {
                s -= 2
                continue
            }
            // The final period of a dotted abbreviation ("the F.B.I. has said", "the U.N.
            // said"): the tokenizer leaves it out of the word, which is a name.
            if t.word == .period, s >= 2, isDottedAbbreviation(context, s - 2), !context.inQuote[s - 2] {
                s -= 2
                continue
            }
            if tSets.contains(.determiners) { s -= 1; break }
            break
        }
        // Trim connectors from both ends ("of", "and"), keeping a leading determiner and the
        // first letters of a name joined by "&" ("AT&T said": not the preposition "at").
        // (Not a capitalised particle or first name before a capitalised word: "De Blasio
        // said", "Van Jones said", "Al Gore said".)
        while s < e, context.tokenSets[s].contains(.connectors), !context.tokenSets[s].contains(.determiners),
              !(s + 1 < e && Self.opensAmpersandName(tokens, s)),
              !(s + 1 < e && tokens[s].isCapitalized && Self.capitalisedNameConnectors.contains(tokens[s]) && tokens[s + 1].isCapitalized) {
            s += 1
        }
        // An opening word that names no one before a phrase of its own ("Later the mayor said",
        // "Meanwhile Senator Park said"): the phrase.
        while s + 1 < e, context.tokenSets[s].contains(.notSourceWords), !context.tokenSets[s].contains(.determiners),
              context.tokenSets[s + 1].contains(.determiners) || tokens[s + 1].isCapitalized {
            s += 1
        }
        while e > s, context.tokenSets[e - 1].contains(.connectors) { e -= 1 }
        guard s < e, (s..<e).contains(where: { isNameWord(tokens[$0], context) && !context.tokenSets[$0].contains(.notSourceWords) && !context.tokenSets[$0].contains(.determiners) })
        else { return e..<e }
        return listOfNames(context, s..<e)
    }

    /// "Sony, Google and Microsoft declined", "Lee, Park and Ruiz said": a phrase that joins
    /// two names with "and" and the names before it, each a comma apart, are one subject when
    /// the list opens its clause (the sentence, a quotation's close, a dash or an opening
    /// conjunction before it; not "In Washington, Lee and Park said").
    func listOfNames(_ context: SentenceContext, _ phrase: Range<Int>) -> Range<Int> {
        let tokens = context.tokens
        guard phrase.lowerBound >= 2, tokens[phrase.lowerBound - 1].word == .comma, !context.inQuote[phrase.lowerBound - 1],
              tokens[phrase.lowerBound].isCapitalized,
              phrase.contains(where: { tokens[$0].word == Self.andWord && !context.inQuote[$0] }) else { return phrase }
        var start = phrase.lowerBound
        while start >= 2, tokens[start - 1].word == .comma, !context.inQuote[start - 1] {
            let item = leftPhrase(context, before: start - 1)
            guard !item.isEmpty, item.upperBound == start - 1, tokens[item.lowerBound].isCapitalized,
                  !item.contains(where: { context.tokenSets[$0].contains(.connectors) || context.tokenSets[$0].contains(.timeWords) }) else { return phrase }
            start = item.lowerBound
        }
        guard start < phrase.lowerBound else { return phrase }
        if start == 0 { return start..<phrase.upperBound }
        let before = tokens[start - 1]
        guard before.word != .comma, before.kind == .punctuation || context.tokenSets[start - 1].contains(.openingConjunctions) else { return phrase }
        return start..<phrase.upperBound
    }

    /// Whether the sentence opens at `start` with a time before a comma ("A couple of years
    /// later,", "Last week,").
    func openingTime(_ context: SentenceContext, from start: Int) -> Bool {
        let tokens = context.tokens
        guard start < tokens.count else { return false }
        let first = tokens[start]
        let firstSets = context.tokenSets[start]
        guard first.kind == .number || firstSets.contains(.determiners) || firstSets.contains(.numberWords) || firstSets.contains(.timeWords)
                || firstSets.contains(.timePrepositions) || firstSets.contains(.quantifiers) else { return false }
        var k = start
        while k < tokens.count, k - start < 8, tokens[k].word != .comma {
            if context.inQuote[k] || context.hasAttribution(at: k) { return false }
            k += 1
        }
        return k < tokens.count && tokens[k].word == .comma && (start..<k).contains { context.tokenSets[$0].contains(.timeUnits) || context.tokenSets[$0].contains(.timeWords) }
    }

    static let floatingQuantifiers: WordSet = ["both", "all", "each"]

    /// Words that make an opening phrase a time ("Two days later,").
    static let timeUnits: WordSet = [
        "later", "earlier", "ago", "before", "after", "minutes", "hours", "days", "weeks", "months", "years", "decades",
        "morning", "afternoon", "evening", "night", "week", "month", "year",
    ]

    /// Words of a time that can stand between a subject and its verb.
    static let timeWords = WordSet(CalendarWords.weekdayKeys + ["today", "yesterday", "tonight"])
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night"]
    static let periodUnits: WordSet = ["week", "month", "year", "weekend", "summer", "spring", "fall", "autumn", "winter"]
    static let periodDeterminers: WordSet = ["last", "this", "next", "earlier", "later"]
    static let earlierLater: WordSet = ["earlier", "later"]
    /// Periods counted before "later" or "earlier" ("a month later", "two years earlier").
    static let countedPeriods: WordSet = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hour", "hours",
    ]
    static let dayWords = WordSet(partsOfDay.words + ["day"])
    static let timePrepositions: WordSet = ["on", "last", "this", "next", "late", "early"]

    /// The index where a time ending at `end` starts ("on Monday", "Tuesday night", "today"),
    /// or `end` when none ends there.
    ///
    /// (Most words end no time: the rules need "the" before the last word or a time word in the
    /// sentence, told here, in the caller, before the rules are called; the walks ask it before
    /// every verb and name.)
    @inline(__always) func beforeTime(_ context: SentenceContext, _ end: Int) -> Int {
        // "at times" ("Walker at times has said").
        if Self.isAtTimes(context, before: end) { return end - 2 }
        guard end > 3 && context.tokens[end - 2].word == .the || context.sentenceTokenSets.contains(.timeWords)
                || context.sentenceTokenSets.contains(.periodUnits) else { return end }
        return timeStart(context, end)
    }

    /// `beforeTime` where "the" stands before the last word or the sentence holds a time word.
    func timeStart(_ context: SentenceContext, _ end: Int) -> Int {
        let tokens = context.tokens
        var e = end
        // "Trump at the time said", "who has in the past described": a set time phrase.
        if e > 3, tokens[e - 2].word == .the, !context.inQuote[e - 3],
           tokens[e - 3].word == Self.atWord && tokens[e - 1].word == Self.timeWord
            || tokens[e - 3].word == Self.inWord && tokens[e - 1].word == Self.pastWord {
            return e - 3
        }
        // "Gowdy earlier in the day touted", "Smith later in the week said".
        if e > 4, tokens[e - 2].word == .the, tokens[e - 3].word == Self.inWord, !context.inQuote[e - 4],
           Self.dayWords.contains(tokens[e - 1]) || context.tokenSets[e - 1].contains(.periodUnits),
           Self.earlierLater.contains(tokens[e - 4]) {
            return e - 4
        }
        // The rules below need a period unit or a time word: most sentences have neither.
        guard context.sentenceTokenSets.contains(.timeWords) || context.sentenceTokenSets.contains(.periodUnits) else { return end }
        // "When Fiorina a month later announced", "Smith two years earlier had said": an
        // article or a number, a period, then "later" or "earlier".
        // (The verb's adverb walk may have stepped over "later" already.)
        if e < tokens.count, Self.earlierLater.contains(tokens[e]) { e += 1 }
        if e > 3, Self.earlierLater.contains(tokens[e - 1]), Self.countedPeriods.contains(tokens[e - 2]), !context.inQuote[e - 3],
           tokens[e - 3].word == .a || tokens[e - 3].kind == .number || context.tokenSets[e - 3].contains(.numberWords) {
            return e - 3
        }
        e = end
        // "Feinstein last week said", "the group this month argued".
        if e > 2, context.tokenSets[e - 1].contains(.periodUnits), context.tokenSets[e - 2].contains(.periodDeterminers), !context.inQuote[e - 2] {
            return e - 2
        }
        if e > 1, context.tokenSets[e - 1].contains(.partsOfDay), context.tokenSets[e - 2].contains(.timeWords) { e -= 1 }
        guard e > 0, context.tokenSets[e - 1].contains(.timeWords), !context.inQuote[e - 1] else { return end }
        e -= 1
        if e > 0, context.tokenSets[e - 1].contains(.timePrepositions) { e -= 1 }
        // Adverbs before the time ("Trump also on Monday said").
        while e > 0, context.tokenSets[e - 1].contains(.adverbs) || Self.isLyWord(tokens[e - 1]) { e -= 1 }
        return e
    }

    /// The noun phrase starting at token `start`.
    func rightPhrase(_ context: SentenceContext, from start: Int) -> Range<Int> {
        let tokens = context.tokens
        var s = start
        if s < tokens.count, context.tokenSets[s].contains(.determiners) { s += 1 }
        var e = s
        while e < tokens.count {
            let t = tokens[e]
            let tSets = context.tokenSets[e]
            if context.inQuote[e] { break }
            if isNameWord(t, context) || (e > s && tSets.contains(.connectors)) || t.word == .period && e > s && tokens[e - 1].keyCount <= 3 {
                e += 1
                continue
            }
            break
        }
        while e > s, context.tokenSets[e - 1].contains(.connectors) || tokens[e - 1].kind == .punctuation { e -= 1 }
        let begin = start < s && e > s ? start : s
        return begin..<e
    }

    /// Whether a cue is an unnamed-source aside ("on condition of anonymity").
    func isAnonymityAside(_ cue: CueEvidence, in context: SentenceContext) -> Bool {
        guard CueID("anonymous-source") ~= cue.id, let (first, _) = tokenRange(of: cue, in: context) else { return false }
        return context.tokenSets[first].contains(.anonymousAsides) && context.tokens[first].word != .it
    }

    /// First words of unnamed-source cues that are not themselves the source.
    static let anonymousAsides: WordSet = ["on", "who", "it", "speaking", "under"]
    /// Past forms that stand as adjectives before an unnamed source ("unnamed officials").
    static let sourceAdjectives: WordSet = ["unnamed", "unidentified", "retired", "elected", "appointed", "informed"]

    /// The whole noun phrase of an unnamed source from its cue: without the verb of saying
    /// ("officials said" -> "officials"), with its modifiers ("Senior administration
    /// officials", "two U.S. officials") and the object of "familiar with" / "close to"
    /// ("people familiar with the talks").
    func anonymousPhrase(_ context: SentenceContext, _ cue: Range<Int>) -> Range<Int> {
        let tokens = context.tokens
        var s = cue.lowerBound, e = cue.upperBound
        // An agentless report ("The FBI is said to be investigating", "Some advisers are said
        // to be urging"): its subject is whom the report is about, not who made it; the
        // unnamed source is the phrase itself.
        if Self.passiveAuxiliaries.contains(tokens[s]) { return cue }
        while e > s + 1, context.attributionKind(at: e - 1)?.kind == .verb || context.tokenSets[e - 1].contains(.adverbs) { e -= 1 }
        if e == cue.upperBound, e < tokens.count, context.tokenSets[e - 1].contains(.connectors) || tokens[e - 1].word == Self.withWord {
            // The object, up to a verb, clause or punctuation ("familiar with the talks said").
            var o = e
            while o < tokens.count, o - e < 6, tokens[o].kind != .punctuation || Self.isAbbreviationPeriod(context, o, from: e),
                  // (A listed word right after a determiner is a noun: "familiar with the planning".)
                  !context.inQuote[o], !context.hasAttribution(at: o) || o > e && context.tokenSets[o - 1].contains(.determiners)
                    && context.attributionKind(at: o)?.kind != .verb && !Self.looksLikeVerb(tokens[o]),
                  !context.tokenSets[o].contains(.notInNounPhrase) || tokens[o].word == Self.ofWord {
                o += 1
            }
            if o > e { e = o }
        }
        var steps = 0
        while s > 0, steps < 4, !context.inQuote[s - 1] {
            let t = tokens[s - 1]
            let tSets = context.tokenSets[s - 1]
            if tSets.contains(.determiners) || tSets.contains(.quantifiers) || t.kind == .number { s -= 1; break }
            // "U.S. officials": an abbreviation with its period.
            if t.word == .period, s >= 2, tokens[s - 2].keyCount <= 4, tokens[s - 2].isCapitalized, !context.inQuote[s - 2] {
                s -= 2
                steps += 1
                continue
            }
            guard t.kind == .word, !tSets.contains(.notInNounPhrase), !tSets.contains(.subjectOpeners), !tSets.contains(.clauseOpeners),
                  !context.hasAttribution(at: s - 1), !t.keyHasSuffix("ed") || tSets.contains(.sourceAdjectives),
                  !tSets.contains(.notSourceWords), !t.keyHasSuffix("ly") else { break }
            s -= 1
            steps += 1
        }
        return s..<e
    }

    /// Abbreviations that end a name ("Donald Jr.", "Acme Co.").
    static let nameSuffixes: WordSet = ["jr", "sr", "co", "inc", "corp", "ltd", "ii", "iii"]

    /// Words after a source's head that start a phrase about it, not part of its kind.
    static let headEnders: WordSet = ["from", "at", "with", "in", "by", "on", "who", "which", "that", "near", "inside", "outside"]

    /// Words that open a clause or phrase and are never part of its subject ("When she", "But he",
    /// "In Smith").
    static let leadingSubordinators: WordSet = [
        "when", "while", "as", "after", "before", "if", "because", "since", "although", "though", "once", "until",
        "unless", "whether", "whereas", "where", "but", "and", "so", "yet", "or", "in", "on", "at",
        // A briefing's label or a question ("What she's saying:", "Why they said it"): the
        // pronoun after it speaks.
        "what", "why", "how",
    ]

    /// The source the tokens `whole` name: its text's bytes (without a clause's opening word or
    /// a possessive's ending) and its kind, `given` or told from its words.
    func span(_ context: SentenceContext, _ whole: Range<Int>, kind given: String?) -> FoundSource {
        let tokens = context.tokens
        var range = whole
        // "When she was talking": the subject without the clause's opening word.
        // ("At least 55 percent": "at" opens the share, not a clause.)
        // (Nor the first letters of a name joined by "&": "AT&T".)
        while range.count > 1, context.tokenSets[range.lowerBound].contains(.leadingSubordinators),
              !(tokens[range.lowerBound].word == Self.atWord && Self.leastMost.contains(tokens[range.lowerBound + 1])),
              !Self.opensAmpersandName(tokens, range.lowerBound) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        // "(a topic he's asked her about before)": a noun before a contracted personal pronoun
        // is the object the clause is about; the pronoun alone is its subject.
        if range.count > 1, Self.endsInContractedPersonal(tokens[range.upperBound - 1]), !context.inQuote[range.upperBound - 1] {
            range = (range.upperBound - 1)..<range.upperBound
        }
        // "Merkley, who Republicans think might be", "DeMoss, who the Salt Lake Tribune
        // described as": a relative pronoun whose clause's object it is stands before the
        // clause's subject, which is the speaker; the pronoun is no part of the span.
        if range.count > 1, context.tokenSets[range.lowerBound].contains(.relativeWords) || tokens[range.lowerBound].word == Self.whomWord,
           !tokens[range.lowerBound].isCapitalized, !context.inQuote[range.lowerBound], tokens[range.lowerBound + 1].kind == .word,
           !context.inQuote[range.lowerBound + 1] {
            let next = range.lowerBound + 1
            let kind = context.words.sourceKind(tokens[next])
            if tokens[next].isCapitalized || context.tokenSets[next].contains(.determiners) || kind != nil,
               !Self.kindIs(kind, "pronoun") || range.count == 2 {
                range = next..<range.upperBound
            }
        }
        // "In Turkey — a mostly Muslim nation — Prime Minister Recep Erdogan ... has accused": a
        // span that opens right after a dash and holds the closing dash of that aside before a
        // name: the aside is the earlier word's, and the speaker opens after it.
        if range.lowerBound >= 1, context.tokenSets[range.lowerBound - 1].contains(.datelineDashes), !context.inQuote[range.lowerBound - 1],
           let close = range.first(where: { context.tokenSets[$0].contains(.datelineDashes) && !context.inQuote[$0] }) {
            var next = close + 1
            if next < range.upperBound, context.tokenSets[next].contains(.datelineDashes) { next += 1 }
            if next < range.upperBound, tokens[next].kind == .word, tokens[next].isCapitalized, !context.inQuote[next] {
                range = next..<range.upperBound
            }
        }
        // A lower-case role's modifiers before it ("GOP presidential nominee Donald Trump",
        // "told reporters, former presidential candidate Herman Cain"): capitalised words and
        // the listed words of titles, outside quotations, no cue or opening word among them.
        // (Before a capitalised title, the listed words alone: "state Representative Karlee
        // Macer", not "Yesterday President Obama".)
        var s = range.lowerBound
        if s >= 1, Self.kindIs(context.words.sourceKind(tokens[s]), "role") {
            let capitalised = tokens[s].isCapitalized
            while s > 0, range.lowerBound - s < 4, !context.inQuote[s - 1], tokens[s - 1].kind == .word,
                  tokens[s - 1].isCapitalized && !capitalised || Self.titleModifiers.contains(tokens[s - 1]) && !tokens[s - 1].isCapitalized,
                  !context.tokenSets[s - 1].contains(.notSourceWords), !context.tokenSets[s - 1].contains(.openingConjunctions),
                  !context.tokenSets[s - 1].contains(.determiners), !context.hasAttribution(at: s - 1),
                  !Self.kindIs(context.words.sourceKind(tokens[s - 1]), "pronoun") {
                s -= 1
            }
        }
        let walked = s < range.lowerBound
        // A former holder of a title ("former President Bill Clinton said", "former presidential
        // candidate Herman Cain"): the word is part of the title the walks stopped before.
        if s >= 1, Self.formerWords.contains(tokens[s - 1]), !context.inQuote[s - 1],
           walked || tokens[s].isCapitalized && !tokens[s - 1].isCapitalized {
            s -= 1
        }
        // (With the article before the modifiers: "the top Republican on the committee".)
        if walked, s >= 1, tokens[s - 1].word == .the || tokens[s - 1].word == .a || tokens[s - 1].word == .an, !context.inQuote[s - 1] {
            s -= 1
        }
        range = s..<range.upperBound
        var end = tokens[range.upperBound - 1].bytes.upperBound
        // "Smith's demand": the source is Smith, without the possessive ending (’s is 4 bytes).
        // Read from the packed key (`keyHasSuffix`, `keyCount` agree with the key string).
        let last = tokens[range.upperBound - 1]
        // (Not a name that ends in "'s" right before its verb: "An analyst at Moody's said".)
        if last.keyHasSuffix("'s"), last.keyCount > 2,
           !(range.upperBound < tokens.count && !context.inQuote[range.upperBound] && Self.possessiveNameVerbs.contains(tokens[range.upperBound])
             && !context.tokenSets[range.upperBound - 1].contains(.contractions)) {
            end -= context.source.bytes[end - 2] == UInt8(ascii: "'") ? 2 : 4
        }
        // "the F.B.I.": a dotted abbreviation keeps its final period, which the tokenizer
        // leaves out of the word.
        var tokenEnd = range.upperBound
        if range.upperBound < tokens.count, isDottedAbbreviation(context, range.upperBound - 1) {
            end = tokens[range.upperBound].bytes.upperBound
            tokenEnd += 1
        }
        // A phrase that ends inside a short quotation whose comma closes it ("... star of
        // "The Apprentice," said"): the span closes the quotation as it was written.
        if tokenEnd + 1 < tokens.count, tokenEnd == range.upperBound, context.inQuote[tokenEnd - 1], tokens[tokenEnd].word == .comma,
           context.inQuote[tokenEnd], tokens[tokenEnd + 1].word == .closingQuote || tokens[tokenEnd + 1].word == .straightQuote {
            end = tokens[tokenEnd + 1].bytes.upperBound
            tokenEnd += 2
        }
        let bytes = tokens[range.lowerBound].bytes.lowerBound..<end
        let span = TextSpan(start: context.scalarOffset(ofByte: bytes.lowerBound), end: context.scalarOffset(ofByte: bytes.upperBound))
        var kind = given ?? "unknown"
        var resolved: String?
        var note: String?
        var pronoun: (token: Int, contraction: Bool)?
        if given == nil, isShare(context, range) {
            // "22 percent", "More than six in 10 voters", "74 percent of Republicans": a share
            // of people is what a poll found, as the poll-finding cue's shares are.
            kind = "document"
        } else if given == nil {
            // One pass over the words, by index (no copies of tokens): what the rules ask of them.
            var wordCount = 0, firstWord = range.lowerBound, lastWord = range.lowerBound
            var hasAnonymous = false, hasCapitalizedOther = false
            var headKind: String?
            var pronounFirst = false
            // Whether a role word came, and a capitalised word after the last one.
            var sawRole = false, capitalizedAfterRole = false
            for k in range {
                // The head stands before an apposition or relative clause ("Sen. Price, who
                // wrote the bill"): what follows the first comma does not change the kind.
                if tokens[k].word == .comma, wordCount > 0 { break }
                // So does a phrase after the head ("a statement from the ministry", "analysts at
                // Acme Bank"); "of" stays inside titles ("Secretary of State Jo Park").
                if headKind != nil, context.tokenSets[k].contains(.headEnders) { break }
                // A place after a head no list names ("The tech company employee from Langhorne,
                // Pennsylvania"): the place's capitals are not the head's.
                if wordCount > 0, headKind == nil, !hasCapitalizedOther, Self.placePrepositions.contains(tokens[k]),
                   tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized { break }
                guard tokens[k].kind != .punctuation else { continue }
                if wordCount == 0 { firstWord = k }
                lastWord = k
                wordCount += 1
                // A word after "to", "of" or "for" completes the head before it, and is not the
                // head: "Ambassador to Russia Jose Tavares" is a person, "a spokesman for the
                // ministry" a role.
                let complement = headKind != nil && k > range.lowerBound && (context.tokenSets[k - 1].contains(.complementPrepositions)
                    || k - 1 > range.lowerBound && context.tokenSets[k - 1].contains(.determiners) && context.tokenSets[k - 2].contains(.complementPrepositions))
                var sourceKind = complement ? nil : context.words.sourceKind(tokens[k])
                // A capitalised document word before another capitalised word is a first name
                // ("Bill Clinton", "Former President Bill Clinton"), not the noun.
                // (Or before a surname's particle: "Mayor Bill de Blasio".)
                if Self.kindIs(sourceKind, "document"), tokens[k].isCapitalized, k + 1 < range.upperBound,
                   tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized
                    || Self.nameParticles.contains(tokens[k + 1]) && k + 2 < range.upperBound && tokens[k + 2].isCapitalized {
                    sourceKind = nil
                }
                if Self.kindIs(sourceKind, "pronoun") {
                    // A pronoun is a source's head only alone ("he", "they"): inside a longer
                    // span it is a name's initial ("Stephen I. Vladeck") or a relative clause's
                    // word ("Lobbyists who do work ..."), and the span's kind is its other words'.
                    if wordCount == 1 { pronounFirst = true }
                } else if let sourceKind {
                    headKind = sourceKind
                    if Self.kindIs(sourceKind, "anonymous") { hasAnonymous = true }
                } else if tokens[k].isCapitalized && !context.tokenSets[k].contains(.determiners) {
                    hasCapitalizedOther = true
                }
                if Self.kindIs(sourceKind, "role") {
                    sawRole = true
                    capitalizedAfterRole = false
                } else if sawRole && tokens[k].isCapitalized {
                    capitalizedAfterRole = true
                }
            }
            if wordCount == 1, context.tokenSets[firstWord].contains(.relativeWords), let name = antecedent(context, of: firstWord) {
                // "Ana Ruiz, who argued": the relative pronoun stands for the name before it.
                kind = "pronoun"
                resolved = context.source.text(ofBytes: tokens[name.lowerBound].bytes.lowerBound..<tokens[name.upperBound - 1].bytes.upperBound)
                note = "relative pronoun for the name before it"
            } else if wordCount == 1, pronounFirst, context.tokenSets[firstWord].contains(.relativeWords) {
                // "who" with no noun found before it ("the fiscal scolds, who", a question's "Who
                // agreed to that?"): it stands for a noun of its own sentence, never for a
                // speaker of an earlier one.
                kind = "pronoun"
                note = "unresolved: 'who' stands for no name found before it in its sentence"
            } else if wordCount == 1, pronounFirst {
                kind = "pronoun"
                pronoun = (firstWord, false)
            } else if wordCount == 1, Self.personalObjectPronouns.contains(tokens[firstWord])
                        || Self.framingPossessives.contains(tokens[firstWord]) && Self.opensFrame(context, possessive: firstWord) {
                // "To them, it signals ...", "In his view, ...": an object or possessive pronoun,
                // resolved as its subject form is.
                kind = "pronoun"
                pronoun = (firstWord, false)
            } else if wordCount == 1, context.tokenSets[firstWord].contains(.contractions) {
                // "She's hoping": the pronoun without its "is" or "has".
                kind = "pronoun"
                pronoun = (firstWord, true)
            } else if wordCount == 1, let head = Self.contractedPronoun(tokens[firstWord]) {
                // "They’re worried", "I’ll argue", "You’ve seen": the pronoun without its "are",
                // "will", "have", "am" or "would" (not a person called "They’re").
                kind = "pronoun"
                if head == "you" {
                    note = "unresolved: 'you' is the reader or a listener, not a named speaker"
                } else {
                    pronoun = (firstWord, true)
                }
            } else if wordCount == 1, tokens[firstWord].word == Self.youWord {
                // "You think I'm exaggerating?", "You know, ...": the reader or a listener, whom
                // no one names; a pronoun left unresolved (not a person called "You").
                kind = "pronoun"
                note = "unresolved: 'you' is the reader or a listener, not a named speaker"
            } else if hasAnonymous && !hasCapitalizedOther || wordCount == 1 && Self.unnamedAlone.contains(tokens[firstWord]) {
                // ("Some say", "Many believe": a quantifier alone is an unnamed group; with its
                // noun, the noun's kind: "Several governors".)
                kind = "anonymous"
            } else if let headKind {
                if Self.kindIs(headKind, "organisation") || Self.kindIs(headKind, "media") || Self.kindIs(headKind, "document") {
                    kind = headKind
                } else if sawRole && capitalizedAfterRole {
                    // "Ambassador Jose Tavares": a role with a name after it is a named person.
                    kind = "person"
                } else if let comma = range.first(where: { tokens[$0].word == .comma }), comma > range.lowerBound + 1,
                          (range.lowerBound..<comma).allSatisfy({ tokens[$0].kind == .punctuation || tokens[$0].isCapitalized && context.words.sourceKind(tokens[$0]) == nil }) {
                    // "John Smith, the finance minister": a name with its role after it.
                    kind = "person"
                } else {
                    kind = headKind
                }
            } else if hasCapitalizedOther {
                // "Clinton defenders", "Trump supporters": a group named by a lower-case plural
                // head, not a person.
                // A name after "the" is an institution ("the NAACP", "the Heritage Foundation"),
                // or a group when it is plural ("the Clintons", "the Democrats"); so is an
                // acronym on its own ("NAACP said"). A person's name takes no article.
                let head = tokens[lastWord]
                let plural = Self.looksPlural(head)
                if !head.isCapitalized {
                    kind = plural ? "role" : "person"
                } else if tokens[firstWord].word == .the {
                    kind = plural && !head.isAllCaps ? "role" : "organisation"
                } else if wordCount == 1, head.isAllCaps, head.keyCount >= 2 {
                    kind = "organisation"
                } else {
                    kind = "person"
                }
            }
        }
        // A name whose apposition's head is a body, not a person ("Americans for Prosperity, a
        // conservative group", "Oxfam, a British-based nonprofit", "Frontline, the firm that
        // operates ..."): an organisation.
        if kind == "person", Self.appositionNamesABody(context, range) { kind = "organisation" }
        // A head no word tells the kind of, with a person's name as its apposition ("His running
        // mate, former Indiana governor Mike Pence", "his mom, Anna"): a named person.
        // (Not a place and its state: "The employee from Salem, Oregon".)
        if kind == "unknown", given == nil, Self.placeComma(context, before: range.upperBound) == nil, Self.appositionIsAName(context, range) {
            kind = "person"
        }
        // A contracted pronoun is the pronoun alone ("They’ve announced": "They", not the
        // "have" after its apostrophe), as its resolution reads it.
        // ("She's" is cut above, as a possessive is.)
        var (kept, keptEnd) = (bytes, span.end)
        if range.count == 1, tokenEnd == range.upperBound, kind == "pronoun", Self.contractedPronoun(tokens[range.lowerBound]) != nil,
           let cut = Self.apostropheByte(of: tokens[range.lowerBound], in: context) {
            (kept, keptEnd) = (bytes.lowerBound..<cut, context.scalarOffset(ofByte: cut))
        }
        return FoundSource(tokens: range.lowerBound..<tokenEnd, bytes: kept, start: span.start, end: keptEnd, kind: kind, resolved: resolved,
                           note: note, pronoun: pronoun)
    }
}

extension SourceFinder {
    /// Whether the span's apposition, after its first comma and opened by "a", "an" or "the",
    /// has a body as its head: the last word before a preposition, relative word, mark or the
    /// span's end ("the big-spending outside group co-founded by ..." has "group"; "a special
    /// adviser to the campaign" has "adviser"; "the committee’s top Democrat" has "Democrat").
    static func appositionNamesABody(_ context: SentenceContext, _ range: Range<Int>) -> Bool {
        let tokens = context.tokens
        guard let comma = range.first(where: { tokens[$0].word == .comma }), comma > range.lowerBound, comma + 2 < range.upperBound else { return false }
        let opener = tokens[comma + 1].word
        guard opener == .a || opener == .an || opener == .the,
              // The name before the comma is the body's own ("Henri Tiphagne of People's Watch,
              // a charity" is the person of a body).
              (range.lowerBound..<comma).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind == .punctuation || tokens[$0].word == ampersand })
        else { return false }
        var head: Int?
        var k = comma + 2
        while k < range.upperBound, tokens[k].kind == .word || tokens[k].word == hyphen,
              !context.tokenSets[k].contains(.headEnders), !context.tokenSets[k].contains(.connectors), !context.tokenSets[k].contains(.relativeWords) {
            if tokens[k].kind == .word { head = k }
            k += 1
        }
        guard let head else { return false }
        // (A capitalised head is a name's word: "a Massachusetts Institute of Technology economist".)
        return bodyHeads.contains(tokens[head]) && !tokens[head].isCapitalized && !tokens[head].keyHasSuffix("'s")
    }
    /// Whether the span's apposition, after its first comma, is a name: capitalised words (no
    /// article first), with a title's listed words or a role word among them ("former Indiana
    /// governor Mike Pence", "Stephen Rice", "Mitt Romney and John McCain").
    static func appositionIsAName(_ context: SentenceContext, _ range: Range<Int>) -> Bool {
        let tokens = context.tokens
        guard let comma = range.first(where: { tokens[$0].word == .comma }), comma > range.lowerBound, comma + 1 < range.upperBound else { return false }
        var last: Int?
        for k in (comma + 1)..<range.upperBound {
            let t = tokens[k]
            if t.word == .comma { break }
            guard t.kind == .word, !context.inQuote[k], !context.tokenSets[k].contains(.determiners) else { return false }
            let kind = context.words.sourceKind(t)
            if t.isCapitalized {
                if kindIs(kind, "organisation") || kindIs(kind, "media") || kindIs(kind, "document") { return false }
            } else if !(titleModifiers.contains(t) || formerWords.contains(t) || kindIs(kind, "role") || t.word == andWord) {
                return false
            }
            last = k
        }
        guard let last else { return false }
        return tokens[last].isCapitalized && !tokens[last].isAllCaps
    }

    /// Nouns that make an apposition's head a body of people, not a person.
    static let bodyHeads: WordSet = [
        "group", "groups", "organization", "organisation", "company", "firm", "nonprofit", "non-profit", "charity", "union",
        "coalition", "pac", "tank", "network", "newspaper", "agency", "institute", "foundation", "association", "website",
        "outlet", "bank", "alliance", "federation", "consortium", "corporation", "conglomerate", "publisher", "startup",
        "manufacturer", "retailer", "lobby", "caucus", "nonprofits", "party",
    ]

    /// The first byte of a token's apostrophe, straight or curly ("they’ve"), or nil.
    static func apostropheByte(of token: Token, in context: SentenceContext) -> Int? {
        let bytes = context.source.bytes
        var k = token.bytes.lowerBound
        while k < token.bytes.upperBound {
            if bytes[k] == UInt8(ascii: "'") { return k }
            // U+2019 is E2 80 99.
            if bytes[k] == 0xE2, k + 2 < token.bytes.upperBound, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 { return k }
            k += 1
        }
        return nil
    }
}

/// A source as the finder's walks find it, its text not yet made: the walks try several
/// phrases for a sentence and its further sources and throw many away, and the string of
/// each one's text, and a pronoun's resolution, cost more than the checks made of it. Those
/// are made for a source kept (`made(in:speakers:)`). It keeps its tokens (style rule 3:
/// offsets kept, not recovered), which the checks of a candidate searched for by its offset.
struct FoundSource {
    /// The tokens that start inside the span: from its first word through its last, and the
    /// final period of a dotted abbreviation the span keeps ("the F.B.I.").
    var tokens: Range<Int>
    /// The text's bytes in the source.
    var bytes: Range<Int>
    /// The text's scalar offsets (`SourceSpan`'s).
    var start: Int
    var end: Int
    var kind: String
    var resolved: String?
    var note: String?
    /// The token of a pronoun that is the whole source, resolved to the speakers named
    /// before when the source is kept; with `contraction`, the word is read up to its
    /// apostrophe ("She's", "They're": "she", "they").
    var pronoun: (token: Int, contraction: Bool)?

    /// The source's text.
    func text(in context: SentenceContext) -> String {
        context.source.text(ofBytes: bytes)
    }

    /// The source as the analysis gives it, its pronoun resolved against `speakers`.
    func made(in context: SentenceContext, speakers: SpeakerMemory) -> SourceSpan {
        var resolved = resolved
        var note = note
        var kind = kind
        // A name that is no person's but a country's, a place's or an organisation's the
        // gazetteer lists ("Moscow has denied", "Hamas said") speaks as an institution; not a
        // one-word name that is the surname of a person named before ("Mark Cuban" ... "Cuban
        // said").
        if SourceFinder.kindIs(kind, "person"), tokens.count <= 4, tokens.count > 1 || !speakers.isKnownPerson(text(in: context)),
           speakers.gazetteerNames(context.tokens, context.source).others.contains(bytes) {
            kind = "organisation"
            if note == nil { note = "a country, place or organisation that the gazetteer (entities.tsv) lists: an institution" }
        }
        if let pronoun {
            let key = context.tokens[pronoun.token].key
            // (An object pronoun as its subject form: "To him," -> "he".)
            let word = pronoun.contraction ? String(key.prefix { $0 != "'" }) : SourceFinder.subjectForms[key] ?? key
            if word == "he" || word == "she",
               let found = SourceFinder.antecedentInSentence(context, before: pronoun.token, pronoun: word, speakers: speakers) {
                (resolved, note) = found
            } else if word == "i" || word == "we", !context.inQuote[pronoun.token] {
                // The first person outside any quotation is the writer's own ("I believe ...",
                // "We've written a separate post on that"), not the last person named.
                // (Or words quoted without marks, a block quotation whose marks the text lost:
                // the note says both.)
                (resolved, note) = (nil, "unresolved: the first person outside any quotation is the writer's own voice"
                                        + " (or words quoted without quotation marks)")
            } else {
                (resolved, note) = speakers.resolve(word)
            }
        }
        return SourceSpan(text: text(in: context), start: start, end: end, kind: kind, resolved: resolved, note: note)
    }
}

/// Code points counted while walking a sentence's bytes forward (`tokenRange`, `tokenRanges`):
/// a byte starts a code point unless it is a continuation byte (10xxxxxx).
private struct ScalarWalk {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byte: Int
    /// The scalar offset of the byte reached.
    private(set) var scalar: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from byte: Int, in context: SentenceContext) {
        self.bytes = bytes
        self.byte = byte
        scalar = context.scalarOffset(ofByte: byte)
    }

    @inline(__always) mutating func advance(to target: Int) {
        while byte < target {
            if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
    }
}
