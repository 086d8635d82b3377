/// Whether a text is in English: Slant's rules and lexicons are English, so its labels and
/// scores of a text in another language mean little (a German blog post came out 144 of its 145
/// sentences FACTUAL).
///
/// The check reads the text's first 500 words (at most its first 8 KB). A text mostly in another
/// script (Cyrillic, Arabic, Chinese, ...) is not English. Otherwise it counts, among the words
/// in the Latin alphabet, those that are among the commonest function words of English ("the",
/// "of", "and", "said", ...) and of seven other languages written in it (German, French,
/// Spanish, Portuguese, Italian, Dutch, Indonesian). English news has 20-45% of its words in the
/// English list (22.2% the least, in the first 500 words of news-10mb's 1,738 articles; one of
/// 2,356 AllSides articles, a page of short items, has 12.8%, and no other language's share); a
/// text with under 12% there, and at least 8% and twice as many in another language's list, is
/// that language. A text with few function words of any list (a table of scores, a list of
/// names) or under 30 words is undetermined: Slant reads it as it is and says nothing.
public struct LanguageCheck: Codable, Hashable, Sendable {
    public enum Verdict: String, Codable, Hashable, Sendable {
        case english
        case notEnglish = "not-english"
        case undetermined
    }

    public var verdict: Verdict
    /// The share of the Latin-alphabet words read that are in the English list (3 decimals).
    public var english_share: Double
    /// What a text that is not English looks like: a language ("German") or a script
    /// ("Cyrillic script").
    public var looks_like: String?

    public init(verdict: Verdict, english_share: Double, looks_like: String? = nil) {
        self.verdict = verdict
        self.english_share = english_share
        self.looks_like = looks_like
    }

    /// Words and bytes read at most: the start of a text says what language it is in.
    public static let wordsRead = 500
    public static let bytesRead = 8_192
    /// Fewer words than this give no verdict.
    public static let minimumWords = 30
    /// An English share at or above this is English.
    public static let englishFloor = 0.12
    /// Another language's share must reach this, and twice the English share.
    public static let otherFloor = 0.08

    public init(_ text: String) {
        var scan = Scan()
        scan.read(text)
        self = scan.verdict()
    }

    /// The sentence a command shows for a text that is not English, or nil.
    public var problem: String? {
        guard verdict == .notEnglish else { return nil }
        if let like = looks_like, Self.scriptNames.contains(like) {
            return "is not in English (most of its letters are in \(like))"
        }
        let percent = Int((english_share * 100).rounded())
        return "is not in English (it looks like \(looks_like ?? "another language"): \(percent)% of its words are common English words, against 20-45% in English news)"
    }

    // MARK: The word lists

    static let languages: [(name: String, words: String)] = [
        ("English", "the of and to in is that for it was on with as be by at this are from he she they his her their an or has have had not but which who will would were been its said there we you than more also after about into"),
        ("German", "der die und den das ist nicht mit von zu sich des auf für im dem ein eine einer eines einem auch es an werden aus er hat dass sie nach wird bei noch wie um oder nur vor zur bis über so"),
        ("French", "le la les de des et est un une du en que qui dans pour pas sur au aux ce cette il elle sont avec par plus ne se ont été mais ou leur nous vous"),
        ("Spanish", "el la los las de del y en que es un una por con para se no su sus al lo como más pero sobre este esta ha son fue entre cuando también"),
        ("Portuguese", "o a os as de do da dos das e em no na nos nas que é um uma por com para se não seu sua ao mais como mas foi são pelo pela também"),
        ("Italian", "il lo la gli le di del della dei delle e è un una che per con non si da al alla sono nel nella anche come più ma questo questa"),
        ("Dutch", "de het een en van in is dat op te met voor zijn niet aan er die ook als bij door om maar wordt dan nog naar werd"),
        ("Indonesian", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada bisa kita saya mereka atau karena oleh sudah telah"),
    ]

    /// Each listed word (its UTF-8 bytes, lower case, packed little-endian into 8 bytes) with a
    /// bit for each language whose list holds it, in an open-addressed table of `tableSize`
    /// slots (a key of 0 is an empty slot; no word packs to 0): the scan looks up most words of
    /// a text, and a Dictionary's hashing was most of its time.
    static let tableSize = 1024
    static let table: (keys: [UInt64], bits: [UInt8]) = {
        precondition(languages.count == 8, "a scan counts eight languages (one bit each)")
        var keys = [UInt64](repeating: 0, count: tableSize)
        var bits = [UInt8](repeating: 0, count: tableSize)
        for (index, language) in languages.enumerated() {
            for word in language.words.split(separator: " ") {
                precondition(word.utf8.count <= 8, "a listed word has at most 8 bytes")
                var key: UInt64 = 0
                for (i, byte) in word.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(i)) }
                var slot = slot(of: key)
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (tableSize - 1) }
                keys[slot] = key
                bits[slot] |= 1 << UInt8(index)
            }
        }
        return (keys, bits)
    }()

    @inline(__always) static func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }

    /// Scripts other than Latin, by the first scalar of each range.
    static func script(of scalar: UInt32) -> Int {
        switch scalar {
        case 0x0370..<0x0400: 0
        case 0x0400..<0x0530: 1
        case 0x0590..<0x0600: 2
        case 0x0600..<0x0780, 0x08A0..<0x0900, 0xFB50..<0xFE00, 0xFE70..<0xFF00: 3
        case 0x0900..<0x0E00: 4
        case 0x0E00..<0x0E80: 5
        case 0x1100..<0x1200, 0x3130..<0x3190, 0xAC00..<0xD7B0: 6
        case 0x3040..<0x3100, 0x3400..<0x4DC0, 0x4E00..<0xA000, 0xF900..<0xFB00: 7
        default: 8
        }
    }

    static let scriptNames = ["Greek script", "Cyrillic script", "Hebrew script", "Arabic script", "an Indic script",
                              "Thai script", "Korean script", "Chinese or Japanese script", "a script other than Latin"]

    /// One pass over the text's UTF-8 bytes: words are runs of letters (and apostrophes inside
    /// them); a word of at most 8 bytes is looked up in `table`. The loop keeps its state in
    /// locals (`Word`, `Counts`), which stay in registers: as fields of the scan or captured by
    /// nested functions they cost 30-40 instructions a byte.
    struct Scan {
        var latinWords = 0
        var otherWords = 0
        var latinLetters = 0
        var otherLetters = 0
        var hits = [Int](repeating: 0, count: LanguageCheck.languages.count)
        var scripts = [Int](repeating: 0, count: LanguageCheck.scriptNames.count)

        /// The word being read: its first 8 bytes packed, its length and letters, and whether
        /// every letter is Latin.
        struct Word {
            var key: UInt64 = 0
            var length = 0
            var letters = 0
            var latin = true

            @inline(__always) mutating func add(_ byte: UInt64) {
                if length < 8 { key |= byte << (8 * UInt64(length)) }
                length += 1
            }
        }

        struct Counts {
            var latinWords = 0, otherWords = 0, latinLetters = 0
            var found = (0, 0, 0, 0, 0, 0, 0, 0)
        }

        mutating func read(_ text: String) {
            var text = text
            var counts = Counts()
            var otherLetters = 0
            var scripts = self.scripts
            text.withUTF8 { utf8 in
                LanguageCheck.table.keys.withUnsafeBufferPointer { keys in
                    LanguageCheck.table.bits.withUnsafeBufferPointer { bits in
                        Self.read(UnsafeBufferPointer(rebasing: utf8.prefix(LanguageCheck.bytesRead)), keys: keys, bits: bits,
                                  counts: &counts, otherLetters: &otherLetters, scripts: &scripts)
                    }
                }
            }
            latinWords += counts.latinWords
            otherWords += counts.otherWords
            latinLetters += counts.latinLetters
            self.otherLetters += otherLetters
            self.scripts = scripts
            let f = counts.found
            for (index, count) in [f.0, f.1, f.2, f.3, f.4, f.5, f.6, f.7].enumerated() { hits[index] += count }
        }

        private static func read(_ bytes: UnsafeBufferPointer<UInt8>, keys: UnsafeBufferPointer<UInt64>, bits: UnsafeBufferPointer<UInt8>,
                                 counts: inout Counts, otherLetters: inout Int, scripts: inout [Int]) {
            var c = counts
            var w = Word()
            var i = 0
            let n = bytes.count
            let limit = LanguageCheck.wordsRead
            while i < n && c.latinWords + c.otherWords < limit {
                let byte = bytes[i]
                i += 1
                if byte < 0x80 {
                    let lower = byte | 0x20
                    if lower &- 0x61 < 26 {
                        w.add(UInt64(lower))
                        w.letters += 1
                    } else if byte == 0x27 && w.letters > 0 {
                        w.add(UInt64(byte))
                    } else if w.length > 0 {
                        endWord(&w, &c, keys: keys, bits: bits)
                    }
                    continue
                }
                // A scalar of 2-4 bytes (String holds valid UTF-8; the last may be cut off by
                // `bytesRead`, and is then read as far as it goes).
                let count = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var scalar = UInt32(byte) & (count == 4 ? 0x07 : count == 3 ? 0x0F : 0x1F)
                var packed = UInt64(byte)
                var k = 1
                while k < count && i < n {
                    let next = bytes[i]
                    packed |= UInt64(next) << (8 * UInt64(k))
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                    i += 1
                    k += 1
                }
                guard let s = Unicode.Scalar(scalar), s.properties.isAlphabetic else {
                    // The right single quotation mark inside a word ("don’t") keeps it one word.
                    if scalar == 0x2019 && w.letters > 0 {
                        for b in 0..<k { w.add((packed >> (8 * UInt64(b))) & 0xFF) }
                    } else if w.length > 0 {
                        endWord(&w, &c, keys: keys, bits: bits)
                    }
                    continue
                }
                w.letters += 1
                if scalar < 0x0250 || (0x1E00..<0x1F00).contains(scalar) {
                    // Latin: an upper-case letter of Latin-1 ("É", C3 89) to lower case (C3 A9).
                    // Latin letters take 2 bytes, or 3 (Latin Extended Additional).
                    let second = (packed >> 8) & 0xFF
                    if byte == 0xC3 && second >= 0x80 && second <= 0x9E && second != 0x97 { packed |= 0x20 << 8 }
                    for b in 0..<k { w.add((packed >> (8 * UInt64(b))) & 0xFF) }
                } else {
                    w.latin = false
                    otherLetters += 1
                    scripts[LanguageCheck.script(of: scalar)] += 1
                }
            }
            if w.length > 0 { endWord(&w, &c, keys: keys, bits: bits) }
            counts = c
        }

        @inline(__always) static func endWord(_ w: inout Word, _ c: inout Counts, keys: UnsafeBufferPointer<UInt64>,
                                              bits: UnsafeBufferPointer<UInt8>) {
            defer { w = Word() }
            guard w.letters > 0 else { return }
            guard w.latin else {
                c.otherWords += 1
                return
            }
            c.latinWords += 1
            c.latinLetters += w.letters
            guard w.length <= 8 else { return }
            var slot = LanguageCheck.slot(of: w.key)
            while keys[slot] != 0 {
                if keys[slot] == w.key {
                    let b = bits[slot]
                    if b & 1 != 0 { c.found.0 += 1 }
                    if b & 2 != 0 { c.found.1 += 1 }
                    if b & 4 != 0 { c.found.2 += 1 }
                    if b & 8 != 0 { c.found.3 += 1 }
                    if b & 16 != 0 { c.found.4 += 1 }
                    if b & 32 != 0 { c.found.5 += 1 }
                    if b & 64 != 0 { c.found.6 += 1 }
                    if b & 128 != 0 { c.found.7 += 1 }
                    return
                }
                slot = (slot + 1) & (LanguageCheck.tableSize - 1)
            }
        }

        func verdict() -> LanguageCheck {
            let english = latinWords > 0 ? Double(hits[0]) / Double(latinWords) : 0
            let share = (english * 1000).rounded() / 1000
            // Scripts without spaces between words (Chinese, Japanese, Thai) have few, long
            // words: their letters decide.
            if otherLetters > latinLetters && otherLetters >= LanguageCheck.minimumWords * 4 {
                let script = scripts.indices.max { scripts[$0] < scripts[$1] } ?? scripts.count - 1
                return LanguageCheck(verdict: .notEnglish, english_share: share, looks_like: LanguageCheck.scriptNames[script])
            }
            guard latinWords >= LanguageCheck.minimumWords else { return LanguageCheck(verdict: .undetermined, english_share: share) }
            if english >= LanguageCheck.englishFloor { return LanguageCheck(verdict: .english, english_share: share) }
            let best = (1..<hits.count).max { hits[$0] < hits[$1] } ?? 1
            let other = Double(hits[best]) / Double(latinWords)
            if other >= LanguageCheck.otherFloor && other >= 2 * english {
                return LanguageCheck(verdict: .notEnglish, english_share: share, looks_like: LanguageCheck.languages[best].name)
            }
            return LanguageCheck(verdict: .undetermined, english_share: share)
        }
    }
}
