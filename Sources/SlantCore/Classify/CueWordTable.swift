/// One table for everything a sentence's context looks a token's word up for: the bits of the
/// `TokenSets` word sets that hold it, and what the attribution and editorial tables hold for
/// it as a first word (`PhraseTable.firstWords`). Built with the tables of a `CueWords`, which
/// keeps it beside them (the tables differ between analyzers: `--lexicons DIR`).
///
/// Before it, each token cost three lookups: the word sets' table, a filter of each phrase
/// table, and for one word in two (those that start entries: "the", "in", "said") a phrase
/// lookup that hashed the word again, tested a filter over the first two words and probed
/// the table of first words, to find in six cases in ten that no entry starts there. Here one
/// probe answers all three, and whether a phrase can go on with the next word is a bit test
/// on the two words' slots, since the next word is probed in the same walk anyway.
///
/// Every word of a set, every first word of an entry and every second word of a phrase has
/// a slot (keys of up to 15 bytes: a token with a longer key, about one in 600, is looked up
/// as before). So a word not found starts no whole-word entry, and a word after a first word
/// that is not found, or whose pair of slots has no bit, goes on with no phrase: the answers
/// are those of the tables' own lookups.
final class CueWordTable: @unchecked Sendable {
    struct Slot {
        var lo: UInt64 = 0
        /// 0 for an empty slot: a key's pack has its length in the top byte.
        var hi: UInt64 = 0
        var bits: TokenSets = []
        /// The word's index among the attribution table's first words, -1 for none.
        var attribution: Int32 = -1
        /// The same among the editorial table's first words.
        var editorial: Int32 = -1
        /// The attribution entry of the word alone, -1 for none.
        var attributionSingle: Int32 = -1
        /// The editorial entry of the word alone, -1 for none.
        var editorialSingle: Int32 = -1
    }

    /// `mask + 1` slots, a power of two, at most a quarter of them used, so that a word in no
    /// list (four tokens in ten) usually meets an empty slot at once.
    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    private let shift: UInt64
    /// A 65,536-bit filter of the pairs of slots of phrases' first two words (`pairBit`), in
    /// either table: a few hundred pairs, so a pair not listed passes about one time in a
    /// hundred, and then costs only the lookup that finds nothing.
    private let pairs: UnsafeMutablePointer<UInt64>
    /// A 65,536-bit filter of the prefix entries' keys (`WordKey.prefix4`) of both tables (12
    /// in the shipped lexicons): a word whose first four bytes miss it needs no prefix lookup.
    private let prefixes: UnsafeMutablePointer<UInt64>
    private let hasPrefixes: Bool
    /// The `TokenSets` bits of the sets' words over 15 bytes, which have no slot.
    private let longBits: KeyTable<TokenSets>
    private static let filterWords = 1024

    /// Not found, and a key over 15 bytes (which has no slot), as `probe` reports them.
    private static let notFound = -1, long = -2

    init(attribution: PhraseTable<CueWords.Word>, editorial: PhraseTable<CueWords.Word>) {
        // The keys in a fixed order (sets, then each table's first words, then second words),
        // so that the slots, and with them the pair bits, are the same at every run. (Gathered
        // in a `KeyTable`, which hashes a pack with a multiply: a `Dictionary` hashed each of
        // some 5,000 insertions with SipHash, and building the table cost 8.2M instructions.)
        let attributionFirst = attribution.firstWords, editorialFirst = editorial.firstWords
        var table = KeyTable<Slot>()
        // Room for every key at once (an upper bound: keys are shared), not grown by doubling.
        table.reserveCapacity(TokenSets.members.reduce(0) { $0 + $1.set.words.count } + attributionFirst.keys.count
                              + editorialFirst.keys.count + attribution.count + editorial.count)
        func index(_ key: WordKey) -> Int {
            table.index(of: key, "") ?? table.append(key, "", Slot(lo: key.lo, hi: key.hi))
        }
        var longBits = KeyTable<TokenSets>()
        var seen: TokenSets = []
        for (bit, set) in TokenSets.members {
            precondition(bit.rawValue.nonzeroBitCount == 1 && seen.isDisjoint(with: bit), "token set bits must be distinct")
            seen.insert(bit)
            for word in set.words {
                let key = WordKey(word)
                if !key.isLong {
                    table.values[index(key)].bits.insert(bit)
                } else if let k = longBits.index(of: key, word) {
                    longBits.values[k].insert(bit)
                } else {
                    longBits.append(key, word, bit)
                }
            }
        }
        self.longBits = longBits
        for (k, key) in attributionFirst.keys.enumerated() where !key.isLong {
            let v = index(key)
            table.values[v].attribution = Int32(k)
            table.values[v].attributionSingle = attributionFirst.singles[k]
        }
        for (k, key) in editorialFirst.keys.enumerated() where !key.isLong {
            let v = index(key)
            table.values[v].editorial = Int32(k)
            table.values[v].editorialSingle = editorialFirst.singles[k]
        }
        var pairKeys: [(WordKey, WordKey)] = []
        for table in [attribution, editorial] {
            table.forEachPair { first, second in
                // A long second word has no slot: a long next token is always let through.
                guard !first.isLong, !second.isLong else { return }
                _ = index(second)
                pairKeys.append((first, second))
            }
        }
        var size = 16, shift: UInt64 = 60
        while size < table.count * 4 {
            size *= 2
            shift -= 1
        }
        slots = UnsafeMutablePointer<Slot>.allocate(capacity: size)
        slots.initialize(repeating: Slot(), count: size)
        mask = size - 1
        self.shift = shift
        for value in table.values {
            var s = Self.home(of: WordKey(lo: value.lo, hi: value.hi), shift: shift)
            while slots[s].hi != 0 { s = (s + 1) & mask }
            slots[s] = value
        }
        pairs = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.filterWords)
        pairs.initialize(repeating: 0, count: Self.filterWords)
        prefixes = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.filterWords)
        prefixes.initialize(repeating: 0, count: Self.filterWords)
        hasPrefixes = !attribution.prefixKeys.isEmpty || !editorial.prefixKeys.isEmpty
        for (first, second) in pairKeys {
            Self.insert(Self.pairBit(probe(first), probe(second)), into: pairs)
        }
        for key in attribution.prefixKeys + editorial.prefixKeys {
            Self.insert(PhraseTable<CueWords.Word>.filterBit(key), into: prefixes)
        }
    }

    deinit {
        slots.deallocate()
        pairs.deallocate()
        prefixes.deallocate()
    }

    /// The table of `CueWords()`, whose phrase tables are empty: made once.
    static let empty = CueWordTable(attribution: PhraseTable(), editorial: PhraseTable())

    /// A key's first slot (as `TokenSets.Table` places its keys: one multiply).
    @inline(__always) private static func home(of key: WordKey, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key.lo ^ key.hi) &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The slot of a key, `notFound`, or `long` for a key over 15 bytes.
    @inline(__always) private func probe(_ word: WordKey) -> Int {
        if word.isLong { return Self.long }
        var s = Self.home(of: word, shift: shift)
        while true {
            let hi = slots[s].hi
            if hi == 0 { return Self.notFound }
            if hi == word.hi && slots[s].lo == word.lo { return s }
            s = (s &+ 1) & mask
        }
    }

    private static func insert(_ bit: Int, into filter: UnsafeMutablePointer<UInt64>) {
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always) private static func contains(_ bit: Int, in filter: UnsafeMutablePointer<UInt64>) -> Bool {
        filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The filter bit of a pair of slots.
    @inline(__always) private static func pairBit(_ first: Int, _ second: Int) -> Int {
        Int(truncatingIfNeeded: ((UInt64(truncatingIfNeeded: first) &<< 32 | UInt64(truncatingIfNeeded: second))
                &* 0x9E37_79B9_7F4A_7C15) &>> 48)
    }

    /// Whether a phrase of either table may go on from the word at slot `first` with the next
    /// word, which `probe` gave `next`.
    @inline(__always) private func mayGoOn(_ first: Int, _ next: Int) -> Bool {
        if next == Self.long { return true }
        return next >= 0 && Self.contains(Self.pairBit(first, next), in: pairs)
    }

    /// False when no prefix entry of either table can match `word`.
    @inline(__always) private func mayStartPrefix(_ word: WordKey) -> Bool {
        guard hasPrefixes, let packed = word.prefix4 else { return false }
        return Self.contains(PhraseTable<CueWords.Word>.filterBit(packed), in: prefixes)
    }

    /// Looks every token up once and writes what the context keeps into `buffers`: the longest
    /// entry of each matcher's table starting at each token and the tokens where one starts
    /// (as `PhraseTable.Matcher.matchIndices(_:alongside:mine:myStarts:theirs:theirStarts:)`
    /// writes them), and each token's `TokenSets` (as `TokenSets.of(_:reusing:firstNumber:)`
    /// gives them). The matchers must be those of the tables this was built from.
    func lookUp(_ tokens: [Token], attribution: borrowing PhraseTable<CueWords.Word>.Matcher,
                editorial: borrowing PhraseTable<CueWords.Word>.Matcher, into buffers: inout SentenceContext.Buffers,
                firstNumber: inout Int) -> (each: TokenSets.List, any: TokenSets) {
        let storage = TokenSets.List.storage(for: tokens.count, reusing: &buffers.tokenSets)
        let any = lookUp(tokens, attribution: attribution, editorial: editorial,
                         mine: &buffers.attributionMatches, myStarts: &buffers.attributionStarts,
                         theirs: &buffers.editorialMatches, theirStarts: &buffers.editorialStarts,
                         bits: storage, firstNumber: &firstNumber)
        return (TokenSets.List(storage: storage, count: tokens.count), any)
    }

    /// `lookUp(_:attribution:editorial:into:firstNumber:)` with the lists apart, the bits
    /// written into `bits` (room for the tokens), their union returned.
    private func lookUp(_ tokens: [Token], attribution: borrowing PhraseTable<CueWords.Word>.Matcher,
                        editorial: borrowing PhraseTable<CueWords.Word>.Matcher,
                        mine: inout [PhraseMatch], myStarts: inout [Int], theirs: inout [PhraseMatch], theirStarts: inout [Int],
                        bits storage: TokenSets.List.Storage, firstNumber: inout Int) -> TokenSets {
        let n = tokens.count
        let none = PhraseMatch(index: -1, length: 0)
        // The match lists made at least as long as the tokens, never shortened, and written
        // through their buffers; an empty list of starts left as it is (see `matchIndices`).
        if mine.count < n { mine.append(contentsOf: repeatElement(none, count: n - mine.count)) }
        if theirs.count < n { theirs.append(contentsOf: repeatElement(none, count: n - theirs.count)) }
        if !myStarts.isEmpty { myStarts.removeAll(keepingCapacity: true) }
        if !theirStarts.isEmpty { theirStarts.removeAll(keepingCapacity: true) }
        var any: TokenSets = []
        var number = n
        // Read once, out of the loop (a static read checks its lazy initialisation each time).
        let mayWord = TokenSets.mayWord
        let attributionPrefixes = attribution.prefixes.count > 0, editorialPrefixes = editorial.prefixes.count > 0
        storage.withUnsafeMutablePointerToElements { out in
            mine.withUnsafeMutableBufferPointer { mine in
                theirs.withUnsafeMutableBufferPointer { theirs in
                    tokens.withUnsafeBufferPointer { buffer in
                        var slot = n > 0 ? probe(buffer[0].word) : Self.notFound
                        for i in 0..<n {
                            // Each token is probed once, as the next of the one before.
                            let next = i + 1 < n ? probe(buffer[i + 1].word) : Self.notFound
                            var bits: TokenSets = []
                            var found = none, theirsFound = none
                            if slot >= 0 {
                                let entry = slots[slot]
                                bits = entry.bits
                                if entry.attribution >= 0 || entry.editorial >= 0 {
                                    // A first word: its phrases, when the next word may go on
                                    // with one, else the word alone, else a prefix entry.
                                    let goesOn = mayGoOn(slot, next)
                                    if entry.attribution >= 0 {
                                        if goesOn {
                                            found = Self.match(attribution.lookUp(tokens, at: i, first: Int(entry.attribution)))
                                        } else if entry.attributionSingle >= 0 {
                                            found = PhraseMatch(index: entry.attributionSingle, length: 1)
                                        } else if attributionPrefixes, mayStartPrefix(entry.key) {
                                            found = Self.match(attribution.prefixLookUp(tokens, at: i))
                                        }
                                    } else if attributionPrefixes, mayStartPrefix(entry.key) {
                                        found = Self.match(attribution.prefixLookUp(tokens, at: i))
                                    }
                                    if entry.editorial >= 0 {
                                        if goesOn {
                                            theirsFound = Self.match(editorial.lookUp(tokens, at: i, first: Int(entry.editorial)))
                                        } else if entry.editorialSingle >= 0 {
                                            theirsFound = PhraseMatch(index: entry.editorialSingle, length: 1)
                                        } else if editorialPrefixes, mayStartPrefix(entry.key) {
                                            theirsFound = Self.match(editorial.prefixLookUp(tokens, at: i))
                                        }
                                    } else if editorialPrefixes, mayStartPrefix(entry.key) {
                                        theirsFound = Self.match(editorial.prefixLookUp(tokens, at: i))
                                    }
                                } else if mayStartPrefix(entry.key) {
                                    (found, theirsFound) = Self.prefixMatches(tokens, i, attribution, editorial)
                                }
                            } else if slot == Self.long {
                                bits = longWordBits(buffer[i])
                                // As the tables look up any word.
                                if attribution.mayMatch(tokens, at: i) { found = Self.match(attribution.lookUp(tokens, at: i)) }
                                if editorial.mayMatch(tokens, at: i) { theirsFound = Self.match(editorial.lookUp(tokens, at: i)) }
                            } else if mayStartPrefix(buffer[i].word) {
                                // In no list: only a prefix entry may start here.
                                (found, theirsFound) = Self.prefixMatches(tokens, i, attribution, editorial)
                            }
                            bits = TokenSets.adjusted(bits, buffer, i, mayWord: mayWord)
                            (out + i).initialize(to: bits)
                            any.formUnion(bits)
                            if buffer[i].kind == .number, i < number { number = i }
                            mine[i] = found
                            if found.index >= 0 {
                                if myStarts.isEmpty { myStarts.reserveCapacity(n - i) }
                                myStarts.append(i)
                            }
                            theirs[i] = theirsFound
                            if theirsFound.index >= 0 {
                                if theirStarts.isEmpty { theirStarts.reserveCapacity(n - i) }
                                theirStarts.append(i)
                            }
                            slot = next
                        }
                    }
                }
            }
        }
        firstNumber = number
        return any
    }

    /// The `TokenSets` bits of a token whose key is over 15 bytes (about one in 600), out of
    /// the walk over every token so that the walk keeps its registers.
    @inline(never)
    private func longWordBits(_ token: Token) -> TokenSets {
        longBits.index(of: token).map { longBits.values[$0] } ?? []
    }

    /// Each token's `TokenSets` and their union, written into `storage` when it can be reused
    /// (`TokenSets.List.storage(for:reusing:)`), with the index of the first number token (the
    /// token count when there is none): the bits of `lookUp(_:attribution:editorial:into:firstNumber:)`
    /// without the phrase tables' matches.
    func tokenSets(_ tokens: [Token], reusing storage: inout TokenSets.List.Storage?,
                   firstNumber: inout Int) -> (each: TokenSets.List, any: TokenSets) {
        let list = TokenSets.List.storage(for: tokens.count, reusing: &storage)
        var any: TokenSets = []
        var number = tokens.count
        let mayWord = TokenSets.mayWord
        list.withUnsafeMutablePointerToElements { out in
            tokens.withUnsafeBufferPointer { buffer in
                for i in buffer.indices {
                    let slot = probe(buffer[i].word)
                    let bits = slot >= 0 ? slots[slot].bits : slot == Self.long ? longWordBits(buffer[i]) : []
                    let adjusted = TokenSets.adjusted(bits, buffer, i, mayWord: mayWord)
                    (out + i).initialize(to: adjusted)
                    any.formUnion(adjusted)
                    if buffer[i].kind == .number, i < number { number = i }
                }
            }
        }
        firstNumber = number
        return (TokenSets.List(storage: list, count: tokens.count), any)
    }

    /// The prefix entries of both tables at token `i` (out of the walk: few words get here).
    @inline(never)
    private static func prefixMatches(_ tokens: borrowing [Token], _ i: Int, _ attribution: borrowing PhraseTable<CueWords.Word>.Matcher,
                                      _ editorial: borrowing PhraseTable<CueWords.Word>.Matcher) -> (PhraseMatch, PhraseMatch) {
        (match(attribution.prefixLookUp(tokens, at: i)), match(editorial.prefixLookUp(tokens, at: i)))
    }

    /// A lookup's answer as the lists keep it (-1 for none).
    @inline(__always) private static func match(_ found: (index: Int, length: Int)?) -> PhraseMatch {
        found.map { PhraseMatch(index: Int32($0.index), length: Int32($0.length)) } ?? PhraseMatch(index: -1, length: 0)
    }
}

extension CueWordTable.Slot {
    /// The key the slot holds.
    @inline(__always) var key: WordKey { WordKey(lo: lo, hi: hi) }
}
