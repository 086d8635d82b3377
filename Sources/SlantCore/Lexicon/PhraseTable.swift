/// Finds the longest lexicon phrase starting at a token, in one hash lookup per token.
///
/// Phrases are sequences of lower-case token keys. A single word ending in `*` matches any
/// word that starts with it (`sabotag*`: sabotage, sabotaged, sabotaging); the prefix must have
/// at least four letters so it cannot swallow short neutral words.
///
/// The table is a handful of flat lists, whatever the number of entries: the entries, every
/// entry's word packs one after another (`keys`; the few words over 15 bytes in `longWords`), and every first
/// word's candidates in runs of one list (`candidates`). Loading 10,000 entries must take under
/// 10 ms, and a list of words, a list of packs and a list of candidates per entry or first word
/// (30,000 allocations for 10,000 entries) were most of the cost after parsing.
public struct PhraseTable<Value: Sendable>: Sendable {
    /// One entry: its value, and where its words are in the table's `keys` (`wordCount` of
    /// them from `firstWord`; `words(of:)` and `keys(of:)` give them as lists).
    public struct Entry: Sendable {
        public var value: Value
        var firstWord: Int32
        var wordCount: Int32
        public var isPrefix: Bool
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

    /// A first word's (or prefix's) candidates: `count` of them from `start` in the table's
    /// `candidates`, in room for `capacity`. A run that is full moves to the end of the list
    /// with twice the room (its old place is left unused), so that each first word's
    /// candidates stay contiguous without a list of their own. The lexicons list a word's
    /// phrases together, so a run usually grows where it is, at the end of the list.
    struct Run {
        var start: Int32 = 0
        var count: Int32 = 0
        var capacity: Int32 = 0

        var range: Range<Int> { Int(start)..<Int(start + count) }
    }

    /// The entries that start with one word: its candidates, longest first; the entry of the
    /// word alone (`-1` for none); and a 256-bit set of the phrases' second words (bit: the top
    /// byte of the key's hash). The set answers most lookups of a common first word without
    /// reading its list: "in" starts two dozen phrases, and the word after it is nearly always
    /// none of their second words.
    struct Slot {
        var run = Run()
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
        /// The entries' words as packs, each entry's in a run of its own (`Entry.firstWord`).
        @exclusivity(unchecked) var keys: [WordKey] = []
        /// The words of `keys` whose packs do not hold them whole.
        @exclusivity(unchecked) var longWords = LongWords()
        /// The runs of candidates of `byFirst` and `prefixes` (`Run`).
        @exclusivity(unchecked) var candidates: [Candidate] = []
        /// Entries by their first word, longest phrase first.
        @exclusivity(unchecked) var byFirst = KeyTable<Slot>()
        /// Prefix entries by their first four bytes (`WordKey.prefix4`), longest prefix first.
        @exclusivity(unchecked) var prefixes = KeyTable<Run>()
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
            other.keys = keys
            other.longWords = longWords
            other.candidates = candidates
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
        unique()
        for word in words {
            let key = WordKey(word)
            storage.keys.append(key)
            if key.isLong { storage.longWords.append(word, at: storage.keys.count - 1) }
        }
        return placeLastWords(words.count, isPrefix: isPrefix, value: value)
    }

    /// `insertReporting` for a plain term's bytes (`plainSpaces` is not nil for them), without
    /// the `*` of a prefix term: for a loader that reads plain terms from a file's bytes. Its
    /// words are cut at the spaces straight into the table's lists (`plainWords` makes the
    /// same words), where `words(of:)` would make a list of strings.
    mutating func insertReporting(plain bytes: UnsafeBufferPointer<UInt8>, isPrefix: Bool, value: consuming Value) -> Insertion {
        unique()
        // Appended through one reference to the storage, taken once (not read through `self`
        // in the closure).
        let tables = storage
        var n = 0
        Self.forEachPlainWord(bytes) { word in
            let key = WordKey(bytes: word)
            tables.keys.append(key)
            if key.isLong { tables.longWords.append(String(decoding: word, as: UTF8.self), at: tables.keys.count - 1) }
            n += 1
        }
        return placeLastWords(n, isPrefix: isPrefix, value: value)
    }

    /// Copies the storage first when another table shares it.
    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Makes an entry of the last `n` words of `keys` (just appended by the caller) and files it
    /// under its first word or prefix; when the term is invalid or replaces an entry with the same
    /// words, the words are taken off again (the replaced entry keeps its own).
    private mutating func placeLastWords(_ n: Int, isPrefix: Bool, value: consuming Value) -> Insertion {
        let first = storage.keys.count - n
        guard n > 0 else { return .invalid }
        let firstKey = storage.keys[first]
        let index = Int32(storage.entries.count)
        // Lists are changed in place and kept ordered at insertion: longest phrase, or longest
        // prefix, first, so the first match is the best.
        if isPrefix {
            // At least four characters (as `String.count` counts them) before the `*`.
            guard n == 1, let key = firstKey.prefix4,
                  (firstKey.isShortASCII ? firstKey.count : word(at: first).count) >= Self.prefixKeyLength else {
                dropLastWords(n)
                return .invalid
            }
            setFilter(key, offset: 2 * Self.filterWords)
            let slot = storage.prefixes.index(of: key, "") ?? storage.prefixes.append(key, "", newRun())
            let run = storage.prefixes.values[slot]
            if let k = sameWords(in: run, first: first, count: 1) {
                return replace(k, value: value, droppingLastWords: n)
            }
            let length = byteCount(at: first)
            let position = storage.candidates[run.range].firstIndex { byteCount(at: Int(storage.entries[Int($0.index)].firstWord)) < length }
                ?? run.range.upperBound
            Self.insert(Candidate(index: index, length: 1, key: firstKey), at: position - run.range.lowerBound,
                        into: &storage.prefixes.values[slot], of: &storage.candidates)
        } else {
            let second = n > 1 ? storage.keys[first + 1] : WordKey(lo: 0, hi: 0)
            setFilter(firstKey)
            setSecondHalf(n > 1 ? Self.pairKey(firstKey, second) : firstKey)
            let slot = storage.byFirst.index(of: firstKey, storage.longWords[first])
                ?? storage.byFirst.append(firstKey, storage.longWords[first], Slot(run: newRun()))
            let run = storage.byFirst.values[slot].run
            if let k = sameWords(in: run, first: first, count: n) {
                return replace(k, value: value, droppingLastWords: n)
            }
            let position = storage.candidates[run.range].firstIndex { Int($0.length) < n } ?? run.range.upperBound
            Self.insert(Candidate(index: index, length: Int32(n), key: second), at: position - run.range.lowerBound,
                        into: &storage.byFirst.values[slot].run, of: &storage.candidates)
            if n == 1 {
                storage.byFirst.values[slot].single = index
            } else {
                storage.byFirst.values[slot].addSecond(second)
            }
            count += 1
        }
        storage.entries.append(Entry(value: value, firstWord: Int32(first), wordCount: Int32(n), isPrefix: isPrefix))
        return .added
    }

    /// An empty run at the end of `candidates`, where it grows without moving.
    private func newRun() -> Run { Run(start: Int32(storage.candidates.count)) }

    /// The entry of a run whose words are the `count` words from `first` of `keys`, if any.
    /// Words are compared as `String` compares them (as the table compared its entries' lists
    /// of words before they were flat): by their packs when both are plain ASCII, which is then
    /// the same answer.
    private func sameWords(in run: Run, first: Int, count: Int) -> Int? {
        for c in storage.candidates[run.range] {
            let k = Int(c.index)
            guard Int(storage.entries[k].wordCount) == count else { continue }
            let other = Int(storage.entries[k].firstWord)
            var m = 0
            while m < count, sameWord(other + m, first + m) { m += 1 }
            if m == count { return k }
        }
        return nil
    }

    private func sameWord(_ a: Int, _ b: Int) -> Bool {
        let x = storage.keys[a], y = storage.keys[b]
        if x.isShortASCII && y.isShortASCII { return x == y }
        return word(at: a) == word(at: b)
    }

    /// Gives entry `k` a new value, and takes the last `n` words (the new term's, the same as
    /// the entry's) off `keys`.
    private mutating func replace(_ k: Int, value: consuming Value, droppingLastWords n: Int) -> Insertion {
        let previous = storage.entries[k].value
        storage.entries[k].value = value
        dropLastWords(n)
        return .replaced(previous)
    }

    private mutating func dropLastWords(_ n: Int) {
        storage.keys.removeLast(n)
        storage.longWords.removeAll(from: storage.keys.count)
    }

    /// Puts `candidate` at `position` of a run, moving the run to the end of `candidates` with
    /// twice the room when it is full and not already there.
    private static func insert(_ candidate: Candidate, at position: Int, into run: inout Run, of candidates: inout [Candidate]) {
        if run.count == run.capacity {
            let empty = Candidate(index: -1, length: 0, key: WordKey(lo: 0, hi: 0))
            if Int(run.start + run.capacity) == candidates.count {
                // At the end of the list: grown where it is.
                candidates.append(empty)
                run.capacity += 1
            } else {
                // (Not `reserveCapacity`, which would size the list exactly, and so copy it at
                // every move, where appending grows it by doubling.)
                let start = candidates.count, capacity = 2 * max(run.capacity, 1)
                for k in run.range { candidates.append(candidates[k]) }
                candidates.append(contentsOf: repeatElement(empty, count: Int(capacity - run.count)))
                run.start = Int32(start)
                run.capacity = capacity
            }
        }
        var k = Int(run.start + run.count)
        let at = Int(run.start) + position
        while k > at {
            candidates[k] = candidates[k - 1]
            k -= 1
        }
        candidates[at] = candidate
        run.count += 1
    }

    /// Word `j` of `keys` as a string.
    private func word(at j: Int) -> String { Self.word(storage.keys, storage.longWords, at: j) }

    /// Word `j` of the flat lists as a string: from its pack, or its long word.
    static func word(_ keys: borrowing [WordKey], _ longWords: borrowing LongWords, at j: Int) -> String {
        keys[j].isLong ? longWords[j] : keys[j].string
    }

    /// The length in bytes of word `j` of `keys`.
    private func byteCount(at j: Int) -> Int {
        storage.keys[j].isLong ? storage.longWords[j].utf8.count : storage.keys[j].count
    }

    /// The words of an entry, as `words(of:)` splits its term.
    func words(of entry: Entry) -> [String] { matcher().words(of: entry) }

    /// The word packs of an entry.
    func keys(of entry: Entry) -> ArraySlice<WordKey> { matcher().keys(of: entry) }

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
    /// tables' thirteen arrays (and dropping it releases them), so the analyzer takes one per
    /// article and lends it to every sentence (`matchIndices` alone takes one per call).
    struct Matcher: PhraseTables {
        let entries: [Entry]
        let keys: [WordKey]
        let longWords: LongWords
        let candidates: [Candidate]
        let byFirst: KeyTable<Slot>
        let prefixes: KeyTable<Run>
        let filter: [UInt64]

        fileprivate init(_ storage: Storage) {
            entries = storage.entries
            keys = storage.keys
            longWords = storage.longWords
            candidates = storage.candidates
            byFirst = storage.byFirst
            prefixes = storage.prefixes
            filter = storage.filter
        }

        /// The words of an entry, as `words(of:)` splits its term.
        func words(of entry: Entry) -> [String] {
            (Int(entry.firstWord)..<Int(entry.firstWord + entry.wordCount)).map { PhraseTable.word(keys, longWords, at: $0) }
        }

        /// The word packs of an entry.
        func keys(of entry: Entry) -> ArraySlice<WordKey> {
            keys[Int(entry.firstWord)..<Int(entry.firstWord + entry.wordCount)]
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
            return matchIndex(storage, tokens, at: i, first: slot)
        }
        return prefixMatch(storage, tokens, at: i)
    }

    /// `matchIndex` for a token whose word is the first word of `byFirst`'s entries at `slot`
    /// (found by the caller).
    @inline(__always)
    fileprivate static func matchIndex(_ storage: borrowing some PhraseTables<Value>, _ tokens: borrowing [Token], at i: Int,
                                       first slot: Int) -> (index: Int, length: Int)? {
        // No phrase goes on with the next word: the word's own entry, if any, is the match.
        guard i + 1 < tokens.count, storage.byFirst.values[slot].mayHaveSecond(tokens[i + 1].word) else {
            let single = storage.byFirst.values[slot].single
            if single >= 0 { return (Int(single), 1) }
            return prefixMatch(storage, tokens, at: i)
        }
        // Read in place: copying an entry would count references to its value's strings.
        // The arrays are taken out first, so that the closures capture them and not
        // `storage` (a capture the compiler treats as a copy of all its arrays;
        // `borrowing` holds it to that).
        let entryArray = storage.entries, keyArray = storage.keys, longArray = storage.longWords
        let run = storage.byFirst.values[slot].run
        let found: (index: Int, length: Int)? = storage.candidates.withUnsafeBufferPointer { all in
            let left = tokens.count - i
            for c in UnsafeBufferPointer(rebasing: all[run.range]) {
                let n = Int(c.length)
                guard n <= left else { continue }
                if n == 1 { return (Int(c.index), 1) }
                // The second word from the list; the entry is read only when it matches.
                let second = tokens[i + 1].word
                guard second == c.key else { continue }
                if n == 2 && !second.isLong { return (Int(c.index), 2) }
                let first = entryArray.withUnsafeBufferPointer { Int($0[Int(c.index)].firstWord) }
                let ok = keyArray.withUnsafeBufferPointer { keys in
                    var m = 1
                    while m < n {
                        let word = tokens[i + m].word
                        if word != keys[first + m] || (word.isLong && tokens[i + m].key != longArray[first + m]) { return false }
                        m += 1
                    }
                    return true
                }
                if ok { return (Int(c.index), n) }
            }
            return nil
        }
        if let found { return found }
        return prefixMatch(storage, tokens, at: i)
    }

    /// The longest prefix entry (`word*`) matching token `i`.
    @inline(__always)
    fileprivate static func prefixMatch(_ storage: borrowing some PhraseTables<Value>, _ tokens: borrowing [Token], at i: Int) -> (index: Int, length: Int)? {
        let word = tokens[i].word
        if storage.prefixes.count > 0, let packed = word.prefix4, let slot = storage.prefixes.index(of: packed, "") {
            // Compared on the packs when both hold their whole key (words of up to 15 bytes):
            // the token's key is made as a string only for a long word or a long prefix.
            for j in storage.prefixes.values[slot].range {
                let c = storage.candidates[j]
                if !word.isLong && !c.key.isLong {
                    if word.hasPrefix(c.key) { return (Int(c.index), 1) }
                } else if tokens[i].key.utf8.starts(with: Self.word(storage.keys, storage.longWords, at: Int(storage.entries[Int(c.index)].firstWord)).utf8) {
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
        unique()
        storage.entries.reserveCapacity(count)
        storage.byFirst.reserveCapacity(count)
        // Most entries are one or two words, and most first words start one entry.
        storage.keys.reserveCapacity(2 * count)
        // Room for the runs that move (an untouched reserve costs no memory).
        storage.candidates.reserveCapacity(2 * count)
    }

    /// Whether bytes are a plain term (`a-z`, `0-9`, single spaces, and hyphens or apostrophes
    /// after an alphanumeric, not at the end; not empty), which `insertReporting(plain:)` takes.
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        !b.isEmpty && plainSpaces(b) != nil
    }

    /// The words and packs of a plain term's bytes (as `simpleWords` takes them: `a-z`, `0-9`,
    /// single spaces, and hyphens or apostrophes after an alphanumeric, not at the end), which
    /// are its token keys; nil for any other term, which `words(of:)` must split. The words
    /// `insertReporting(plain:)` stores.
    static func plainWords(_ b: UnsafeBufferPointer<UInt8>) -> (words: [String], keys: [WordKey])? {
        guard isPlain(b) else { return nil }
        var words: [String] = [], keys: [WordKey] = []
        forEachPlainWord(b) { word in
            words.append(String(decoding: word, as: UTF8.self))
            keys.append(WordKey(bytes: word))
        }
        return (words, keys)
    }

    /// Calls `body` with each word of a plain term's bytes: the runs between single spaces.
    @inline(__always)
    static func forEachPlainWord(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var from = 0
        for k in 0...b.count where k == b.count || b[k] == 0x20 {
            body(UnsafeBufferPointer(rebasing: b[from..<k]))
            from = k + 1
        }
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
        for j in storage.byFirst.values[slot].run.range {
            let k = Int(storage.candidates[j].index)
            guard Int(storage.entries[k].wordCount) == words.count else { continue }
            let from = Int(storage.entries[k].firstWord)
            if words.indices.allSatisfy({ word(at: from + $0) == words[$0] }) { return true }
        }
        return false
    }
}

extension PhraseTable {
    /// The first words of the whole-word entries, each once, in the order of `byFirst`'s
    /// values (an index here is the `first` of `Matcher.lookUp(_:at:first:)`), with the entry
    /// of each word alone (-1 for a word that only starts phrases): for a table of words that
    /// answers for this one too (`CueWordTable`).
    var firstWords: (keys: [WordKey], singles: [Int32]) { (storage.byFirst.keys, storage.byFirst.values.map(\.single)) }

    /// The keys of the prefix entries (`WordKey.prefix4` of each `word*`), each once.
    var prefixKeys: [WordKey] { storage.prefixes.keys }

    /// Calls `body` with the first two words of each whole-word entry of two words or more.
    func forEachPair(_ body: (_ first: WordKey, _ second: WordKey) -> Void) {
        for entry in storage.entries where !entry.isPrefix && entry.wordCount > 1 {
            body(storage.keys[Int(entry.firstWord)], storage.keys[Int(entry.firstWord) + 1])
        }
    }
}

/// What a phrase-table lookup reads: the table's storage (one lookup) or a snapshot of it taken
/// once for a sentence's lookups.
protocol PhraseTables<Value> {
    associatedtype Value: Sendable
    var entries: [PhraseTable<Value>.Entry] { get }
    var keys: [WordKey] { get }
    var longWords: LongWords { get }
    var candidates: [PhraseTable<Value>.Candidate] { get }
    var byFirst: KeyTable<PhraseTable<Value>.Slot> { get }
    var prefixes: KeyTable<PhraseTable<Value>.Run> { get }
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
    /// are gathered as the matches are found. (The sentence context's walk is now
    /// `CueWordTable.lookUp`, which its tests hold to this.)
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
        // (An empty list is left as it is: emptying one costs a generic call of some seventy
        // instructions even when it has nothing to remove, and most sentences start no
        // editorial entry.)
        if !myStarts.isEmpty { myStarts.removeAll(keepingCapacity: true) }
        if !theirStarts.isEmpty { theirStarts.removeAll(keepingCapacity: true) }
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

    /// `lookUp` for a token whose word starts whole-word entries, with the index of its
    /// first-word entries (`PhraseTable.firstWords`), which the caller found in a table of its
    /// own (`CueWordTable`): no filter test and no probe of `byFirst`.
    @inline(never)
    borrowing func lookUp(_ tokens: borrowing [Token], at i: Int, first: Int) -> (index: Int, length: Int)? {
        PhraseTable.matchIndex(self, tokens, at: i, first: first)
    }

    /// The longest prefix entry (`word*`) matching token `i`, if any.
    @inline(never)
    borrowing func prefixLookUp(_ tokens: borrowing [Token], at i: Int) -> (index: Int, length: Int)? {
        PhraseTable.prefixMatch(self, tokens, at: i)
    }

    /// `matchIndex`, not inlined: the part of `matchIndices` that few words reach.
    @inline(never)
    borrowing func lookUp(_ tokens: borrowing [Token], at i: Int) -> (index: Int, length: Int)? {
        PhraseTable.matchIndex(self, tokens, at: i)
    }
}

/// The words of a phrase table's `keys` that their packs do not hold whole (over 15 bytes,
/// `WordKey.isLong`), by their places in `keys`. Few words are that long: a list beside every
/// pack held an empty string for all the others, a quarter of a megabyte written at every load
/// of 10,000 entries.
struct LongWords: Sendable {
    /// The words with their places, in increasing order of place (words are appended at the end
    /// of `keys`). One list, so that a matcher, which holds this, counts one more reference.
    private var words: [(place: Int, word: String)] = []

    /// The word at place `j` of `keys`, or "" when its pack holds it whole.
    subscript(_ j: Int) -> String {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].place < j { low = middle + 1 } else { high = middle }
        }
        return low < words.count && words[low].place == j ? words[low].word : ""
    }

    /// Adds the word at place `j`, after every place held.
    mutating func append(_ word: String, at j: Int) {
        words.append((j, word))
    }

    /// Forgets the words at places `j` and after.
    mutating func removeAll(from j: Int) {
        while let last = words.last, last.place >= j { words.removeLast() }
    }
}

/// The longest entry starting at a token: its index in the table and how many tokens it
/// covers (`index` -1 for none).
struct PhraseMatch {
    var index: Int32
    var length: Int32
}
