import Foundation

/// A word or punctuation mark, with its byte range in the input.
///
/// A plain value with no reference in it: tokens are copied into and out of arrays many
/// times per sentence, and a token that held a string (the long key it once kept) paid a
/// reference count and an out-of-line copy for each.
///
/// Kept to 32 bytes (the packed key first, then the byte range as two 32-bit offsets, the long
/// key's number and the flags): a megabyte of news is about 180,000 tokens, and the
/// loaded-language scorer's walk over every token of every sentence read them from memory
/// (at 48 bytes, with two 64-bit offsets, a token took three quarters of a cache line).
/// A text is therefore limited to 4 GiB (`UInt32` offsets; a longer one traps).
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable { case word, number, punctuation }
    /// `key` packed for integer lookups in the word tables (`KeyTable`).
    var word: WordKey
    /// The byte range's bounds (`bytes`).
    private var start: UInt32
    private var end: UInt32
    /// The number of the key in `LongKeys` for a word longer than a pack holds (over 15
    /// bytes); 0 for the others.
    private var longKey: UInt32
    public var bytes: Range<Int> {
        @inline(__always) get { Range(uncheckedBounds: (Int(start), Int(end))) }
        set {
            start = UInt32(newValue.lowerBound)
            end = UInt32(newValue.upperBound)
        }
    }
    /// Lower-cased text with curly apostrophes made straight: the key lexicons are matched on.
    ///
    /// Made from the packed `word` when asked for: lookups use `word`, and most tokens' keys
    /// are never read as strings, so the tokenizer makes no string per token.
    public var key: String {
        get { word.isLong ? LongKeys.key(longKey) : word.string }
        set {
            word = WordKey(newValue)
            longKey = word.isLong ? LongKeys.number(of: newValue) : 0
        }
    }
    public var kind: Kind
    /// The first letter is upper case.
    public var isCapitalized: Bool
    /// Two or more letters, all upper case.
    public var isAllCaps: Bool

    init(bytes: Range<Int>, key: String, kind: Kind, isCapitalized: Bool, isAllCaps: Bool) {
        self.start = UInt32(bytes.lowerBound)
        self.end = UInt32(bytes.upperBound)
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.word = WordKey(key)
        self.longKey = word.isLong ? LongKeys.number(of: key) : 0
    }

    init(bytes: Range<Int>, word: WordKey, longKey: String?, kind: Kind, isCapitalized: Bool, isAllCaps: Bool) {
        self.start = UInt32(bytes.lowerBound)
        self.end = UInt32(bytes.upperBound)
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.word = word
        self.longKey = longKey.map { LongKeys.number(of: $0) } ?? 0
    }
}

/// The keys of words too long for a `WordKey` pack, each stored once for the whole process and
/// named by a number, so that a `Token` holds a number instead of a string.
///
/// Such words are rare (about one token in 600 in news text, some 1,400 distinct words in
/// 10 MB of it), so the table stays small; it is shared by every thread, behind a lock.
enum LongKeys {
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        /// Keys by number; number 0 is no key.
        var keys: [String] = [""]
        var numbers: [String: UInt32] = [:]
    }

    private static let store = Store()

    /// The number of a key, adding it when new.
    static func number(of key: String) -> UInt32 {
        store.lock.lock()
        defer { store.lock.unlock() }
        if let n = store.numbers[key] { return n }
        let n = UInt32(store.keys.count)
        store.keys.append(key)
        store.numbers[key] = n
        return n
    }

    /// The key with a number that `number(of:)` returned.
    static func key(_ number: UInt32) -> String {
        store.lock.lock()
        defer { store.lock.unlock() }
        return store.keys[Int(number)]
    }
}

/// Splits a byte range of a text into tokens in one pass.
public enum Tokenizer {
    public static func tokens(in text: SourceText, range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        Self.tokens(in: text, range: range, into: &tokens)
        return tokens
    }

    /// `tokens(in:range:)` written into `tokens`, replacing what it held: a caller that
    /// tokenizes sentence after sentence and lets each list go before the next reuses one
    /// allocation for all of them (the list is copied only while another holds it).
    public static func tokens(in text: SourceText, range: Range<Int>, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        // News text runs about five bytes a token: one allocation for most sentences.
        tokens.reserveCapacity(range.count / 4 + 2)
        text.bytes.withUnsafeBufferPointer { b in
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let c = b[i]
                // One append for every kind of token: with one per branch the compiler stopped
                // inlining the array's append.
                let token: Token
                if c < 0x80 && !isASCIIAlphanumeric(c) {
                    // ASCII outside words, the commonest bytes after letters: whitespace and
                    // punctuation decided without decoding.
                    if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                        i += 1
                        continue
                    }
                    token = Token(bytes: i..<(i + 1), word: WordKey(lo: UInt64(c), hi: 1 << 56), longKey: nil,
                                  kind: .punctuation, isCapitalized: false, isAllCaps: false)
                    i += 1
                    // The space after a comma or period is stepped over here too.
                    if i < end && b[i] == 0x20 { i += 1 }
                } else if c < 0x80, let word = asciiWord(b, i, end) {
                    // A plain ASCII word, the commonest token, read without decoding.
                    token = word
                    i = word.bytes.upperBound
                    // The space after a word (the commonest case) is stepped over here, not by
                    // another turn of the loop.
                    if i < end && b[i] == 0x20 { i += 1 }
                } else {
                    guard let (other, next) = otherToken(b, i, end) else {
                        i = whitespaceEnd(b, i, end)
                        continue
                    }
                    token = other
                    i = next
                }
                tokens.append(token)
            }
        }
    }

    /// The width of the whitespace scalar at `i` (what `otherToken` skips).
    @inline(never) static func whitespaceEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        i + decode(b, i, end).1
    }

    /// The token at `i` that is neither ASCII punctuation nor a plain ASCII word (a word with
    /// other scalars or joiners, or other punctuation), and the byte after it (after the
    /// space that follows a word); nil for whitespace.
    @inline(never) static func otherToken(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Token, Int)? {
        // The commonest scalars of news text after ASCII: curly quotes and apostrophes
        // (U+2018, U+2019, U+201C, U+201D) and en and em dashes (U+2013, U+2014) standing as
        // punctuation, made as the general path below makes them (none is a letter, digit or
        // space), without decoding them and asking their properties.
        if b[i] == 0xE2, i + 3 <= end, b[i + 1] == 0x80 {
            let third = b[i + 2]
            if third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D || third == 0x93 || third == 0x94 {
                return (Token(bytes: i..<(i + 3), word: WordKey(bytes: UnsafeBufferPointer(rebasing: b[i..<(i + 3)])), longKey: nil,
                              kind: .punctuation, isCapitalized: false, isAllCaps: false), i + 3)
            }
        }
        var i = i
        let (scalar, width) = decode(b, i, end)
        if isWordScalar(scalar) {
            // The key is packed while the word is read: ASCII lower-cased, ’ made ', and
            // any other scalar sends the whole word to Foundation's case mapping.
            var pack = KeyPacker()
            pack.append(b, i, width)
            var j = i + width
            var letters = isLetter(scalar) ? 1 : 0
            var uppers = isUpper(scalar) ? 1 : 0
            var digitsOnly = !isLetter(scalar)
            while j < end {
                let d = b[j]
                if isASCIIAlphanumeric(d) {
                    if d >= 0x41 {
                        letters &+= 1
                        digitsOnly = false
                        if d <= 0x5A { uppers &+= 1 }
                    }
                    // Setting bit 5 lower-cases A-Z and leaves a-z and 0-9 as they are.
                    pack.appendLower(d | 0x20)
                    j &+= 1
                    continue
                }
                // A space ends most words: nothing to decode, no joiner to test.
                if d == 0x20 { break }
                let (s, w) = decode(b, j, end)
                if isWordScalar(s) {
                    if isLetter(s) { letters += 1; digitsOnly = false }
                    if isUpper(s) { uppers += 1 }
                    pack.append(b, j, w)
                    j += w
                    continue
                }
                // Joiners inside a word: apostrophes (don't, Moscow’s), hyphens (vis-a-vis),
                // periods and commas between digits or letters (U.S., 3.5, 1,000).
                if s == "'" || s == "\u{2019}" || s == "-" || s == "." || s == "," || s == "\u{2011}" {
                    let k = j + w
                    if k < end {
                        let (n, _) = decode(b, k, end)
                        if isWordScalar(n) && (s != "," || (isDigit(n) && j > i && isDigitByte(b[j - 1]))) {
                            pack.append(b, j, w)
                            j = k
                            continue
                        }
                    }
                }
                break
            }
            // Keep a final period of a dotted abbreviation (U.S.) out of the token: the
            // splitter owns periods; the token stays "U.S" and matching uses the key.
            let (word, longKey) = pack.finish(b, i..<j)
            let token = Token(bytes: i..<j, word: word, longKey: longKey, kind: digitsOnly ? .number : .word,
                              isCapitalized: isUpper(scalar), isAllCaps: letters >= 2 && uppers == letters)
            i = j
            if i < end && b[i] == 0x20 { i += 1 }
            return (token, i)
        } else if isWhitespace(scalar) {
            return nil
        } else if width > 1 {
            // Curly quotes, dashes, ellipses: a whole scalar decoded (an invalid byte decodes
            // with width 1), so its key is its bytes, packed without making the string.
            return (Token(bytes: i..<(i + width), word: WordKey(bytes: UnsafeBufferPointer(rebasing: b[i..<(i + width)])), longKey: nil,
                          kind: .punctuation, isCapitalized: false, isAllCaps: false), i + width)
        } else {
            let raw = String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + width)]), as: UTF8.self)
            return (Token(bytes: i..<(i + width), key: raw, kind: .punctuation,
                          isCapitalized: false, isAllCaps: false), i + width)
        }
    }

    /// The token of the word at `i` when it is only ASCII letters and digits, at most
    /// `WordKey.maxPacked` of them, ended by the range's end or by an ASCII byte that neither
    /// continues the word nor joins it to a next one: the commonest word of news text, made
    /// here as the general loop (`otherToken`) would make it. Nil for any other word.
    ///
    /// Read a machine word at a time: the bytes are tested for letters and digits eight at
    /// once, and the loaded bytes are the key's pack once lower-cased. In ASCII letters and
    /// digits, bit 6 marks a letter and, in a letter, a set bit 5 a lower-case one; setting
    /// bit 5 lower-cases a letter and leaves a digit as it is.
    @inline(__always) static func asciiWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Token? {
        // Both loads must lie inside the text (they may run past the range: the bytes after
        // its end are masked off). Near the text's end the general loop reads the word.
        guard i &+ 16 <= b.count, let base = b.baseAddress else { return nil }
        let high: UInt64 = 0x8080_8080_8080_8080
        let lo8 = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
        var n: Int
        var hi8: UInt64 = 0
        let stop = ~alphanumerics(lo8) & high
        if stop != 0 {
            n = stop.trailingZeroBitCount &>> 3
        } else {
            hi8 = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self).littleEndian
            let stop2 = ~alphanumerics(hi8) & high
            guard stop2 != 0 else { return nil }
            n = 8 &+ stop2.trailingZeroBitCount &>> 3
        }
        guard n <= WordKey.maxPacked else { return nil }
        if i &+ n > end { n = end &- i }
        let j = i &+ n
        if j < end {
            let d = b[j]
            // Non-ASCII may be a letter or a joiner (’).
            if d >= 0x80 { return nil }
            // These four join two words, so they end this one only when no word follows them
            // (the comma or period after a word, the commonest case).
            if d == UInt8(ascii: "'") || d == UInt8(ascii: "-") || d == UInt8(ascii: ".") || d == UInt8(ascii: ",") {
                let k = j &+ 1
                if k < end && (b[k] >= 0x80 || isASCIIAlphanumeric(b[k])) { return nil }
            }
        }
        let loMask: UInt64 = n >= 8 ? ~0 : (1 &<< (8 &* UInt64(n))) &- 1
        let hiMask: UInt64 = n <= 8 ? 0 : (1 &<< (8 &* UInt64(n &- 8))) &- 1
        let lo = lo8 & loMask, hi = hi8 & hiMask
        let bit6: UInt64 = 0x4040_4040_4040_4040
        // The letters' bits of both halves in one word (the high half's moved to bit 5), and
        // whether any letter is lower case: no bit counting, which this target's instruction
        // set does in software.
        let letters = (lo & bit6) | ((hi & bit6) &>> 1)
        let lowers = (lo & bit6 & (lo &<< 1)) | (hi & bit6 & (hi &<< 1))
        let word = WordKey(lo: lo | (0x2020_2020_2020_2020 & loMask), hi: (hi | (0x2020_2020_2020_2020 & hiMask)) | UInt64(n) &<< 56)
        let first = UInt8(truncatingIfNeeded: lo)
        // Two letters or more, all capitals: at least two bits in `letters`, none in `lowers`.
        return Token(bytes: i..<j, word: word, longKey: nil, kind: letters == 0 ? .number : .word,
                     isCapitalized: first >= 0x41 && first <= 0x5A, isAllCaps: letters & (letters &- 1) != 0 && lowers == 0)
    }

    /// Bit 7 of each byte of `v` that is an ASCII letter or digit. Each test adds to bytes
    /// whose bit 7 is cleared first, so no sum carries into the next byte.
    @inline(__always) static func alphanumerics(_ v: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let x = v & 0x7F7F_7F7F_7F7F_7F7F
        // 0x30...0x39: x + 0x50 reaches bit 7 from 0x30 on; x + 0x46 from 0x3A on.
        let digit = (x &+ 0x5050_5050_5050_5050) & ~(x &+ 0x4646_4646_4646_4646)
        // 0x61...0x7A after setting bit 5 (which makes A-Z a-z): from 0x61 on, and from 0x7B on.
        let l = x | 0x2020_2020_2020_2020
        let letter = (l &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(l &+ 0x0505_0505_0505_0505)
        return (digit | letter) & ~v & high
    }

    @inline(__always) static func isASCIIAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }

    /// Packs a word's key as its scalars are read (see `lowercasedKey`, which it matches).
    struct KeyPacker {
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        var n = 0
        /// A scalar other than ASCII and ’ was seen: the key needs Foundation.
        var needsFoundation = false

        @inline(__always) mutating func appendASCII(_ c: UInt8) {
            appendLower(c >= 65 && c <= 90 ? c + 32 : c)
        }

        /// Appends a byte already lower-cased.
        @inline(__always) mutating func appendLower(_ lower: UInt8) {
            if n < 8 {
                lo |= UInt64(lower) &<< (8 &* UInt64(n))
            } else if n < WordKey.maxPacked {
                hi |= UInt64(lower) &<< (8 &* UInt64(n &- 8))
            }
            n &+= 1
        }

        /// Appends the scalar of `width` bytes at `i`.
        @inline(__always) mutating func append(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int) {
            let c = b[i]
            if c < 0x80 {
                appendASCII(c)
            } else if width == 3 && c == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x99 {
                appendASCII(UInt8(ascii: "'"))
            } else {
                needsFoundation = true
            }
        }

        /// The key of the word at `range`: the pack, and the string when the pack cannot hold it.
        func finish(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (WordKey, String?) {
            if needsFoundation || n > WordKey.maxPacked {
                return Tokenizer.lowercasedKey(Array(b[range]), 0..<range.count)
            }
            return (WordKey(lo: lo, hi: hi | UInt64(n) << 56), nil)
        }
    }

    /// The lower-cased key of a word with curly apostrophes made straight, packed, and the key
    /// as a string when it is too long for the pack. Most news words are ASCII (plus ’): those
    /// are lower-cased byte by byte straight into the pack, which keeps tokenising, shared by
    /// the classifier and the scorer, off Foundation's string case mapping and makes no string.
    static func lowercasedKey(_ b: [UInt8], _ range: Range<Int>) -> (WordKey, String?) {
        var k = range.lowerBound
        var lo: UInt64 = 0, hi: UInt64 = 0
        var n = 0
        while k < range.upperBound {
            let c = b[k]
            let lower: UInt8
            if c < 0x80 {
                lower = c >= 65 && c <= 90 ? c + 32 : c
                k += 1
            } else if c == 0xE2, k + 2 < range.upperBound, b[k + 1] == 0x80, b[k + 2] == 0x99 {
                lower = UInt8(ascii: "'")
                k += 3
            } else {
                // Other scalars: full Unicode case mapping.
                // Foundation's replacement (a search through the bridged string) only when there
                // is a ’ to replace: without one it gives the lower-cased key back unchanged.
                let lowered = String(decoding: b[range], as: UTF8.self).lowercased()
                let key = b[range].contains(0x99) ? lowered.replacingOccurrences(of: "\u{2019}", with: "'") : lowered
                let word = WordKey(key)
                return (word, word.isLong ? key : nil)
            }
            if n < 8 {
                lo |= UInt64(lower) << (8 * UInt64(n))
            } else if n < WordKey.maxPacked {
                hi |= UInt64(lower) << (8 * UInt64(n - 8))
            }
            n += 1
        }
        guard n > WordKey.maxPacked else { return (WordKey(lo: lo, hi: hi | UInt64(n) << 56), nil) }
        // A long word (rare): its key as a string too.
        let key = String(unsafeUninitializedCapacity: n) { out in
            var m = 0
            var k = range.lowerBound
            while k < range.upperBound {
                let c = b[k]
                if c < 0x80 {
                    out[m] = c >= 65 && c <= 90 ? c + 32 : c
                    k += 1
                } else {
                    out[m] = UInt8(ascii: "'")
                    k += 3
                }
                m += 1
            }
            return m
        }
        return (WordKey(lo: lo, hi: hi | WordKey.longMarker << 56), key)
    }

    /// Unicode's White_Space property, answered without a property lookup for ASCII.
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) }
        if let flags = GeneralPunctuation.flags(s) { return flags & GeneralPunctuation.whitespace != 0 }
        return s.properties.isWhitespace
    }

    /// The properties the tokenizer asks of the General Punctuation block (U+2000 to U+206F:
    /// curly quotes, dashes, ellipsis, special spaces), the commonest scalars of news text
    /// after ASCII, read from a table made once from `Unicode.Scalar.Properties` itself, so the
    /// answers are the same without the library's property search for each of them.
    enum GeneralPunctuation {
        static let alphabetic: UInt8 = 1, whitespace: UInt8 = 2, uppercase: UInt8 = 4
        static let table: [UInt8] = (0x2000..<0x2070).map { value in
            guard let s = Unicode.Scalar(UInt32(value)) else { return 0 }
            return (s.properties.isAlphabetic ? alphabetic : 0) | (s.properties.isWhitespace ? whitespace : 0)
                | (s.properties.isUppercase ? uppercase : 0)
        }

        @inline(__always) static func flags(_ s: Unicode.Scalar) -> UInt8? {
            s.value &- 0x2000 < 0x70 ? table[Int(s.value &- 0x2000)] : nil
        }
    }

    @inline(__always) static func isDigitByte(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) }
        if let flags = GeneralPunctuation.flags(s) { return flags & GeneralPunctuation.alphabetic != 0 }
        return s.properties.isAlphabetic
    }
    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        if let flags = GeneralPunctuation.flags(s) { return flags & GeneralPunctuation.uppercase != 0 }
        return s.properties.isUppercase
    }
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    /// Decodes the scalar at byte `i`; invalid bytes decode as U+FFFD of width 1.
    @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        var width = 1
        if c & 0xE0 == 0xC0 { width = 2 } else if c & 0xF0 == 0xE0 { width = 3 } else if c & 0xF8 == 0xF0 { width = 4 }
        guard i + width <= end, width > 1 else { return ("\u{FFFD}", 1) }
        var value = UInt32(c) & (0xFF >> (width + 1))
        for k in 1..<width { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}

extension Array where Element == Token {
    /// The words of four letters or more and how many of them are capitalised: what the tests
    /// of title case (`VerbContext.isTitleCase`, `LoadedContext.isTitleCase`) and headline case
    /// (`LoadedLanguageScorer.isHeadlineCase`) weigh, each with its own threshold.
    /// A list of names is no title: its capitals are the names' own, so it counts none.
    var longWordCapitals: (long: Int, capitalised: Int) {
        var long = 0, capitalised = 0
        for token in self where token.kind == .word && token.bytes.count >= 4 {
            long += 1
            if token.isCapitalized { capitalised += 1 }
        }
        if capitalised > 0, capitalised * 2 >= long, isNameList { return (long, 0) }
        return (long, capitalised)
    }

    /// Whether the tokens are a list of names, perhaps under a label ("Iowa: Tim Albrecht, Brad
    /// Anderson, Rob Barron, ...", "ATTACKERS: Nibras Islam, Rohan Imtiaz and Amel Sakaou"):
    /// three items or more, parted by commas (two or more) or a label's colon, each of one to
    /// six capitalised words, initials or a name's small words ("and", "bin", "de"), none of
    /// a headline's small words in capitals ("Is", "To", "For").
    var isNameList: Bool {
        var commas = 0, items = 0, words = 0
        for token in self {
            if token.word == .comma || token.word == Self.colon {
                guard words > 0, words <= 6 else { return false }
                if token.word == .comma { commas += 1 }
                items += 1
                words = 0
            } else if token.kind == .word {
                if token.isCapitalized ? Self.headlineSmallWords.contains(token) : !Self.nameSmallWords.contains(token) { return false }
                words += 1
            } else if token.word != .period {
                return false
            }
        }
        if words > 0 { items += 1 }
        return commas >= 2 && items >= 3 && words <= 6
    }
    private static let colon = WordKey(":")
    private static let nameSmallWords: WordSet = ["and", "&", "bin", "ibn", "de", "del", "della", "van", "von", "der", "da", "dos", "la", "le", "al", "el", "jr", "sr"]
    private static let headlineSmallWords: WordSet = [
        "is", "are", "was", "to", "in", "on", "for", "at", "by", "as", "be", "has", "not", "but", "or", "with", "from", "after", "over", "says", "said",
    ]
}
