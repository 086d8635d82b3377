/// Context rules of the loaded-language scorer: whether a listed word is the outlet's loaded
/// wording in this use, and how far its span runs. Each rule leaves a step in the hit's
/// explanation; a hit a rule dismisses keeps its explanation and is reported apart from the
/// counted hits (`SentenceAnalysis.dismissed`).
extension LoadedLanguageScorer {
    /// Rules whose step dismisses a hit (factor 0): the word is not loaded in this use.
    public static let dismissingRules: Set<String> = ["name-or-title", "reported-manner"]

    /// Whether a hit was dismissed by a context rule and so is not counted.
    public static func isDismissed(_ hit: LoadedHit) -> Bool {
        hit.steps.contains { dismissingRules.contains($0.rule) }
    }

    /// A term that is part of a capitalised name in running text ("the Daily Beast", "The
    /// Dictator Pope", "Never Trumpers") names an organisation, work, group or slogan; the
    /// outlet cites the name rather than choosing the word. The term's words must all be
    /// capitalised (not in capitals: that is emphasis) and follow another capitalised word of
    /// the name that does not open the sentence, and the sentence must not be set in title
    /// case (a headline capitalises every word, loaded or not). With `leading`, the term may
    /// also open the name, before another capitalised word of it ("the game Epic Mickey"):
    /// the scorer allows that for terms that are no labels, since a label put before a name
    /// is an epithet. Returns the name, for the explanation.
    func enclosingName(of range: Range<Int>, in tokens: [Token], leading: Bool = false) -> String? {
        guard range.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps }) else { return nil }
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), range.lowerBound > first else { return nil }
        func isNamePart(_ k: Int) -> Bool {
            k > first && k < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized && !Self.notNamePartSet.contains(tokens[k])
        }
        var start = range.lowerBound, end = range.upperBound
        while isNamePart(start - 1) { start -= 1 }
        while isNamePart(end) { end += 1 }
        // The term must follow a word of the name: a label put before a name ("Marxist
        // Democrat", "Tyrant King George") is an epithet, still the writer's label.
        guard start < range.lowerBound || leading && end > range.upperBound, !Self.isTitleCase(tokens) else { return nil }
        return Self.joinedWords(start..<end) { tokens[$0].key }
    }

    /// Title case: at least half the words of four letters or more are capitalised.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        let words = tokens.longWordCapitals
        return words.long > 0 && words.capitalised * 2 >= words.long
    }

    /// The word an evaluative adjective qualifies ("sham" -> "sham trial", "devastating" ->
    /// "devastating blow"): the loaded unit is the phrase, and a reader (and a span-level
    /// comparison) wants its extent. The term must be one word with an adjective or participle
    /// ending, or an adverb in -ly before a participle ("shamelessly denied"); the next token a lower-case word in the same quotation state that is not a
    /// function word and starts no other candidate (read from `candidates` themselves, a list
    /// of one or two: neither a set nor a list of their starts made for each sentence pays).
    /// Returns the index of that word.
    func qualifiedWord(after range: Range<Int>, in tokens: [Token], inQuote: [Bool], candidates: [(range: Range<Int>, entry: Int)]) -> Int? {
        guard range.count == 1 else { return nil }
        let j = range.upperBound
        guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, !candidates.contains(where: { $0.range.lowerBound == j }),
              inQuote[j] == inQuote[range.lowerBound], !Self.functionWords.contains(tokens[j]) else { return nil }
        let word = tokens[range.lowerBound].word, nextWord = tokens[j].word
        if !word.isLong && word.isASCII && !nextWord.isLong && nextWord.isASCII {
            // The same tests on the packs of ASCII keys, where a Character is a byte: the keys
            // as strings and `hasSuffix` on them cost more than the rest of a hit's explanation.
            if Self.packHasSuffix(word, Self.lySuffix) {
                guard nextWord.count >= 5, Self.packHasSuffix(nextWord, Self.edSuffix) || Self.packHasSuffix(nextWord, Self.ingSuffix) else { return nil }
                return j
            }
            guard Self.adjectiveEndingKeys.contains(where: { Self.packHasSuffix(word, $0) })
                    || listsAdverb(tokens[range.lowerBound]) else { return nil }
            return j
        }
        let key = tokens[range.lowerBound].key
        // An adverb in -ly qualifies a verb or an adjective, not a noun. Before a participle
        // ("shamelessly denied", "blatantly denying", "totally conflicted") the pair is the loaded
        // unit: on PTC half A, 13 of the 16 such hits inside a gold span had the span run over
        // the participle. Before anything else ("undoubtedly appreciate", "extremely rare") it
        // keeps its one word: there the gold was split (12 of 22 ran on).
        if key.hasSuffix("ly") {
            let next = tokens[j].key
            guard next.count >= 5, next.hasSuffix("ed") || next.hasSuffix("ing") else { return nil }
            return j
        }
        guard Self.adjectiveEndings.contains(where: { key.hasSuffix($0) }) || lexicon.listsAdverb(of: key) else { return nil }
        return j
    }

    /// `lexicon.listsAdverb(of:)` for a token. A word of lower-case letters is told apart by
    /// `adverbAdjectives` first: the lexicon's test builds the adverb's strings and splits them
    /// into words, for nouns ("regime", "smear") that have none.
    func listsAdverb(_ token: Token) -> Bool {
        if Self.isLowercaseLetters(token.word) && !adverbAdjectives.contains(token.word) { return false }
        return lexicon.listsAdverb(of: token.key)
    }

    /// The words `w` for which `LoadedLexicon.listsAdverb(of:)` can be true, from the table's
    /// entries: for a word of lower-case letters it is true exactly when a one-word entry is
    /// `w` + "ly", or `w` ends in "le" and one is `w` without its last letter + "y" ("horrible",
    /// "horribly"). So each one-word entry ending in "ly" gives `w` two ways: without "ly", and
    /// without "y" + "e". (Words of other bytes are not told apart: `listsAdverb(_:)`.)
    /// Kept as packs (a word of letters is its pack), made from the adverbs' packs: the entries
    /// read in place, since a copy of each entry (its strings and lists retained) and a string
    /// set of the words cost a few milliseconds per analyzer.
    static func adverbAdjectives(_ matcher: borrowing PhraseTable<LoadedLexicon.Entry>.Matcher) -> Set<WordKey> {
        var adverbs: [WordKey] = []
        var long: [String] = []
        let entries = matcher.entries, keys = matcher.keys
        for k in entries.indices where !entries[k].isPrefix && entries[k].wordCount == 1 && keys[Int(entries[k].firstWord)].endsInLy {
            let adverb = keys[Int(entries[k].firstWord)]
            if adverb.isLong { long.append(matcher.longWords[Int(entries[k].firstWord)]) } else { adverbs.append(adverb) }
        }
        var words = Set<WordKey>(minimumCapacity: 2 * (adverbs.count + long.count))
        for adverb in adverbs {
            // Without "ly": the last two bytes cleared and the length two less. With "le" for
            // "ly": the last byte made "e" (the pack's bytes run from the low end of `lo` on).
            let n = adverb.count
            var lo = adverb.lo, hi = adverb.hi & 0x00FF_FFFF_FFFF_FFFF
            for k in (n - 2)..<n {
                if k < 8 { lo &= ~(0xFF << (8 * UInt64(k))) } else { hi &= ~(0xFF << (8 * UInt64(k - 8))) }
            }
            words.insert(WordKey(lo: lo, hi: hi | UInt64(n - 2) << 56))
            let e = UInt64(UInt8(ascii: "e")), y = UInt64(UInt8(ascii: "y"))
            let last = n - 1
            words.insert(last < 8 ? WordKey(lo: adverb.lo ^ ((y ^ e) << (8 * UInt64(last))), hi: adverb.hi)
                                  : WordKey(lo: adverb.lo, hi: adverb.hi ^ ((y ^ e) << (8 * UInt64(last - 8)))))
        }
        for adverb in long {
            // Words over 15 bytes (their packs do not hold them): from the bytes.
            var word = Array(adverb.utf8.dropLast(2))
            words.insert(word.withUnsafeBufferPointer { WordKey(bytes: $0) })
            word.append(contentsOf: "le".utf8)
            words.insert(word.withUnsafeBufferPointer { WordKey(bytes: $0) })
        }
        return words
    }

    /// Whether a pack holds a whole word of the letters a to z only.
    static func isLowercaseLetters(_ word: WordKey) -> Bool {
        guard !word.isLong else { return false }
        let n = word.count
        return withUnsafeBytes(of: (word.lo, word.hi)) { w in
            var k = 0
            while k < n {
                guard w[k] >= UInt8(ascii: "a"), w[k] <= UInt8(ascii: "z") else { return false }
                k += 1
            }
            return n > 0
        }
    }

    /// Endings of adjectives and participles (the other adjectives are told by their adverb in
    /// the lexicon: `LoadedLexicon.listsAdverb(of:)`) (vicious, shameful, divisive, horrific, brutal,
    /// despicable, flagrant, insolent, heartless, sheepish, devastating, rigged, bloody).
    static let adjectiveEndings = ["ous", "ful", "ive", "ic", "al", "ble", "ant", "ent", "less", "ish", "ing", "ed", "y"]
    /// `adjectiveEndings` packed, for `packHasSuffix`.
    static let adjectiveEndingKeys = adjectiveEndings.map(WordKey.init)
    static let lySuffix = WordKey("ly"), edSuffix = WordKey("ed"), ingSuffix = WordKey("ing")

    /// Whether a whole pack (not `isLong`) ends with the bytes of another: `hasSuffix` on
    /// their strings when both are ASCII.
    @inline(__always) static func packHasSuffix(_ word: WordKey, _ suffix: WordKey) -> Bool {
        let n = word.count, m = suffix.count
        guard m <= n else { return false }
        return withUnsafeBytes(of: (word.lo, word.hi)) { w in
            withUnsafeBytes(of: (suffix.lo, suffix.hi)) { s in
                var k = 0
                while k < m {
                    if w[n - m + k] != s[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// Words an adjective's phrase does not run into: determiners, pronouns, prepositions,
    /// conjunctions, auxiliaries and the commonest adverbs. (Split on the UTF-8 bytes: split
    /// by Characters, the list cost about 340,000 instructions to make, in every process
    /// that scores a sentence with a term.)
    static let functionWords = WordSet("""
        a an the this that these those some any each every no all both either neither such what which whose who whom whatever \
        i me my mine you your yours he him his she her hers it its we us our ours they them their theirs one ones \
        of to in on at by for with from into onto upon about above below over under after before between among against \
        through during without within across toward towards around near off out up down than as like \
        and or but nor so yet if because while although though unless whereas since until \
        is are was were be been being am has have had having do does did will would shall should can could may might must \
        not never also even just only now then still too very really quite rather more most less least enough again already \
        ever here there when where why how
        """.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { String(decoding: $0, as: UTF8.self) })
}

extension WordKey {
    /// Whether the word packed ends in "ly" after at least one more byte (a long word's last
    /// bytes are not in its pack: it is read as possibly ending so).
    var endsInLy: Bool {
        if isLong { return true }
        let n = count
        guard n > 2 else { return false }
        return LoadedLanguageScorer.packHasSuffix(self, LoadedLanguageScorer.lySuffix)
    }
}
