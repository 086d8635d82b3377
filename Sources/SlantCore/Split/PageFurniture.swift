/// Sentences that are the page around an article rather than its text: advertisement labels,
/// sign-up and share prompts, link teasers ("Advertisement", "Sign up for Daily Newsletters
/// Manage Newsletters", "SHARE THIS ARTICLE Share Tweet Post Email", "READ MORE:"), which
/// scrapers leave in the text they save. The analysis leaves them out (a "Sign up for our
/// newsletter" is no claim of the outlet's, factual or editorial) and lists each with the
/// pattern it matched (`ArticleAnalysis.furniture`).
///
/// Patterns come from `Lexicons/page-furniture.tsv` and match a whole sentence, or a whole line
/// the splitter cut into sentences (`Analyzer.wholeLineMatch`): its words, lower-cased,
/// punctuation aside; `*` stands for any number of words, `?` for one. A pattern
/// that ends with `+` matches the words that open a sentence glued to the page's text after
/// them ("Media playback is unsupported on your device Media caption Pence: ..."): those words
/// are furniture, and the rest is the sentence. A pattern that opens with `*` and plain words
/// ("* contributed to this report") matches a sentence that ends with those words after words
/// of its own. The headline is never furniture.
public struct PageFurniture: Sendable {
    /// One pattern of the file.
    public struct Pattern: Sendable, Hashable {
        /// Its words, lower case; nil for `*`.
        var words: [[UInt8]?]
        /// advertisement, sign-up, share, social, teaser, navigation, credit or caption.
        public var kind: String
        /// The pattern as written in the file.
        public var text: String
        /// Its line in the file.
        public var line: Int
        /// Whether it ends with `+`: it matches the sentence's opening words only.
        var isPrefix = false
    }

    /// Patterns by their first word (every pattern opens with a word).
    let byFirstWord: [[UInt8]: [Pattern]]
    /// The first words' hashes (`firstWordHash`): most sentences are ruled out by their first
    /// word before any list is made of their words.
    let firstWordHashes: Set<UInt64>
    /// The patterns that end with `+`, and their first words' hashes.
    let prefixes: [Pattern]
    let prefixFirstWordHashes: Set<UInt64>
    /// The patterns that open with `*` and end with plain words ("* contributed to this
    /// report"), and their last words' hashes (`lastWordHash`).
    let suffixes: [Pattern]
    let suffixLastWordHashes: Set<UInt64>
    /// The file's identity, for the analysis's list of lexicons.
    public let info: LexiconInfo

    /// A sentence longer than this is no furniture (nor read as words to find out).
    static let maxBytes = 400
    /// Nor is one of more words than this.
    static let maxWords = 60

    public static let kinds: Set<String> = ["advertisement", "sign-up", "share", "social", "teaser", "navigation", "credit", "caption"]

    public init(file: DataFile) throws {
        var byFirst: [[UInt8]: [Pattern]] = [:]
        var prefixes: [Pattern] = []
        var suffixes: [Pattern] = []
        var seen: [String: Int] = [:]
        for row in file.rows {
            func fail(_ problem: String) -> LexiconError { LexiconError(file: file.name, line: row.line, problem: problem) }
            let text = row.fields[0]
            let kind = row.fields[1]
            guard Self.kinds.contains(kind) else {
                throw fail("unknown kind '\(kind)' (one of: \(Self.kinds.sorted().joined(separator: ", ")))")
            }
            if let problem = Self.problem(pattern: text) { throw fail(problem) }
            if let first = seen[text] { throw fail("duplicate pattern '\(text)' (first on line \(first))") }
            seen[text] = row.line
            if text.hasSuffix(" +") {
                let words: [[UInt8]?] = text.dropLast(2).split(separator: " ").map { Array($0.utf8) }
                prefixes.append(Pattern(words: words, kind: kind, text: text, line: row.line, isPrefix: true))
                continue
            }
            let words: [[UInt8]?] = text.split(separator: " ").map { $0 == "*" ? nil : Array($0.utf8) }
            if words[0] == nil {
                // "* contributed to this report": plain words that end a sentence.
                suffixes.append(Pattern(words: Array(words.dropFirst()), kind: kind, text: text, line: row.line))
                continue
            }
            byFirst[words[0]!, default: []].append(Pattern(words: words, kind: kind, text: text, line: row.line))
        }
        byFirstWord = byFirst
        firstWordHashes = Set(byFirst.keys.map { Self.firstWordHash($0[...]) })
        self.prefixes = prefixes
        prefixFirstWordHashes = Set(prefixes.map { Self.firstWordHash($0.words[0]![...]) })
        self.suffixes = suffixes
        suffixLastWordHashes = Set(suffixes.map { Self.lastWordHash($0.words.last!![...]) })
        info = file.info
    }

    /// What is wrong with a pattern, or nil: lower-case ASCII words and `*` separated by single
    /// spaces, a word first, no two `*` in a row, and with a `*` at least two words.
    public static func problem(pattern: String) -> String? {
        // A closing "+": the opening words of a sentence, plain words only, at least two.
        if pattern.hasSuffix(" +") {
            let words = pattern.dropLast(2).split(separator: " ", omittingEmptySubsequences: false)
            if words.contains("*") || words.contains("?") || words.contains("+") { return "a pattern that ends with '+' holds plain words only" }
            if words.count < 2 { return "a pattern that ends with '+' needs at least two words" }
            return problem(pattern: String(pattern.dropLast(2)))
        }
        let parts = pattern.split(separator: " ", omittingEmptySubsequences: false)
        if parts.isEmpty || parts.contains(where: \.isEmpty) { return "a pattern is words separated by single spaces" }
        // An opening "*": plain words that end a sentence, at least two ("* contributed to
        // this report").
        if parts[0] == "*", parts.count > 1 {
            let words = parts.dropFirst()
            if words.contains("*") || words.contains("?") || words.contains("+") { return "a pattern that opens with '*' holds plain words after it" }
            if words.count < 2 { return "a pattern that opens with '*' needs at least two words after it" }
            return problem(pattern: words.joined(separator: " "))
        }
        if parts[0] == "*" || parts[0] == "?" { return "a pattern must open with a word, not '\(parts[0])'" }
        for part in parts where part != "*" && part != "?"
            && !part.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) {
            return "'\(part)' is not a lower-case word of letters and digits (punctuation is not matched)"
        }
        for k in parts.indices.dropFirst() where parts[k] == "*" && parts[k - 1] == "*" { return "two '*' in a row" }
        if parts.contains("*") || parts.contains("?"), parts.filter({ $0 != "*" && $0 != "?" }).count < 2 {
            return "a pattern with '*' or '?' needs at least two words besides them"
        }
        return nil
    }

    /// FNV-1a of a sentence's first word, ASCII letters lower-cased, read up to the first
    /// byte that is not an ASCII letter or digit (a pattern word's bytes give the same hash).
    static func firstWordHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var start = bytes.startIndex
        // (Leading separators, as the match skips them: "“Related:”".)
        while start < bytes.endIndex, !isWordByte(bytes[start]) { start += 1 }
        var end = start
        while end < bytes.endIndex, isWordByte(bytes[end]) { end += 1 }
        return wordHash(bytes[start..<end])
    }

    /// FNV-1a of one word's bytes, ASCII letters lower-cased.
    @inline(__always) static func wordHash(_ word: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { hash = (hash ^ UInt64(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Whether a whole pattern opens with the word of this `firstWordHash`.
    func opensPattern(_ firstWordHash: UInt64) -> Bool { firstWordHashes.contains(firstWordHash) }

    /// FNV-1a of a sentence's last word, as `firstWordHash` hashes its first (trailing marks
    /// skipped).
    static func lastWordHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var end = bytes.endIndex
        while end > bytes.startIndex, !isWordByte(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > bytes.startIndex, isWordByte(bytes[start - 1]) { start -= 1 }
        return wordHash(bytes[start..<end])
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// The pattern the sentence `bytes` (UTF-8) matches, or nil.
    public func match(_ bytes: ArraySlice<UInt8>) -> Pattern? { match(bytes, firstWordHash: Self.firstWordHash(bytes)) }

    /// `match(_:)` with the sentence's `firstWordHash`, which `prefixMatch` asks too.
    func match(_ bytes: ArraySlice<UInt8>, firstWordHash: UInt64) -> Pattern? {
        guard bytes.count <= Self.maxBytes else { return nil }
        let opens = firstWordHashes.contains(firstWordHash)
        let ends = !suffixes.isEmpty && suffixLastWordHashes.contains(Self.lastWordHash(bytes))
        guard opens || ends else { return nil }
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var k = bytes.startIndex
        while k < bytes.endIndex {
            let b = bytes[k]
            var separator = false
            var width = 1
            if b < 0x80 {
                separator = !((b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39))
            } else if b == 0xE2, k + 1 < bytes.endIndex, bytes[k + 1] == 0x80 {
                // General punctuation (U+2000-U+203F): curly quotes, dashes, spaces, ellipsis.
                separator = true
                width = 3
            } else if b == 0xC2, k + 1 < bytes.endIndex, bytes[k + 1] == 0xA0 {
                separator = true
                width = 2
            }
            if separator {
                if !current.isEmpty {
                    // The first word decides whether any pattern can match at all.
                    if words.isEmpty, !ends, byFirstWord[current] == nil { return nil }
                    words.append(current)
                    if words.count > Self.maxWords { return nil }
                    current.removeAll(keepingCapacity: true)
                }
            } else {
                current.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            k += width
        }
        if !current.isEmpty {
            if words.isEmpty, !ends, byFirstWord[current] == nil { return nil }
            words.append(current)
        }
        guard let first = words.first, words.count <= Self.maxWords else { return nil }
        if let candidates = byFirstWord[first], let found = candidates.first(where: { Self.matches($0.words[...], words[...]) }) {
            return found
        }
        // A pattern of the sentence's closing words, with at least one word of its own before
        // them ("Jo Park contributed to this report.", not the words alone).
        guard ends else { return nil }
        return suffixes.first { pattern in
            words.count > pattern.words.count && zip(pattern.words, words.suffix(pattern.words.count)).allSatisfy { $0 == $1 }
        }
    }

    /// The prefix pattern (`+`) that the sentence `bytes` opens with, and the end of its last
    /// word in `bytes`' indices; nil when none does, or when nothing of the sentence's own
    /// follows (then it is no glued sentence but the furniture alone, which a whole pattern
    /// may list).
    public func prefixMatch(_ bytes: ArraySlice<UInt8>) -> (Pattern, end: Int)? { prefixMatch(bytes, firstWordHash: Self.firstWordHash(bytes)) }

    /// `prefixMatch(_:)` with the sentence's `firstWordHash`.
    func prefixMatch(_ bytes: ArraySlice<UInt8>, firstWordHash: UInt64) -> (Pattern, end: Int)? {
        guard !prefixes.isEmpty, prefixFirstWordHashes.contains(firstWordHash) else { return nil }
        for pattern in prefixes {
            var k = bytes.startIndex
            var matched = true
            for word in pattern.words {
                while k < bytes.endIndex, !Self.isWordByte(bytes[k]) { k += 1 }
                var w = word!.startIndex
                while k < bytes.endIndex, Self.isWordByte(bytes[k]) {
                    let b = bytes[k]
                    guard w < word!.endIndex, word![w] == (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) else { matched = false; break }
                    w += 1
                    k += 1
                }
                guard matched, w == word!.endIndex else { matched = false; break }
            }
            guard matched else { continue }
            var rest = k
            while rest < bytes.endIndex, !Self.isWordByte(bytes[rest]), bytes[rest] < 0x80 { rest += 1 }
            if rest < bytes.endIndex { return (pattern, k) }
        }
        return nil
    }

    /// A pattern's "?", which stands for one word.
    static let oneWord: [UInt8] = [0x3F]

    /// Whether `pattern` matches all of `words` (`nil` in the pattern: any number of words;
    /// `oneWord`: one).
    static func matches(_ pattern: ArraySlice<[UInt8]?>, _ words: ArraySlice<[UInt8]>) -> Bool {
        guard let head = pattern.first else { return words.isEmpty }
        // "?": exactly one word.
        if let word = head, word == Self.oneWord {
            return !words.isEmpty && matches(pattern.dropFirst(), words.dropFirst())
        }
        guard let word = head else {
            var rest = words
            while true {
                if matches(pattern.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        }
        guard let first = words.first, first == word else { return false }
        return matches(pattern.dropFirst(), words.dropFirst())
    }
}

/// A sentence left out of the analysis as page furniture, with the pattern that matched.
public struct FurnitureLine: Codable, Hashable, Sendable {
    /// Offsets in the input (Unicode scalars, end exclusive), as a sentence's.
    public var start: Int
    public var end: Int
    public var text: String
    /// The pattern's kind: advertisement, sign-up, share, social, teaser, navigation, credit or caption.
    public var kind: String
    /// The pattern, as written in `page-furniture.tsv`, and its line there.
    public var pattern: String
    public var line: Int

    public init(start: Int, end: Int, text: String, kind: String, pattern: String, line: Int) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.pattern = pattern
        self.line = line
    }
}
