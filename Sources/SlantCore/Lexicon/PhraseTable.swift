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
    }

    private var byFirst: [String: [Entry]] = [:]
    /// Prefix entries by their first four UTF-8 bytes, packed: looking a word up costs no allocation.
    private var prefixes: [UInt32: [Entry]] = [:]
    public private(set) var count = 0
    /// A 65,536-bit filter over the first (up to) four bytes of every entry's first word: most
    /// words of a text start no entry, and one bit test tells so without hashing a string.
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
        let entry = Entry(words: words, isPrefix: isPrefix, value: value)
        let bit = Self.filterBit(first)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        // Lists are changed in place (no copy of the list per insert) and kept ordered at
        // insertion: longest phrase, or longest prefix, first, so the first match is the best.
        if isPrefix {
            guard words.count == 1, first.count >= Self.prefixKeyLength, let key = Self.packedPrefix(first) else { return .invalid }
            if let existing = prefixes[key]?.firstIndex(where: { $0.words == words }) {
                let previous = prefixes[key]![existing].value
                prefixes[key]![existing] = entry
                return .replaced(previous)
            } else {
                let length = first.utf8.count
                let position = prefixes[key]?.firstIndex { $0.words[0].utf8.count < length } ?? prefixes[key]?.count ?? 0
                prefixes[key, default: []].insert(entry, at: position)
            }
        } else {
            if let existing = byFirst[first]?.firstIndex(where: { $0.words == words }) {
                let previous = byFirst[first]![existing].value
                byFirst[first]![existing] = entry
                return .replaced(previous)
            } else {
                let position = byFirst[first]?.firstIndex { $0.words.count < words.count } ?? byFirst[first]?.count ?? 0
                byFirst[first, default: []].insert(entry, at: position)
                count += 1
            }
        }
        return .added
    }

    /// The longest entry matching the tokens at `i`, and how many tokens it covers.
    public func match(_ tokens: [Token], at i: Int) -> (entry: Entry, length: Int)? {
        let key = tokens[i].key
        let bit = Self.filterBit(key)
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return nil }
        if let list = byFirst[key] {
            for entry in list where entry.words.count <= tokens.count - i {
                var ok = true
                for k in 1..<max(entry.words.count, 1) where tokens[i + k].key != entry.words[k] {
                    ok = false
                    break
                }
                if ok { return (entry, entry.words.count) }
            }
        }
        if !prefixes.isEmpty, let packed = Self.packedPrefix(key), let list = prefixes[packed] {
            for entry in list where key.utf8.starts(with: entry.words[0].utf8) { return (entry, 1) }
        }
        return nil
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

    /// The filter bit of a word: its first (up to) four bytes, mixed.
    @inline(__always) static func filterBit(_ word: String) -> Int {
        var packed: UInt64 = 0
        var n = 0
        for byte in word.utf8 {
            packed = packed << 8 | UInt64(byte)
            n += 1
            if n == 4 { break }
        }
        return Int(truncatingIfNeeded: ((packed | UInt64(n) << 32) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The first four UTF-8 bytes of a word as one number, or nil for a shorter word.
    @inline(__always) static func packedPrefix(_ word: String) -> UInt32? {
        var packed: UInt32 = 0
        var n = 0
        for byte in word.utf8 {
            packed = packed << 8 | UInt32(byte)
            n += 1
            if n == 4 { return packed }
        }
        return nil
    }

    /// Whether a term (without `*`) is already present.
    public func contains(_ term: String) -> Bool {
        let words = Self.words(of: term)
        guard let first = words.first else { return false }
        return byFirst[first]?.contains { $0.words == words } ?? false
    }
}
