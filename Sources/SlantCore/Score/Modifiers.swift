/// Negators, intensifiers and downtoners that change a loaded term's weight, from
/// `Lexicons/modifiers.tsv`.
public struct Modifiers: Sendable {
    public struct Modifier: Sendable {
        public var term: String
        /// negator, intensifier or downtoner
        public var kind: String
        public var factor: Double
    }

    public var table = PhraseTable<Modifier>()
    public var info: LexiconInfo?
    public static let kinds: Set<String> = ["negator", "intensifier", "downtoner"]
    /// How many tokens before a term a negator still reaches.
    public static let negationScope = 3

    public init() {}

    public init(lexicons: LexiconSet) throws {
        let file = try DataFile.parse(try lexicons.text("modifiers.tsv"), name: "modifiers.tsv", minColumns: 3, maxColumns: 4)
        for row in file.rows {
            let kind = row.fields[1]
            guard Self.kinds.contains(kind) else {
                throw LexiconError(file: file.name, line: row.line, problem: "unknown modifier kind '\(kind)'")
            }
            guard let factor = Double(row.fields[2]), factor >= 0, factor <= 3 else {
                throw LexiconError(file: file.name, line: row.line, problem: "factor '\(row.fields[2])' is not a number from 0 to 3")
            }
            table.insert(row.fields[0].lowercased(), value: Modifier(term: row.fields[0].lowercased(), kind: kind, factor: factor))
        }
        info = file.info
    }
}
