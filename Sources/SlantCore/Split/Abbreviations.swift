/// Abbreviations that a period does not always end a sentence after (`Lexicons/abbreviations.tsv`),
/// the words that commonly open a sentence (`Lexicons/sentence-starters.tsv`) and the verbs of
/// saying that introduce a quotation (`verb` entries of `Lexicons/attribution-cues.tsv`).
public struct Abbreviations: Sendable {
    /// How an abbreviation behaves before the next word.
    public enum Kind: String, Sendable, CaseIterable {
        /// Never ends a sentence: titles before a name (Mr., Dr., Sen.) and joiners (vs.).
        case title
        /// Goes on before a number (No. 5, p. 55); before anything else it may end a sentence.
        case numeric
        /// Others (Inc., U.S., a.m., etc.): end a sentence only before a common sentence opener.
        case other
    }

    /// The tables, behind one reference: rules get `Abbreviations` at every period, and a struct
    /// of several arrays would cost a reference count for each. The fields are constants, so a
    /// lookup borrows them (a `var` here made every lookup copy its table: three reference
    /// counts and an exclusivity check at each period); `add` builds a new `Tables`.
    private final class Tables: Sendable {
        let kinds: WordTable<Kind>
        let openers: WordTable<Bool>
        let labels: WordTable<Bool>
        let midLine: WordTable<Bool>
        let sayingVerbs: WordTable<Bool>
        /// The first two letters (lower-cased, a..z) of the mid-line openers, 26 × 26: the
        /// scanner's cheap test before it reads a word after a space.
        let midLinePrefixes: [Bool]

        init(kinds: WordTable<Kind>, openers: WordTable<Bool>, labels: WordTable<Bool>, midLine: WordTable<Bool>,
             sayingVerbs: WordTable<Bool>, midLinePrefixes: [Bool]) {
            self.kinds = kinds
            self.openers = openers
            self.labels = labels
            self.midLine = midLine
            self.sayingVerbs = sayingVerbs
            self.midLinePrefixes = midLinePrefixes
        }
    }

    private var tables: Tables

    /// Builds the table from `(abbreviation, kind)` pairs (a final period is optional) and the
    /// words that commonly open a sentence. Later entries override earlier ones. Openers that
    /// end in a colon (`image:`) are caption labels: they open a sentence even mid-line. Openers
    /// listed in `midLine` open one after a plain space when capitalised before a lower-case
    /// word (`the largest vote in any constituency In the New Territories`). `sayingVerbs`
    /// introduce a quotation that stays one sentence (`said "`).
    public init(entries: [(String, Kind)], sentenceOpeners: [String], midLine: [String] = [], sayingVerbs: [String] = []) {
        var openers = WordTable<Bool>(), labels = WordTable<Bool>(), mid = WordTable<Bool>(), verbs = WordTable<Bool>()
        var prefixes = [Bool](repeating: false, count: 26 * 26)
        for word in sentenceOpeners {
            let key = Array(word.lowercased().utf8)
            if key.last == UInt8(ascii: ":") { labels[key] = true } else { openers[key] = true }
        }
        for word in midLine {
            let key = Array(word.lowercased().utf8)
            mid[key] = true
            if key.count >= 2, key[0] &- 97 < 26, key[1] &- 97 < 26 {
                prefixes[Int(key[0] - 97) * 26 + Int(key[1] - 97)] = true
            }
        }
        for word in sayingVerbs { verbs[Array(word.lowercased().utf8)] = true }
        tables = Tables(kinds: Self.kinds(entries, over: WordTable()), openers: openers, labels: labels, midLine: mid,
                        sayingVerbs: verbs, midLinePrefixes: prefixes)
    }

    /// Builds the table from `abbreviations.tsv` rows, `sentence-starters.tsv` rows
    /// (`word[<TAB>mid-line]`) and the one-word `verb` rows of `attribution-cues.tsv`.
    public init(abbreviations: DataFile, starters: DataFile, attribution: DataFile?) throws {
        var openers: [String] = [], midLine: [String] = []
        for row in starters.rows {
            openers.append(row.fields[0])
            guard row.fields.count > 1 else { continue }
            guard row.fields[1] == "mid-line" else {
                throw LexiconError(file: starters.name, line: row.line, problem: "unknown sentence-starter flag '\(row.fields[1])' (expected 'mid-line')")
            }
            midLine.append(row.fields[0])
        }
        // The one-word verbs, picked by their bytes: made into strings, the file's 1,500 rows
        // cost more than the rest of the table.
        var verbs: [String] = []
        if let attribution {
            for r in 0..<attribution.rowCount
            where attribution.withField(r, 1, { $0.elementsEqual("verb".utf8) }) && !attribution.withField(r, 0, { $0.contains(0x20) }) {
                verbs.append(attribution.field(r, 0))
            }
        }
        self.init(entries: try Self.entries(from: abbreviations), sentenceOpeners: openers, midLine: midLine, sayingVerbs: verbs)
    }

    /// Adds or overrides entries (a user's own list layered over the built-in one).
    public mutating func add(_ entries: [(String, Kind)]) {
        let t = tables
        tables = Tables(kinds: Self.kinds(entries, over: t.kinds), openers: t.openers, labels: t.labels, midLine: t.midLine,
                        sayingVerbs: t.sayingVerbs, midLinePrefixes: t.midLinePrefixes)
    }

    private static func kinds(_ entries: [(String, Kind)], over base: WordTable<Kind>) -> WordTable<Kind> {
        var table = base
        for (term, kind) in entries {
            var key = Array(term.lowercased().utf8)
            if key.last == UInt8(ascii: ".") { key.removeLast() }
            guard !key.isEmpty else { continue }
            table[key] = kind
        }
        return table
    }

    /// Parses rows of an abbreviations file (`abbreviation<TAB>kind[<TAB>note]`) into entries.
    public static func entries(from file: DataFile) throws -> [(String, Kind)] {
        try file.rows.map { row in
            guard let kind = Kind(rawValue: row.fields[1]) else {
                throw LexiconError(file: file.name, line: row.line, problem: "unknown abbreviation kind '\(row.fields[1])'")
            }
            return (row.fields[0], kind)
        }
    }

    /// The kind of an abbreviation given in lower case without its final period, if listed.
    public func kind(of lowercasedWord: [UInt8]) -> Kind? { tables.kinds[lowercasedWord] }

    /// True if the word, in any case, is a listed abbreviation.
    public func contains(_ word: [UInt8]) -> Bool { tables.kinds[word.map(lowerASCII)] != nil }

    /// True for words that commonly open a sentence ("The", "He", "But").
    public func isSentenceOpener(_ lowercasedWord: [UInt8]) -> Bool { tables.openers[lowercasedWord] ?? false }

    func kind(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? { tables.kinds.lookup(bytes, range) }
    func isLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool { tables.labels.lookup(bytes, range) ?? false }
    func isOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool { tables.openers.lookup(bytes, range) ?? false }
    func isSayingVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool { tables.sayingVerbs.lookup(bytes, range) ?? false }
    func isMidLineOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool { tables.midLine.lookup(bytes, range) ?? false }
    /// Whether a mid-line opener may start with two letters, capital then lower case: index
    /// `(first - 65) * 26 + (second - 97)`.
    var midLinePrefixes: [Bool] { tables.midLinePrefixes }

    /// The number of abbreviations listed.
    public var count: Int { tables.kinds.count }
}
