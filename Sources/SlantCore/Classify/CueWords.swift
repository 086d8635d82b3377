/// The word lists the cues use, loaded from `attribution-cues.tsv`, `editorial-cues.tsv` and
/// `source-words.tsv` in `Lexicons/`.
public struct CueWords: Sendable {
    /// One listed word or phrase.
    public struct Word: Sendable {
        public var term: String
        /// For attribution: verb, noun-verb, belief, finding, phrase, anonymous, noun, stance,
        /// content, perception, expectation, topic, attitude, action. For
        /// editorial: the category.
        public var kind: String {
            didSet { code = Kind(kind) }
        }
        public var weight: Double
        public var note: String?
        /// `kind` as a number, for the cues' tests.
        private(set) var code: Kind

        init(term: String, kind: String, weight: Double, note: String?) {
            self.term = term
            self.kind = kind
            self.weight = weight
            self.note = note
            code = Kind(kind)
        }
    }

    /// A listed word's kind as a number: the cues test the kind of every listed word in every
    /// sentence, and two kind strings that differ are compared by a call into the string
    /// library, where two numbers are one instruction.
    enum Kind: UInt8, Sendable {
        // Attribution kinds.
        case verb, nounVerb, belief, finding, phrase, anonymous, noun, stance, content, perception, expectation, topic, attitude, action
        // Editorial kinds.
        case certainty, hedge, speculation, obligation, evaluative, intensifier, personal, framing, imperative, sweeping, present
        /// A phrase in which a listed word is used descriptively ("so far", "such as", "seriously
        /// injured"): the cues step over it, so the word inside it is no evidence.
        case neutral
        /// A kind no cue tests (the tables accept only the kinds above).
        case other

        init(_ name: String) {
            switch name {
            case "verb": self = .verb
            case "noun-verb": self = .nounVerb
            case "belief": self = .belief
            case "finding": self = .finding
            case "phrase": self = .phrase
            case "anonymous": self = .anonymous
            case "noun": self = .noun
            case "stance": self = .stance
            case "content": self = .content
            case "perception": self = .perception
            case "expectation": self = .expectation
            case "topic": self = .topic
            case "attitude": self = .attitude
            case "action": self = .action
            case "certainty": self = .certainty
            case "hedge": self = .hedge
            case "speculation": self = .speculation
            case "obligation": self = .obligation
            case "evaluative": self = .evaluative
            case "intensifier": self = .intensifier
            case "personal": self = .personal
            case "framing": self = .framing
            case "imperative": self = .imperative
            case "sweeping": self = .sweeping
            case "present": self = .present
            case "neutral": self = .neutral
            default: self = .other
            }
        }
    }

    public var attribution = PhraseTable<Word>() {
        didSet { wordTable = CueWordTable(attribution: attribution, editorial: editorial) }
    }
    public var editorial = PhraseTable<Word>() {
        didSet { wordTable = CueWordTable(attribution: attribution, editorial: editorial) }
    }
    /// The table every token of a sentence is looked up in, built from `attribution` and
    /// `editorial` (again whenever one is set or changed; loading builds it once) and kept with
    /// them, as the tables differ between analyzers. (Set in each initializer, with no default:
    /// a default would build the empty tables' table at every load, some 2M instructions.)
    private var wordTable: CueWordTable

    /// Matchers of the attribution and editorial tables, for a run of sentences, and the word
    /// table built from them.
    struct Matchers {
        let attribution: PhraseTable<Word>.Matcher
        let editorial: PhraseTable<Word>.Matcher
        let table: CueWordTable
    }

    func matchers() -> Matchers {
        Matchers(attribution: attribution.matcher(), editorial: editorial.matcher(), table: wordTable)
    }
    /// Head nouns of sources, by kind: role, organisation, document, media, anonymous, pronoun.
    public var sourceWords: [String: String] {
        get { box.sourceWords }
        set { box = Box(sourceWords: newValue, infos: box.infos, model: box.model) }
    }
    public var infos: [LexiconInfo] {
        get { box.infos }
        set { box = Box(sourceWords: box.sourceWords, infos: newValue, model: box.model) }
    }
    /// The EDITORIAL model's per-cue weights (`editorial-weights.tsv`).
    public var model: EditorialModel {
        get { box.model }
        set { box = Box(sourceWords: box.sourceWords, infos: box.infos, model: newValue) }
    }

    /// The source words (also keyed by packed token keys, for lookups per token), the files'
    /// infos and the model behind one reference: the word lists are copied into every
    /// sentence's context, and one reference count per copy is cheaper than one per field.
    private final class Box: Sendable {
        let sourceWords: [String: String]
        let sourceTable: KeyTable<String>
        let infos: [LexiconInfo]
        let model: EditorialModel

        init(sourceWords: [String: String], infos: [LexiconInfo], model: EditorialModel) {
            self.sourceWords = sourceWords
            self.sourceTable = CueWords.table(of: sourceWords)
            self.infos = infos
            self.model = model
        }
    }

    private var box = Box(sourceWords: [:], infos: [], model: EditorialModel())

    public static let attributionKinds: Set<String> = [
        "verb", "noun-verb", "belief", "finding", "phrase", "anonymous", "noun", "stance", "content", "perception", "expectation",
        "topic", "attitude", "action", "neutral",
    ]
    public static let editorialKinds: Set<String> = [
        "certainty", "hedge", "speculation", "obligation", "evaluative", "intensifier", "personal",
        "framing", "imperative", "sweeping", "present", "neutral",
    ]
    public static let sourceKinds: Set<String> = ["role", "organisation", "document", "media", "anonymous", "pronoun", "person"]

    public init() {
        wordTable = .empty
    }

    public init(lexicons: LexiconSet) throws {
        try self.init(lexicons: lexicons, attribution: DataFile.parse(try lexicons.text("attribution-cues.tsv"),
                                                                      name: "attribution-cues.tsv", minColumns: 3, maxColumns: 4))
    }

    /// `init(lexicons:)` with `attribution-cues.tsv` already parsed (the analyzer parses it for
    /// the splitter's saying verbs too, and parsed it twice before).
    init(lexicons: LexiconSet, attribution: DataFile) throws {
        let editorial = try DataFile.parse(try lexicons.text("editorial-cues.tsv"), name: "editorial-cues.tsv",
                                           minColumns: 3, maxColumns: 4)
        let sources = try DataFile.parse(try lexicons.text("source-words.tsv"), name: "source-words.tsv",
                                         minColumns: 2, maxColumns: 3)
        self.attribution = try Self.table(attribution, kinds: Self.attributionKinds)
        self.editorial = try Self.table(editorial, kinds: Self.editorialKinds)
        var sourceWords: [String: String] = [:]
        for row in sources.rows {
            let kind = row.fields[1]
            guard Self.sourceKinds.contains(kind) else {
                throw LexiconError(file: sources.name, line: row.line, problem: "unknown source kind '\(kind)'")
            }
            let word = row.fields[0].lowercased()
            if sourceWords[word] != nil {
                throw LexiconError(file: sources.name, line: row.line, problem: "duplicate word '\(word)'")
            }
            sourceWords[word] = kind
        }
        let weights = try DataFile.parse(try lexicons.text("editorial-weights.tsv"), name: "editorial-weights.tsv",
                                         minColumns: 2, maxColumns: 3)
        box = Box(sourceWords: sourceWords, infos: [attribution.info, editorial.info, sources.info, weights.info],
                  model: try EditorialModel(file: weights))
        // (An initializer's assignments call no `didSet`.)
        wordTable = CueWordTable(attribution: self.attribution, editorial: self.editorial)
    }

    /// The words `source-words.tsv` lists with this kind, sorted.
    func sourceWords(ofKind kind: String) -> [String] {
        box.sourceWords.filter { $0.value == kind }.map(\.key).sorted()
    }

    /// The kind of source a token's word names (`sourceWords`), if any. A two-letter
    /// organisation or media word is an acronym, one only in capitals: "Un" in "Kim Jong Un" is
    /// no "UN", "Ap" no "AP" (pronouns, "He", "We", keep theirs).
    @inline(__always) func sourceKind(_ token: Token) -> String? {
        guard let k = box.sourceTable.index(of: token) else { return nil }
        let kind = box.sourceTable.values[k]
        if token.keyCount == 2, token.isCapitalized, !token.isAllCaps, kind == "organisation" || kind == "media" { return nil }
        return kind
    }

    /// The kind of a possessive's owner ("senator's", "the campaign's": role, organisation),
    /// looked up without its "'s"; nil for other tokens.
    func possessorKind(_ token: Token) -> String? {
        guard token.keyHasSuffix("'s"), token.keyCount > 2 else { return nil }
        let key = token.key
        return box.sourceTable.value(for: String(key.dropLast(2)))
    }

    static func table(of words: [String: String]) -> KeyTable<String> {
        var table = KeyTable<String>()
        for (word, kind) in words.sorted(by: { $0.key < $1.key }) { table.append(word, kind) }
        return table
    }

    static func table(_ file: DataFile, kinds: Set<String>) throws -> PhraseTable<Word> {
        var table = PhraseTable<Word>()
        table.reserveCapacity(file.rowCount)
        // The kind names as bytes, compared with each row's in place.
        let names = DataFile.ByteNames(kinds)
        for r in 0..<file.rowCount {
            // The common row, read from its bytes: a plain lower-case term (not a prefix), a
            // known kind and a weight from 0 to 5. Any other row takes the checks below.
            if let kind = file.withField(r, 1, names.name),
               let weight = file.withField(r, 2, DecimalNumber.value), weight <= 5,
               file.withField(r, 0, PhraseTable<Word>.isPlain) {
                let term = file.field(r, 0)
                let note = file.nonEmptyField(r, 3)
                let word = Word(term: term, kind: kind, weight: weight, note: note)
                switch file.withField(r, 0, { table.insertReporting(plain: $0, isPrefix: false, value: word) }) {
                case .added: continue
                case .replaced: throw LexiconError(file: file.name, line: file.line(r), problem: "duplicate term '\(term)'")
                case .invalid: throw LexiconError(file: file.name, line: file.line(r), problem: "invalid term '\(term)'")
                }
            }
            let row = file.row(r)
            let term = row.fields[0].lowercased()
            let kind = row.fields[1]
            guard kinds.contains(kind) else {
                throw LexiconError(file: file.name, line: row.line, problem: "unknown kind '\(kind)'")
            }
            guard let weight = Double(row.fields[2]), weight >= 0, weight <= 5 else {
                throw LexiconError(file: file.name, line: row.line, problem: "weight '\(row.fields[2])' is not a number from 0 to 5")
            }
            if table.contains(term) {
                throw LexiconError(file: file.name, line: row.line, problem: "duplicate term '\(term)'")
            }
            let note = row.fields.count > 3 && !row.fields[3].isEmpty ? row.fields[3] : nil
            guard table.insert(term, value: Word(term: term, kind: kind, weight: weight, note: note)) else {
                throw LexiconError(file: file.name, line: row.line, problem: "invalid term '\(term)'")
            }
        }
        return table
    }
}
