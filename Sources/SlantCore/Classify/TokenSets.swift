/// The word sets that the cues and the source finder test token after token, each given one
/// bit here; `CueWordTable` gives a token the bits of all of them at once.
///
/// `SentenceContext` looks each of a sentence's tokens up once, when it is built (in
/// `CueWordTable`, which holds these bits with the cue-word tables' first words), and keeps
/// the bits (`SentenceContext.tokenSets`): a test of a token inside a cue's loop is then a
/// bit test of about two instructions, where `WordSet.contains` costs a hash and a filter
/// test, about 25, and the cues ask the same few sets about the same tokens again and again.
/// Each set is still defined, with the reason for its words, where it is used; here it only
/// gets its bit, and `members` says which set each bit stands for, so a bit always answers
/// exactly what the set's `contains` would.
///
/// The sets here are those a profile showed tested in loops or on most sentences (callgrind of
/// `slant lexicon bench`). Sets asked only after a rare listed word (an attitude adjective, an
/// expectation participle) keep `WordSet.contains`: a bit would save nothing measurable. The
/// lookup costs the same whatever the number of sets; a set added here needs a free bit (64).
struct TokenSets: OptionSet, Sendable {
    let rawValue: UInt64

    // PollFindingCue
    static let pollShares = bit(0)
    static let pollOpinionVerbs = bit(1)
    // VerbContext
    static let writerSubjects = bit(2)
    static let nounBefore = bit(3)
    static let nounAfter = bit(4)
    static let contractions = bit(5)
    // ClaimClassifier
    static let sayingTimeWords = bit(6)
    static let phraseObjectOpeners = bit(7)
    static let weekdays = bit(8)
    static let opinionVerbs = bit(9)
    static let clauseSubjects = bit(10)
    static let speakerOpeners = bit(11)
    static let outletClauseOpeners = bit(12)
    static let speakerClauses = bit(13)
    // SourceFinder
    static let determiners = bit(14)
    static let notInNounPhrase = bit(15)
    static let adverbs = bit(16)
    static let connectors = bit(17)
    static let subjectOpeners = bit(18)
    static let openingConjunctions = bit(19)
    static let relativeWords = bit(20)
    static let timeWords = bit(21)
    static let particles = bit(22)
    static let objectPronouns = bit(23)
    static let gerundPrepositions = bit(24)
    static let complementPrepositions = bit(25)
    static let clauseOpeners = bit(26)
    static let beForms = bit(27)
    static let timePrepositions = bit(28)
    static let sourceAfter = bit(29)
    static let possessiveDeterminers = bit(30)
    static let phraseEnd = bit(31)
    static let periodUnits = bit(32)
    static let periodDeterminers = bit(33)
    static let partsOfDay = bit(34)
    static let numberWords = bit(35)
    static let nameSuffixes = bit(36)
    static let means = bit(37)
    static let leadingSubordinators = bit(38)
    static let hearerVerbs = bit(39)
    static let headEnders = bit(40)
    static let floatingQuantifiers = bit(41)
    static let expletives = bit(42)
    static let conjunctions = bit(43)
    static let boundaries = bit(44)
    static let articles = bit(45)
    static let anonymousAsides = bit(46)
    static let quantifiers = bit(47)
    static let sourceAdjectives = bit(48)
    static let notSourceWords = bit(49)
    static let datelineDashes = bit(50)
    static let coordinators = bit(51)
    static let timeUnits = bit(52)
    // ClaimClassifier: the words that tell a clause from a noun phrase after a verb of saying
    static let finiteWords = bit(53)
    static let irregularPast = bit(54)
    static let otherPastForms = bit(55)
    static let objectArticles = bit(56)
    static let objectEnders = bit(57)
    // PollFindingCue: "poll", "survey", without which no poll is named ("in a CNN poll")
    static let pollNouns = bit(58)
    // ExclamationCue, RhetoricalQuestionCue, HeadlineColonCue: the marks they look for, so that
    // a sentence without one (nearly every sentence) returns at once, with no walk over its tokens
    static let exclamationMarks = bit(59)
    static let questionMarks = bit(60)
    static let colons = bit(61)
    // CreditLineCue: the dashes a credit line opens with, and the comma between a name and its
    // publication
    static let creditMarks = bit(62)
    // DoctrineCue: not a word set but a shape, set in `of` (no member of `members`): a word of
    // `DoctrineCue.minimumLength` bytes or more that ends in "ism" or "isms", or any key over
    // 15 bytes (whose ending the pack does not hold). A sentence without it has no doctrine to
    // find, and the cue returns at once instead of reading every token's key again.
    static let doctrineShapes = bit(63)

    /// Each bit with the set it stands for; the bits are distinct (checked when a
    /// `CueWordTable` is built).
    static let members: [(bit: TokenSets, set: WordSet)] = [
        (pollShares, PollFindingCue.shares),
        (pollOpinionVerbs, PollFindingCue.opinionVerbs),
        (writerSubjects, VerbContext.writerSubjects),
        (nounBefore, VerbContext.nounBefore),
        (nounAfter, VerbContext.nounAfter),
        (contractions, VerbContext.contractions),
        (sayingTimeWords, ClaimClassifier.timeWords),
        (phraseObjectOpeners, ClaimClassifier.phraseObjectOpeners),
        (weekdays, ClaimClassifier.weekdays),
        (opinionVerbs, ClaimClassifier.opinionVerbs),
        (clauseSubjects, ClaimClassifier.clauseSubjects),
        (speakerOpeners, ClaimClassifier.speakerOpeners),
        (outletClauseOpeners, ClaimClassifier.outletClauseOpeners),
        (speakerClauses, ClaimClassifier.speakerClauses),
        (determiners, SourceFinder.determiners),
        (notInNounPhrase, SourceFinder.notInNounPhrase),
        (adverbs, SourceFinder.adverbs),
        (connectors, SourceFinder.connectors),
        (subjectOpeners, SourceFinder.subjectOpeners),
        (openingConjunctions, SourceFinder.openingConjunctions),
        (relativeWords, SourceFinder.relativeWords),
        (timeWords, SourceFinder.timeWords),
        (particles, SourceFinder.particles),
        (objectPronouns, SourceFinder.objectPronouns),
        (gerundPrepositions, SourceFinder.gerundPrepositions),
        (complementPrepositions, SourceFinder.complementPrepositions),
        (clauseOpeners, SourceFinder.clauseOpeners),
        (beForms, SourceFinder.beForms),
        (timePrepositions, SourceFinder.timePrepositions),
        (sourceAfter, SourceFinder.sourceAfter),
        (possessiveDeterminers, SourceFinder.possessiveDeterminers),
        (phraseEnd, SourceFinder.phraseEnd),
        (periodUnits, SourceFinder.periodUnits),
        (periodDeterminers, SourceFinder.periodDeterminers),
        (partsOfDay, SourceFinder.partsOfDay),
        (numberWords, SourceFinder.numberWords),
        (nameSuffixes, SourceFinder.nameSuffixes),
        (means, SourceFinder.means),
        (leadingSubordinators, SourceFinder.leadingSubordinators),
        (hearerVerbs, SourceFinder.hearerVerbs),
        (headEnders, SourceFinder.headEnders),
        (floatingQuantifiers, SourceFinder.floatingQuantifiers),
        (expletives, SourceFinder.expletives),
        (conjunctions, SourceFinder.conjunctions),
        (boundaries, SourceFinder.boundaries),
        (articles, SourceFinder.articles),
        (anonymousAsides, SourceFinder.anonymousAsides),
        (quantifiers, SourceFinder.quantifiers),
        (sourceAdjectives, SourceFinder.sourceAdjectives),
        (notSourceWords, SourceFinder.notSourceWords),
        (datelineDashes, SourceFinder.datelineDashes),
        (coordinators, SourceFinder.coordinators),
        (timeUnits, SourceFinder.timeUnits),
        (finiteWords, ClaimClassifier.finiteWords),
        (irregularPast, VerbContext.irregularPast),
        (otherPastForms, ClaimClassifier.irregularPast),
        (objectArticles, ClaimClassifier.objectArticles),
        (objectEnders, ClaimClassifier.objectEnders),
        (pollNouns, PollFindingCue.pollNouns),
        (exclamationMarks, ExclamationCue.marks),
        (questionMarks, RhetoricalQuestionCue.marks),
        (colons, HeadlineColonCue.colons),
        (creditMarks, CreditLineCue.markSet),
    ]

    static let mayWord = WordKey("may")
    /// Words before a month's name ("In May", "Since May", "Last May", "Early May").
    static let beforeMonth: WordSet = [
        "in", "since", "until", "till", "by", "through", "last", "next", "early", "late", "mid", "this", "that", "of", "on",
        "from", "before", "after", "during", "throughout", "around", "to", "and", "or", "between", "for", "as",
    ]

    /// Whether token `i` is the month "May" ("In May", "Last May", "May 5"): capitalised,
    /// after a word that comes before a month's name or before a number.
    static func isMonthMay<C: RandomAccessCollection>(_ tokens: C, _ i: Int) -> Bool where C.Element == Token, C.Index == Int {
        guard tokens[i].word == mayWord, tokens[i].isCapitalized else { return false }
        return i > 0 && beforeMonth.contains(tokens[i - 1]) || i + 1 < tokens.count && tokens[i + 1].kind == .number
    }

    /// The bits of each token, in order, and their union (from `CueWordTable.empty`: the
    /// bits are the same in every analyzer's table).
    static func of(_ tokens: [Token]) -> (each: List, any: TokenSets) {
        var storage: List.Storage?
        return of(tokens, reusing: &storage)
    }

    /// `of(_:)`, writing the bits into `storage` when no list holds it any more and it has
    /// room (its header: the count it was made for; the bits are plain values, written over
    /// with nothing to release), else into a new
    /// allocation that `storage` then keeps: a caller going through many sentences makes one.
    static func of(_ tokens: [Token], reusing storage: inout List.Storage?) -> (each: List, any: TokenSets) {
        var firstNumber = 0
        return of(tokens, reusing: &storage, firstNumber: &firstNumber)
    }

    /// `of(_:reusing:)`, setting `firstNumber` to the index of the first number token (the
    /// token count when there is none), found in the same walk (`FigureCue` starts there).
    static func of(_ tokens: [Token], reusing storage: inout List.Storage?,
                   firstNumber: inout Int) -> (each: List, any: TokenSets) {
        CueWordTable.empty.tokenSets(tokens, reusing: &storage, firstNumber: &firstNumber)
    }

    /// The bits of token `k` given those of its word (`CueWordTable`): with `doctrineShapes` for the
    /// shape `DoctrineCue` looks for, and none for a "May" that is a name. `mayWord` is
    /// `Self.mayWord`, read by the caller out of its loop.
    @inline(__always)
    static func adjusted(_ bits: TokenSets, _ tokens: UnsafeBufferPointer<Token>, _ k: Int, mayWord: WordKey) -> TokenSets {
        var bits = bits
        let word = tokens[k].word
        // (The length byte alone turns away most words.)
        if word.hi >= DoctrineCue.shortest, word.isLong || DoctrineCue.endsInIsm(lo: word.lo, hi: word.hi) {
            bits.insert(.doctrineShapes)
        }
        // "Theresa May", "Prime Minister May": a capitalised "May" after a name's
        // word, before a word in lower case or punctuation, is a name, not the modal
        // or adverb the walks skip ("Theresa May said" named "Theresa"); "In May",
        // "Last May", "May 5" keep their sets, and so does a headline's "Trump May
        // Not Have", where a capital says nothing.
        if word == mayWord, !bits.isEmpty, k > 0, tokens[k].isCapitalized, tokens[k - 1].kind == .word,
           tokens[k - 1].isCapitalized, k + 1 == tokens.count || !tokens[k + 1].isCapitalized,
           !Self.isMonthMay(tokens, k) {
            bits = []
        }
        return bits
    }

    /// The bits of a sentence's tokens, by token index, in one allocation of their own. (An
    /// array of `TokenSets` cost more than the lookups: the standard library allocates an
    /// array of a type it does not know through a runtime search for the array's storage
    /// type, some 600 instructions a sentence.)
    /// Sendable: the bits are written once, in `of`, before any context holds them.
    struct List: @unchecked Sendable {
        final class Storage: ManagedBuffer<Int, TokenSets> {}
        fileprivate let storage: Storage
        let count: Int

        init(storage: Storage, count: Int) {
            self.storage = storage
            self.count = count
        }

        /// Storage for the bits of `count` tokens: `storage` when no list holds it any more
        /// and it has room (its header: the count it was made for; the bits are plain
        /// values, written over with nothing to release), else a new allocation that
        /// `storage` then keeps, so that a caller going through many sentences makes one.
        static func storage(for count: Int, reusing storage: inout Storage?) -> Storage {
            if storage == nil || !isKnownUniquelyReferenced(&storage) || storage.map({ $0.header < count }) ?? true {
                storage = unsafeDowncast(Storage.create(minimumCapacity: count) { _ in count }, to: Storage.self)
            }
            guard let storage else { preconditionFailure("made above") }
            return storage
        }

        /// The bits of token `k`; `k` must be a token index, as for the tokens themselves.
        @inline(__always) subscript(k: Int) -> TokenSets {
            precondition(k >= 0 && k < count, "token index out of range")
            return storage.withUnsafeMutablePointerToElements { $0[k] }
        }
    }

    private static func bit(_ n: UInt64) -> TokenSets { TokenSets(rawValue: 1 << n) }
}
