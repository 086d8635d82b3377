/// Finds the longest lexicon phrase starting at a token, in one hash lookup per token.
///
/// Phrases are sequences of lower-case token keys. A single word ending in `*` matches any
/// word that starts with it (`sabotag*`: sabotage, sabotaged, sabotaging); the prefix must have
/// at least four letters so it cannot swallow short neutral words.
public struct PhraseTable<Value: Sendable>: Sendable {
    public struct Entry: Sendable {
        public var words: [String]
        public var isPrefix: Bool
        public var value: Value
        /// `words` packed, for comparing tokens without comparing strings.
        var keys: [WordKey] = []
    }

    /// An entry as the list of its first word (or prefix) holds it: its index in `entries`,
    /// its length in words, and the key the lookup tests before reading the entry itself (a
    /// phrase's second word, a prefix entry's prefix). Common words start many phrases ("in",
    /// "a", "the" start dozens): with the second word here, the lookup for such a word runs
    /// down one short contiguous list, where reading each entry's own key list first cost a
    /// cache miss per candidate.
    struct Candidate {
        var index: Int32
        var length: Int32
        var key: WordKey
    }

    /// The entries that start with one word: its candidates, longest first; the entry of the
    /// word alone (`-1` for none); and a 256-bit set of the phrases' second words (bit: the top
    /// byte of the key's hash). The set answers most lookups of a common first word without
    /// reading its list: "in" starts two dozen phrases, and the word after it is nearly always
    /// none of their second words.
    struct Slot {
        var candidates: [Candidate] = []
        var single: Int32 = -1
        var seconds = ByteSet()

        @inline(__always) static func bit(_ word: WordKey) -> UInt8 { UInt8(truncatingIfNeeded: word.hash >> 56) }

        mutating func addSecond(_ word: WordKey) { seconds.insert(Self.bit(word)) }

        @inline(__always) func mayHaveSecond(_ word: WordKey) -> Bool { seconds.contains(Self.bit(word)) }
    }

    /// The tables, behind one reference: a phrase table is copied into every sentence's context
    /// (through `CueWords`), and one reference count per copy is cheaper than one per array.
    fileprivate final class Storage: PhraseTables, @unchecked Sendable {
        // Mutated only while uniquely referenced (copied first otherwise, in `insertReporting`),
        // so no access can overlap a write: the runtime's exclusivity checks, paid on every
        // lookup of every token, are switched off for these properties.
        /// Every entry once; the lists below hold indices into it.
        @exclusivity(unchecked) var entries: [Entry] = []
        /// Entries by their first word, longest phrase first.
        @exclusivity(unchecked) var byFirst = KeyTable<Slot>()
        /// Prefix entries by their first four bytes (`WordKey.prefix4`), longest prefix first.
        @exclusivity(unchecked) var prefixes = KeyTable<[Candidate]>()
        /// A 65,536-bit filter over every entry's first word (whole words): most words of a
        /// text start no entry, and one bit test tells so
        /// without a table probe. (Keyed on first four bytes alone, it let through every word that
        /// began like one of thousands of entries: "prot" for "protest" passed "protect".)
        ///
        /// The second 65,536 bits (words 1,024 on) tell a word that passed from one that only
        /// starts phrases none of which goes on with the next word: the bits of single-word
        /// entries and of phrases' first two words (`pairKey`). Common words start dozens of
        /// phrases ("in", "the", "said"), and about a third of news words passed the first half
        /// to be looked up in the table, where the next word then matched none of their phrases.
        ///
        /// The third 65,536 bits (words 2,048 on) are those of the four-byte keys of prefix
        /// entries. (In the first half, among the bits of thousands of whole words, a word's
        /// first four bytes hit one about one time in twenty, and the word was looked up.)
        @exclusivity(unchecked) var filter = [UInt64](repeating: 0, count: 3 * filterWords)

        init() {}

        func copy() -> Storage {
            let other = Storage()
            other.entries = entries
            other.byFirst = byFirst
            other.prefixes = prefixes
            other.filter = filter
            return other
        }
    }

    private var storage = Storage()
    public private(set) var count = 0
    static var prefixKeyLength: Int { 4 }

    public init() {}

    /// Splits a term into the token keys the tokenizer would produce.
    public static func words(of term: String) -> [String] {
        // Fast path for the common entry (lower-case ASCII words separated by single spaces, with
        // hyphens and apostrophes only between letters or digits): the tokenizer would split it
        // at the spaces and change nothing else. Loading 10,000 entries must stay under 10 ms.
        if let words = simpleWords(term) { return words }
        var lowered = term.lowercased()
        if lowered.utf8.contains(0xE2) { lowered = lowered.replacingOccurrences(of: "\u{2019}", with: "'") }
        let source = SourceText(lowered)
        return Tokenizer.tokens(in: source, range: 0..<source.bytes.count).map(\.key)
    }

    /// What an insertion did.
    public enum Insertion {
        /// The term has no words, or is a prefix term that breaks the prefix rule.
        case invalid
        case added
        /// An entry with the same words was replaced; its old value.
        case replaced(Value)
    }

    /// Adds an entry, replacing one with the same words. Returns false for an invalid prefix term.
    @discardableResult
    public mutating func insert(_ term: String, value: Value) -> Bool {
        if case .invalid = insertReporting(term, value: value) { return false }
        return true
    }

    /// Adds an entry, replacing one with the same words, and says which it did.
    public mutating func insertReporting(_ term: String, value: Value) -> Insertion {
        var term = term
        let isPrefix = term.utf8.last == 0x2A  // "*"
        if isPrefix { term = String(decoding: term.utf8.dropLast(), as: UTF8.self) }
        let words = Self.words(of: term)
        return insertReporting(words: words, keys: words.map(WordKey.init), isPrefix: isPrefix, value: value)
    }

    /// `insertReporting` for a term already split as `words(of:)` splits it (without the `*` of
    /// a prefix term), with the words' packs: for a loader that cuts plain terms from a file's
    /// bytes itself (`plainWords`).
    mutating func insertReporting(words: [String], keys: [WordKey], isPrefix: Bool, value: Value) -> Insertion {
        guard let first = words.first else { return .invalid }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let entry = Entry(words: words, isPrefix: isPrefix, value: value, keys: keys)
        let firstKey = entry.keys[0]
        // Lists are changed in place and kept ordered at insertion: longest phrase, or longest
        // prefix, first, so the first match is the best.
        if isPrefix {
            guard words.count == 1, first.count >= Self.prefixKeyLength, let key = firstKey.prefix4 else { return .invalid }
            setFilter(key, offset: 2 * Self.filterWords)
            let slot = storage.prefixes.index(of: key, "") ?? storage.prefixes.append(key, "", [])
            if let existing = storage.prefixes.values[slot].firstIndex(where: { storage.entries[Int($0.index)].words == words }) {
                let k = Int(storage.prefixes.values[slot][existing].index)
                let previous = storage.entries[k].value
                storage.entries[k] = entry
                return .replaced(previous)
            } else {
                let length = first.utf8.count
                let position = storage.prefixes.values[slot].firstIndex { storage.entries[Int($0.index)].words[0].utf8.count < length } ?? storage.prefixes.values[slot].count
                storage.prefixes.values[slot].insert(Candidate(index: Int32(storage.entries.count), length: 1, key: firstKey), at: position)
                storage.entries.append(entry)
            }
        } else {
            setFilter(firstKey)
            setSecondHalf(entry.keys.count > 1 ? Self.pairKey(firstKey, entry.keys[1]) : firstKey)
            let slot = storage.byFirst.index(of: firstKey, first) ?? storage.byFirst.append(first, Slot())
            if let existing = storage.byFirst.values[slot].candidates.firstIndex(where: { storage.entries[Int($0.index)].words == words }) {
                let k = Int(storage.byFirst.values[slot].candidates[existing].index)
                let previous = storage.entries[k].value
                storage.entries[k] = entry
                return .replaced(previous)
            } else {
                let position = storage.byFirst.values[slot].candidates.firstIndex { Int($0.length) < words.count }
                    ?? storage.byFirst.values[slot].candidates.count
                let candidate = Candidate(index: Int32(storage.entries.count), length: Int32(words.count),
                                          key: entry.keys.count > 1 ? entry.keys[1] : WordKey(lo: 0, hi: 0))
                storage.byFirst.values[slot].candidates.insert(candidate, at: position)
                if words.count == 1 {
                    storage.byFirst.values[slot].single = candidate.index
                } else {
                    storage.byFirst.values[slot].addSecond(candidate.key)
                }
                storage.entries.append(entry)
                count += 1
            }
        }
        return .added
    }

    /// The longest entry matching the tokens at `i`, and how many tokens it covers.
    public func match(_ tokens: [Token], at i: Int) -> (entry: Entry, length: Int)? {
        guard let (k, length) = matchIndex(tokens, at: i) else { return nil }
        return (storage.entries[k], length)
    }

    /// The value of the entry at an index that `matchIndex` returned, read without copying the
    /// entry's word lists.
    func value(at k: Int) -> Value { storage.entries[k].value }

    /// The entry at an index that `matchIndex` returned.
    @inline(__always) func entry(at k: Int) -> Entry { storage.entries[k] }

    /// The index of the longest entry matching the tokens at `i`, and how many tokens it covers:
    /// `match` without copying the entry.
    func matchIndex(_ tokens: [Token], at i: Int) -> (index: Int, length: Int)? {
        Self.matchIndex(storage, tokens, at: i)
    }

    /// The tables as plain values, for many lookups: reading them through the class on every
    /// token would count a reference each time. Taking one counts a reference to each of the
    /// tables' ten arrays (and dropping it releases them), so the analyzer takes one per
    /// article and lends it to every sentence (`matchIndices` alone takes one per call).
    struct Matcher: PhraseTables {
        let entries: [Entry]
        let byFirst: KeyTable<Slot>
        let prefixes: KeyTable<[Candidate]>
        let filter: [UInt64]

        fileprivate init(_ storage: Storage) {
            entries = storage.entries
            byFirst = storage.byFirst
            prefixes = storage.prefixes
            filter = storage.filter
        }
    }

    /// The tables as plain values, to lend to many `matchIndices` calls.
    func matcher() -> Matcher { Matcher(storage) }

    /// `matchIndex` at every token (`-1` where nothing matches).
    func matchIndices(_ tokens: [Token]) -> [PhraseMatch] {
        matcher().matchIndices(tokens)
    }

    @inline(__always)
    fileprivate static func matchIndex(_ storage: borrowing some PhraseTables<Value>, _ tokens: borrowing [Token], at i: Int) -> (index: Int, length: Int)? {
        let word = tokens[i].word
        let bit = filterBit(word)
        // (Tested one after the other: `||` would take `storage` into a closure.)
        var wholeWords = storage.filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        if wholeWords { wholeWords = Self.mayGoOn(storage, tokens, at: i) }
        if !wholeWords {
            // No whole-word entry can match here: only a prefix entry might.
            if mayStartPrefix(storage, word) { return prefixMatch(storage, tokens, at: i) }
            return nil
        }
        if let slot = storage.byFirst.index(of: word, tokens[i].key) {
            // No phrase goes on with the next word: the word's own entry, if any, is the match.
            guard i + 1 < tokens.count, storage.byFirst.values[slot].mayHaveSecond(tokens[i + 1].word) else {
                let single = storage.byFirst.values[slot].single
                if single >= 0 { return (Int(single), 1) }
                return prefixMatch(storage, tokens, at: i)
            }
            // Read in place: copying an entry would count references to its arrays and strings.
            // The two arrays are taken out first, so that the closures capture them and not
            // `storage` (a capture the compiler treats as a copy of all ten of its arrays;
            // `borrowing` holds it to that).
            let entryArray = storage.entries, candidates = storage.byFirst.values[slot].candidates
            let found: (index: Int, length: Int)? = candidates.withUnsafeBufferPointer { list in
                let left = tokens.count - i
                for c in list {
                    let n = Int(c.length)
                    guard n <= left else { continue }
                    if n == 1 { return (Int(c.index), 1) }
                    // The second word from the list; the entry is read only when it matches.
                    let second = tokens[i + 1].word
                    guard second == c.key else { continue }
                    if n == 2 && !second.isLong { return (Int(c.index), 2) }
                    let ok = entryArray.withUnsafeBufferPointer { entries in
                        let k = Int(c.index)
                        var m = 1
                        while m < n {
                            let word = tokens[i + m].word
                            if word != entries[k].keys[m] || (word.isLong && tokens[i + m].key != entries[k].words[m]) { return false }
                            m += 1
                        }
                        return true
                    }
                    if ok { return (Int(c.index), n) }
                }
                return nil
            }
            if let found { return found }
        }
        return prefixMatch(storage, tokens, at: i)
    }

    /// The longest prefix entry (`word*`) matching token `i`.
    @inline(__always)
    fileprivate static func prefixMatch(_ storage: borrowing some PhraseTables<Value>, _ tokens: borrowing [Token], at i: Int) -> (index: Int, length: Int)? {
        let word = tokens[i].word
        if storage.prefixes.count > 0, let packed = word.prefix4, let slot = storage.prefixes.index(of: packed, "") {
            // Compared on the packs when both hold their whole key (words of up to 15 bytes):
            // the token's key is made as a string only for a long word or a long prefix.
            for c in storage.prefixes.values[slot] {
                if !word.isLong && !c.key.isLong {
                    if word.hasPrefix(c.key) { return (Int(c.index), 1) }
                } else if tokens[i].key.utf8.starts(with: storage.entries[Int(c.index)].words[0].utf8) {
                    return (Int(c.index), 1)
                }
            }
        }
        return nil
    }

    /// Sets a key's two bits in the second half of the filter (`secondBit` as well as
    /// `filterBit`): with one bit, the 4,300 single words and pairs of the shipped lexicon set
    /// one bit in 15, and the words that start phrases ("in", "the", "said": a third of news
    /// words) went through to the lookup about as often; with two, one time in 60.
    private mutating func setSecondHalf(_ word: WordKey) {
        let first = Self.filterBit(word), second = Self.secondBit(word)
        storage.filter[Self.filterWords + first >> 6] |= 1 << UInt64(first & 63)
        storage.filter[Self.filterWords + second >> 6] |= 1 << UInt64(second & 63)
    }

    /// Makes room for `count` entries in all, so that a loader adding a file's rows grows the
    /// lists and the first-word table once, not by doubling.
    mutating func reserveCapacity(_ count: Int) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.entries.reserveCapacity(count)
        storage.byFirst.reserveCapacity(count)
    }

    /// The words and packs of a plain term's bytes (as `simpleWords` takes them: `a-z`, `0-9`,
    /// single spaces, and hyphens or apostrophes after an alphanumeric, not at the end), which
    /// are its token keys; nil for any other term, which `words(of:)` must split. Read from the
    /// bytes in place, for loaders that have a file's fields as bytes.
    static func plainWords(_ b: UnsafeBufferPointer<UInt8>) -> (words: [String], keys: [WordKey])? {
        guard !b.isEmpty, let spaces = plainSpaces(b) else { return nil }
        var words: [String] = [], keys: [WordKey] = []
        words.reserveCapacity(spaces + 1)
        keys.reserveCapacity(spaces + 1)
        var from = 0
        for k in 0...b.count where k == b.count || b[k] == 0x20 {
            let word = UnsafeBufferPointer(rebasing: b[from..<k])
            words.append(String(decoding: word, as: UTF8.self))
            keys.append(WordKey(bytes: word))
            from = k + 1
        }
        return (words, keys)
    }

    /// The number of spaces in a plain term's bytes (`a-z`, `0-9`, single spaces, and hyphens or
    /// apostrophes after an alphanumeric, not at the end; empty bytes give 0), or nil when the
    /// bytes are not a plain term. Shared by `simpleWords` and `plainWords`.
    @inline(__always) static func plainSpaces(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var previous: UInt8 = 0x20
        var spaces = 0
        for byte in b {
            let alphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if alphanumeric { previous = byte; continue }
            let prevAlphanumeric = (previous >= 0x61 && previous <= 0x7A) || (previous >= 0x30 && previous <= 0x39)
            guard prevAlphanumeric, byte == 0x20 || byte == 0x2D || byte == 0x27 else { return nil }
            if byte == 0x20 { spaces += 1 }
            previous = byte
        }
        guard previous != 0x20 || b.isEmpty, previous != 0x2D, previous != 0x27 else { return nil }
        return spaces
    }

    /// A key's other bit in the second half of the filter: bits 32 to 47 of its hash.
    @inline(__always) static func secondBit(_ word: WordKey) -> Int {
        Int(truncatingIfNeeded: (word.hash >> 32) & 0xFFFF)
    }

    /// Whether both of a key's bits (`filterBit` and `secondBit`) are set in the second half.
    @inline(__always) static func inSecondHalf<Filter: RandomAccessCollection<UInt64>>(_ filter: borrowing Filter, _ word: WordKey) -> Bool
    where Filter.Index == Int {
        let words = filterWords
        let bit = filterBit(word)
        guard filter[words + bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        let other = secondBit(word)
        return filter[words + other >> 6] & (1 << UInt64(other & 63)) != 0
    }

    private mutating func setFilter(_ word: WordKey, offset: Int = 0) {
        let bit = Self.filterBit(word)
        storage.filter[offset + bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The words in each part of `Storage.filter`.
    static var filterWords: Int { 1024 }

    /// The words of a term made only of `a-z`, `0-9`, single spaces, and hyphens or apostrophes
    /// between alphanumerics; nil for anything else (the tokenizer decides those).
    static func simpleWords(_ term: String) -> [String]? {
        // On the UTF-8 bytes in place, split by hand: iterating the UTF-8 view and its generic
        // `split` cost most of loading a lexicon (each entry goes through here).
        var text = term
        return text.withUTF8 { b -> [String]? in
            guard let spaces = plainSpaces(b) else { return nil }
            if spaces == 0 { return b.isEmpty ? [] : [term] }
            // Single spaces between words (the checks above): no empty word.
            var words: [String] = []
            words.reserveCapacity(spaces + 1)
            var from = 0
            for k in b.indices where b[k] == 0x20 {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: b[from..<k]), as: UTF8.self))
                from = k + 1
            }
            words.append(String(decoding: UnsafeBufferPointer(rebasing: b[from...]), as: UTF8.self))
            return words
        }
    }

    /// The filter bit of a key: the top 16 bits of its hash.
    @inline(__always) static func filterBit(_ word: WordKey) -> Int {
        Int(truncatingIfNeeded: word.hash >> 48)
    }

    /// False when no entry can start at token `i` (the first half of the filter and the prefix
    /// bits; `matchIndex` tests these first too): for a caller that walks every word, so that
    /// most words cost a few instructions instead of a call.
    @inline(__always) fileprivate static func mayMatch(_ storage: borrowing some PhraseTables<Value>, _ tokens: borrowing [Token], at i: Int) -> Bool {
        let word = tokens[i].word
        let bit = filterBit(word)
        if storage.filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
        return mayStartPrefix(storage, word)
    }

    /// `mayMatch` on the table's storage.
    @inline(__always) func mayMatch(_ tokens: [Token], at i: Int) -> Bool {
        Self.mayMatch(storage, tokens, at: i)
    }

    /// The key a phrase's first two words set in the filter: a mix of both packs.
    @inline(__always) static func pairKey(_ first: WordKey, _ second: WordKey) -> WordKey {
        WordKey(lo: first.lo ^ second.hash, hi: first.hi ^ (second.lo &* 0x94D0_49BB_1331_11EB))
    }

    /// For a word that starts some whole-word entry (its bit is set in the first half of
    /// the filter): false when it is no single-word entry and no phrase starts with it and the
    /// next word (by both of their bits in the second half, `inSecondHalf`), so that no
    /// whole-word entry can match at token `i`.
    @inline(__always) private static func mayGoOn(_ storage: borrowing some PhraseTables<Value>, _ tokens: borrowing [Token], at i: Int) -> Bool {
        if inSecondHalf(storage.filter, tokens[i].word) { return true }
        guard i + 1 < tokens.count else { return false }
        return inSecondHalf(storage.filter, pairKey(tokens[i].word, tokens[i + 1].word))
    }

    /// False when no prefix entry (`word*`) can match a word: none has its first four bytes.
    @inline(__always) private static func mayStartPrefix(_ storage: borrowing some PhraseTables<Value>, _ word: WordKey) -> Bool {
        guard storage.prefixes.count > 0, let packed = word.prefix4 else { return false }
        let prefixBit = filterBit(packed)
        return storage.filter[2 * filterWords + prefixBit >> 6] & (1 << UInt64(prefixBit & 63)) != 0
    }

    /// Whether a term (without `*`) is already present.
    public func contains(_ term: String) -> Bool {
        let words = Self.words(of: term)
        guard let first = words.first, let slot = storage.byFirst.index(of: WordKey(first), first) else { return false }
        return storage.byFirst.values[slot].candidates.contains { storage.entries[Int($0.index)].words == words }
    }
}

/// What a phrase-table lookup reads: the table's storage (one lookup) or a snapshot of it taken
/// once for a sentence's lookups.
protocol PhraseTables<Value> {
    associatedtype Value: Sendable
    var entries: [PhraseTable<Value>.Entry] { get }
    var byFirst: KeyTable<PhraseTable<Value>.Slot> { get }
    var prefixes: KeyTable<[PhraseTable<Value>.Candidate]> { get }
    var filter: [UInt64] { get }
}

extension PhraseTable.Matcher {
    /// The index of the longest entry matching the tokens at `i`, and how many tokens it covers.
    borrowing func matchIndex(_ tokens: borrowing [Token], at i: Int) -> (index: Int, length: Int)? {
        PhraseTable.matchIndex(self, tokens, at: i)
    }

    /// False when no entry can start at token `i`: `matchIndex` would return nil.
    @inline(__always)
    borrowing func mayMatch(_ tokens: borrowing [Token], at i: Int) -> Bool {
        PhraseTable.mayMatch(self, tokens, at: i)
    }

    /// `matchIndex` at every token (`-1` where nothing matches).
    borrowing func matchIndices(_ tokens: borrowing [Token]) -> [PhraseMatch] {
        // A plain loop, not an initializing closure: the closure captured a copy of the
        // matcher, retaining and releasing its ten arrays on every call.
        // Each element appended once (a list filled with "none" first wrote most of them
        // twice); reserved, not made by `unsafeUninitializedCapacity` or `repeating`, whose
        // unspecialized allocation looks the buffer's type up at run time (see `filledWith`).
        var result: [PhraseMatch] = []
        result.reserveCapacity(tokens.count)
        // Most words start no entry, and the filter's bit tests tell so: they run in the loop,
        // the lookup behind them in a call of its own. (Inlined, the lookup's many registers
        // made the loop spill and reload its state on every word.)
        for i in tokens.indices {
            if PhraseTable.mayMatch(self, tokens, at: i), let (k, length) = lookUp(tokens, at: i) {
                result.append(PhraseMatch(index: Int32(k), length: Int32(length)))
            } else {
                result.append(PhraseMatch(index: -1, length: 0))
            }
        }
        return result
    }

    /// `matchIndices` of this table and of `other` in one walk over the tokens, with the tokens
    /// where some entry of each starts, in order (empty, not allocated, when none): the same
    /// lists as two calls of `matchIndices` and a pass over each result for its starts. A
    /// word's filter bits are computed once for both tables (they hash alike) and the starts
    /// are gathered as the matches are found.
    borrowing func matchIndices(_ tokens: borrowing [Token], alongside other: borrowing PhraseTable<Value>.Matcher)
        -> (mine: [PhraseMatch], myStarts: [Int], theirs: [PhraseMatch], theirStarts: [Int]) {
        var mine: [PhraseMatch] = [], theirs: [PhraseMatch] = []
        var myStarts: [Int] = [], theirStarts: [Int] = []
        matchIndices(tokens, alongside: other, mine: &mine, myStarts: &myStarts, theirs: &theirs, theirStarts: &theirStarts)
        return (mine, myStarts, theirs, theirStarts)
    }

    /// `matchIndices(_:alongside:)` written into the four lists, replacing what they held, so
    /// that a caller going through many sentences reuses their allocations. The match lists
    /// are never shortened: their first `tokens.count` entries are this sentence's, and any
    /// after them are left from a longer one (cutting and lengthening them again, sentence
    /// after sentence, cost about two hundred instructions a sentence).
    borrowing func matchIndices(_ tokens: borrowing [Token], alongside other: borrowing PhraseTable<Value>.Matcher,
                                mine: inout [PhraseMatch], myStarts: inout [Int],
                                theirs: inout [PhraseMatch], theirStarts: inout [Int]) {
        let n = tokens.count
        let none = PhraseMatch(index: -1, length: 0)
        // Both lists made at least as long as the tokens and then written through their
        // buffers: an append per token tested each list's uniqueness and capacity, some twenty
        // instructions a token. (A list still held elsewhere is copied when its buffer is
        // taken, never changed.)
        Self.lengthen(&mine, to: n, filler: none)
        Self.lengthen(&theirs, to: n, filler: none)
        myStarts.removeAll(keepingCapacity: true)
        theirStarts.removeAll(keepingCapacity: true)
        let myPrefixes = prefixes.count > 0, theirPrefixes = other.prefixes.count > 0
        let prefixOffset = 2 * PhraseTable.filterWords
        mine.withUnsafeMutableBufferPointer { mine in
            theirs.withUnsafeMutableBufferPointer { theirs in
                for i in 0..<n {
                    // `mayMatch` for both tables: the word's bit in the first half of each filter, else
                    // its first four bytes' bit among the prefixes.
                    let word = tokens[i].word
                    let bit = PhraseTable.filterBit(word)
                    let slot = bit >> 6, mask: UInt64 = 1 << UInt64(bit & 63)
                    var prefixSlot = -1, prefixMask: UInt64 = 0
                    if let packed = word.prefix4 {
                        let prefixBit = PhraseTable.filterBit(packed)
                        prefixSlot = prefixOffset + prefixBit >> 6
                        prefixMask = 1 << UInt64(prefixBit & 63)
                    }
                    let mayMatchMine = filter[slot] & mask != 0 || myPrefixes && prefixSlot >= 0 && filter[prefixSlot] & prefixMask != 0
                    if mayMatchMine, let (k, length) = lookUp(tokens, at: i) {
                        mine[i] = PhraseMatch(index: Int32(k), length: Int32(length))
                        if myStarts.isEmpty { myStarts.reserveCapacity(n - i) }
                        myStarts.append(i)
                    } else {
                        mine[i] = none
                    }
                    let mayMatchTheirs = other.filter[slot] & mask != 0
                        || theirPrefixes && prefixSlot >= 0 && other.filter[prefixSlot] & prefixMask != 0
                    if mayMatchTheirs, let (k, length) = other.lookUp(tokens, at: i) {
                        theirs[i] = PhraseMatch(index: Int32(k), length: Int32(length))
                        if theirStarts.isEmpty { theirStarts.reserveCapacity(n - i) }
                        theirStarts.append(i)
                    } else {
                        theirs[i] = none
                    }
                }
            }
        }
    }

    /// Makes `list` at least `count` long, lengthened with `filler`.
    @inline(__always)
    fileprivate static func lengthen(_ list: inout [PhraseMatch], to count: Int, filler: PhraseMatch) {
        if list.count < count {
            list.append(contentsOf: repeatElement(filler, count: count - list.count))
        }
    }

    /// `matchIndex`, not inlined: the part of `matchIndices` that few words reach.
    @inline(never)
    borrowing func lookUp(_ tokens: borrowing [Token], at i: Int) -> (index: Int, length: Int)? {
        PhraseTable.matchIndex(self, tokens, at: i)
    }
}

/// The longest entry starting at a token: its index in the table and how many tokens it
/// covers (`index` -1 for none).
struct PhraseMatch {
    var index: Int32
    var length: Int32
}
