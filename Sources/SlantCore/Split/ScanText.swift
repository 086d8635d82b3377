/// The bytes being split and the byte classes the rules ask about.
///
/// Everything works on UTF-8 bytes: no `Character` or `String` is made in the hot path. Reads
/// outside the range give 0, so rules can look around without bounds checks of their own.
struct ScanText {
    let b: UnsafeBufferPointer<UInt8>
    let lower: Int
    let upper: Int

    @inline(__always) subscript(_ i: Int) -> UInt8 { i >= lower && i < upper ? b[i] : 0 }

    // MARK: letters and digits

    @inline(__always) func isDigit(_ i: Int) -> Bool { self[i] &- 48 < 10 }
    @inline(__always) func isASCIILetter(_ i: Int) -> Bool { self[i] | 0x20 &- 97 < 26 }

    /// Upper-case letters: ASCII and Latin-1 capitals (C3 80..9E except the multiplication sign).
    func isUpper(_ i: Int) -> Bool {
        let c = self[i]
        if c &- 65 < 26 { return true }
        if c == 0xC3 { let d = self[i + 1]; return d >= 0x80 && d <= 0x9E && d != 0x97 }
        return false
    }

    /// Lower-case letters: ASCII and Latin-1 small letters (C3 9F..BF except the division sign).
    func isLower(_ i: Int) -> Bool {
        let c = self[i]
        if c &- 97 < 26 { return true }
        if c == 0xC3 { let d = self[i + 1]; return d >= 0x9F && d <= 0xBF && d != 0xB7 }
        return false
    }

    /// Letters of any case, including any non-ASCII byte (names like "Zoë", "N°" stay one word).
    func isWordByte(_ i: Int) -> Bool {
        let c = self[i]
        return c | 0x20 &- 97 < 26 || c >= 0x80 && !isSpecialUnicode(i)
    }

    /// Non-ASCII bytes that are punctuation or spaces, not letters: quotes, dashes, ellipsis,
    /// Unicode spaces. `i` may point at any byte of the character.
    func isSpecialUnicode(_ i: Int) -> Bool {
        var s = i
        while s > lower, self[s] & 0xC0 == 0x80, i - s < 3 { s -= 1 }
        let c = self[s]
        if c == 0xE2 { return self[s + 1] == 0x80 || self[s + 1] == 0x81 }  // U+2000..U+207F
        if c == 0xC2 { return self[s + 1] == 0xA0 || self[s + 1] == 0xAB || self[s + 1] == 0xBB }
        if c == 0xE3 { return self[s + 1] == 0x80 && self[s + 2] == 0x80 }
        if c == 0xEF { return self[s + 1] == 0xBB && self[s + 2] == 0xBF }
        return false
    }

    // MARK: spaces

    /// Width of a whitespace character at `i`: ASCII spaces and line breaks, NBSP, the Unicode
    /// spaces U+2000..U+200B, U+2028/U+2029, U+202F, U+205F, U+3000 and the byte-order mark.
    @inline(__always) func spaceWidth(_ i: Int) -> Int? {
        let c = self[i]
        if c == 0x20 || c &- 0x09 < 5 { return 1 }  // space, \t \n \v \f \r
        if c < 0x80 { return nil }
        if c == 0xC2 { return self[i + 1] == 0xA0 ? 2 : nil }
        if c == 0xE2 {
            let d = self[i + 1], e = self[i + 2]
            if d == 0x80, e >= 0x80 && e <= 0x8B || e == 0xA8 || e == 0xA9 || e == 0xAF { return 3 }
            if d == 0x81, e == 0x9F { return 3 }
            return nil
        }
        if c == 0xE3 { return self[i + 1] == 0x80 && self[i + 2] == 0x80 ? 3 : nil }
        if c == 0xEF { return self[i + 1] == 0xBB && self[i + 2] == 0xBF ? 3 : nil }
        return nil
    }

    /// Width of a space that does not break a line (no \n, U+2028, U+2029).
    func horizontalSpaceWidth(_ i: Int) -> Int? {
        guard let w = spaceWidth(i) else { return nil }
        if w == 1 { return self[i] == 0x0A ? nil : 1 }
        if w == 3, self[i] == 0xE2, self[i + 1] == 0x80, self[i + 2] == 0xA8 || self[i + 2] == 0xA9 { return nil }
        return w
    }

    /// True at a line break: \n or U+2028 LINE SEPARATOR.
    func isLineBreak(_ i: Int) -> Bool {
        self[i] == 0x0A || self[i] == 0xE2 && self[i + 1] == 0x80 && self[i + 2] == 0xA8
    }

    /// True at U+2029 PARAGRAPH SEPARATOR.
    func isParagraphSeparator(_ i: Int) -> Bool {
        self[i] == 0xE2 && self[i + 1] == 0x80 && self[i + 2] == 0xA9
    }

    /// The position of the last line break or paragraph separator in the run of spaces that
    /// starts at `i`, or nil when the run holds none: where a run of blank lines ends.
    func lastBreak(inSpacesFrom i: Int) -> Int? {
        var k = i
        var last: Int?
        while k < upper, let w = spaceWidth(k) {
            if isLineBreak(k) || isParagraphSeparator(k) { last = k }
            k += w
        }
        return last
    }

    /// The first position at or after `i` that is not a space, and whether a line break was passed.
    func skipSpaces(from i: Int) -> (next: Int, lineBreaks: Int) {
        var k = i, breaks = 0
        while k < upper, let w = spaceWidth(k) {
            if isLineBreak(k) || isParagraphSeparator(k) { breaks += isParagraphSeparator(k) ? 2 : 1 }
            k += w
        }
        return (k, breaks)
    }

    /// The width of the whitespace character that ends just before `e`, if any.
    func trailingSpaceWidth(_ e: Int) -> Int? {
        if e - 1 >= lower, let w = spaceWidth(e - 1), w == 1 { return 1 }
        if e - 2 >= lower, self[e - 2] == 0xC2, self[e - 1] == 0xA0 { return 2 }
        if e - 3 >= lower, let w = spaceWidth(e - 3), w == 3 { return 3 }
        return nil
    }

    /// `r` without leading and trailing whitespace, or nil if nothing is left.
    func trim(_ r: Range<Int>) -> Range<Int>? {
        var s = r.lowerBound, e = r.upperBound
        while s < e, let w = spaceWidth(s) { s += w }
        while e > s, let w = trailingSpaceWidth(e) { e -= w }
        return s < e ? s..<e : nil
    }

    // MARK: punctuation

    /// Width of a sentence terminator at `i`: . ? ! or … (U+2026), or nil.
    func terminatorWidth(_ i: Int) -> Int? {
        let c = self[i]
        if c == 0x2E || c == 0x3F || c == 0x21 { return 1 }
        if c == 0xE2, self[i + 1] == 0x80, self[i + 2] == 0xA6 { return 3 }
        // ‼ ⁇ ⁈ ⁉ (U+203C, U+2047..2049)
        if c == 0xE2, self[i + 1] == 0x80, self[i + 2] == 0xBC { return 3 }
        if c == 0xE2, self[i + 1] == 0x81, self[i + 2] >= 0x87 && self[i + 2] <= 0x89 { return 3 }
        return nil
    }

    /// Width of a closing quote or bracket other than the straight double quote (whose role
    /// depends on the quotes before it): ' ) ] ’ ” » and the right single/double angle quotes.
    func closingWidth(_ i: Int) -> Int? {
        let c = self[i]
        if c == 0x27 || c == 0x29 || c == 0x5D { return 1 }
        if c == 0xE2, self[i + 1] == 0x80, self[i + 2] == 0x99 || self[i + 2] == 0x9D || self[i + 2] == 0xBA { return 3 }
        if c == 0xC2, self[i + 1] == 0xBB { return 2 }
        return nil
    }

    /// The width of a numeric reference mark at `i`: `[` one to three digits `]`, else nil.
    func referenceMarkWidth(_ i: Int) -> Int? {
        var k = i + 1
        while k < upper, k - i <= 3, self[k] &- 0x30 < 10 { k += 1 }
        return k > i + 1 && k < upper && self[k] == 0x5D ? k + 1 - i : nil
    }

    /// True at an opening quote or bracket: " ( [ “ ‘ « ‹.
    func isOpening(_ i: Int) -> Bool {
        let c = self[i]
        if c == 0x22 || c == 0x28 || c == 0x5B || c == 0x27 { return true }
        if c == 0xE2, self[i + 1] == 0x80, self[i + 2] == 0x9C || self[i + 2] == 0x98 || self[i + 2] == 0xB9 { return true }
        return c == 0xC2 && self[i + 1] == 0xAB
    }

    /// The first letter after any opening quotes and brackets at `i`.
    func afterOpenings(_ i: Int) -> Int {
        var k = i
        while k < upper, isOpening(k) { k += self[k] < 0x80 ? 1 : (self[k] == 0xC2 ? 2 : 3) }
        return k
    }

    // MARK: words

    /// The token that ends at `t`: bytes back to whitespace or an opening quote or bracket.
    /// Periods stay inside ("U.S.A", "Ph.D", "www.example.com").
    /// Where the word before a period starts: its token without the apostrophes, hyphens and
    /// backticks a token may begin with (`''Mr.` in text that writes quotes as two
    /// apostrophes, `-Mrs.` after a dash typed as a hyphen) and without what is glued before a
    /// colon (`14:N.Y.`), so abbreviations are found.
    func wordStart(before t: Int, notBefore floor: Int) -> Int {
        var s = tokenStart(before: t, notBefore: floor)
        while s < t - 1 {
            if self[s] == 0x27 || self[s] == 0x2D || self[s] == 0x60 {
                s += 1
            } else if s + 3 < t, self[s] == 0xE2, self[s + 1] == 0x80, self[s + 2] >= 0x98 && self[s + 2] <= 0x9D {
                // A curly quote mark typed the wrong way round (”Mr.) does not stop the scan above.
                s += 3
            } else {
                break
            }
        }
        // `June 14:N.Y. attorney general`: a word glued after a colon starts after it.
        for k in s..<t where self[k] == 0x3A && isASCIILetter(k + 1) { s = k + 1 }
        return s
    }

    /// The furthest a token's start is looked for: a run of text with no space longer than
    /// this ("a.a.a.…" over 64 KB) is no word any rule reads, and scanning it back whole from
    /// each of its periods made splitting quadratic (8 s for 64 KB).
    static let maxTokenScan = 2048

    func tokenStart(before t: Int, notBefore floor: Int) -> Int {
        var s = t
        let stop = max(floor, lower, t - Self.maxTokenScan)
        while s > stop {
            let c = self[s - 1]
            if c == 0x20 || c &- 0x09 < 5 || c == 0x22 || c == 0x28 || c == 0x5B || c == 0x2F && s - 1 > lower && self[s - 2] == 0x20 { break }
            if c >= 0x80 {
                // Stop at Unicode spaces, opening curly quotes and dashes.
                var k = s - 1
                while k > lower, self[k] & 0xC0 == 0x80 { k -= 1 }
                if spaceWidth(k) != nil || isOpening(k) || self[k] == 0xE2 && self[k + 1] == 0x80 && self[k + 2] >= 0x93 && self[k + 2] <= 0x95 { break }
                s = k
                continue
            }
            s -= 1
        }
        return s
    }

    /// The end of the run of ASCII letters starting at `i`.
    func letterRunEnd(_ i: Int) -> Int {
        var e = i
        while e < upper, isASCIILetter(e) { e += 1 }
        return e
    }

    /// True if `i` starts a word that appears in the sentence-opener list (skipping opening quotes).
    func startsOpener(_ i: Int, _ abbreviations: Abbreviations) -> Bool {
        let k = afterOpenings(i)
        let e = letterRunEnd(k)
        guard e > k else { return false }
        return abbreviations.isOpener(b, k..<e)
    }

    /// The bytes of `r` as a lower-cased string (ASCII letters only); for the rules' small word sets.
    func lowerString(_ r: Range<Int>) -> String {
        String(decoding: r.map { lowerASCII(self[$0]) }, as: UTF8.self)
    }

    /// Counts words in `r`, stopping once `limit` is reached.
    func wordCount(_ r: Range<Int>, limit: Int) -> Int {
        var n = 0, inWord = false, i = r.lowerBound
        while i < r.upperBound {
            if let w = spaceWidth(i) { inWord = false; i += w; continue }
            if !inWord { n += 1; inWord = true; if n >= limit { return n } }
            i += 1
        }
        return n
    }
}
