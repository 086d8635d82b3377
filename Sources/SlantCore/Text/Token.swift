/// A word or punctuation mark, with its byte range in the input.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable { case word, number, punctuation }
    public var bytes: Range<Int>
    /// Lower-cased text with curly apostrophes made straight: the key lexicons are matched on.
    public var key: String
    public var kind: Kind
    /// The first letter is upper case.
    public var isCapitalized: Bool
    /// Two or more letters, all upper case.
    public var isAllCaps: Bool
    /// `key` packed for integer lookups in the word tables (`KeyTable`).
    var word: WordKey

    init(bytes: Range<Int>, key: String, kind: Kind, isCapitalized: Bool, isAllCaps: Bool, word: WordKey? = nil) {
        self.bytes = bytes
        self.key = key
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.word = word ?? WordKey(key)
    }
}

/// Splits a byte range of a text into tokens in one pass.
public enum Tokenizer {
    public static func tokens(in text: SourceText, range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        // News text runs about five bytes a token: one allocation for most sentences.
        tokens.reserveCapacity(range.count / 4 + 2)
        let b = text.bytes
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let (scalar, width) = decode(b, i, end)
            if isWordScalar(scalar) {
                var j = i + width
                var letters = isLetter(scalar) ? 1 : 0
                var uppers = isUpper(scalar) ? 1 : 0
                var digitsOnly = !isLetter(scalar)
                while j < end {
                    let (s, w) = decode(b, j, end)
                    if isWordScalar(s) {
                        if isLetter(s) { letters += 1; digitsOnly = false }
                        if isUpper(s) { uppers += 1 }
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
                                j = k
                                continue
                            }
                        }
                    }
                    break
                }
                // Keep a final period of a dotted abbreviation (U.S.) out of the token: the
                // splitter owns periods; the token stays "U.S" and matching uses the key.
                let (key, word) = lowercasedKey(b, i..<j)
                tokens.append(Token(bytes: i..<j, key: key, kind: digitsOnly ? .number : .word,
                                    isCapitalized: isUpper(scalar), isAllCaps: letters >= 2 && uppers == letters, word: word))
                i = j
            } else if isWhitespace(scalar) {
                i += width
            } else {
                let raw = String(decoding: b[i..<(i + width)], as: UTF8.self)
                tokens.append(Token(bytes: i..<(i + width), key: raw, kind: .punctuation,
                                    isCapitalized: false, isAllCaps: false))
                i += width
            }
        }
        return tokens
    }

    /// The lower-cased key of a word with curly apostrophes made straight. Most news words are
    /// ASCII (plus ’): those are lower-cased byte by byte, which keeps tokenising, shared by the
    /// classifier and the scorer, off Foundation's string case mapping.
    static func lowercasedKey(_ b: [UInt8], _ range: Range<Int>) -> (String, WordKey) {
        // First pass: decide whether the byte path applies, so the second can write the key
        // straight into the string's storage (no temporary array per token).
        var k = range.lowerBound
        while k < range.upperBound {
            let c = b[k]
            if c < 0x80 {
                k += 1
            } else if c == 0xE2, k + 2 < range.upperBound, b[k + 1] == 0x80, b[k + 2] == 0x99 {
                k += 3
            } else {
                // Other scalars: full Unicode case mapping.
                let key = String(decoding: b[range], as: UTF8.self).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
                return (key, WordKey(key))
            }
        }
        // The pack is written beside the string, from the same bytes.
        var lo: UInt64 = 0, hi: UInt64 = 0
        let key = String(unsafeUninitializedCapacity: range.count) { out in
            var n = 0
            var k = range.lowerBound
            while k < range.upperBound {
                let c = b[k]
                let lower: UInt8
                if c < 0x80 {
                    lower = c >= 65 && c <= 90 ? c + 32 : c
                    k += 1
                } else {
                    lower = UInt8(ascii: "'")
                    k += 3
                }
                out[n] = lower
                if n < 8 {
                    lo |= UInt64(lower) << (8 * UInt64(n))
                } else if n < WordKey.maxPacked {
                    hi |= UInt64(lower) << (8 * UInt64(n - 8))
                }
                n += 1
            }
            hi |= (n > WordKey.maxPacked ? WordKey.longMarker : UInt64(n)) << 56
            return n
        }
        return (key, WordKey(lo: lo, hi: hi))
    }

    /// Unicode's White_Space property, answered without a property lookup for ASCII.
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always) static func isDigitByte(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) }
        return s.properties.isAlphabetic
    }
    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    /// Decodes the scalar at byte `i`; invalid bytes decode as U+FFFD of width 1.
    static func decode(_ b: [UInt8], _ i: Int, _ end: Int) -> (Unicode.Scalar, Int) {
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
