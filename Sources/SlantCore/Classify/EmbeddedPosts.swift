/// Social-media posts embedded in an article as text. A post copied into a page keeps its
/// author's signature at the end of its paragraph: a dash, the name, the handle in brackets and
/// the date ("... Not going to happen in the U.S. — Donald J. Trump (@realDonaldTrump) June 18,
/// 2018"), or Instagram's "A photo posted by Kevin Gener (@kevingener) on Dec 31, 2016 at
/// 8:15am PST". The whole paragraph is the author's words, not the outlet's: the analysis reads it
/// as a quotation credited to the author, as it reads a transcript's turns
/// (`TranscriptTurns`), so the post's opinions are ATTRIBUTED and its loaded words the author's.
public enum EmbeddedPosts {
    /// The embedded posts among `sentences`: each paragraph whose last sentence ends with a
    /// signature, as a part whose bytes are the paragraph's, whose label is the name's bytes and
    /// whose speaker is the name.
    public static func parts(of sentences: [Sentence], in source: SourceText) -> [TranscriptTurns.Part] {
        let bytes = source.bytes
        var parts: [TranscriptTurns.Part] = []
        // A line start found before and the end of the run after it known to hold no line feed:
        // a later walk back stops there, so a long line of many signatures is walked once.
        var knownStart = 0, knownEnd = 0
        for sentence in sentences where !sentence.isHeadline {
            guard let (dash, name) = signature(bytes, in: sentence.bytes) ?? photoSignature(bytes, in: sentence.bytes) else { continue }
            // The paragraph: back to the line feed before it, forward to the sentence's end.
            var start = sentence.bytes.lowerBound
            while start > 0, bytes[start - 1] != 0x0A {
                if start == knownEnd {
                    start = knownStart
                    break
                }
                start -= 1
            }
            (knownStart, knownEnd) = (start, sentence.bytes.lowerBound)
            // (A post signed earlier on the same line ends there: the next starts after it.)
            if let last = parts.last, last.bytes.upperBound > start { start = last.bytes.upperBound }
            while start < dash, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            let part = TranscriptTurns.Part(bytes: start..<sentence.bytes.upperBound, label: name, speaker: source.text(ofBytes: name))
            parts.append(part)
        }
        return parts
    }

    /// Months as a signature writes them.
    static let months = Set(CalendarWords.months)

    /// The end of `range` without the spaces, line breaks and periods after a signature.
    static func signatureEnd(_ b: [UInt8], in range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, b[end - 1] == 0x20 || b[end - 1] == 0x0D || b[end - 1] == 0x0A || b[end - 1] == 0x2E { end -= 1 }
        return end
    }

    /// Where a signature at the end of `range` starts (its dash) and the bytes of its name; nil
    /// when the range does not end with one. Read backwards from the end: a year, a comma, a
    /// day, a month, the handle in brackets, a name of one to six words, then a dash after a
    /// space or at the line's start.
    static func signature(_ b: [UInt8], in range: Range<Int>) -> (dash: Int, name: Range<Int>)? {
        let end = signatureEnd(b, in: range)
        // (Most sentences end in a letter or a mark: one test, and done.)
        guard end - range.lowerBound >= 24, isDigit(b[end - 1]) else { return nil }
        // The year: four digits.
        var k = end
        while k > range.lowerBound, isDigit(b[k - 1]) { k -= 1 }
        guard end - k == 4, k - range.lowerBound >= 20, b[k - 1] == 0x20, b[k - 2] == 0x2C else { return nil }
        // The day: one or two digits.
        var d = k - 2
        let dayEnd = d
        while d > range.lowerBound, isDigit(b[d - 1]) { d -= 1 }
        guard (1...2).contains(dayEnd - d), b[d - 1] == 0x20 else { return nil }
        // The month.
        var m = d - 1
        let monthEnd = m
        while m > range.lowerBound, isLetter(b[m - 1]) { m -= 1 }
        guard monthEnd > m, months.contains(String(decoding: b[m..<monthEnd], as: UTF8.self)), m >= 2, b[m - 1] == 0x20,
              b[m - 2] == 0x29 else { return nil }
        // The handle: "(@name)".
        var h = m - 2
        while h > range.lowerBound, isHandleByte(b[h - 1]) { h -= 1 }
        guard h > range.lowerBound + 2, h < m - 2, b[h - 1] == 0x40, b[h - 2] == 0x28, b[h - 3] == 0x20 else { return nil }
        // The name: back to " — ", " – " or " - " (or "—" opening the line), at most six words.
        let nameEnd = h - 3
        var n = nameEnd
        var spaces = 0
        while n > range.lowerBound {
            let c = b[n - 1]
            if c == 0x20 {
                // A dash before this space ends the name.
                if let dash = dashStart(b, before: n - 1, from: range.lowerBound) {
                    guard n < nameEnd, isNameStart(b, n) else { return nil }
                    return (dash, n..<nameEnd)
                }
                spaces += 1
                if spaces > 5 { return nil }
            } else if c == 0x0A || c == 0x28 || c == 0x29 || c == 0x22 {
                return nil
            }
            n -= 1
        }
        return nil
    }

    /// Where an Instagram signature at the end of `range` starts and the bytes of its name:
    /// "A photo posted by Kevin Gener (@kevingener) on Dec 31, 2016 at 8:15am PST" ("A video
    /// posted by", "A post shared by" too); nil when the range does not end with one.
    static func photoSignature(_ b: [UInt8], in range: Range<Int>) -> (dash: Int, name: Range<Int>)? {
        let end = signatureEnd(b, in: range)
        // The time zone: three capitals ("PST"), after a time in "am" or "pm".
        guard end - range.lowerBound >= 40, isUpper(b[end - 1]), isUpper(b[end - 2]), isUpper(b[end - 3]), b[end - 4] == 0x20,
              b[end - 5] == 0x6D, b[end - 6] == 0x61 || b[end - 6] == 0x70 else { return nil }
        // Back to ") on " and the handle's "(@" before it, within 80 bytes.
        // (From a character's first byte, so that the tail's offsets are the text's.)
        var base = max(range.lowerBound, end - 200)
        while base < end, b[base] & 0xC0 == 0x80 { base += 1 }
        let tail = String(decoding: b[base..<end], as: UTF8.self)
        guard let by = tail.range(of: " posted by ", options: .backwards) ?? tail.range(of: " shared by ", options: .backwards),
              let open = tail.range(of: " (@", range: by.upperBound..<tail.endIndex),
              tail[open.upperBound...].contains(") on "), tail[open.upperBound...].contains(" at ") else { return nil }
        let lead = tail[..<by.lowerBound]
        guard lead.hasSuffix("A photo") || lead.hasSuffix("A video") || lead.hasSuffix("A post") else { return nil }
        let signatureStart = base + tail.utf8.distance(from: tail.startIndex, to: by.lowerBound) - (lead.hasSuffix("A post") ? 6 : 7)
        let nameStart = base + tail.utf8.distance(from: tail.startIndex, to: by.upperBound)
        let nameEnd = base + tail.utf8.distance(from: tail.startIndex, to: open.lowerBound)
        guard nameEnd > nameStart, signatureStart >= range.lowerBound else { return nil }
        return (signatureStart, nameStart..<nameEnd)
    }

    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

    /// The first byte of a dash (—, – or -) that ends right before `end` and stands after a
    /// space, a line feed or the start of `from`'s range.
    static func dashStart(_ b: [UInt8], before end: Int, from start: Int) -> Int? {
        var s: Int?
        if end - start >= 3, b[end - 3] == 0xE2, b[end - 2] == 0x80, b[end - 1] == 0x94 || b[end - 1] == 0x93 || b[end - 1] == 0x95 {
            s = end - 3
        } else if end - start >= 1, b[end - 1] == 0x2D {
            s = end - 1
        }
        guard let s else { return nil }
        return s == start || b[s - 1] == 0x20 || b[s - 1] == 0x0A ? s : nil
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isLetter(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A || c >= 0x61 && c <= 0x7A }
    static func isHandleByte(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) || c == 0x5F }
    /// Whether the name at `k` opens with a letter or a digit (a display name may be in lower
    /// case: "— banksy (@...) April 29, 2015"), or a byte of a non-ASCII character.
    static func isNameStart(_ b: [UInt8], _ k: Int) -> Bool { isLetter(b[k]) || isDigit(b[k]) || b[k] >= 0xC0 }
}
