/// Entity names and their aliases (`US`, `U.S.`, `Washington`, `American` -> United States),
/// from `Lexicons/entities.tsv`. Aliases match case-sensitively, so "US" is not "us".
public struct EntityGazetteer: Sendable {
    /// The kinds an entity may have (`Lexicons/README.md`).
    public static let kinds: Set<String> = ["country", "person", "organisation", "group", "place"]

    public struct Entity: Sendable, Hashable {
        public var alias: [String]
        public var name: String
        public var kind: String
        /// `alias` packed, for comparing with tokens' packed texts.
        var keys: [WordKey] = []
    }

    /// Aliases by their first word (as written, case kept), in a packed-key table: entity
    /// matching looks up every word of a sentence that holds a loaded term.
    private(set) var byFirst = KeyTable<[Entity]>()
    /// The first two bytes of the aliases' first words, as a 65,536-bit set (bit: the first
    /// byte plus 256 times the second; for a first word of one byte, every second byte):
    /// aliases are names, and most words of a sentence start with two bytes none of them
    /// starts with, which one bit test tells without a call and a table probe (`mayMatch`).
    /// (A set of first bytes let half the words of news text through: "the" of "the
    /// Kremlin", "a" of "al-Qaeda", "m" of "migrants" and every capital.)
    private var firstPairs = [UInt64](repeating: 0, count: 1024)
    /// A 65,536-bit filter over the packs of the aliases' first words (bit: the top 16 bits of
    /// the pack's hash): most capitalised words pass `firstPairs`, and nearly all of them
    /// start no alias, which this tells without the call and the table probe. (With 4,096 bits
    /// the 1,300 first words of the shipped list let about one word in four through.)
    private var firstWords = [UInt64](repeating: 0, count: 1024)
    /// For each slot of `byFirst`, the second words of its aliases of two words or more.
    private var seconds: [SecondWords] = []
    /// `byFirst`'s aliases in one flat table (`matchIndex`).
    private var table = AliasTable()
    public var info: LexiconInfo?

    public init() {}

    public init(lexicons: LexiconSet) throws {
        let file = try DataFile.parse(try lexicons.text("entities.tsv"), name: "entities.tsv", minColumns: 3, maxColumns: 3)
        for row in file.rows {
            let source = SourceText(row.fields[0])
            let words = Tokenizer.tokens(in: source, range: 0..<source.bytes.count).map { source.text(ofBytes: $0.bytes) }
            guard let first = words.first else { continue }
            let key = WordKey(first)
            let slot = byFirst.index(of: key, first) ?? byFirst.append(key, first, [])
            // The pack holds the word's first bytes (a long word's first 15).
            for second in key.count > 1 ? key.byte(1)...key.byte(1) : 0...255 {
                let pair = Int(key.byte(0)) | Int(second) << 8
                firstPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            let bit = Self.filterBit(key)
            firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
            if byFirst.values[slot].contains(where: { $0.alias == words }) {
                throw LexiconError(file: file.name, line: row.line, problem: "duplicate alias '\(row.fields[0])'")
            }
            let entity = Entity(alias: words, name: row.fields[1], kind: row.fields[2], keys: words.map(WordKey.init))
            if seconds.count < byFirst.count { seconds.append(SecondWords()) }
            if entity.keys.count > 1 { seconds[slot].insert(entity.keys[1]) }
            byFirst.values[slot].append(entity)
        }
        // Each list longest alias first, in file order among equals: sorted once here (the
        // standard library's sort is stable), where sorting it after each row cost more than
        // reading the file.
        for slot in byFirst.values.indices where byFirst.values[slot].count > 1 {
            byFirst.values[slot].sort { $0.alias.count > $1.alias.count }
        }
        table = AliasTable(keys: byFirst.keys, lists: byFirst.values)
        info = file.info
    }

    /// The entity whose alias starts at token `i`, given the tokens' raw texts.
    public func match(_ raw: [String], at i: Int) -> (Entity, Int)? {
        guard let slot = byFirst.index(of: WordKey(raw[i]), raw[i]) else { return nil }
        let list = byFirst.values[slot]
        for entity in list where i + entity.alias.count <= raw.count {
            // Word by word, without copying the slice into an array.
            var k = 0
            while k < entity.alias.count, raw[i + k] == entity.alias[k] { k += 1 }
            if k == entity.alias.count { return (entity, entity.alias.count) }
        }
        return nil
    }


    /// False when no alias can start at token `i`: none starts with its first two bytes, or none
    /// has its first word's filter bit. (An alias matches on its whole pack, so on the pack's
    /// lowest byte and its hash too.)
    @inline(__always) func mayMatch(_ raw: RawWords, at i: Int) -> Bool {
        // The first byte read from the text: the word's key is made only when it passes.
        let pair = raw.firstPair(i)
        guard firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
        let bit = Self.filterBit(raw.key(i))
        return firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The filter bit of a first word's pack.
    @inline(__always) static func filterBit(_ word: WordKey) -> Int {
        Int(truncatingIfNeeded: word.hash >> 48)
    }

    /// `match` on the tokens' packed texts: the same answer, without a string per token.
    func match(_ raw: RawWords, at i: Int) -> (Entity, Int)? {
        guard let (slot, e, length) = matchIndex(raw, at: i) else { return nil }
        return (byFirst.values[slot][e], length)
    }

    /// Where the alias that `match` finds is kept (its first word's slot and its place in the
    /// slot's list) and its length in tokens: the entity is not copied (four references
    /// counted and released) for a caller that reads its name only, or only asks whether
    /// there is one. Found in the flat table, and in the lists where a word's string decides.
    @inline(__always)
    func matchIndex(_ raw: RawWords, at i: Int) -> (slot: Int, entity: Int, length: Int)? {
        switch table.find(raw, at: i) {
        case let .alias(list, entity, length): return (list, entity, length)
        case .none: return nil
        case .ask: return listMatchIndex(raw, at: i)
        }
    }

    /// `matchIndex` in the lists themselves: strings compared where packs cannot tell.
    @inline(never)
    func listMatchIndex(_ raw: RawWords, at i: Int) -> (slot: Int, entity: Int, length: Int)? {
        let (range, first) = raw.rangeAndKey(i)
        guard let slot = byFirst.index(of: first, raw.source.text(ofBytes: range)) else { return nil }
        let list = byFirst.values[slot]
        // The next word's text, made once for all the aliases it is compared with ("the"
        // starts a dozen of them).
        var second: (range: Range<Int>, key: WordKey)?
        if i + 1 < raw.count, seconds[slot].isExact {
            let next = raw.rangeAndKey(i + 1)
            second = next
            if !seconds[slot].mayContain(next.key) {
                // No alias of two words or more goes on with the next word: the word's alias
                // alone, if it has one (listed last, after the longer ones), is the match.
                guard let last = list.last, last.alias.count == 1 else { return nil }
                return (slot, list.count - 1, 1)
            }
        }
        for e in list.indices where i + list[e].alias.count <= raw.count {
            var k = 1
            if k < list[e].alias.count {
                if second == nil { second = raw.rangeAndKey(i + 1) }
                guard let second, raw.equals(second, list[e].alias[1], list[e].keys[1]) else { continue }
                k = 2
            }
            while k < list[e].alias.count, raw.equals(i + k, list[e].alias[k], list[e].keys[k]) { k += 1 }
            if k == list[e].alias.count { return (slot, e, k) }
        }
        return nil
    }

    /// The second words of the aliases that start with one word, as a 256-bit set (bit: the
    /// top byte of the pack's hash): "the" starts a dozen aliases, and the word after it is
    /// nearly always none of their second words, which one bit test tells without comparing
    /// the word with each alias's.
    struct SecondWords: Sendable {
        private var bits = ByteSet()
        /// Every second word is ASCII and whole in its pack, where a text equals it (as `==`
        /// on strings says, `RawWords.equals`) exactly when their packs are equal. (A text
        /// may equal a non-ASCII word with other bytes: the set tests nothing then.)
        private(set) var isExact = true

        mutating func insert(_ key: WordKey) {
            bits.insert(UInt8(truncatingIfNeeded: key.hash >> 56))
            if key.isLong || !key.isASCII { isExact = false }
        }

        /// False when no second word equals the text packed as `key`.
        @inline(__always) func mayContain(_ key: WordKey) -> Bool {
            // A non-ASCII or long text is compared by its string (a non-ASCII one may equal
            // an ASCII word: the Kelvin sign is canonically "K").
            key.isLong || !key.isASCII || bits.contains(UInt8(truncatingIfNeeded: key.hash >> 56))
        }
    }

    /// The name of the entity at a place that `matchIndex` returned.
    func name(slot: Int, entity: Int) -> String { byFirst.values[slot][entity].name }
}
