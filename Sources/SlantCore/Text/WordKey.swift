/// A token key packed into two machine words, so that lexicon and cue-word lookups hash and
/// compare integers instead of strings.
///
/// Keys of up to 15 UTF-8 bytes (nearly every word of news text) are held whole: bytes in
/// `lo` and the low seven bytes of `hi`, the length in the top byte of `hi`. A longer key keeps
/// its first 15 bytes and the marker `longMarker` as its length; two long keys with equal
/// packs are equal only if their strings are, which `KeyTable` checks.
struct WordKey: Hashable, Sendable {
    var lo: UInt64
    var hi: UInt64

    static let longMarker: UInt64 = 0xFF
    static let maxPacked = 15

    @inline(__always) init(lo: UInt64, hi: UInt64) {
        self.lo = lo
        self.hi = hi
    }

    /// The pack of a key's UTF-8 bytes.
    init(_ key: String) {
        // Read from the string's contiguous bytes when it has them (native and small strings
        // do): iterating the UTF-8 view costs several times more.
        if let packed = key.utf8.withContiguousStorageIfAvailable({ WordKey(bytes: $0) }) {
            self = packed
            return
        }
        var lo: UInt64 = 0, hi: UInt64 = 0
        var n = 0
        for byte in key.utf8 {
            if n < 8 {
                lo |= UInt64(byte) << (8 * UInt64(n))
            } else if n < Self.maxPacked {
                hi |= UInt64(byte) << (8 * UInt64(n - 8))
            }
            n += 1
        }
        hi |= (n > Self.maxPacked ? Self.longMarker : UInt64(n)) << 56
        self.init(lo: lo, hi: hi)
    }

    /// The key of a pack that holds a whole key (not `isLong`).
    var string: String {
        withUnsafeBytes(of: (lo, hi)) { raw in
            String(decoding: UnsafeRawBufferPointer(rebasing: raw.prefix(count)), as: UTF8.self)
        }
    }

    /// The pack of UTF-8 bytes.
    @inline(__always) init(bytes: UnsafeBufferPointer<UInt8>) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        let n = bytes.count
        let packed = min(n, Self.maxPacked)
        var k = 0
        while k < min(packed, 8) {
            lo |= UInt64(bytes[k]) &<< (8 &* UInt64(k))
            k &+= 1
        }
        while k < packed {
            hi |= UInt64(bytes[k]) &<< (8 &* UInt64(k &- 8))
            k &+= 1
        }
        hi |= (n > Self.maxPacked ? Self.longMarker : UInt64(n)) &<< 56
        self.init(lo: lo, hi: hi)
    }

    /// True for keys longer than 15 bytes, whose pack is not the whole key.
    @inline(__always) var isLong: Bool { hi >> 56 == Self.longMarker }

    /// True for a key of plain ASCII bytes held whole (no byte of the pack, the length byte
    /// included, has its top bit set; a long key's marker has): two such keys are the same
    /// string exactly when their packs are equal.
    @inline(__always) var isShortASCII: Bool { (lo | hi) & 0x8080_8080_8080_8080 == 0 }

    /// The byte length, capped at 16 for long keys.
    @inline(__always) var count: Int { isLong ? Self.maxPacked + 1 : Int(hi >> 56) }

    /// The first four bytes with the length capped at four: the key of a `word*` prefix entry.
    @inline(__always) var prefix4: WordKey? {
        count >= 4 ? WordKey(lo: lo & 0xFFFF_FFFF, hi: 4 << 56) : nil
    }

    @inline(__always) var hash: UInt64 {
        (lo ^ (hi &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    }
}

/// An open-addressing hash table from token keys to values: one multiply and, usually, one
/// probe per lookup, with no string hashing. Long keys (over 15 bytes) are confirmed against
/// their strings.
struct KeyTable<Value: Sendable>: Sendable {
    private var slots: [Int32] = [Int32](repeating: -1, count: 16)
    private var shift: UInt64 = 60
    private(set) var keys: [WordKey] = []
    private(set) var strings: [String] = []
    var values: [Value] = []

    init() {}

    var count: Int { keys.count }

    /// The index of a key's value, or nil.
    @inline(__always) func index(of word: WordKey, _ string: @autoclosure () -> String) -> Int? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: word.hash >> shift)
        while true {
            let slot = slots[s]
            if slot < 0 { return nil }
            let k = Int(slot)
            if keys[k] == word && (!word.isLong || strings[k] == string()) { return k }
            s = (s + 1) & mask
        }
    }

    /// The index of a token's value, or nil.
    @inline(__always) func index(of token: Token) -> Int? {
        index(of: token.word, token.key)
    }

    /// The value for a key string, or nil.
    func value(for string: String) -> Value? {
        index(of: WordKey(string), string).map { values[$0] }
    }

    /// Makes room for `count` keys in all, the slots sized for them once.
    mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        strings.reserveCapacity(count)
        values.reserveCapacity(count)
        var doublings = 0
        while count * 2 > slots.count << doublings { doublings += 1 }
        if doublings > 0 { grow(doublings: doublings) }
    }

    /// Adds a key with its value; the key must not be present. Returns its index.
    @discardableResult
    mutating func append(_ string: String, _ value: Value) -> Int {
        append(WordKey(string), string, value)
    }

    /// Adds a key given as its pack (`string` is compared only for long keys).
    @discardableResult
    mutating func append(_ word: WordKey, _ string: String, _ value: Value) -> Int {
        if (keys.count + 1) * 2 > slots.count { grow(doublings: 1) }
        keys.append(word)
        strings.append(string)
        values.append(value)
        place(keys.count - 1)
        return keys.count - 1
    }

    private mutating func place(_ k: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: keys[k].hash >> shift)
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(k)
    }

    /// Doubles the slots `doublings` times and places every key again.
    private mutating func grow(doublings: Int) {
        slots = [Int32](repeating: -1, count: slots.count << doublings)
        shift -= UInt64(doublings)
        for k in keys.indices { place(k) }
    }
}

/// A set of token keys, for the fixed word lists the cues test every token against.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = KeyTable<Void>()
    /// A 4,096-bit filter over the words' hashes: nearly every token that is not in the set is
    /// rejected by one bit test. (A filter on first bytes alone let through every word that
    /// starts like a listed one, "the" and "to" for "third", and each of those cost a probe;
    /// the cues test every token of every sentence against these sets.)
    private var filter = [UInt64](repeating: 0, count: 64)

    init(_ words: some Sequence<String>) {
        for word in words where table.value(for: word) == nil {
            table.append(word, ())
            let bit = Self.filterBit(WordKey(word))
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always) private static func filterBit(_ word: WordKey) -> Int {
        Int(truncatingIfNeeded: word.hash >> 52)
    }

    @inline(__always) private func mayContain(_ word: WordKey) -> Bool {
        let bit = Self.filterBit(word)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The set's words, each once.
    var words: [String] { table.strings }

    @inline(__always) func contains(_ token: Token) -> Bool {
        mayContain(token.word) && table.index(of: token) != nil
    }

    func contains(_ word: String) -> Bool {
        table.value(for: word) != nil
    }
}

extension WordKey {
    static let comma = WordKey(",")
    static let period = WordKey(".")
    static let by = WordKey("by")
    static let that = WordKey("that")
    static let to = WordKey("to")
    static let not = WordKey("not")
    static let it = WordKey("it")
    static let the = WordKey("the")
    static let a = WordKey("a")
    static let an = WordKey("an")
    static let possessive = WordKey("'s")
    static let straightQuote = WordKey("\"")
    static let closingQuote = WordKey("\u{201D}")
    static let exclamation = WordKey("!")

    /// Byte `k` of a pack (`k` below 15).
    @inline(__always) func byte(_ k: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: k < 8 ? lo >> (8 * UInt64(k)) : hi >> (8 * UInt64(k - 8)))
    }

    /// Whether this key starts with the bytes of `prefix`; both must hold their whole key (not
    /// `isLong`).
    @inline(__always) func hasPrefix(_ prefix: WordKey) -> Bool {
        let n = prefix.count
        guard n <= count else { return false }
        // The bytes below `n`: all of `lo` and the low `n - 8` bytes of `hi`, or the low `n` of `lo`.
        if n <= 8 {
            let mask: UInt64 = n == 8 ? ~0 : (1 &<< (8 &* UInt64(n))) &- 1
            return lo & mask == prefix.lo
        }
        let mask: UInt64 = (1 &<< (8 &* UInt64(n &- 8))) &- 1
        return lo == prefix.lo && hi & mask == prefix.hi & mask
    }

    /// True when every byte of the pack is ASCII.
    @inline(__always) var isASCII: Bool {
        (lo | (hi & 0x00FF_FFFF_FFFF_FFFF)) & 0x8080_8080_8080_8080 == 0
    }
}

extension Token {
    /// `key.hasSuffix(suffix)` for an ASCII suffix, read from the pack. When the bytes decide
    /// it (they differ, or an ASCII byte stands before the suffix) no string is made; otherwise
    /// the string comparison, by Characters, decides as before.
    /// Inlined, so that the suffix's bytes are constants at each call (the source finder asks
    /// this of word after word); the string comparison is a call of its own.
    @inline(__always) func keyHasSuffix(_ suffix: StaticString) -> Bool {
        if word.isLong { return keyHasSuffixByCharacters(suffix) }
        let n = word.count, m = suffix.utf8CodeUnitCount
        guard n >= m else { return false }
        let s = suffix.utf8Start
        for k in 0..<m where word.byte(n - m + k) != s[k] { return false }
        if n == m || word.byte(n - m - 1) < 0x80 { return true }
        return keyHasSuffixByCharacters(suffix)
    }

    /// `key.hasSuffix(suffix)`, comparing Characters.
    @inline(never) func keyHasSuffixByCharacters(_ suffix: StaticString) -> Bool {
        key.hasSuffix(String(describing: suffix))
    }

    /// `key.count` (Characters): the byte count for ASCII keys, which hold one byte a Character.
    var keyCount: Int {
        !word.isLong && word.isASCII ? word.count : key.count
    }
}
