/// Splits text into sentences, keeping each sentence's byte range in the original input.
///
/// Works on UTF-8 bytes. Handles abbreviations from `Lexicons/abbreviations.tsv`, initials,
/// numbers, domain names, closing quotes, paragraph and line breaks, and paragraphs that
/// scrapers glued together with no space (`in August 1967.Russia became`).
public struct SentenceSplitter: Sendable {
    public let abbreviations: Abbreviations

    public init(abbreviations: Abbreviations) {
        self.abbreviations = abbreviations
    }

    /// Byte ranges of the sentences in `range` of `bytes`, trimmed of surrounding whitespace.
    public func split(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Range<Int>] {
        let range = range ?? 0..<bytes.count
        var result: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer, range: range, abbreviations: abbreviations)
            scanner.run { result.append($0) }
        }
        return result
    }

    /// Splits a source text into sentences.
    public func sentences(in text: SourceText, range: Range<Int>? = nil) -> [Sentence] {
        split(text.bytes, in: range).map {
            Sentence(bytes: $0, span: text.span(ofBytes: $0), text: text.text(ofBytes: $0))
        }
    }
}

/// The byte-level scanner behind `SentenceSplitter`.
struct Scanner {
    let b: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    let abbreviations: Abbreviations

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, abbreviations: Abbreviations) {
        self.b = bytes
        self.range = range
        self.abbreviations = abbreviations
    }

    mutating func run(_ emit: (Range<Int>) -> Void) {
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        func flush(_ upTo: Int) {
            if let trimmed = trim(start..<upTo) { emit(trimmed) }
            start = upTo
        }
        while i < end {
            let c = b[i]
            if c == 0x0A {  // newline
                var j = i + 1
                while j < end, isHorizontalSpace(j) { j += 1 }
                if j < end, b[j] == 0x0A || b[j] == 0x0D {
                    // A paragraph break always ends a sentence.
                    flush(i)
                } else if lineLooksFinished(before: i, lineStart: start) {
                    flush(i)
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") || isEllipsis(i) {
                var j = i + (isEllipsis(i) ? 3 : 1)
                // Runs of terminators ("?!", "...") and closing quotes or brackets.
                while j < end {
                    if b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: "?") || b[j] == UInt8(ascii: "!") { j += 1; continue }
                    if let w = closingWidth(j) { j += w; continue }
                    if isEllipsis(j) { j += 3; continue }
                    break
                }
                if isBoundary(terminator: i, after: j) {
                    flush(j)
                    i = j
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        flush(end)
    }

    // MARK: decisions

    /// Decides whether the terminator at `t`, whose run of punctuation ends at `after`, ends a sentence.
    func isBoundary(terminator t: Int, after: Int) -> Bool {
        let end = range.upperBound
        if after >= end { return true }
        var k = after
        var sawSpace = false
        while k < end, let w = spaceWidth(k) { k += w; sawSpace = true }
        if k >= end { return true }
        let next = b[k]
        let isPeriod = b[t] == UInt8(ascii: ".") && !isEllipsis(t)
        let closedQuote = after > t + 1 && closingWidth(after - 1) != nil || (after - t > 1 && isClosingQuoteEnd(after))
        if !sawSpace {
            // Glued text: only a capital letter or an opening quote after a full word starts a sentence.
            guard isUpper(k) || (isOpeningQuote(k) && k + 1 < end) else { return false }
            if isPeriod && !closedQuote {
                // A number glued to a capital ("in August 1967.Russia became") is a joined paragraph.
                if t > range.lowerBound, isDigitByte(b[t - 1]) { return true }
                let word = wordBefore(t)
                if word.isEmpty { return false }
                // U.S.A., Ph.D., e.g.: short letter groups joined by periods stay whole.
                if word.count <= 2 { return false }
                if word.contains(UInt8(ascii: ".")) { return false }
                if abbreviations.contains(word) { return false }
            }
            return true
        }
        // After whitespace.
        if isLower(k) {
            return false
        }
        if !isPeriod { return true }
        if closedQuote { return true }
        let word = wordBefore(t)
        if word.isEmpty { return true }
        let lower = word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if let kind = abbreviations.kind(of: lower) {
            switch kind {
            case .title:
                return false
            case .numeric:
                return !isDigit(k)
            case .other:
                // "in the U.S. The next day": a common sentence opener after an abbreviation ends it.
                return startsCommonOpener(k)
            }
        }
        // Initials: a single capital letter ("George W. Bush", "J. R. R. Tolkien").
        if word.count == 1, word[0] >= 65, word[0] <= 90 { return false }
        // Letter groups with periods (U.S.A.): treat like an abbreviation.
        if word.contains(UInt8(ascii: ".")) { return startsCommonOpener(k) }
        _ = next
        return true
    }

    /// A line that ends without terminal punctuation (a headline, dateline or list item)
    /// is a sentence of its own when the next line starts like a new one.
    func lineLooksFinished(before newline: Int, lineStart: Int) -> Bool {
        var p = newline - 1
        while p >= lineStart, b[p] == 0x20 || b[p] == 0x09 || b[p] == 0x0D { p -= 1 }
        if p < lineStart { return false }
        var q = newline + 1
        while q < range.upperBound, isHorizontalSpace(q) { q += 1 }
        guard q < range.upperBound else { return true }
        // A lower-case continuation is a wrapped line of the same sentence.
        if isLower(q) { return false }
        let last = b[p]
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") && false { return false }
        return isUpper(q) || isDigit(q) || isOpeningQuote(q) || b[q] == UInt8(ascii: "-") || b[q] == UInt8(ascii: "*")
            || last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
    }

    func startsCommonOpener(_ k: Int) -> Bool {
        var e = k
        while e < range.upperBound, isLetter(e) { e += 1 }
        guard e > k else { return false }
        let word = Array(b[k..<e]).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return abbreviations.isSentenceOpener(word)
    }

    /// The letters (and internal periods) immediately before `t`.
    func wordBefore(_ t: Int) -> [UInt8] {
        var s = t
        while s > range.lowerBound {
            let c = b[s - 1]
            if (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == UInt8(ascii: ".") && s - 1 > range.lowerBound && isAsciiLetter(b[s - 2]) {
                s -= 1
            } else {
                break
            }
        }
        // Numbers before the period ("in 1967.") are not words.
        if s > range.lowerBound, isDigitByte(b[s - 1]) { return [] }
        return Array(b[s..<t])
    }

    // MARK: byte classes

    func isAsciiLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
    func isDigitByte(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    func isLetter(_ i: Int) -> Bool { isAsciiLetter(b[i]) }
    func isDigit(_ i: Int) -> Bool { isDigitByte(b[i]) }
    func isUpper(_ i: Int) -> Bool {
        let c = b[i]
        if c >= 65 && c <= 90 { return true }
        // Latin-1 and Latin Extended capitals (C3 80..C3 9E), e.g. "É".
        if c == 0xC3, i + 1 < range.upperBound { return b[i + 1] >= 0x80 && b[i + 1] <= 0x9E && b[i + 1] != 0x97 }
        return false
    }
    func isLower(_ i: Int) -> Bool {
        let c = b[i]
        if c >= 97 && c <= 122 { return true }
        if c == 0xC3, i + 1 < range.upperBound { return b[i + 1] >= 0x9F && b[i + 1] <= 0xBF && b[i + 1] != 0xB7 }
        return false
    }
    func isHorizontalSpace(_ i: Int) -> Bool { b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D }
    /// Width of a whitespace character at `i` (ASCII spaces, NBSP, Unicode spaces), or nil.
    func spaceWidth(_ i: Int) -> Int? {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B { return 1 }
        if c == 0xC2, i + 1 < range.upperBound, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < range.upperBound, b[i + 1] == 0x80, b[i + 2] >= 0x80 && b[i + 2] <= 0x8A || (b[i + 1] == 0x80 && b[i + 2] == 0xAF) { return 3 }
        if c == 0xE3, i + 2 < range.upperBound, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
        return nil
    }
    func isEllipsis(_ i: Int) -> Bool {
        i + 2 < range.upperBound && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0xA6
    }
    /// Width of a closing quote or bracket at `i`, or nil.
    func closingWidth(_ i: Int) -> Int? {
        let c = b[i]
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: ")") || c == UInt8(ascii: "]") { return 1 }
        // ” (E2 80 9D) and ’ (E2 80 99)
        if c == 0xE2, i + 2 < range.upperBound, b[i + 1] == 0x80, b[i + 2] == 0x9D || b[i + 2] == 0x99 { return 3 }
        return nil
    }
    func isClosingQuoteEnd(_ after: Int) -> Bool {
        after >= 3 && b[after - 3] == 0xE2 && b[after - 2] == 0x80 && (b[after - 1] == 0x9D || b[after - 1] == 0x99)
    }
    func isOpeningQuote(_ i: Int) -> Bool {
        let c = b[i]
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "(") || c == UInt8(ascii: "[") { return true }
        // “ (E2 80 9C) and ‘ (E2 80 98)
        return c == 0xE2 && i + 2 < range.upperBound && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x98)
    }

    func trim(_ r: Range<Int>) -> Range<Int>? {
        var s = r.lowerBound
        var e = r.upperBound
        while s < e, let w = spaceWidth(s) { s += w }
        while e > s {
            if let w = trailingSpaceWidth(e), e - w >= s { e -= w } else { break }
        }
        return s < e ? s..<e : nil
    }
    func trailingSpaceWidth(_ e: Int) -> Int? {
        if e >= 1, let w = spaceWidth(e - 1), w == 1 { return 1 }
        if e >= 2, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { return 2 }
        if e >= 3, let w = spaceWidth(e - 3), w == 3 { return 3 }
        return nil
    }
}
