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
    static var prefixKeyLength: Int { 4 }

    public init() {}

    /// Splits a term into the token keys the tokenizer would produce.
    public static func words(of term: String) -> [String] {
        // Fast path for the common entry (lower-case ASCII letters and single spaces): the
        // tokenizer would split it at the spaces and change nothing else. Loading 10,000
        // entries must stay under 10 ms.
        if term.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 32 }), !term.hasPrefix(" "), !term.hasSuffix(" "),
           !term.contains("  ") {
            return term.split(separator: " ").map(String.init)
        }
        let source = SourceText(term.lowercased().replacingOccurrences(of: "\u{2019}", with: "'"))
        return Tokenizer.tokens(in: source, range: 0..<source.bytes.count).map(\.key)
    }

    /// Adds an entry, replacing one with the same words. Returns false for an invalid prefix term.
    @discardableResult
    public mutating func insert(_ term: String, value: Value) -> Bool {
        var term = term
        var isPrefix = false
        if term.hasSuffix("*") {
            term.removeLast()
            isPrefix = true
        }
        let words = Self.words(of: term)
        guard let first = words.first else { return false }
        if isPrefix {
            guard words.count == 1, first.count >= Self.prefixKeyLength else { return false }
            guard let key = Self.packedPrefix(first) else { return false }
            prefixes[key, default: []].removeAll { $0.words == words }
            prefixes[key, default: []].append(Entry(words: words, isPrefix: true, value: value))
            // Longest prefix first, so the first match is the most specific.
            prefixes[key]?.sort { $0.words[0].utf8.count > $1.words[0].utf8.count }
        } else {
            var list = byFirst[first, default: []]
            if let existing = list.firstIndex(where: { $0.words == words }) {
                list[existing] = Entry(words: words, isPrefix: false, value: value)
            } else {
                list.append(Entry(words: words, isPrefix: false, value: value))
                count += 1
            }
            // Longest phrases first, so the first match is the longest.
            list.sort { $0.words.count > $1.words.count }
            byFirst[first] = list
        }
        return true
    }

    /// The longest entry matching the tokens at `i`, and how many tokens it covers.
    public func match(_ tokens: [Token], at i: Int) -> (entry: Entry, length: Int)? {
        let key = tokens[i].key
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
