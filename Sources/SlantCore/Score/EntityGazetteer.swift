/// Entity names and their aliases (`US`, `U.S.`, `Washington`, `American` -> United States),
/// from `Lexicons/entities.tsv`. Aliases match case-sensitively, so "US" is not "us".
public struct EntityGazetteer: Sendable {
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
    /// The first bytes of the aliases' first words, as four 64-bit sets: aliases are names,
    /// and most words of a sentence start with a byte none of them starts with (a lower-case
    /// letter), which one bit test tells without a call and a table probe (`mayMatch`).
    private var firstBytes = ByteSet()
    /// A 65,536-bit filter over the packs of the aliases' first words (bit: the top 16 bits of
    /// the pack's hash): every capitalised word passes `firstBytes`, and nearly all of them
    /// start no alias, which this tells without the call and the table probe. (With 4,096 bits
    /// the 1,300 first words of the shipped list let about one word in four through.)
    private var firstWords = [UInt64](repeating: 0, count: 1024)
    public var info: LexiconInfo?

    public init() {}

    public init(lexicons: LexiconSet) throws {
        let file = try DataFile.parse(try lexicons.text("entities.tsv"), name: "entities.tsv", minColumns: 3, maxColumns: 3)
        for row in file.rows {
            let source = SourceText(row.fields[0])
            let words = Tokenizer.tokens(in: source, range: 0..<source.bytes.count).map { source.text(ofBytes: $0.bytes) }
            guard let first = words.first else { continue }
            let slot = byFirst.index(of: WordKey(first), first) ?? byFirst.append(first, [])
            if let byte = first.utf8.first { firstBytes.insert(byte) }
            let bit = Self.filterBit(WordKey(first))
            firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
            if byFirst.values[slot].contains(where: { $0.alias == words }) {
                throw LexiconError(file: file.name, line: row.line, problem: "duplicate alias '\(row.fields[0])'")
            }
            byFirst.values[slot].append(Entity(alias: words, name: row.fields[1], kind: row.fields[2], keys: words.map(WordKey.init)))
            byFirst.values[slot].sort { $0.alias.count > $1.alias.count }
        }
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


    /// False when no alias can start at token `i`: none starts with its first byte, or none
    /// has its first word's filter bit. (An alias matches on its whole pack, so on the pack's
    /// lowest byte and its hash too.)
    @inline(__always) func mayMatch(_ raw: RawWords, at i: Int) -> Bool {
        let key = raw.keys[i]
        guard firstBytes.contains(UInt8(truncatingIfNeeded: key.lo)) else { return false }
        let bit = Self.filterBit(key)
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
    /// there is one.
    func matchIndex(_ raw: RawWords, at i: Int) -> (slot: Int, entity: Int, length: Int)? {
        let first = raw.keys[i]
        guard let slot = byFirst.index(of: first, raw.text(i)) else { return nil }
        let list = byFirst.values[slot]
        for e in list.indices where i + list[e].alias.count <= raw.count {
            var k = 1
            while k < list[e].alias.count, raw.equals(i + k, list[e].alias[k], list[e].keys[k]) { k += 1 }
            if k == list[e].alias.count { return (slot, e, k) }
        }
        return nil
    }

    /// The name of the entity at a place that `matchIndex` returned.
    func name(slot: Int, entity: Int) -> String { byFirst.values[slot][entity].name }
}
