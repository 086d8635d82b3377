/// The people an article has named so far, for resolving "he said" / "she added".
///
/// It remembers the named speakers, the people named as the subject that opens a sentence
/// ("Moore grew up on a farm.") though they say nothing there, and the one
/// person a sentence names when no person opens it or speaks in it ("Some Democratic officials
/// suggested that Obama would ...").
/// A pronoun resolves to the person named last, unless two people were named in that same
/// sentence (within the last `window` sentences): then it could be either, and it stays
/// unresolved and says why. ("He" inside a sentence that names a person before it is
/// resolved there first: `SourceFinder.antecedentInSentence`.) "He" and "she" stand for one
/// person, never a group ("voters", "Both women", "Schiff and Conaway"); "they" stands for
/// a group speaker of this sentence or the one before, and otherwise stays unresolved (the
/// groups it stands for are mostly never named as speakers).
///
/// Slant keeps no list of first names; it learns a person's pronoun only from the text
/// itself: a title ("Mr.", "Ms."), a gendered role word ("spokeswoman", "chairman"), or an
/// earlier "he"/"she" resolved to them. A person whose learnt pronoun differs is passed over
/// ("she" after Mr. Smith and Jones is Jones).
public struct SpeakerMemory: Sendable {
    /// How many sentences back two people named in one sentence make a pronoun ambiguous.
    static let window = 3
    /// How many namings back a pronoun's speaker is looked for at most.
    static let lookback = 1000
    /// How many sentences back a person named but never a speaker ("Moore grew up on a farm.")
    /// may be a pronoun's antecedent: a "he" with no one named near it stands for someone the
    /// article did not name ("A man at a Costco has gone into a rage. ... He wears a red
    /// shirt"), not for a name a hundred sentences back.
    static let mentionReach = 10

    struct Entry: Sendable {
        var name: String; var key: String; var kind: String; var sentence: Int; var superseded = false
        /// "he" or "she" once the text has shown which, else nil.
        var pronoun: String?
        /// Named as a sentence's subject or its one person, not (yet) as a speaker.
        var mentioned = false
        /// Named as a speaker here or at an earlier naming of the same person.
        var spoke = false
        /// More than one person (`isPlural`), found once when the entry is made: a pronoun's
        /// resolution asks it of every entry it passes.
        var plural = false
    }
    /// Speakers in the order they were last named. A speaker named again is appended and its
    /// earlier entry marked superseded (found through `latest`), instead of removed from the
    /// middle of the list: recording stays constant time over a long text.
    var entries: [Entry] = []
    var latest: [String: Int] = [:]
    /// The index of the sentence being read.
    public var sentence = 0
    /// The entity gazetteer, whose names tell a person ("Obama") from a place or an
    /// organisation ("Ferguson", "Washington") where a name is one word.
    var gazetteer: EntityGazetteer?

    public init() {}

    public init(gazetteer: EntityGazetteer) { self.gazetteer = gazetteer }

    /// What the gazetteer says of the names in a sentence: the byte ranges of the people it
    /// names, and of the places, countries, groups and organisations.
    func gazetteerNames(_ tokens: [Token], _ source: SourceText) -> (people: [Range<Int>], others: [Range<Int>]) {
        guard let gazetteer else { return ([], []) }
        var people: [Range<Int>] = [], others: [Range<Int>] = []
        for mention in gazetteer.entityMentions(tokens: tokens, source: source, base: 0) {
            if mention.kind == "person" { people.append(mention.bytes) } else { others.append(mention.bytes) }
        }
        return (people, others)
    }

    /// Records a named source (person, role, organisation, media) in the current sentence.
    public mutating func record(_ source: SourceSpan) {
        // Named kinds only (person, role, organisation, media), compared rather than hashed:
        // this runs for every source.
        let kind = source.kind
        if Self.kindIs(kind, "pronoun") {
            // "he"/"she" resolved to a speaker tells that speaker's pronoun.
            if let name = source.resolved, let index = latest[Self.key(name)], entries[index].pronoun == nil,
               let pronoun = Self.gendered(source.text.lowercased()) {
                entries[index].pronoun = pronoun
            }
            return
        }
        guard Self.kindIs(kind, "person") || Self.kindIs(kind, "role") || Self.kindIs(kind, "organisation") || Self.kindIs(kind, "media")
        else { return }
        // What the name's own words show is read only when a pronoun is resolved (`resolve`);
        // here only what an earlier pronoun taught is carried over.
        append(source.text, key: Self.key(source.text), kind: kind, mentioned: false)
    }

    /// Records a person named outside any quotation as the subject that opens a sentence
    /// ("Moore grew up on a farm."), or as the one person a sentence names:
    /// not a speaker, but the "he" of the next sentence ("“A couple of things,” he says.") more
    /// likely than an earlier speaker.
    public mutating func mention(_ name: String) {
        append(name, key: Self.key(name), kind: "person", mentioned: true)
    }

    /// Appends a naming, marking the same person's earlier entry superseded (one hash of the
    /// key for both the look-up and the update) and carrying over the pronoun it taught.
    private mutating func append(_ name: String, key: String, kind: String, mentioned: Bool) {
        // Room for an article's people made at the first one: grown from nothing, the lists
        // were copied several times in each article.
        if entries.isEmpty && entries.capacity == 0 {
            entries.reserveCapacity(32)
            latest.reserveCapacity(32)
        }
        var pronoun: String?
        var spoke = !mentioned
        if let previous = latest.updateValue(entries.count, forKey: key) {
            entries[previous].superseded = true
            pronoun = entries[previous].pronoun
            spoke = spoke || entries[previous].spoke
        }
        entries.append(Entry(name: name, key: key, kind: kind, sentence: sentence, pronoun: pronoun, mentioned: mentioned,
                             spoke: spoke, plural: Self.isPlural(name, kind: kind)))
    }

    /// The pronoun a name is known to take: learnt from an earlier "he"/"she" resolved to
    /// it, or shown by its own words ("Mr.", "spokeswoman").
    func knownPronoun(of name: String) -> String? {
        if let index = latest[Self.key(name)], let pronoun = entries[index].pronoun { return pronoun }
        return Self.pronoun(ofName: name)
    }

    /// Whether a one-word name was named before as a person (a speaker or a sentence's subject):
    /// "Boehner" alone could be anything, but not after "House Speaker John Boehner said".
    func isKnownPerson(_ name: String) -> Bool {
        guard let index = latest[Self.key(name)] else { return false }
        return Self.kindIs(entries[index].kind, "person") || Self.kindIs(entries[index].kind, "role") && !entries[index].plural
    }

    /// Whether a source kind is `name`, told apart by length before the strings are compared
    /// (the kinds compared here have different lengths).
    @inline(__always) static func kindIs(_ kind: String, _ name: String) -> Bool {
        kind.utf8.count == name.utf8.count && kind == name
    }

    /// "he" or "she" for those pronouns, else nil.
    static func gendered(_ pronoun: String) -> String? {
        pronoun == "he" || pronoun == "she" ? pronoun : nil
    }

    /// Titles and role words that show which pronoun a named speaker takes.
    static let maleWords: Set<String> = [
        "mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "councilman", "businessman",
        "father", "son", "brother", "husband", "uncle", "grandfather",
    ]
    static let femaleWords: Set<String> = [
        "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman",
        "councilwoman", "businesswoman", "mother", "daughter", "sister", "wife", "aunt", "grandmother",
    ]

    /// The pronoun a name's own words show ("Mr. Lee", "the council's spokeswoman, Ana
    /// Ruiz"), or nil.
    static func pronoun(ofName name: String) -> String? {
        if let fast = asciiPronoun(ofName: name) { return fast }
        var male = false, female = false
        for word in name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }) {
            let w = word.lowercased()
            if maleWords.contains(w) { male = true } else if femaleWords.contains(w) { female = true }
        }
        return male == female ? nil : (male ? "he" : "she")
    }

    /// The title and role words of `maleWords` and `femaleWords` as bytes, for `asciiPronoun`.
    static let maleBytes: [[UInt8]] = maleWords.sorted().map { Array($0.utf8) }
    static let femaleBytes: [[UInt8]] = femaleWords.sorted().map { Array($0.utf8) }
    /// For each length up to 15 bytes, the first letters (a bit per letter a-z) of the listed
    /// words of that length: a word whose length and lower-cased first letter match none is
    /// neither, and is not compared with the lists (nearly every word of a name).
    static let firstLetters: [UInt32] = {
        var masks = [UInt32](repeating: 0, count: 16)
        for word in maleBytes + femaleBytes where word.count < masks.count && word[0] >= 0x61 && word[0] <= 0x7A {
            masks[word.count] |= 1 << UInt32(word[0] - 0x61)
        }
        return masks
    }()

    /// `pronoun(ofName:)` for a name of ASCII bytes other than carriage returns and of the
    /// scalars `charactersAreScalars` allows (nearly every name), read byte by byte with no
    /// strings made; nil for anything else, which `pronoun(ofName:)` reads by Characters. For
    /// such names the two agree: every Character is one scalar, and lower-casing an ASCII word
    /// is lower-casing its letters A-Z.
    /// (Resolving a pronoun asks this of every earlier speaker it passes: the bytes are read
    /// in one pass, and only a word whose length and first letter some listed word has is
    /// compared with the lists.)
    static func asciiPronoun(ofName name: String) -> String?? {
        let masks = firstLetters
        return name.utf8.withContiguousStorageIfAvailable { b -> String?? in
            func listed(_ words: [[UInt8]], _ word: Range<Int>) -> Bool {
                for w in words where w.count == word.count {
                    var same = true
                    for k in 0..<w.count {
                        var c = b[word.lowerBound + k]
                        if c >= 0x41 && c <= 0x5A { c += 0x20 }
                        if c != w[k] { same = false; break }
                    }
                    if same { return true }
                }
                return false
            }
            // Other scalars, or a carriage return: the Character path reads the name.
            guard Self.charactersAreScalars(b) else { return nil }
            var male = false, female = false
            var i = 0
            while i < b.count {
                while i < b.count, b[i] == 0x20 || b[i] == 0x2C || b[i] == 0x0A { i += 1 }
                guard i < b.count else { break }
                var j = i
                // A word with a letter or mark of two or more bytes is none of the listed
                // ASCII words, lower-cased or not (none of those scalars lower-cases to ASCII).
                var ascii = true
                while j < b.count, b[j] != 0x20, b[j] != 0x2C, b[j] != 0x0A {
                    if b[j] >= 0x80 { ascii = false }
                    j += 1
                }
                var first = b[i]
                if first >= 0x41 && first <= 0x5A { first += 0x20 }
                if ascii, j - i < masks.count, first >= 0x61, first <= 0x7A, masks[j - i] & (1 << UInt32(first - 0x61)) != 0 {
                    if listed(maleBytes, i..<j) { male = true } else if listed(femaleBytes, i..<j) { female = true }
                }
                i = j
            }
            return .some(male == female ? nil : (male ? "he" : "she"))
        } ?? nil
    }

    /// "John Smith, the finance minister" and "Smith" are one speaker: the last capitalised
    /// word before any comma, not counting a determiner capitalised for opening the sentence
    /// ("The officer" is "officer", as "the officer" is: not "The", which every role that
    /// opens a sentence so would share, and which a "he" was then resolved to).
    static func key(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        let head = name.split(separator: ",").first.map(String.init) ?? name
        let words = head.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let capitalised = words.last { $0.first?.isUppercase == true && !openingDeterminers.contains(String($0)) }
        return String(capitalised ?? words.last ?? Substring(name))
    }

    /// `key` for a name of ASCII letters, spaces and punctuation other than carriage returns
    /// (nearly every name), and of the letters and marks `charactersAreScalars` allows, read
    /// byte by byte; nil for anything else, which `key` reads by Characters. For such names
    /// the two agree: every Character is one scalar, so the spaces, line feeds and commas
    /// `key` splits at are the bytes this splits at. (Reading a name with an accented letter
    /// or a curly apostrophe by Characters cost some 25,000 instructions.)
    static func asciiKey(_ name: String) -> String? {
        name.utf8.withContiguousStorageIfAvailable { b -> String? in
            // The text before the first comma, or after the leading commas when it opens
            // with some (`split` drops empty pieces).
            guard Self.charactersAreScalars(b) else { return nil }
            var start = 0
            while start < b.count, b[start] == 0x2C { start += 1 }
            var end = start
            while end < b.count, b[end] != 0x2C { end += 1 }
            // No piece at all: `key` falls back to the whole name.
            if start == end { return name }
            // Words separated by spaces and newlines; the last one starting with A-Z, else the last.
            var last: Range<Int>?
            var lastCapitalised: Range<Int>?
            var i = start
            while i < end {
                while i < end, b[i] == 0x20 || b[i] == 0x0A { i += 1 }
                guard i < end else { break }
                var j = i
                while j < end, b[j] != 0x20, b[j] != 0x0A { j += 1 }
                last = i..<j
                if b[i] >= 0x41 && b[i] <= 0x5A, !isOpeningDeterminer(b, i..<j) { lastCapitalised = i..<j }
                // A word opening with a letter of two bytes: whether it is upper case is
                // Unicode's to say, and `key` asks it by Characters. (One opening with a
                // curly quotation mark or a dash is not upper case.)
                if b[i] >= 0xC2 && b[i] <= 0xC5 { return nil }
                i = j
            }
            guard let word = lastCapitalised ?? last else { return name }
            return String(decoding: b[word], as: UTF8.self)
        } ?? nil
    }

    /// Determiners that a name may open with only because they open its sentence.
    static let openingDeterminers: Set<String> = ["The", "A", "An", "This", "That", "These", "Those"]

    /// Whether the bytes of a word are one of `openingDeterminers` ("A", "An", "The" compared
    /// byte by byte; a word of four or five letters looked up).
    static func isOpeningDeterminer(_ b: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        switch word.count {
        case 1: return b[word.lowerBound] == 0x41
        case 2: return b[word.lowerBound] == 0x41 && b[word.lowerBound + 1] == 0x6E
        case 3: return b[word.lowerBound] == 0x54 && b[word.lowerBound + 1] == 0x68 && b[word.lowerBound + 2] == 0x65
        case 4, 5: return openingDeterminers.contains(String(decoding: b[word], as: UTF8.self))
        default: return false
        }
    }

    /// Whether every Character of these UTF-8 bytes is one scalar, shown by the scalars
    /// themselves: ASCII other than a carriage return (which joins a line feed), the two-byte
    /// scalars U+0080 to U+017F (controls, Latin-1 and Latin Extended-A letters and signs,
    /// none of which joins a neighbour into one Character), and the dashes, curly quotation
    /// marks and ellipsis U+2013, U+2014, U+2018, U+2019, U+201C, U+201D, U+2026. False
    /// for any other byte, which the callers leave to Characters.
    static func charactersAreScalars(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c == 0x0D { return false }
                i += 1
            } else if c >= 0xC2 && c <= 0xC5 {
                guard i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
            } else if c == 0xE2 {
                guard i + 2 < b.count, b[i + 1] == 0x80 else { return false }
                let third = b[i + 2]
                guard third == 0x93 || third == 0x94 || third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D
                        || third == 0xA6 else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether a speaker can be "they": an organisation or outlet, or a role whose head (the
    /// last word before any comma) is a plural in -s ("aides", "Democrats"; not "boss").
    static func isGroup(_ entry: Entry) -> Bool {
        if kindIs(entry.kind, "organisation") || kindIs(entry.kind, "media") { return true }
        guard kindIs(entry.kind, "role") else { return false }
        let head = entry.name.split(separator: ",", maxSplits: 1).first.flatMap { $0.split(separator: " ").last } ?? ""
        return head.hasSuffix("s") && !head.hasSuffix("ss")
    }

    /// Whether a source is one person: a person, a pronoun, or a role that is not plural
    /// ("the spokeswoman", not "council members").
    static func namesOnePerson(_ source: SourceSpan) -> Bool {
        if kindIs(source.kind, "person") || kindIs(source.kind, "pronoun") { return true }
        guard kindIs(source.kind, "role") else { return false }
        return !isPlural(source.text, kind: source.kind)
    }

    /// Plural heads that do not end in -s.
    static let irregularPlurals: [[UInt8]] = ["men", "women", "people", "children", "staff", "police", "clergy", "personnel", "folks"]
        .map { Array($0.utf8) }
    /// Words that make a phrase name a group, whatever its head ("Both women", "Some
    /// progressives", "Other justices, included Chief Justice John Roberts").
    static let groupOpeners: [[UInt8]] = ["both", "some", "many", "most", "several", "other", "others", "all", "few", "these", "those"]
        .map { Array($0.utf8) }
    /// Words after a role's head ("Republicans like ...", "officials of ...").
    static let headEnders: [[UInt8]] = ["like", "of", "from", "at", "in", "who"].map { Array($0.utf8) }
    static let andWord = Array("and".utf8)

    /// Whether a role or name stands for more than one person: its first word says so ("Both",
    /// "Some"), it joins names with "and" ("Schiff and Conaway"), or, for a role, its head (the
    /// last word before any comma, or before "like", "of", "from", "at", "in" or "who") is a
    /// plural ("voters", "Republicans like Sen. John McCain of Arizona", "women"). (A person's
    /// name may end in -s: "Sanders".) Read from the name's bytes, words compared lower-cased
    /// in ASCII: it is asked of every speaker recorded.
    static func isPlural(_ name: String, kind: String) -> Bool {
        let role = kindIs(kind, "role")
        guard role || kindIs(kind, "person") else { return false }
        var name = name
        return name.withUTF8 { b -> Bool in
            func same(_ word: Range<Int>, _ listed: [UInt8]) -> Bool {
                guard word.count == listed.count else { return false }
                for (k, c) in zip(word, listed) {
                    var x = b[k]
                    if x >= 0x41 && x <= 0x5A { x += 0x20 }
                    if x != c { return false }
                }
                return true
            }
            var i = 0
            var first = true
            var head: Range<Int>?
            var cut = false
            while i < b.count, b[i] != 0x2C {
                if b[i] == 0x20 { i += 1; continue }
                var j = i
                while j < b.count, b[j] != 0x20, b[j] != 0x2C { j += 1 }
                let word = i..<j
                if first, groupOpeners.contains(where: { same(word, $0) }) { return true }
                first = false
                if same(word, andWord) { return true }
                if !cut {
                    if headEnders.contains(where: { same(word, $0) }) { cut = true } else { head = word }
                }
                i = j
            }
            guard role, let head, !head.isEmpty else { return false }
            if irregularPlurals.contains(where: { same(head, $0) }) { return true }
            // Ends in -s, not -ss, -'s or -’s (E2 80 99 before the s).
            let n = head.upperBound
            guard b[n - 1] == 0x73 || b[n - 1] == 0x53 else { return false }
            if head.count >= 2, b[n - 2] == 0x73 || b[n - 2] == 0x53 || b[n - 2] == 0x27 || b[n - 2] == 0x99 { return false }
            return true
        }
    }

    /// The speaker a pronoun stands for, or nil, with a note saying how it was resolved.
    public func resolve(_ pronoun: String) -> (name: String?, note: String) {
        // "he"/"she" stand for people; "they"/"it" may stand for organisations too.
        // (Compared, not hashed: this runs for every pronoun resolved.)
        let people = pronoun == "he" || pronoun == "she" || pronoun == "i" || pronoun == "we"
        // "they" stands for a group: an organisation, an outlet or a plural role ("White House
        // aides"), never one named person ("One Fox host, Shepard Smith").
        let plural = pronoun == "they"
        let singular = pronoun == "he" || pronoun == "she" || pronoun == "i"
        // "it" is never a person: an organisation, an outlet, a document ("It said the First
        // Amendment requires ..." after the ruling's judge is named is the ruling's).
        let neuter = pronoun == "it"
        // Only the last two candidates matter: scan back for them instead of filtering every
        // speaker so far (a long text has many).
        // A speaker known to take the other pronoun is neither the answer nor a rival.
        let wanted = Self.gendered(pronoun)
        // Entries read in place by index: binding each one copied its strings.
        var last: Int?
        var rival: Int?
        var passedOver = false
        var scanned = 0
        for index in entries.indices.reversed() {
            // A rival matters only within the window: once the last speaker is found, older
            // entries cannot change the answer. And a speaker more than `lookback` namings back
            // is no antecedent: a long transcript naming its speakers thousands of times made
            // every pronoun scan the whole list (time growing with the square of the text).
            if last != nil && sentence - entries[index].sentence > Self.window { break }
            scanned += 1
            if scanned > Self.lookback { break }
            let named = Self.kindIs(entries[index].kind, "person") || Self.kindIs(entries[index].kind, "role")
            guard !entries[index].superseded && (!people || named) && (!neuter || !named) && (!plural || Self.isGroup(entries[index]))
            else { continue }
            if !entries[index].spoke && sentence - entries[index].sentence > Self.mentionReach { continue }
            // "he" or "she" is one person: not a group named by a plural role ("voters", "Both
            // women", "Republicans like Sen. John McCain").
            if singular, entries[index].plural { continue }
            if let wanted, named,
               let known = entries[index].pronoun ?? Self.pronoun(ofName: entries[index].name), known != wanted {
                if sentence - entries[index].sentence <= Self.window { passedOver = true }
                continue
            }
            if last == nil { last = index } else { rival = index; break }
        }
        guard let last else {
            return (nil, plural ? "unresolved: no earlier speaker that is a group (an organisation or a plural role)"
                                : neuter ? "unresolved: no earlier speaker that is no person (an organisation, an outlet or a document)"
                                : "unresolved: no earlier named speaker")
        }
        // "they" is most often a group never named as a speaker ("Democrats", "people"): only a
        // group speaker of this sentence or the one before is taken for it.
        if plural, sentence - entries[last].sentence > 1 {
            return (nil, "unresolved: no group (an organisation or a plural role) named as a speaker in this sentence or the one before")
        }
        if let rival, entries[rival].sentence == entries[last].sentence, sentence - entries[last].sentence <= Self.window {
            // Written into one string of the right size (an interpolation grew it twice).
            let (one, other) = (entries[last].name, entries[rival].name)
            var note = "ambiguous: '"
            note.reserveCapacity(20 + one.utf8.count + other.utf8.count)
            note += one
            note += "' or '"
            note += other
            note += "'"
            return (nil, note)
        }
        let named = entries[last].mentioned ? "the last person named (in an earlier sentence, not as its speaker)" : "the last named speaker"
        if passedOver, let wanted { return (entries[last].name, "resolved to \(named) who takes '\(wanted)'") }
        return (entries[last].name, "resolved to \(named)")
    }
}
