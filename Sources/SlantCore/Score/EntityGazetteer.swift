/// Entity names and their aliases (`US`, `U.S.`, `Washington`, `American` -> United States),
/// from `Lexicons/entities.tsv`. Aliases match case-sensitively, so "US" is not "us".
public struct EntityGazetteer: Sendable {
    public struct Entity: Sendable, Hashable {
        public var alias: [String]
        public var name: String
        public var kind: String
    }

    private var byFirst: [String: [Entity]] = [:]
    public var info: LexiconInfo?

    public init() {}

    public init(lexicons: LexiconSet) throws {
        let file = try DataFile.parse(try lexicons.text("entities.tsv"), name: "entities.tsv", minColumns: 3, maxColumns: 3)
        for row in file.rows {
            let source = SourceText(row.fields[0])
            let words = Tokenizer.tokens(in: source, range: 0..<source.bytes.count).map { source.text(ofBytes: $0.bytes) }
            guard let first = words.first else { continue }
            if byFirst[first]?.contains(where: { $0.alias == words }) ?? false {
                throw LexiconError(file: file.name, line: row.line, problem: "duplicate alias '\(row.fields[0])'")
            }
            byFirst[first, default: []].append(Entity(alias: words, name: row.fields[1], kind: row.fields[2]))
            byFirst[first]?.sort { $0.alias.count > $1.alias.count }
        }
        info = file.info
    }

    /// The entity whose alias starts at token `i`, given the tokens' raw texts.
    public func match(_ raw: [String], at i: Int) -> (Entity, Int)? {
        guard let list = byFirst[raw[i]] else { return nil }
        for entity in list where i + entity.alias.count <= raw.count {
            if Array(raw[i..<(i + entity.alias.count)]) == entity.alias { return (entity, entity.alias.count) }
        }
        return nil
    }
}
