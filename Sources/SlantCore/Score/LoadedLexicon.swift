/// The loaded-language lexicon: Slant's own entries, user overlays, and the allow-list of
/// neutral senses, validated on load (`file:line: problem`).
public struct LoadedLexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        public var term: String
        public var weight: Double
        public var category: String
        public var note: String?
        /// The file the entry came from, and its line there.
        public var file: String
        public var line: Int = 0
    }

    public private(set) var table = PhraseTable<Entry>()
    public private(set) var allow = PhraseTable<String>()
    /// Allowed phrases written `{name} PHRASE`: PHRASE is neutral only right after a name
    /// ("the Iranian regime", "Assad's regime": the conventional name of a named state's
    /// government), and still counts elsewhere ("the regime", "a brutal regime").
    public private(set) var allowAfterName = PhraseTable<String>()
    public private(set) var categories: [String: String] = [:]
    public private(set) var infos: [LexiconInfo] = []
    public private(set) var entryCount = 0

    /// Categories the scorer assigns itself, which no lexicon entry may use.
    public static let ruleCategories: Set<String> = ["scare-quote"]

    public init() {}

    public init(lexicons: LexiconSet) throws {
        let categoryFile = try DataFile.parse(try lexicons.text("categories.tsv"), name: "categories.tsv",
                                              minColumns: 2, maxColumns: 2)
        for row in categoryFile.rows { categories[row.fields[0]] = row.fields[1] }
        infos.append(categoryFile.info)
        try add(DataFile.parse(try lexicons.text("loaded-language.tsv"), name: "loaded-language.tsv",
                               minColumns: 3, maxColumns: 4), overlay: false)
        for overlay in lexicons.overlays {
            try add(DataFile.parse(overlay.text, name: overlay.name, minColumns: 3, maxColumns: 4), overlay: true)
        }
        try addAllow(DataFile.parse(try lexicons.text("allow.tsv"), name: "allow.tsv", minColumns: 1, maxColumns: 2))
        for overlay in lexicons.allowOverlays {
            try addAllow(DataFile.parse(overlay.text, name: overlay.name, minColumns: 1, maxColumns: 2))
        }
    }

    /// The key under which a term is stored and compared for duplicates: its token keys joined
    /// by single spaces, with a final `*` kept for prefix entries (`So-called` -> `so-called`).
    public static func key(of term: String) -> String {
        let prefix = term.hasSuffix("*")
        let words = PhraseTable<Int>.words(of: prefix ? String(term.dropLast()) : term)
        return words.joined(separator: " ") + (prefix ? "*" : "")
    }

    static func validate(_ row: DataFile.Row, categories: Set<String>) -> String? {
        let weightText = row.fields[1]
        guard let weight = Double(weightText) else { return "weight '\(weightText)' is not a number" }
        guard weight >= 0, weight <= 3 else { return "weight \(weightText) is outside 0 to 3" }
        let category = row.fields[2]
        // categories.tsv lists 'scare-quote' too, so "unknown" would contradict the file.
        if ruleCategories.contains(category) { return "category '\(category)' is given by the scorer's own rule; an entry may not use it" }
        guard categories.contains(category) else { return "unknown category '\(category)'" }
        return termProblem(row.fields[0])
    }

    /// What is wrong with a term, if anything: it has no letter; or its `*`: a prefix term is
    /// one word of at least four letters before a final `*`; a `*` anywhere else was matched as
    /// a literal character ("mid*dle"). Also asked by `slant lexicon import`, at the line of the
    /// list (a VADER list's entries it refuses, its emoticons, are left out and counted).
    public static func termProblem(_ term: String) -> String? {
        // The scorer matches words; a term with no letter ("2024", ":)", "!!!") never matches one.
        if !term.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            return "term '\(term)' has no letter, so it can never match (the scorer matches words)"
        }
        if term.utf8.last == 0x2A && (term.utf8.contains(0x20) || term.dropLast().count < 4) {
            return "prefix term '\(term)' must be one word of at least 4 letters before '*'"
        }
        if term.utf8.dropLast().contains(0x2A) {
            return "'*' may only end a term, as a prefix rule ('sabotag*'), not stand inside '\(term)'"
        }
        return nil
    }

    mutating func add(_ file: DataFile, overlay: Bool) throws {
        let known = Set(categories.keys)
        // The category names an entry may use, as bytes, compared with each row's in place (no
        // string, no hash); a row with any other category takes the general path, which says why.
        let names = DataFile.ByteNames(categories.keys.filter { !Self.ruleCategories.contains($0) })
        table.reserveCapacity(table.count + file.rowCount)
        for r in 0..<file.rowCount {
            let line = file.line(r)
            let term: String, original: String
            let insertion: PhraseTable<Entry>.Insertion
            if let plain = Self.plainEntry(file, r, names: names) {
                // A row every check passes, its term split from its bytes: the same entry as below.
                term = plain.term
                original = term
                // Moved into the table (`take`), not copied with its four strings.
                var entry: Entry? = consume plain
                insertion = file.withField(r, 0) { field in
                    let isPrefix = field.last == 0x2A  // "*"
                    return table.insertReporting(plain: isPrefix ? UnsafeBufferPointer(rebasing: field.dropLast()) : field,
                                                 isPrefix: isPrefix, value: entry.take()!)
                }
            } else {
                let row = file.row(r)
                if let problem = Self.validate(row, categories: known) {
                    throw LexiconError(file: file.name, line: line, problem: problem)
                }
                term = Self.lowercased(row.fields[0])
                original = row.fields[0]
                let note = row.fields.count > 3 && !row.fields[3].isEmpty ? row.fields[3] : nil
                let entry = Entry(term: term, weight: Double(row.fields[1]) ?? 0, category: row.fields[2], note: note,
                                  file: file.name, line: line)
                insertion = table.insertReporting(term, value: entry)
            }
            // An overlay replaces a built-in entry with the same term; weight 0 switches it off.
            // The same term twice in one file is a mistake. (`slant lexicon check` also catches
            // duplicates that differ only in spacing.)
            switch insertion {
            case .invalid:
                throw LexiconError(file: file.name, line: line, problem: "invalid term '\(term)'")
            case .replaced(let previous) where previous.file == file.name:
                throw LexiconError(file: file.name, line: line,
                                   problem: "duplicate term '\(original)' (first on line \(previous.line))")
            case .replaced:
                break
            case .added:
                entryCount += 1
            }
        }
        infos.append(file.info)
    }

    /// Entry line `r` of a lexicon file read from its bytes, when it is the common plain row:
    /// a lower-case term of plain words (`PhraseTable.isPlain`; a prefix term one such word
    /// of at least four letters before its `*`), a weight `DecimalNumber` reads, from 0 to 3,
    /// and a known category. Nil for any other row, which `validate` and the general path
    /// take, so that every problem is reported by the one rule that reports it.
    private static func plainEntry(_ file: DataFile, _ r: Int, names: DataFile.ByteNames) -> Entry? {
        guard let weight = file.withField(r, 1, DecimalNumber.value), weight >= 0, weight <= 3 else { return nil }
        guard let category = file.withField(r, 2, names.name) else { return nil }
        guard let term = file.withField(r, 0, { field -> String? in
            let isPrefix = field.last == 0x2A  // "*"
            let body = isPrefix ? UnsafeBufferPointer(rebasing: field.dropLast()) : field
            // A prefix term is one word of at least four letters (bytes, all ASCII here).
            if isPrefix && (body.count < PhraseTable<Entry>.prefixKeyLength || body.contains(0x20)) { return nil }
            // (A term of digits alone takes the general path, which refuses it: `termProblem`.)
            guard PhraseTable<Entry>.isPlain(body), body.contains(where: { $0 &- 0x61 < 26 }) else { return nil }
            return String(decoding: field, as: UTF8.self)
        }) else { return nil }
        return Entry(term: term, weight: weight, category: category, note: file.nonEmptyField(r, 3),
                     file: file.name, line: file.line(r))
    }

    /// Whether the lexicon lists the adverb in -ly of a one-word term ("huge" -> "hugely",
    /// "bizarre" -> "bizarrely", "horrible" -> "horribly"): then the term is an adjective, whose
    /// phrase span runs over the word it qualifies ("bizarre situation"), even without one of
    /// the endings the phrase rule knows. Nouns ("smear", "disaster") have no such adverb.
    public func listsAdverb(of word: String) -> Bool {
        if table.contains(word + "ly") { return true }
        return word.hasSuffix("le") && table.contains(String(word.dropLast()) + "y")
    }

    /// Lower-cases a term, skipping the Unicode-aware work for terms already lower-case ASCII.
    static func lowercased(_ term: String) -> String {
        term.utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 } ? term.lowercased() : term
    }

    mutating func addAllow(_ file: DataFile) throws {
        for r in 0..<file.rowCount {
            // A plain phrase (no placeholder, already lower-case): split from its bytes.
            if file.withField(r, 0, PhraseTable<String>.isPlain) {
                let note = file.fieldCount(r) > 1 ? file.field(r, 1) : "allowed phrase"
                let insertion = file.withField(r, 0) { allow.insertReporting(plain: $0, isPrefix: false, value: note) }
                if case .invalid = insertion {
                    throw LexiconError(file: file.name, line: file.line(r), problem: "invalid phrase '\(file.field(r, 0))'")
                }
                continue
            }
            let row = file.row(r)
            if let problem = Self.validateAllow(row.fields[0]) {
                throw LexiconError(file: file.name, line: row.line, problem: problem)
            }
            var phrase = row.fields[0].lowercased()
            let afterName = phrase.utf8.first == 0x7B && phrase.hasPrefix(Self.namePlaceholder)
            if afterName { phrase.removeFirst(Self.namePlaceholder.count) }
            let note = row.fields.count > 1 ? row.fields[1] : "allowed phrase"
            let inserted = afterName ? allowAfterName.insert(phrase, value: note) : allow.insert(phrase, value: note)
            guard inserted else {
                throw LexiconError(file: file.name, line: row.line, problem: "invalid phrase '\(phrase)'")
            }
        }
        infos.append(file.info)
    }

    /// The one placeholder an allowed phrase may have, at its start: a name before the phrase.
    public static let namePlaceholder = "{name} "

    /// A problem with an allowed phrase's placeholder, if any: only a leading `{name}` followed
    /// by words is known.
    public static func validateAllow(_ phrase: String) -> String? {
        // Nearly every phrase has no brace: one pass over its bytes (loading stays fast).
        guard phrase.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) else { return nil }
        if phrase.trimmingSpaces() == namePlaceholder.trimmingSpaces() { return "'{name}' needs a phrase after it" }
        let rest = phrase.hasPrefix(namePlaceholder) ? String(phrase.dropFirst(namePlaceholder.count)) : phrase
        if rest.contains("{") || rest.contains("}") {
            return "unknown placeholder in '\(phrase)' (only a leading '{name}' is known)"
        }
        if rest.trimmingSpaces().isEmpty { return "'{name}' needs a phrase after it" }
        return nil
    }
}
