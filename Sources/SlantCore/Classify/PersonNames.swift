/// The name a person source is counted under: one person named three ways in one article
/// ("President Barack Obama", "Mr. Obama", "Obama") is one source, as a reader takes it.
///
/// A source's name is its run of name words: what is left of the span (before any comma or
/// spaced dash, as `SourceSpan.countedName` cuts it) once titles and roles ("Mr.", "Sen.",
/// "President", "Secretary of State", "Obama adviser") are taken from its front and what
/// follows the name ("of Florida", "at Wells Fargo", "(R-S.C.)") from its end. A name of two
/// words or more ("Mitch McConnell", "Charles E. Schumer") is a full name. Then:
/// - a span with a title before a full name is counted under the full name
///   ("Senate Majority Leader Mitch McConnell" -> "Mitch McConnell");
/// - a surname alone, with or without a title ("Mr. Obama", "Obama", "OBAMA"), is counted under
///   the article's full name with that surname, when the article names exactly one such person
///   in full (as a source or as a sentence's subject); with two ("Bill Clinton" and "Hillary
///   Clinton"), or none, it stays as written.
/// The counted name is given as the source's `resolved`, with a note that says why.
///
/// Slant keeps no list of first names: a name is told by its capitals and by the title and role
/// words the lexicons list (`abbreviations.tsv` titles, `source-words.tsv` roles).
public struct PersonNames: Sendable {
    /// Lower-cased words that stand before a name and are no part of it.
    let titles: Set<String>

    /// Modifiers of a title that the lexicons do not list as roles ("former Sen.", "House
    /// Speaker", "Vice President", "then-Secretary" is cut at its hyphen by the capital test).
    static let titleModifiers: Set<String> = [
        "former", "acting", "interim", "outgoing", "incoming", "deputy", "vice", "prime", "speaker", "first", "sir", "dame",
        "lord", "lady", "pope", "king", "queen", "prince", "princess", "mr", "mrs", "ms", "dr", "miss", "mx",
        // Headlines' short forms of offices ("AG Barr", "VP Pence", "PM Johnson").
        "ag", "vp", "pm",
    ]
    /// The departments a "Secretary of" or "Minister of" names before the person
    /// ("Secretary of State Mike Pompeo", "Secretary of Homeland Security Kirstjen Nielsen").
    static let offices: Set<String> = [
        "state", "defense", "defence", "treasury", "homeland", "security", "commerce", "labor", "labour", "energy", "education",
        "health", "human", "services", "transportation", "agriculture", "interior", "veterans", "affairs", "justice", "housing",
        "urban", "development", "foreign", "finance", "home", "war", "the", "national", "intelligence", "staff", "management",
        "budget",
    ]
    /// Lower-case particles of surnames ("de Blasio", "van Hollen", "bin Salman").
    static let particles: Set<String> = ["de", "van", "von", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn", "ter", "den"]
    /// Whether a name's word is an initial ("J", "J."), which tells no two people apart.
    static func isInitial(_ word: Substring) -> Bool {
        word.count <= 2 && word.first?.isUppercase == true && (word.count == 1 || word.last == ".")
    }
    /// Particles joined to an Arabic surname by a hyphen, in lower case ("Bashar al-Assad",
    /// "Abdel Fattah el-Sisi", "Adel al-Jubeir").
    static let hyphenedParticles: Set<String> = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul", "bin", "ibn"]
    /// Whether a word is a surname written with its lower-case particle and a hyphen, then a
    /// capital ("al-Assad"): a name's word, as a capitalised one is.
    static func isHyphenedParticleName<S: StringProtocol>(_ word: S) -> Bool {
        let bytes = Array(word.utf8.prefix(5))
        guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), hyphen >= 2, hyphen + 1 < bytes.count,
              bytes[hyphen + 1] >= 0x41, bytes[hyphen + 1] <= 0x5A else { return false }
        return hyphenedParticles.contains(String(decoding: bytes[..<hyphen], as: UTF8.self))
    }
    /// Particles that, capitalised, are as often a first name ("Van Jones").
    static let firstNameParticles: Set<String> = ["van"]
    /// Words after a name that end it ("Marco Rubio of Florida", "Mr. Hoffman of PNC").
    static let enders: Set<String> = ["of", "at", "from", "in", "for", "with", "and", "who", "to", "on", "by", "&", "or", "said", "says"]
    /// Words that open a sentence or a phrase in capitals and are no first name ("The Mitt
    /// Romney campaign", "Should Trump win", "Neither Biden nor"): dropped from a name's front.
    static let functionWords: Set<String> = [
        "a", "an", "the", "some", "any", "many", "most", "few", "several", "all", "both", "each", "every", "either", "neither",
        "no", "not", "none", "this", "that", "these", "those", "another", "other", "such", "what", "which", "whose", "in", "on",
        "at", "of", "for", "from", "with", "by", "to", "as", "after", "before", "since", "while", "when", "where", "if", "unless",
        "but", "and", "or", "nor", "so", "yet", "can", "could", "should", "would", "will", "may", "might", "must", "shall", "do",
        "does", "did", "is", "was", "are", "were", "has", "have", "had", "even", "only", "also", "just", "perhaps", "maybe",
        "still", "now", "then", "here", "there", "why", "how", "like", "unlike", "despite", "during", "under", "over", "among",
        "between", "against", "without", "about", "because", "although", "though", "whether", "once", "until", "dear",
        "meanwhile", "however", "indeed", "instead", "yes", "oh", "well", "let", "says", "said", "asked", "via", "per",
    ]
    /// Honorifics that tell a person's sex: a "Mr." and a "Mrs." of one surname in an article
    /// are two people ("Mr. Romney" and "Ann Romney, ... Mrs. Romney").
    static let male: Set<String> = ["mr.", "mr", "sir", "lord", "king", "prince"]
    static let female: Set<String> = ["mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess"]

    /// The sex a written name's opening honorific tells ("Mr. Romney" 1, "Mrs. Romney" 2), 0
    /// when it opens with none.
    static func sex(of written: String) -> UInt8 {
        guard let first = words(written).first?.lowercased() else { return 0 }
        return male.contains(first) ? 1 : female.contains(first) ? 2 : 0
    }

    /// A name's words, split at spaces by their bytes (`split(separator:)` on a `String` reads it
    /// character by character, a grapheme break test each: a tenth of the analysis once every
    /// written name was read so).
    static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if start != i { words.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { words.append(text[start..<utf8.endIndex]) }
        return words
    }

    /// Whether a word ends with `suffix`, compared by bytes.
    @inline(__always) static func endsWith(_ word: Substring, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.utf8.count >= count else { return false }
        return suffix.withUTF8Buffer { word.utf8.suffix(count).elementsEqual($0) }
    }

    /// Generational suffixes: part of the name ("Joseph R. Biden Jr."), not its surname.
    static let suffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

    /// Names a run may be that are no person's ("United States", "White House").
    let gazetteer: EntityGazetteer?

    public init(titles: [String], roles: [String], gazetteer: EntityGazetteer? = nil) {
        self.gazetteer = gazetteer
        var set = Self.titleModifiers
        for word in titles + roles {
            let lower = word.lowercased()
            if !Self.suffixes.contains(lower) { set.insert(lower) }
        }
        self.titles = set
    }

    /// A name's words, with whether a title or role stood before them.
    struct Run: Equatable {
        var words: [Substring]
        var titled: Bool
        /// The words without a generational suffix.
        var core: Int
        /// The surname, lower-cased: the last word before any suffix.
        var key: String? {
            words.last(where: { !PersonNames.suffixes.contains($0.lowercased()) }).map { Self.bare($0).lowercased() }
        }
        var text: String { words.joined(separator: " ") }

        static func bare(_ word: Substring) -> Substring {
            var w = word
            while let last = w.last, last == "." || last == "," { w = w.dropLast() }
            return w
        }
    }

    /// The run of name words in a person source's text; nil when there is none.
    func run(of name: String) -> Run? {
        let head = SourceSpan.countedName(name)
        var run: [Substring] = []
        var titled = false
        var afterRoleOf = false
        // A name ended by a preposition ("Marco Rubio of Florida"), kept unless a title and a
        // name come later ("Fed Bank of New York President William C. Dudley").
        var ended: [Substring]?
        var laterTitle = false
        for word in Self.words(head) {
            let lower = word.lowercased()
            // (Suffixes are short; an owner's word ends in "s" or an apostrophe: most words are
            // told apart by a byte before any lookup.)
            let isSuffix = word.utf8.count <= 4 && Self.suffixes.contains(lower)
            let last = word.utf8.last
            let owner = last == UInt8(ascii: "s") && (Self.endsWith(word, "'s") || Self.endsWith(word, "’s"))
                || last == UInt8(ascii: "'") && Self.endsWith(word, "s'")
            if !isSuffix, titles.contains(lower) || owner {
                // A title, a role or an owner ("Obama adviser", "National Review’s"): the name, if
                // any, comes after it.
                if ended != nil {
                    if !owner { laterTitle = true; titled = true }
                    run = []
                    continue
                }
                run = []
                titled = true
                afterRoleOf = false
                continue
            }
            guard let first = word.unicodeScalars.first else { continue }
            if first.isASCII ? first.value >= 0x41 && first.value <= 0x5A || !run.isEmpty && Self.isHyphenedParticleName(word)
                : first.properties.isUppercase {
                if afterRoleOf, run.isEmpty, Self.offices.contains(lower) { continue }
                run.append(word)
                continue
            }
            if isSuffix, !run.isEmpty {
                run.append(word)
                continue
            }
            // A surname's particle inside a name ("Bill de Blasio", "Chris Van Hollen" in lower
            // case): kept, unless the name ends there.
            if !run.isEmpty, ended == nil, Self.particles.contains(lower) {
                run.append(word)
                continue
            }
            if ended != nil {
                if laterTitle, !run.isEmpty { break }
                run = []
                continue
            }
            if lower == "of", run.isEmpty, titled {
                afterRoleOf = true
                continue
            }
            // "A spokesperson for Couric", "an aide to Pelosi": the name is whom the role serves,
            // not the speaker's.
            if lower == "for" || lower == "to", run.isEmpty, titled, ended == nil { return nil }
            if !run.isEmpty {
                // A preposition or a bracket after a name ends it; a lower-case noun after
                // capitalised words ("Democratic pollster Celinda Lake") made them a modifier.
                if !first.properties.isAlphabetic { break }
                if Self.enders.contains(lower) {
                    ended = run
                    run = []
                    continue
                }
                run = []
                titled = true
            }
        }
        while let last = run.last, Self.particles.contains(last.lowercased()) { run.removeLast() }
        if let name = ended, !laterTitle || run.isEmpty { run = name }
        while let first = run.first, Self.functionWords.contains(first.lowercased()) { run.removeFirst() }
        guard !run.isEmpty else { return nil }
        // A place or an organisation the gazetteer lists ("the President of the United States").
        if let gazetteer, let (entity, length) = gazetteer.match(run.map(String.init), at: 0), length == run.count, entity.kind != "person" {
            return nil
        }
        // (A particle is no first name: "De Blasio" is a surname alone.)
        // ("Van" written with its capital is as often a first name: "Van Jones".)
        let core = run.filter { word in
            let lower = word.lowercased()
            return !Self.suffixes.contains(lower) && !(Self.particles.contains(lower) && (word.first?.isLowercase == true || !Self.firstNameParticles.contains(lower)))
        }.count
        guard core > 0 else { return nil }
        // A name in capitals ("BRET BAIER", a transcript's speaker) is written as a name.
        if run.allSatisfy({ $0 == $0.uppercased() }), run.contains(where: { $0.count > 2 }) {
            run = run.map { word in
                Substring(word.split(separator: "-", omittingEmptySubsequences: false)
                    .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-"))
            }
        }
        return Run(words: run, titled: titled, core: core)
    }

    /// Whether the gazetteer lists a one-word name alone as a person's alias ("Trump": Donald
    /// Trump) and `name` (the article's one full name with that surname) is someone else: no
    /// word before its surname opens as the listed person's first name does ("Mary", "Ann"
    /// against "Donald", "Mitt"; "Intensifying Trump", a sentence's opening word taken for a
    /// first name). Three letters are compared, so that a short form is the same person
    /// ("Bernard" and "Bernie", "Stephen" and "Steve"), and a word of office before the name
    /// is passed over ("State Hillary Clinton").
    func listedForAnother(_ run: Run, than name: String) -> Bool {
        guard let gazetteer, run.words.count == 1, let (entity, length) = gazetteer.match([String(run.words[0])], at: 0), length == 1,
              entity.kind == "person" else { return false }
        func firsts(_ text: String) -> [String] {
            let words = Self.words(text).filter { !Self.isInitial($0) }
            return words.dropLast().map { String($0.lowercased().prefix(3)) }
        }
        guard let listed = firsts(entity.name).first else { return false }
        return !firsts(name).contains(listed)
    }

    /// Whether a text is one word of capital letters (hyphens and apostrophes allowed).
    func isCapitalsSurname(_ text: String) -> Bool {
        text.utf8.count >= 3 && text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 == 0x2D || $0 == 0x27 }
    }

    /// The counted names of an article's person sources, given as `resolved` with a note (see
    /// the type's comment). `people` are the other names the article gives a person by (its
    /// sentences' subjects), which count as full names too.
    func resolve(_ results: inout [SentenceAnalysis], people: [String]) {
        // Full names by surname, told apart without case or middle initials ("Donald J. Trump"
        // and "Donald Trump" are one person); the first written form is kept.
        var full: [String: [String: String]] = [:]
        // Each written name read once an article: the same names come back as sources, mentions
        // and honorifics.
        var runs: [String: Run?] = [:]
        func run(of name: String) -> Run? {
            if let known = runs[name] { return known }
            let made = self.run(of: name)
            runs[name] = made
            return made
        }
        // Where the article's sources are, found in one pass (most sentences have none): a
        // person's or an organisation's as the sentence's source, another source that is a
        // person's (`j` its index, -1 for the sentence's own), and pronouns. Read by index:
        // binding each result copied the whole sentence analysis.
        var named: [(k: Int, j: Int)] = []
        var pronouns: [(k: Int, j: Int)] = []
        // (Through the buffer: the array's subscript copied each sentence to read its source.)
        results.withUnsafeBufferPointer { sentences in
            for k in sentences.indices {
                if let kind = sentences[k].source?.kind {
                    if kind == "person" || kind == "organisation" { named.append((k, -1)) } else if kind == "pronoun" { pronouns.append((k, -1)) }
                }
                if let others = sentences[k].other_sources {
                    for j in others.indices {
                        let kind = others[j].kind
                        if kind == "person" { named.append((k, j)) } else if kind == "pronoun" { pronouns.append((k, j)) }
                    }
                }
            }
        }
        func source(at place: (k: Int, j: Int)) -> SourceSpan {
            place.j < 0 ? results[place.k].source! : results[place.k].other_sources![place.j]
        }
        func forEachPerson(_ body: (SourceSpan) -> Void) {
            for place in named {
                let source = source(at: place)
                if source.kind == "person" { body(source) }
            }
        }
        func identity(_ run: Run) -> String {
            run.words.filter { word in
                !Self.isInitial(word)
            }.joined(separator: " ").lowercased()
        }
        func register(_ name: String) {
            guard let run = run(of: name), run.core >= 2, let key = run.key else { return }
            let id = identity(run)
            if full[key]?[id] == nil { full[key, default: [:]][id] = run.text }
        }
        // A surname written with a man's and a woman's honorific stands for two people.
        var sexes: [String: UInt8] = [:]
        func honorific(_ name: String) {
            let sex = Self.sex(of: name)
            guard sex != 0, let key = run(of: name)?.key else { return }
            sexes[key, default: 0] |= sex
        }
        // Each written name once, the sources' then the subjects': most people are named several
        // times. (In text order, so that a name's first form is the first written.)
        var seen: Set<String> = []
        var names: [String] = []
        forEachPerson { if seen.insert($0.text).inserted { names.append($0.text) } }
        guard !names.isEmpty else { return }
        // The surnames that are asked about: the person sources', the speakers' that pronouns
        // resolve to, and a capitals word's that may be a surname ("BAIER"). A subject's name
        // with none of them among its words registers nothing that is asked, and is not read
        // (most subjects' names: reading them all was most of this step's time).
        var wanted: Set<String> = []
        for name in names { if let key = run(of: name)?.key { wanted.insert(key) } }
        for place in pronouns {
            if let speaker = source(at: place).resolved, let key = run(of: speaker)?.key { wanted.insert(key) }
        }
        for place in named where place.j < 0 {
            let source = source(at: place)
            if source.kind == "organisation", isCapitalsSurname(source.text) { wanted.insert(source.text.lowercased()) }
        }
        let firstSubject = names.count
        for name in people where seen.insert(name).inserted
            && Self.words(name).contains(where: { wanted.contains(Run.bare($0).lowercased()) }) {
            names.append(name)
        }
        for name in names {
            register(name)
            honorific(name)
        }
        for (key, sex) in sexes where sex == 3 { full[key] = nil }
        // The surnames whose full name the article gives a source (not only a subject).
        var spoke: Set<String> = []
        for name in names[..<firstSubject] {
            if let run = run(of: name), run.core >= 2, let key = run.key { spoke.insert(key) }
        }
        // The counted name of each person's written name, made once an article.
        var counted: [String: (name: String, note: String)?] = [:]
        func countedName(_ written: String) -> (name: String, note: String)? {
            if let known = counted[written] { return known }
            var result: (name: String, note: String)?
            let head = SourceSpan.countedName(written)
            if let run = run(of: written), let key = run.key {
                if run.core >= 2 {
                    // The article's first form of the name ("Donald J. Trump" for a later "Donald Trump").
                    let first = full[key]?[identity(run)]
                    let text = first ?? run.text
                    if text != head {
                        result = (text, first != nil && first != run.text ? "counted as '\(text)': the form of the name the article gives first"
                                  : run.titled ? "counted as '\(text)': the name without its title"
                                  : "counted as '\(text)': the name without the words around it")
                    }
                } else if let names = full[key], names.count == 1, let name = names.values.first,
                          // Not when the full name is only a sentence's subject, never a
                          // source, and the gazetteer gives the surname alone to someone else: a
                          // column's "Trump" is the president, not the "Mary Trump" it names
                          // once in full (the president named in full only inside a quotation).
                          spoke.contains(key) || !listedForAnother(run, than: name) {
                    result = (name, "counted as '\(name)': the one person of that surname the article names in full")
                } else if full[key] == nil, run.text != head {
                    // No full name to count it under: the surname without a title of office
                    // ("President Trump", "Sen. Schumer" -> "Trump", "Schumer"), or a
                    // transcript's capitals written as a name ("BARR" -> "Barr"), so that the
                    // outlet's other articles can count it under the full name they give
                    // (`SourceAliases`). "Mr." and "Mrs." stay: they tell two people apart.
                    // (Not a phrase whose head is someone else, "Aides to Mr. Romney", nor one
                    // with an article, "the Justice Department": no person's name.)
                    if run.titled, Self.sex(of: written) == 0,
                       !Self.words(head).contains(where: { Self.enders.contains($0.lowercased()) || $0 == "the" }) {
                        result = (run.text, "counted as '\(run.text)': the name without its title")
                    } else if !run.titled, isCapitalsSurname(head) {
                        result = (run.text, "counted as '\(run.text)': the name in capitals written as a name")
                    }
                }
            }
            counted[written] = result
            return result
        }
        func resolved(_ source: inout SourceSpan) {
            if source.kind == "organisation", source.resolved == nil, isCapitalsSurname(source.text),
               let names = full[source.text.lowercased()], names.count == 1, let name = names.values.first {
                // A surname in capitals alone reads as an acronym ("BAIER", "NAACP"); the article's
                // full name for it ("BRET BAIER said ...") shows it is a person's (a transcript's
                // speaker).
                source.kind = "person"
                source.resolved = name
                if source.note == nil { source.note = "counted as '\(name)': the one person of that surname the article names in full" }
            } else if source.kind == "person", source.resolved == nil, let (name, note) = countedName(source.text) {
                source.resolved = name
                if source.note == nil { source.note = note }
            } else if source.kind == "pronoun", let speaker = source.resolved {
                if let entry = counted[speaker], let (name, _) = entry {
                    // A pronoun for a person counted under a fuller name ("he" for "Mr. Obama").
                    source.resolved = name
                } else {
                    // The speaker's name without the apposition or clause its span ran on with
                    // ("Ari Fleischer, who served as ...": "Ari Fleischer"), as it is counted.
                    let head = SourceSpan.countedHead(speaker)
                    if head.utf8.count < speaker.utf8.count { source.resolved = head }
                }
            }
        }
        // Person sources first, so that a pronoun's speaker has been counted by then.
        for place in named {
            if place.j < 0 { resolved(&results[place.k].source!) } else { resolved(&results[place.k].other_sources![place.j]) }
        }
        for name in names[firstSubject...] where counted[name] == nil { _ = countedName(name) }
        for place in pronouns {
            if place.j < 0 { resolved(&results[place.k].source!) } else { resolved(&results[place.k].other_sources![place.j]) }
        }
    }
}
