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

    /// Every entry once; the lists below hold indices into it.
    private var entries: [Entry] = []
    /// Entries by their first word, longest phrase first.
    private var byFirst = KeyTable<[Int32]>()
    /// Prefix entries by their first four bytes (`WordKey.prefix4`), longest prefix first.
    private var prefixes = KeyTable<[Int32]>()
    public private(set) var count = 0
    /// A 65,536-bit filter over the first (up to) four bytes of every entry's first word: most
    /// words of a text start no entry, and one bit test tells so without a table probe.
    private var filter = [UInt64](repeating: 0, count: 1024)
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
        guard let first = words.first else { return .invalid }
        let entry = Entry(words: words, isPrefix: isPrefix, value: value, keys: words.map(WordKey.init))
        let firstKey = entry.keys[0]
        // Lists are changed in place and kept ordered at insertion: longest phrase, or longest
        // prefix, first, so the first match is the best.
        if isPrefix {
            guard words.count == 1, first.count >= Self.prefixKeyLength, let key = firstKey.prefix4 else { return .invalid }
            setFilter(firstKey)
            let slot = prefixes.index(of: key, "") ?? prefixes.append(key, "", [])
            if let existing = prefixes.values[slot].firstIndex(where: { entries[Int($0)].words == words }) {
                let k = Int(prefixes.values[slot][existing])
                let previous = entries[k].value
                entries[k] = entry
                return .replaced(previous)
            } else {
                let length = first.utf8.count
                let position = prefixes.values[slot].firstIndex { entries[Int($0)].words[0].utf8.count < length } ?? prefixes.values[slot].count
                prefixes.values[slot].insert(Int32(entries.count), at: position)
                entries.append(entry)
            }
        } else {
            setFilter(firstKey)
            let slot = byFirst.index(of: firstKey, first) ?? byFirst.append(first, [])
            if let existing = byFirst.values[slot].firstIndex(where: { entries[Int($0)].words == words }) {
                let k = Int(byFirst.values[slot][existing])
                let previous = entries[k].value
                entries[k] = entry
                return .replaced(previous)
            } else {
                let position = byFirst.values[slot].firstIndex { entries[Int($0)].words.count < words.count } ?? byFirst.values[slot].count
                byFirst.values[slot].insert(Int32(entries.count), at: position)
                entries.append(entry)
                count += 1
            }
        }
        return .added
    }

    /// The longest entry matching the tokens at `i`, and how many tokens it covers.
    public func match(_ tokens: [Token], at i: Int) -> (entry: Entry, length: Int)? {
        guard let (k, length) = matchIndex(tokens, at: i) else { return nil }
        return (entries[k], length)
    }

    /// The entry at an index that `matchIndex` returned.
    @inline(__always) func entry(at k: Int) -> Entry { entries[k] }

    /// The index of the longest entry matching the tokens at `i`, and how many tokens it covers:
    /// `match` without copying the entry.
    func matchIndex(_ tokens: [Token], at i: Int) -> (index: Int, length: Int)? {
        let word = tokens[i].word
        let bit = Self.filterBit(word)
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return nil }
        if let slot = byFirst.index(of: word, tokens[i].key) {
            for k in byFirst.values[slot] {
                let entry = entries[Int(k)]
                let n = entry.keys.count
                guard n <= tokens.count - i else { continue }
                var ok = true
                var m = 1
                while m < n {
                    let token = tokens[i + m]
                    if token.word != entry.keys[m] || (token.word.isLong && token.key != entry.words[m]) {
                        ok = false
                        break
                    }
                    m += 1
                }
                if ok { return (Int(k), n) }
            }
        }
        if prefixes.count > 0, let packed = word.prefix4, let slot = prefixes.index(of: packed, "") {
            let key = tokens[i].key
            for k in prefixes.values[slot] where key.utf8.starts(with: entries[Int(k)].words[0].utf8) { return (Int(k), 1) }
        }
        return nil
    }

    private mutating func setFilter(_ word: WordKey) {
        let bit = Self.filterBit(word)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The words of a term made only of `a-z`, `0-9`, single spaces, and hyphens or apostrophes
    /// between alphanumerics; nil for anything else (the tokenizer decides those).
    static func simpleWords(_ term: String) -> [String]? {
        var previous: UInt8 = 0x20
        for byte in term.utf8 {
            let alphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if alphanumeric { previous = byte; continue }
            let prevAlphanumeric = (previous >= 0x61 && previous <= 0x7A) || (previous >= 0x30 && previous <= 0x39)
            guard prevAlphanumeric, byte == 0x20 || byte == 0x2D || byte == 0x27 else { return nil }
            previous = byte
        }
        guard previous != 0x20 || term.isEmpty, previous != 0x2D, previous != 0x27 else { return nil }
        if !term.utf8.contains(0x20) { return term.isEmpty ? [] : [term] }
        return term.utf8.split(separator: 0x20).map { String(Substring($0)) }
    }

    /// The filter bit of a word: its first (up to) four bytes and its length up to four, mixed.
    @inline(__always) static func filterBit(_ word: WordKey) -> Int {
        let n = UInt64(min(word.count, 4))
        let packed = n >= 4 ? word.lo & 0xFFFF_FFFF : word.lo & ((1 << (8 * n)) - 1)
        return Int(truncatingIfNeeded: ((packed | n << 32) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// Whether a term (without `*`) is already present.
    public func contains(_ term: String) -> Bool {
        let words = Self.words(of: term)
        guard let first = words.first, let slot = byFirst.index(of: WordKey(first), first) else { return false }
        return byFirst.values[slot].contains { entries[Int($0)].words == words }
    }
}
