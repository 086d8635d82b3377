/// Finds mentions of the entities in `entities.tsv` (alias, entity, kind) in sentence text,
/// for the per-entity aggregates. Aliases match case-sensitively at word boundaries, byte by
/// byte, so finding them costs one pass over the sentence and no tokenizing.
public struct EntityFinder: Sendable {
    struct Alias: Sendable {
        var bytes: [UInt8]
        var entity: String
        var kind: String
    }

    /// Aliases by their first run of word bytes, longest alias first. Keyed by the packed run
    /// (`WordKey`): a dictionary keyed by byte arrays made and hashed an array for every
    /// capitalised word of every stored sentence.
    private var byFirstRun = KeyTable<[Alias]>()
    /// Bit `min(n, 63)` of entry `b` is set when some alias's first run starts with byte `b` and
    /// has `n` bytes: most words of a text fail this test, and skip building and hashing a key.
    private var runShapes = [UInt64](repeating: 0, count: 256)

    /// An empty finder: no mentions.
    public init() {}

    /// Builds the finder from the text of `entities.tsv` (validated as a data file).
    public init(entitiesTSV text: String) throws {
        let file = try DataFile.parse(text, name: "entities.tsv", minColumns: 3, maxColumns: 3)
        for row in file.rows {
            let bytes = Array(row.fields[0].utf8)
            let run = Array(bytes.prefix { Self.isWordByte($0) })
            guard !run.isEmpty else { continue }
            runShapes[Int(run[0])] |= 1 << UInt64(min(run.count, 63))
            let key = run.withUnsafeBufferPointer { WordKey(bytes: $0) }, string = String(decoding: run, as: UTF8.self)
            let slot = byFirstRun.index(of: key, string) ?? byFirstRun.append(key, string, [])
            byFirstRun.values[slot].append(Alias(bytes: bytes, entity: row.fields[1], kind: row.fields[2]))
        }
        for slot in byFirstRun.values.indices { byFirstRun.values[slot].sort { $0.bytes.count > $1.bytes.count } }
    }

    /// `isWordByte` for every byte value: the scan over every sentence reads this table.
    static let wordBytes: [Bool] = (0..<256).map { isWordByte(UInt8($0)) }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    /// Mentions in `text`: (entity, kind, byte range in `text`), in order, not overlapping.
    public func mentions(in text: String) -> [(entity: String, kind: String, bytes: Range<Int>)] {
        guard byFirstRun.count > 0 else { return [] }
        var text = text
        return text.withUTF8 { mentions(inUTF8: $0) }
    }

    /// Mentions in UTF-8 text: (entity, kind, byte range), in order, not overlapping. Reads the
    /// bytes in place: the stored sentences are native strings, and copying each into an array
    /// first cost as much as the search.
    public func mentions(inUTF8 b: UnsafeBufferPointer<UInt8>) -> [(entity: String, kind: String, bytes: Range<Int>)] {
        guard byFirstRun.count > 0 else { return [] }
        var result: [(entity: String, kind: String, bytes: Range<Int>)] = []
        var i = 0
        // The table read in place: 256 entries, indexed by a byte, need no bounds check.
        Self.wordBytes.withUnsafeBufferPointer { isWord in
            while i < b.count {
                guard isWord[Int(b[i])] else { i += 1; continue }
                var j = i + 1
                while j < b.count, isWord[Int(b[j])] { j += 1 }
                var next = j
                if runShapes[Int(b[i])] & (1 << UInt64(min(j - i, 63))) != 0,
                   let slot = byFirstRun.index(of: WordKey(bytes: UnsafeBufferPointer(rebasing: b[i..<j])),
                                               String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)) {
                    // Every alias in the slot starts with this run (the table's key, its string
                    // confirmed for long runs), so only the bytes after it are compared, in place:
                    // most aliases are one run ("Russia") and need no comparison at all. (Each alias
                    // compared whole through a generic `elementsEqual`, and copied out of the list
                    // first, cost a third of the search: "the" starts dozens of aliases.)
                    let run = j - i
                    byFirstRun.values[slot].withUnsafeBufferPointer { list in
                        for a in list.indices where i + list[a].bytes.count <= b.count {
                            let end = i + list[a].bytes.count
                            let same = list[a].bytes.withUnsafeBufferPointer { alias in
                                var k = run
                                while k < alias.count, alias[k] == b[i + k] { k += 1 }
                                return k == alias.count
                            }
                            guard same else { continue }
                            // Whole words only: "US" is not the start of "USB".
                            if end < b.count, Self.isWordByte(b[end]), let last = list[a].bytes.last, Self.isWordByte(last) { continue }
                            result.append((list[a].entity, list[a].kind, i..<end))
                            next = end
                            break
                        }
                    }
                }
                i = next
            }
        }
        return result
    }
}
