import CSlantSHA

/// Finds loaded terms in a sentence in one pass over its tokens, applies the rule steps
/// (allow-list, negation, intensifiers, downtoners, ALL CAPS, exclamation, quotation), and
/// says at whom each term is aimed.
public struct LoadedLanguageScorer: Sendable {
    public let lexicon: LoadedLexicon
    public let modifiers: Modifiers
    public let entities: EntityGazetteer
    /// Where the lexicon's terms can start: the walk over a sentence looks up only there.
    let termStarts: TermStarts
    /// The table's whole-word entries, flat, for the lookups at those starts (`lookUp`).
    let termTable: TermTable
    /// The words whose adverb in -ly the lexicon may list (`listsAdverb(_:)`).
    let adverbAdjectives: Set<WordKey>
    /// True when no alias holds a clause break or conjunction after its first word: then no
    /// mention runs over a lower-case clause start, and the mentions a target needs can be
    /// looked for from the start of the first hit's clause (`mentionsStart`).
    let clauseStartsSync: Bool

    public init(lexicon: LoadedLexicon, modifiers: Modifiers, entities: EntityGazetteer) {
        self.lexicon = lexicon
        self.modifiers = modifiers
        self.entities = entities
        let matcher = lexicon.table.matcher()
        termStarts = TermStarts(matcher)
        termTable = TermTable(matcher)
        adverbAdjectives = Self.adverbAdjectives(matcher)
        let clauseKeys = Self.clauseBreakKeys + Self.clauseConjunctionKeys
        clauseStartsSync = !entities.byFirst.values.contains { list in
            list.contains { entity in entity.keys.dropFirst().contains { clauseKeys.contains($0) } }
        }
    }

    /// Factor for a term written in capitals ("TRAITOR").
    static let allCapsFactor = 1.5
    /// Factor for a sentence that ends in an exclamation mark in the outlet's voice.
    static let exclamationFactor = 1.25
    /// The category of labels for people and groups ("Marxist", "Crooked"): put before a name
    /// ("Marxist Democrat") such a term is the writer's epithet, not part of the name.
    static let labelCategory = "name-calling"
    /// Entities further than this many tokens from a term are not its target.
    static let targetWindow = 8

    /// Hits in one sentence. `inQuote[i]` tells whether token `i` is inside a direct quotation
    /// (scare quotes excluded); `scareQuotes` are the byte ranges of scare quotes.
    public func score(source: SourceText, tokens: [Token], inQuote: [Bool], scareQuotes: [Range<Int>]) -> [LoadedHit] {
        score(source: source, tokens: tokens, inQuote: inQuote, scareQuotes: scareQuotes, matcher: lexicon.table.matcher())
    }

    /// `score`, with the lexicon table's matcher lent by the caller (the analyzer takes it once
    /// per article). `tokensCached` tells that the caller has just made the tokens (the
    /// analyzer tokenizes each sentence right before scoring it): they are still in the caches,
    /// and the walk does not ask for them first (`prefetch`).
    func score(source: SourceText, tokens: [Token], inQuote: [Bool], scareQuotes: [Range<Int>],
               matcher: PhraseTable<LoadedLexicon.Entry>.Matcher, tokensCached: Bool = false) -> [LoadedHit] {
        var allowed: [Range<Int>] = []
        return score(source: source, tokens: tokens, inQuote: inQuote, scareQuotes: scareQuotes, matcher: matcher,
                     tokensCached: tokensCached, allowed: &allowed)
    }

    /// `score`, also giving the token ranges of the allow-list's phrases found before the last
    /// candidate term (`allowed`; empty when the sentence holds no candidate), which the
    /// classifier reads as neutral senses (`SentenceContext.neutralPhrases`).
    func score(source: SourceText, tokens: [Token], inQuote: [Bool], scareQuotes: [Range<Int>],
               matcher: PhraseTable<LoadedLexicon.Entry>.Matcher, tokensCached: Bool = false,
               allowed: inout [Range<Int>]) -> [LoadedHit] {
        var hits: [LoadedHit] = []
        guard !tokens.isEmpty else { return hits }
        let scare = scareQuotes.filter { isScareQuote($0, tokens: tokens) }
        // Most sentences hold no lexicon term: find the candidates first and stop early, so the
        // entity and allow-list work is done only where there is something to explain.
        // Each candidate by its entry's index: a copy of the entry retained and released its
        // four strings, for a test of its weight and, at most hits, the reading of three fields.
        var candidates: [(range: Range<Int>, entry: Int)] = []
        // Looked up as the walk reaches each word: a list of every token's match, made for
        // every sentence, was read only here and only at words.
        // `termStarts` skips the words that start no term (most of them, in one call), and only
        // the others are looked up. (`matcher` is the lexicon table's, as `termStarts` is.)
        // Asked only for tokens made a while ago: for a sentence just tokenized the requests
        // found every line in the caches and were so much work for nothing.
        if !tokensCached { Self.prefetch(tokens) }
        var i = termStarts.next(tokens, from: 0)
        while i < tokens.count {
            if let (index, length) = lookUp(tokens, at: i, matcher: matcher) {
                // Weight 0 (an overlay switching a term off) still consumes its words: its
                // candidate is dropped after the walk. The entry (about 100 bytes, which have
                // usually left the caches) is asked for here and read there, so that its
                // lines come in while the walk goes on.
                // Room for four at the first: grown from empty, the list was made again at the
                // second candidate.
                if candidates.isEmpty { candidates.reserveCapacity(4) }
                candidates.append((i..<(i + length), index))
                matcher.entries.withUnsafeBytes { raw in
                    let at = index * MemoryLayout<PhraseTable<LoadedLexicon.Entry>.Entry>.stride
                    slant_prefetch(raw.baseAddress! + at)
                    slant_prefetch(raw.baseAddress! + at + MemoryLayout<PhraseTable<LoadedLexicon.Entry>.Entry>.size - 1)
                }
                i += length
            } else {
                i += 1
            }
            i = termStarts.next(tokens, from: i)
        }
        if !candidates.isEmpty {
            // The entries taken out first: a closure that reads `matcher` captures a copy of it
            // (a reference counted for each of its arrays).
            // Weights read in place (an entry read through the array was copied, its strings
            // retained and released), and the list rebuilt only when a weight is 0 (the shipped
            // lexicon has none; `removeAll` moved and rebuilt it for every sentence).
            let switchedOff = matcher.entries.withUnsafeBufferPointer { entries in
                candidates.contains { !(entries[$0.entry].value.weight > 0) }
            }
            if switchedOff {
                let entries = matcher.entries
                candidates.removeAll { !(entries[$0.entry].value.weight > 0) }
            }
        }
        if candidates.isEmpty && scare.isEmpty { return hits }

        let raw = RawWords(source: source, tokens: tokens)
        // The mentions and the clauses are found when a hit first needs a target: the hits of
        // many sentences with a candidate are all allowed, quoted or part of a name.
        var mentions: [EntityGazetteer.Mention]?
        var clauses: [Int]?
        // A mention can be a target only up to the window after the last candidate (the subject
        // stands before the term): the sentence's mentions and clause breaks are looked for up
        // to there. (A scare quote's target is looked for anywhere in the sentence.)
        let mentionsEnd = scare.isEmpty ? (candidates.last?.range.upperBound ?? 0) + Self.targetWindow : tokens.count

        // Allowed phrases cancel any hit inside them; a `{name}` phrase only right after a
        // capitalised word that does not open the sentence (a name or its adjective: "the
        // Iranian regime", "Assad's regime"; a sentence's first word may be capitalised as such).
        // Kept as the allowed phrases' ranges (a sentence has rarely one), not a flag for every
        // token. The walk stops after the last candidate: a phrase starting there covers none.
        allowed.removeAll()
        let checkNames = lexicon.allowAfterName.count > 0
        let firstWord = tokens.firstIndex { $0.kind == .word } ?? 0
        let walkEnd = candidates.last?.range.upperBound ?? 0
        i = 0
        while i < walkEnd {
            // The index only: `match` copied the entry with its word lists.
            if lexicon.allow.mayMatch(tokens, at: i), let (_, length) = lexicon.allow.matchIndex(tokens, at: i) {
                allowed.append(i..<(i + length))
                i += length
            } else if checkNames, i > firstWord + 1, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
                      lexicon.allowAfterName.mayMatch(tokens, at: i),
                      let (_, length) = lexicon.allowAfterName.matchIndex(tokens, at: i) {
                allowed.append(i..<(i + length))
                i += length
            } else {
                i += 1
            }
        }

        let exclaimed = tokens.last(where: { $0.kind == .punctuation && $0.word != .straightQuote && $0.word != .closingQuote })?.word == .exclamation
            && !(inQuote.last ?? false)
        hits.reserveCapacity(candidates.count + scare.count)
        // Which hit (by index) covers each token, so a modifier that is itself a lexicon term
        // ("absolutely") becomes a step of the term it modifies instead of a second hit.
        // Kept as the hits' token spans (`HitSpans`), not a number for every token: a sentence
        // has a hit or two, and a list as long as the sentence was filled for each.
        var hitAt = HitSpans()
        let entries = matcher.entries
        for (range, index) in candidates {
            let i = range.lowerBound
            if allowed.contains(where: { $0.overlaps(range) }) { continue }
            let entry = entries[index].value
            // A hit a context rule dismisses: kept with its reason, counted nowhere.
            func dismiss(_ rule: String, _ note: String) {
                let bytes = tokens[range.lowerBound].bytes.lowerBound..<tokens[range.upperBound - 1].bytes.upperBound
                let span = source.span(ofBytes: bytes)
                hits.append(LoadedHit(start: span.start, end: span.end, text: source.text(ofBytes: bytes), term: entry.term,
                                      category: entry.category, weight: entry.weight, score: 0,
                                      steps: [RuleStep(rule: rule, factor: 0, note: note)],
                                      in_quote: inQuote[i], speaker: nil, target: "unknown", lexicon: entry.file))
            }
            if let name = enclosingName(of: range, in: tokens, leading: entry.category != Self.labelCategory) {
                dismiss("name-or-title", "part of the name '\(name)': cited, not the outlet's wording")
                continue
            }
            if let verb = reportingVerb(before: range, in: tokens, category: entry.category) {
                dismiss("reported-manner", "the manner of speaking reported after '\(verb)': the speaker's tone, not the outlet's wording")
                continue
            }
            var steps: [RuleStep] = []
            var score = entry.weight
            // The span a reader should see: an intensifier and the word an adjective qualifies
            // belong to the loaded phrase.
            var first = range.lowerBound, last = range.upperBound - 1
            // The word before the term is looked up once for the three kinds of modifier.
            let previous = i > 0 && tokens[i - 1].kind != .punctuation ? modifier(at: i - 1, in: tokens) : nil
            // Negation: a negator within the scope before the term.
            if let negator = modifier(before: i, in: tokens, kind: "negator", scope: Modifiers.negationScope, previous: previous) {
                steps.append(RuleStep(rule: "negation", factor: negator.factor, note: "negated by '\(negator.term)'"))
                score *= negator.factor
            }
            if let booster = previous, booster.kind == "intensifier" {
                steps.append(RuleStep(rule: "intensifier", factor: booster.factor, note: "intensified by '\(booster.term)'"))
                score *= booster.factor
                first = i - 1
                if let previous = hitAt[i - 1], hits[previous].end <= source.scalarOffset(ofByte: tokens[i].bytes.lowerBound) {
                    hits.remove(at: previous)
                    hitAt.clear(previous)
                }
            } else if let damper = previous, damper.kind == "downtoner" {
                steps.append(RuleStep(rule: "downtoner", factor: damper.factor, note: "softened by '\(damper.term)'"))
                score *= damper.factor
            }
            if range.allSatisfy({ tokens[$0].isAllCaps }) && !range.allSatisfy({ raw.characterCount($0) <= 3 }) {
                steps.append(RuleStep(rule: "all-caps", factor: Self.allCapsFactor, note: "written in capitals"))
                score *= Self.allCapsFactor
            }
            let quoted = inQuote[i]
            if exclaimed && !quoted {
                steps.append(RuleStep(rule: "exclamation", factor: Self.exclamationFactor, note: "sentence ends with '!'"))
                score *= Self.exclamationFactor
            }
            if quoted {
                steps.append(RuleStep(rule: "in-quote", factor: 1, note: "inside a quotation: counted for the speaker, not the outlet"))
            } else if let quote = scare.first(where: { $0.contains(tokens[i].bytes.lowerBound) }) {
                steps.append(RuleStep(rule: "scare-quote", factor: 1,
                                      note: "inside the scare quote \(source.text(ofBytes: quote)): the outlet's own voice"))
            }
            if let j = qualifiedWord(after: range, in: tokens, inQuote: inQuote, candidates: candidates) {
                steps.append(RuleStep(rule: "phrase", factor: 1, note: "the span runs over '\(tokens[j].key)', the word the term qualifies"))
                last = j
            }
            let bytes = tokens[first].bytes.lowerBound..<tokens[last].bytes.upperBound
            let span = source.span(ofBytes: bytes)
            var aim = (name: "unknown", note: "inside a quotation: the speaker's target is not assigned")
            if !quoted {
                if mentions == nil {
                    // A target is a mention of the term's clause: without a scare quote (whose
                    // target is looked for anywhere), the scan starts at the first such hit's
                    // clause where a scan from the sentence's start is sure to pass there.
                    if scare.isEmpty && clauseStartsSync {
                        let starts = clauseStarts(tokens, before: mentionsEnd)
                        clauses = starts
                        mentions = entityMentions(tokens, raw, from: mentionsStart(of: range, clauses: starts, tokens), before: mentionsEnd)
                    } else {
                        mentions = entityMentions(tokens, raw, before: mentionsEnd)
                    }
                }
                // Without a mention the target is `unknown` whatever the clauses.
                if clauses == nil, mentions?.isEmpty == false { clauses = clauseStarts(tokens, before: mentionsEnd) }
                aim = target(of: range, mentions: mentions ?? [], clauses: clauses ?? [], raw: raw)
            }
            hitAt.set(first...last, hits.count)
            hits.append(LoadedHit(start: span.start, end: span.end, text: source.text(ofBytes: bytes), term: entry.term,
                                  category: entry.category, weight: entry.weight, score: (score * 1000).rounded() / 1000,
                                  steps: steps, in_quote: quoted, speaker: nil, target: aim.name, lexicon: entry.file,
                                  target_note: aim.note))
        }
        for quote in scare {
            // A scare quote around a lexicon term is explained on that term's hit (step `scare-quote`).
            let inner = tokenRange(of: quote, tokens)
            if inner.contains(where: { hitAt[$0] != nil }) { continue }
            let span = source.span(ofBytes: quote)
            if mentions == nil { mentions = entityMentions(tokens, raw, before: mentionsEnd) }
            if clauses == nil, mentions?.isEmpty == false { clauses = clauseStarts(tokens, before: mentionsEnd) }
            let aim = target(of: inner, mentions: mentions ?? [], clauses: clauses ?? [], raw: raw)
            hits.append(LoadedHit(start: span.start, end: span.end, text: source.text(ofBytes: quote), term: "\"…\"",
                                  category: "scare-quote", weight: 1, score: 1,
                                  steps: [RuleStep(rule: "scare-quote", factor: 1, note: "short quoted phrase with no speaker: the outlet distances itself from the term")],
                                  in_quote: false, speaker: nil, target: aim.name, lexicon: "rule", target_note: aim.note))
        }
        hits.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return hits
    }

    /// Asks for every cache line of the tokens at once, before the walk reads them one after
    /// the other: a sentence's tokens (about 700 bytes, in an allocation of their own) have
    /// usually left the caches since they were made, and requests issued together wait for
    /// memory once instead of line after line.
    @inline(__always) static func prefetch(_ tokens: [Token]) {
        tokens.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                slant_prefetch(base + offset)
                offset += 64
            }
        }
    }

    /// Which hit covers each token, as the hits' token spans in the order they were set: a
    /// token's hit is that of the last span set over it, until that hit is cleared. (The
    /// same answers as a list of a hit index per token, set span by span and cleared where it
    /// holds the cleared hit.)
    /// The first span is kept apart from the list of the others: most sentences with a hit
    /// have one, and the list's allocation cost more than the rest of this bookkeeping.
    struct HitSpans {
        private var first: (tokens: ClosedRange<Int>, hit: Int)?
        private var later: [(tokens: ClosedRange<Int>, hit: Int)] = []

        /// Token `k`'s hit, or nil.
        subscript(k: Int) -> Int? {
            var n = later.count - 1
            while n >= 0 {
                if later[n].tokens.contains(k) { return later[n].hit >= 0 ? later[n].hit : nil }
                n -= 1
            }
            if let first, first.tokens.contains(k) { return first.hit >= 0 ? first.hit : nil }
            return nil
        }

        /// Hit `hit` covers tokens `tokens` (over any hit set there before).
        mutating func set(_ tokens: ClosedRange<Int>, _ hit: Int) {
            if first == nil { first = (tokens, hit) } else { later.append((tokens, hit)) }
        }

        /// No token is covered by hit `hit` any more.
        mutating func clear(_ hit: Int) {
            if first?.hit == hit { first?.hit = -1 }
            for n in later.indices where later[n].hit == hit { later[n].hit = -1 }
        }
    }

    /// The entry `matcher.lookUp` finds at token `i` (the longest), through `termTable` where
    /// that can answer: a whole-word entry there, or none where no prefix entry can match.
    @inline(__always)
    func lookUp(_ tokens: [Token], at i: Int, matcher: borrowing PhraseTable<LoadedLexicon.Entry>.Matcher) -> (index: Int, length: Int)? {
        switch termTable.find(tokens, at: i) {
        case .entry(let index, let length): return (index, length)
        case .none: return termStarts.mayStartPrefix(tokens[i].word) ? matcher.lookUp(tokens, at: i) : nil
        case .ask: return matcher.lookUp(tokens, at: i)
        }
    }

    /// Scare quotes that count as hits: the whole quotation inside this sentence (a quotation
    /// running over several sentences is speech), at most `scareQuoteMaxWords` words, and not a
    /// name or title: every word capitalised but a title's small words, none an acronym
    /// ("Million Man March", "Satan", "Unite the Right") is cited, while a coinage built on an
    /// acronym ("Asian NATO") is distanced from.
    /// On the PTC training articles quoted names and quotations of four words overlapped a
    /// marked span about 1 time in 50.
    func isScareQuote(_ quote: Range<Int>, tokens: [Token]) -> Bool {
        guard let first = tokens.first, let last = tokens.last,
              first.bytes.lowerBound <= quote.lowerBound, quote.upperBound <= last.bytes.upperBound else { return false }
        // (The tokens inside by binary search: a filter over the sentence for each quotation
        // was quadratic in a sentence of many.)
        let words = tokens.indices(startingIn: quote).filter { tokens[$0].kind == .word }
        guard !words.isEmpty, words.count <= Self.scareQuoteMaxWords else { return false }
        if words.contains(where: { tokens[$0].isAllCaps }) { return true }
        // A name or title set in title case may hold small words ("Unite the Right", "Stand for
        // Truth", "the Brennan Court"): its first word after an article is capitalised, and so
        // is every other word but those.
        var opening = true
        for k in words {
            if tokens[k].isCapitalized { opening = false; continue }
            if opening ? ScareQuotes.articles.contains(tokens[k]) : Self.titleSmallWords.contains(tokens[k]) { continue }
            return true
        }
        return opening
    }

    /// Words a title or name leaves in lower case.
    static let titleSmallWords: WordSet = [
        "the", "a", "an", "of", "for", "and", "or", "nor", "to", "in", "on", "at", "by", "with", "from", "as", "de", "la", "du", "von", "van",
    ]

    /// The tokens that start a new clause, in order: a clause ends at a semicolon, colon, dash
    /// or parenthesis, or before a contrastive conjunction, so a term is not aimed across "X
    /// did this; Y did that". A token's clause number (`clause(of:_:)`) is how many of these
    /// are at or before it. Kept as these few positions, not a number for every token: a
    /// sentence has a break or two, and its targets ask for the numbers of a few tokens.
    /// With `end`, the starts before token `end`: the clause numbers of the tokens before it.
    func clauseStarts(_ tokens: [Token], before end: Int = Int.max) -> [Int] {
        var starts: [Int] = []
        // Every token is screened first by one bit of its pack's hash, without a branch on its
        // kind or its first byte: the conjunctions' first letters start a third of the words
        // ("the", "to", "a", "was"), and the tests on them went the unexpected way often. The
        // packs are compared only where the bit is set (the listed words', and by chance
        // about one token in 400). Every listed word is short, so a token is one of them
        // exactly when their packs are equal.
        let breaks = Self.clauseBreakKeys, conjunctions = Self.clauseConjunctionKeys
        Self.clauseKeyBits.withUnsafeBufferPointer { b in
            tokens.withUnsafeBufferPointer { t in
                for k in 0..<min(end, t.count) {
                    let word = t[k].word
                    let bit = Int(truncatingIfNeeded: TermStarts.hash(word) &>> 52)
                    guard b[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0 else { continue }
                    switch t[k].kind {
                    case .punctuation: if breaks.contains(word) { starts.append(k) }
                    case .word: if conjunctions.contains(word) { starts.append(k) }
                    case .number: break
                    }
                }
            }
        }
        return starts
    }

    /// The clause breaks' and conjunctions' packs as bits of their hashes (the top twelve bits
    /// of `TermStarts.hash`): 4,096 bits, 512 bytes.
    static let clauseKeyBits: [UInt64] = (clauseBreakKeys + clauseConjunctionKeys).reduce(into: [UInt64](repeating: 0, count: 64)) { bits, key in
        let bit = Int(truncatingIfNeeded: TermStarts.hash(key) &>> 52)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The clause number of token `k`, given the sentence's `clauseStarts`.
    @inline(__always) static func clause(of k: Int, _ starts: [Int]) -> Int {
        var n = 0
        while n < starts.count && starts[n] <= k { n += 1 }
        return n
    }

    static let clauseBreakKeys = [";", ":", "\u{2014}", "\u{2013}", "(", ")"].map(WordKey.init)
    static let clauseConjunctionKeys = ["but", "while", "whereas", "although", "though"].map(WordKey.init)
    /// Quotations of more words than this are speech, not scare quotes.
    static let scareQuoteMaxWords = 3

    func tokenRange(of bytes: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        let first = tokens.firstIndex { $0.bytes.lowerBound >= bytes.lowerBound } ?? 0
        let last = tokens.lastIndex { $0.bytes.upperBound <= bytes.upperBound } ?? first
        return first..<max(first + 1, last + 1)
    }

    /// The nearest modifier of a kind within `scope` words before token `i`, not across
    /// punctuation. `previous` is the modifier at token `i - 1` (`modifier(at:in:)`), already
    /// looked up by the caller.
    func modifier(before i: Int, in tokens: [Token], kind: String, scope: Int, previous: Modifiers.Modifier?) -> Modifiers.Modifier? {
        var j = i - 1
        var seen = 0
        while j >= 0, seen < scope {
            if tokens[j].kind == .punctuation { return nil }
            if let modifier = j == i - 1 ? previous : modifier(at: j, in: tokens), modifier.kind == kind { return modifier }
            j -= 1
            seen += 1
        }
        return nil
    }

    /// The modifier that starts at token `j`, if any.
    func modifier(at j: Int, in tokens: [Token]) -> Modifiers.Modifier? {
        guard let (k, _) = modifiers.table.matchIndex(tokens, at: j) else { return nil }
        // The modifier alone is read, not the entry with its word lists.
        return modifiers.table.value(at: k)
    }

    /// Entity mentions in the sentence (`EntityGazetteer.mentions(_:_:)`: the one routine the
    /// store's per-entity counts also use, so targets and counts name the same mentions).
    @inline(__always) func entityMentions(_ tokens: [Token], _ raw: RawWords, from start: Int = 0,
                                          before end: Int = Int.max) -> [EntityGazetteer.Mention] {
        entities.mentions(tokens, raw, from: start, before: end)
    }

    /// Where the mentions of the clause of the term at `range` can be looked for: the clause's
    /// start when it is punctuation or a lower-case word, which no mention begun before it runs
    /// over (with `clauseStartsSync`), so a scan from the sentence's start would reach it
    /// between mentions; else the sentence's start.
    func mentionsStart(of range: Range<Int>, clauses: [Int], _ tokens: [Token]) -> Int {
        var c = 0
        for k in clauses where k <= range.lowerBound { c = k }
        guard c > 0, tokens[c].kind == .punctuation || !tokens[c].isCapitalized else { return 0 }
        return c
    }

    /// A headline's case: at most one word of four letters or more in lower case. (`isTitleCase`,
    /// half the long words capitalised, also takes a short sentence full of names for one:
    /// "Officials at the State and Homeland Security Departments slammed the audit.")
    static func isHeadlineCase(_ tokens: [Token]) -> Bool {
        let words = tokens.longWordCapitals
        return words.long - words.capitalised <= 1
    }

    /// True for an ordinal written in digits ("501st", "82nd", "7th").
    static func isOrdinal(_ t: Token) -> Bool {
        // The key's first byte read from its pack (a long key keeps its first bytes there): the
        // key made as a string cost more than the rest of the mentions' walk.
        let first = UInt8(truncatingIfNeeded: t.word.lo)
        guard t.kind == .word, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return false }
        return t.keyHasSuffix("st") || t.keyHasSuffix("nd") || t.keyHasSuffix("rd") || t.keyHasSuffix("th")
    }

    /// Days, months, "I" and titles' small words: no part of a name whose words a term may be
    /// part of ("The Hateful Eight" keeps its "The": `enclosingName`).
    static let notNameParts = CalendarWords.weekdayKeys + CalendarWords.monthKeys + ["i", "i'm", "i've", "mr", "mrs", "ms", "dr"]
    static let notNamePartSet = WordSet(notNameParts)

    /// Capitalised words that name no one: days, months, pronouns and titles' small words, and
    /// the function words a sentence opens with after a bracket, dash or quotation mark, a
    /// label's colon, or that a headline capitalises ("(This is a disgrace.)", "Worth noting:
    /// The ...", "Trump Was ‘Mocking’"): they had become targets ("aimed at This", "The", "Was").
    static let notNames = WordSet(notNameParts + ["the", "a", "an", "it", "it's", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they",
           "we", "you", "his", "her", "their", "our", "your", "my", "what", "when", "where", "why", "how", "who", "which",
           "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
           "could", "should", "may", "might", "must", "not", "no", "some", "other", "another", "any", "all", "each",
           "every", "many", "most", "more", "few", "but", "and", "or", "so", "if", "as", "at", "in", "on", "of", "for",
           "to", "with", "by", "from", "after", "before", "while", "since", "although", "though", "because", "yet",
           "then", "now", "also", "still", "even", "just", "only", "why", "yes"])

    /// The entity a term is aimed at: the nearest mention in its clause within the window
    /// (the one before the term on a tie), else the clause's first mention before the term (its
    /// subject), else `unknown`. Returns the name and the reason, for the explanation.
    func target(of range: Range<Int>, mentions: [EntityGazetteer.Mention], clauses: [Int], raw: RawWords) -> (name: String, note: String) {
        let clause = Self.clause(of: range.lowerBound, clauses)
        // Mentions by their index: a name is made only for the one chosen.
        var best: (distance: Int, mention: Int)?
        var subject: Int?
        for m in mentions.indices where !mentions[m].range.overlaps(range) && Self.clause(of: mentions[m].range.lowerBound, clauses) == clause {
            let mention = mentions[m]
            if subject == nil, mention.range.upperBound <= range.lowerBound { subject = m }
            let distance = mention.range.upperBound <= range.lowerBound
                ? range.lowerBound - mention.range.upperBound
                : mention.range.lowerBound - range.upperBound + 1  // prefer the left on ties
            if distance <= Self.targetWindow, distance < best?.distance ?? Int.max {
                best = (distance, m)
            }
        }
        if let best {
            let notes = Self.nearestNotes
            let note = notes.indices.contains(best.distance) ? notes[best.distance] : Self.nearestNote(best.distance)
            return (mentionName(mentions[best.mention], raw), note)
        }
        if let subject { return (mentionName(mentions[subject], raw), "subject of the clause") }
        return ("unknown", "no named entity in the clause")
    }

    /// The explanation of a target found `distance` words away.
    static func nearestNote(_ distance: Int) -> String {
        "nearest named entity in the clause (\(counted(distance, "word")) away)"
    }

    /// `nearestNote` for every distance within the window, made once: interpolating the
    /// number into the note cost more than finding the target.
    static let nearestNotes = (0...targetWindow).map(nearestNote)

    /// A mention's name: the entity's, or for a capitalised run its words as written.
    func mentionName(_ mention: EntityGazetteer.Mention, _ raw: RawWords) -> String {
        if mention.slot >= 0 { return entities.name(slot: Int(mention.slot), entity: Int(mention.entity)) }
        // A run of one word (most) is its text: no list of strings to join.
        if mention.range.count == 1 { return raw.text(mention.range.lowerBound) }
        return Self.joinedWords(mention.range) { raw.text($0) }
    }

    /// The texts of a run of tokens joined by single spaces, as `joined(separator: " ")` makes
    /// them: appended one by one, since the library's `joined` looked up its generic witnesses
    /// at run time on every call (about 7,700 instructions for a name of two words).
    static func joinedWords(_ range: Range<Int>, _ text: (Int) -> String) -> String {
        var name = ""
        for k in range {
            if k > range.lowerBound { name.append(" ") }
            name.append(text(k))
        }
        return name
    }
}

/// The tokens' texts as entity aliases are written: case kept, a possessive ending dropped
/// ("Moscow’s" is Moscow). A token's byte range and packed key are made when asked for, and
/// its string only when a mention names it or a comparison needs it (a long or non-ASCII
/// word): the entity matching asks for the keys of the few words that start like an alias
/// (`EntityGazetteer.mayMatch` reads the first byte from the text), and ranges and keys made
/// for every token of every sentence cost more than the matching itself.
struct RawWords {
    let source: SourceText
    let tokens: [Token]

    init(source: SourceText, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    /// The first two bytes of token `k`'s text, the first plus 256 times the second (0 for a
    /// token at the text's end): a word of one byte reads the byte after it, which the set it
    /// is tested in (`EntityGazetteer.mayMatch`) takes for any, and a possessive ending is
    /// dropped only from a text longer than it, so a longer text's two bytes are its own.
    @inline(__always) func firstPair(_ k: Int) -> Int {
        let at = tokens[k].bytes.lowerBound
        let second = at + 1 < source.bytes.count ? Int(source.bytes[at + 1]) : 0
        return Int(source.bytes[at]) | second << 8
    }

    /// The byte range of token `k`'s text, without its possessive ending.
    @inline(__always) func range(_ k: Int) -> Range<Int> { rangeAndKey(k).range }

    /// Token `k`'s text packed (`WordKey(bytes:)` of its bytes, as `WordKey(text)` would be).
    @inline(__always) func key(_ k: Int) -> WordKey { rangeAndKey(k).key }

    /// The byte range and the pack of token `k`'s text.
    @inline(__always) func rangeAndKey(_ k: Int) -> (range: Range<Int>, key: WordKey) {
        let r = tokens[k].bytes
        let n = r.count
        // Short ASCII words (nearly all): two loads, masked to the word (as the tokenizer reads
        // plain words), are the pack unless a possessive ending is dropped.
        if n <= WordKey.maxPacked, r.lowerBound &+ 16 <= source.bytes.count {
            let (lo8, hi8) = source.bytes.withUnsafeBytes { raw in
                (raw.loadUnaligned(fromByteOffset: r.lowerBound, as: UInt64.self).littleEndian,
                 raw.loadUnaligned(fromByteOffset: r.lowerBound &+ 8, as: UInt64.self).littleEndian)
            }
            let loMask: UInt64 = n >= 8 ? ~0 : (1 &<< (8 &* UInt64(n))) &- 1
            let hiMask: UInt64 = n <= 8 ? 0 : (1 &<< (8 &* UInt64(n &- 8))) &- 1
            let key = WordKey(lo: lo8 & loMask, hi: (hi8 & hiMask) | UInt64(n) &<< 56)
            if (key.lo | (hi8 & hiMask)) & 0x8080_8080_8080_8080 == 0
                && !(n > 2 && key.byte(n &- 2) == UInt8(ascii: "'") && key.byte(n &- 1) == UInt8(ascii: "s")) {
                return (r, key)
            }
        }
        return Self.otherRangeAndKey(source, r)
    }

    /// `rangeAndKey` for the other words: non-ASCII, long, possessive, or near the text's end.
    @inline(never) static func otherRangeAndKey(_ source: SourceText, _ range: Range<Int>) -> (range: Range<Int>, key: WordKey) {
        var r = range
        return source.bytes.withUnsafeBufferPointer { b in
            if !UnsafeBufferPointer(rebasing: b[r]).contains(where: { $0 >= 0x80 }) {
                // ASCII words byte by byte: there a Character is a byte.
                if r.count > 2 && b[r.upperBound - 2] == UInt8(ascii: "'") && b[r.upperBound - 1] == UInt8(ascii: "s") {
                    r = r.lowerBound..<(r.upperBound - 2)
                }
            } else if r.count > 4, b[r.upperBound - 4] == 0xE2, b[r.upperBound - 3] == 0x80, b[r.upperBound - 2] == 0x99,
                      b[r.upperBound - 1] == UInt8(ascii: "s"), b[r.upperBound - 5] < 0x80 {
                // "Trump’s": the last two Characters are ’ and s (an ASCII character, a Character
                // of its own, stands before the apostrophe), as the comparison below would find.
                r = r.lowerBound..<(r.upperBound - 4)
            } else if b[r.upperBound - 1] == UInt8(ascii: "s") {
                // Others by Characters, as strings compare them; only those whose last byte
                // is "s" (a last Character "s" is that byte alone): the others, mostly curly
                // quotes and dashes, cannot end in a possessive.
                let text = source.text(ofBytes: r)
                for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) && text.count > 2 {
                    r = r.lowerBound..<(r.lowerBound + text.dropLast(2).utf8.count)
                    break
                }
            }
            return (r, WordKey(bytes: UnsafeBufferPointer(rebasing: b[r])))
        }
    }

    var count: Int { tokens.count }

    /// The text of token `k`.
    func text(_ k: Int) -> String { source.text(ofBytes: range(k)) }

    /// Whether token `k`'s text is the string `other` (whose pack is `otherKey`), as `==` on
    /// strings says: by the packs when both are whole and ASCII (where equal strings have
    /// equal bytes), else by the strings.
    func equals(_ k: Int, _ other: String, _ otherKey: WordKey) -> Bool {
        equals(rangeAndKey(k), other, otherKey)
    }

    /// `equals` for a token's text given as its `rangeAndKey`.
    @inline(__always) func equals(_ text: (range: Range<Int>, key: WordKey), _ other: String, _ otherKey: WordKey) -> Bool {
        let (range, key) = text
        if !key.isLong && !otherKey.isLong && key.isASCII && otherKey.isASCII { return key == otherKey }
        return source.text(ofBytes: range) == other
    }

    /// The number of Characters of token `k`'s text.
    func characterCount(_ k: Int) -> Int {
        let (range, key) = rangeAndKey(k)
        return !key.isLong && key.isASCII ? key.count : source.text(ofBytes: range).count
    }
}
