/// Finds direct quotations in an article: byte ranges that include the quote marks.
///
/// Curly quotes (“ ”) and guillemets (« ») pair by direction (a ” typed where a quotation
/// opens, after a space or line break and before a word, opens it); straight double quotes (") and
/// doubled apostrophes ('', as some archives print quote marks) pair in order within a paragraph.
/// A quotation may run over several sentences. Paragraphs (text between blank lines) follow the
/// news convention for a quotation that runs over paragraphs: no closing mark at the end of a
/// paragraph, an opening mark again at the start of the next, the closing mark only at the end
/// of the last one. So a quotation left open at a paragraph break
/// - continues when the next paragraph opens with a quote mark;
/// - continues into the next paragraph as one quotation when that paragraph's first quote mark
///   closes one (the re-opening mark left out, as in text copied from some archives: `said, "I
///   think ...` / `It was a very emotional day. ... better."`);
/// - otherwise ends where its paragraph ends: an unbalanced mark never pairs with a mark in a
///   later paragraph, which would turn everything between inside out.
/// A paragraph whose first quote mark closes a quotation (a ” or », or a straight mark after a
/// word or punctuation and before a space or the end) starts inside one when the paragraph
/// before left one open, or when it is the first line of the text: it is quoted from its start. A quotation still open where the text ends runs to the end (a sentence given on its own
/// that opens a longer quote).
public enum QuoteFinder {
    public static func quotes(in b: [UInt8], ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let markBytes = Self.markBytes
        for range in ranges {
            var open: Int?
            // Curly (or guillemet) quotations opened inside a quotation that a straight mark
            // opened: a quotation within the quotation (`"Having Trump host “SNL” is ...," wrote
            // Mr. Stuever.`), whose closing mark closes it, not the straight one. Only when a
            // straight mark follows on the line: otherwise the text mixes its marks (`"We won.”`)
            // and the curly mark closes the quotation.
            var openIsStraight = false
            var nested = 0
            // Whether the text gives each paragraph one line (`hasLongLine`), asked once.
            var linesAreParagraphs: Bool?
            var i = range.lowerBound
            let end = range.upperBound
            // Where the current paragraph's text starts, and whether a quote mark was seen in it.
            var paragraphStart = range.lowerBound
            while paragraphStart < end, isSpace(b[paragraphStart]) { paragraphStart += 1 }
            let textStart = paragraphStart
            var markSeen = false
            // A quotation open at the end of the last paragraph, with no mark re-opening it: it
            // joins the first quotation of this paragraph if that is closed before any opens,
            // and otherwise ends with its own paragraph (`start..<end`).
            var pending: Range<Int>?
            while i < end {
                let c = b[i]
                // Only line feeds and the first bytes of quote marks (" ' “ ” « ») matter: runs
                // of other bytes are passed over in one tight loop, without asking `mark`.
                if !markBytes[Int(c)] {
                    i = nextMarkByte(b, from: i + 1, to: end)
                    continue
                }
                if c == 0x0A {
                    var j = i + 1
                    while j < end, b[j] == 0x0A || b[j] == 0x0D || b[j] == 0x20 || b[j] == 0x09 { j += 1 }
                    // In a text that gives each paragraph one line (no hard wrapping: some line
                    // is longer than `wrappedLineMax`), a line feed inside a quotation ends a
                    // paragraph as a blank line does, so the convention of quotations over
                    // paragraphs holds there too. Asked once a text, when a quotation is open or
                    // left open at the paragraph before.
                    if open != nil || pending != nil, linesAreParagraphs == nil {
                        linesAreParagraphs = hasLongLine(b, range)
                    }
                    let lineIsParagraph = (open != nil || pending != nil) && linesAreParagraphs == true
                    let paragraphBreak = lineIsParagraph || b[(i + 1)..<j].contains(0x0A)
                    if j > i + 1 || lineIsParagraph, open != nil, j < end, let (kind, width) = mark(b, j, end), kind != .closing {
                        // The next line opens with a quote mark: the running quotation goes on
                        // (a straight mark there re-opens it rather than closing it).
                        if kind == .straight {
                            i = j + width
                            continue
                        }
                        // A curly mark re-opening it: marks inside now nest in that one.
                        openIsStraight = false
                        nested = 0
                        i = j + width
                        continue
                    } else if paragraphBreak {
                        if let p = pending { result.append(p) }
                        pending = nil
                        if let o = open {
                            var last = i
                            while last > o + 1, isSpace(b[last - 1]) { last -= 1 }
                            pending = o..<last
                            open = nil
                            nested = 0
                        }
                        paragraphStart = j
                        markSeen = false
                    } else if open == nil {
                        // A line break outside quotations starts a line that may begin inside
                        // one (text that gives each paragraph one line).
                        paragraphStart = j
                        markSeen = false
                    }
                    // The rest of the run of blank lines in one step: each of its line feeds
                    // looked ahead over the whole run again (quadratic in its length). What
                    // they did, done once: with no quotation open, the second of three or more
                    // line feeds ends the pending quotation, and any of them starts the paragraph
                    // at `j`; with one open, they change nothing.
                    if open == nil {
                        var feeds = 0
                        for k in (i + 1)..<j where b[k] == 0x0A { feeds += 1 }
                        if feeds >= 2, let p = pending {
                            result.append(p)
                            pending = nil
                        }
                        if feeds >= 1 {
                            paragraphStart = j
                            markSeen = false
                        }
                    }
                    i = j
                    continue
                }
                guard let (kind, width) = mark(b, i, end) else {
                    i += 1
                    continue
                }
                let firstInParagraph = !markSeen
                markSeen = true
                if firstInParagraph, open == nil, pending != nil || paragraphStart == textStart,
                   kind == .closing || kind == .straight && straightMarkCloses(b, i, width, range) {
                    // The paragraph starts inside a quotation: the one left open at the end of
                    // the last paragraph, or, on the first line of the text, one whose opening
                    // is not in the text. (After a paragraph that closed its quotations, a mark
                    // of closing shape is more often typed the wrong way round, `communities,"
                    // For example ...".`, and pairs in order.)
                    result.append((pending?.lowerBound ?? paragraphStart)..<(i + width))
                    pending = nil
                    i += width
                    continue
                }
                if let p = pending {
                    result.append(p)
                    pending = nil
                }
                switch kind {
                case .straight:
                    // After a digit a straight mark is an inch or seconds sign (`6'3"`, `12"`),
                    // never a quotation's opening.
                    if open == nil, i > range.lowerBound, b[i - 1] >= 0x30, b[i - 1] <= 0x39 { break }
                    if let o = open {
                        result.append(o..<(i + width))
                        open = nil
                    } else {
                        open = i
                        openIsStraight = true
                    }
                    nested = 0
                case .opening:
                    // A paragraph that re-opens a running quotation keeps its first opening mark.
                    if open == nil {
                        open = i
                        openIsStraight = false
                        nested = 0
                    } else if openIsStraight, straightMarkLater(b, from: i + width, to: end) {
                        nested += 1
                    }
                case .closing:
                    if nested > 0 {
                        nested -= 1
                    } else if let o = open {
                        result.append(o..<(i + width))
                        open = nil
                    }
                }
                i += width
            }
            if let p = pending { result.append(p) }
            if let o = open {
                var end = range.upperBound
                while end > o + 1, b[end - 1] == 0x0A || b[end - 1] == 0x0D || b[end - 1] == 0x20 { end -= 1 }
                result.append(o..<end)
            }
        }
        // Quotations in single curly marks, outside the double ones: the British convention
        // (‘We will not borrow,’ she said) and American headlines' (Sarandon ‘not sure’ about
        // Clinton). Inside double marks a single pair is a quotation within the quotation,
        // which is already the speaker's.
        if !result.isEmpty { result.sort { $0.lowerBound < $1.lowerBound } }
        var singles: [Range<Int>] = []
        for range in ranges { singleQuotes(in: b, range: range, outside: result, into: &singles) }
        return result + singles
    }

    /// The pairs of ‘ and ’ in `range` that lie outside every range of `doubles` (sorted by
    /// start). A ‘ opens after a space, line break, bracket, dash or double mark and before a
    /// letter or digit; the first ’ after it that is no apostrophe closes it: one after a word
    /// and before a space, punctuation, a double mark or the line's end, not before a letter
    /// ("don’t"). A plural possessive ("the voters’ choice") is passed over when another
    /// closing mark follows in the paragraph. A pair never runs over a paragraph break, and a
    /// ‘ with no closing mark in its paragraph quotes nothing ("rock ‘n roll").
    static func singleQuotes(in b: [UInt8], range: Range<Int>, outside doubles: [Range<Int>], into found: inout [Range<Int>]) {
        let end = range.upperBound
        var d = 0
        var i = range.lowerBound
        while let o = nextCurly(b, 0x98, from: i, to: end) {
            i = o + 3
            // Outside the double quotations (sorted, so one pointer walks them).
            while d < doubles.count, doubles[d].upperBound <= o { d += 1 }
            if d < doubles.count, doubles[d].lowerBound <= o { continue }
            let before: UInt8 = o > range.lowerBound ? b[o - 1] : 0x0A
            guard o + 3 < end, opensSingle(before: before, b, o), isWordStart(b[o + 3]) else { continue }
            var close: Int?
            var k = o + 3
            // Where a later closing mark was found for a plural possessive, or that none follows:
            // asked once, not again for every possessive of a long paragraph (quadratic).
            var laterClose: Int?
            var noLaterClose = false
            while let c = nextCurlyOrBreak(b, from: k, to: end) {
                if b[c] == 0x0A {
                    // A blank line ends the paragraph, and the search.
                    if endsParagraph(b, lineFeed: c, end: end) { break }
                    k = c + 1
                    continue
                }
                k = c + 3
                // Another opening mark before any close: this one opened nothing.
                if b[c + 2] == 0x98 { break }
                guard c > o + 3, !isSpace(b[c - 1]) else { continue }
                let after: UInt8 = c + 3 < end ? b[c + 3] : 0x0A
                guard !isWordStart(after) else { continue }
                if (b[c - 1] | 0x20) == 0x73, after == 0x20, c + 4 < end, b[c + 4] &- 0x61 < 26, !noLaterClose {
                    if let l = laterClose, l > c { continue }
                    if let l = laterCloseMark(b, from: c + 3, to: end) {
                        laterClose = l
                        continue
                    }
                    noLaterClose = true
                }
                close = c
                break
            }
            guard let c = close, c - (o + 3) >= 2 else { continue }
            found.append(o..<(c + 3))
            i = c + 3
        }
    }

    /// Whether a ‘ at `o` (after `before`) can open a quotation: at a line's start, after a
    /// space, bracket, dash, slash or double mark.
    static func opensSingle(before: UInt8, _ b: [UInt8], _ o: Int) -> Bool {
        if isSpace(before) || before == 0x28 || before == 0x5B || before == 0x2D || before == 0x22 || before == 0x2F { return true }
        // — – “ end in 0x94, 0x93 and 0x9C after E2 80; a no-break space is C2 A0.
        if o >= 3, b[o - 3] == 0xE2, b[o - 2] == 0x80, before == 0x93 || before == 0x94 || before == 0x9C { return true }
        return o >= 2 && b[o - 2] == 0xC2 && before == 0xA0
    }

    /// Whether a byte starts a letter or digit (any non-ASCII letter's first byte but the
    /// punctuation block's E2).
    @inline(__always) static func isWordStart(_ c: UInt8) -> Bool {
        c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26 || c >= 0xC3 && c != 0xE2
    }

    /// The next E2 80 `last` (‘ is 0x98, ’ is 0x99) at or after `i`.
    static func nextCurly(_ b: [UInt8], _ last: UInt8, from i: Int, to end: Int) -> Int? {
        b.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            var k = i
            // Eight ASCII bytes at a time (most of any English text): none of them starts a mark.
            while k + 8 <= end {
                if UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    for j in k..<(k + 8) where bytes[j] == 0xE2 && j + 2 < end && bytes[j + 1] == 0x80 && bytes[j + 2] == last {
                        return j
                    }
                }
                k += 8
            }
            while k + 2 < end {
                if bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == last { return k }
                k += 1
            }
            return nil
        }
    }

    /// The next ‘, ’ or line feed at or after `i`.
    static func nextCurlyOrBreak(_ b: [UInt8], from i: Int, to end: Int) -> Int? {
        var k = i
        while k < end {
            if b[k] == 0x0A { return k }
            if b[k] == 0xE2, k + 2 < end, b[k + 1] == 0x80, b[k + 2] == 0x98 || b[k + 2] == 0x99 { return k }
            k += 1
        }
        return nil
    }

    /// Whether the line feed at `lineFeed` ends a paragraph: only spaces before the next line
    /// feed or the end.
    static func endsParagraph(_ b: [UInt8], lineFeed: Int, end: Int) -> Bool {
        var j = lineFeed + 1
        while j < end, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D { j += 1 }
        return j >= end || b[j] == 0x0A
    }

    /// The next ’ that could close a quotation before the paragraph ends, if any.
    static func laterCloseMark(_ b: [UInt8], from i: Int, to end: Int) -> Int? {
        var k = i
        while let c = nextCurlyOrBreak(b, from: k, to: end) {
            if b[c] == 0x0A {
                if endsParagraph(b, lineFeed: c, end: end) { return nil }
                k = c + 1
                continue
            }
            if b[c + 2] == 0x98 { return nil }
            let after: UInt8 = c + 3 < end ? b[c + 3] : 0x0A
            if !isSpace(b[c - 1]), !isWordStart(after) { return c }
            k = c + 3
        }
        return nil
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    /// Whether a straight mark (`width` bytes at `i`) has the shape of a closing one: after a
    /// word or punctuation, and before a space, punctuation or the end (`better." After`); never
    /// after a space, bracket or dash, nor before a letter, digit or opening single or double
    /// curly mark (`—"‘Hamilton’ to play Chicago`, a title opening a paragraph).
    static func straightMarkCloses(_ b: [UInt8], _ i: Int, _ width: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound else { return false }
        let before = b[i - 1]
        if isSpace(before) || before == 0x28 || before == 0x5B || before == 0x2D { return false }
        // — and – end in 0x94 and 0x93 after E2 80.
        if i - 3 >= range.lowerBound, b[i - 3] == 0xE2, b[i - 2] == 0x80, before == 0x93 || before == 0x94 { return false }
        let k = i + width
        guard k < range.upperBound else { return true }
        let after = b[k]
        if after == 0xE2 {
            return !(k + 2 < range.upperBound && b[k + 1] == 0x80 && (b[k + 2] == 0x98 || b[k + 2] == 0x9C))
        }
        return !(after &- 0x30 < 10 || (after | 0x20) &- 0x61 < 26 || after >= 0xC3)
    }

    enum Mark { case opening, closing, straight }

    /// The bytes `quotes` stops at: line feed and the first bytes of the quote marks.
    static let markBytes: [Bool] = (0..<256).map { $0 == 0x0A || $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 || $0 == 0xC2 }

    /// The first byte at or after `i` that `quotes` stops at, or `end`: a line feed, a straight
    /// double quote, or the first byte of a quote mark `mark` reads. The first bytes of other
    /// characters (an apostrophe, ’, a dash) are passed over here, where each sent the caller
    /// back to ask `mark`, which found nothing and stepped one byte.
    static func nextMarkByte(_ b: [UInt8], from i: Int, to end: Int) -> Int {
        b.withUnsafeBufferPointer { bytes in
            markBytes.withUnsafeBufferPointer { stops in
                guard let base = bytes.baseAddress else { return end }
                @inline(__always) func isStop(_ k: Int) -> Bool {
                    let c = bytes[k]
                    guard stops[Int(c)] else { return false }
                    switch c {
                    case 0x27:
                        // ('' only.)
                        return k + 1 < end && bytes[k + 1] == 0x27
                    case 0xE2:
                        // (“ and ” only.)
                        return k + 2 < end && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x9C || bytes[k + 2] == 0x9D)
                    case 0xC2:
                        // (« and » only.)
                        return k + 1 < end && (bytes[k + 1] == 0xAB || bytes[k + 1] == 0xBB)
                    default:
                        return true
                    }
                }
                var k = i
                // Eight bytes at a time: passed over when none can be a stop (most of any text),
                // else read one by one once (stepping one byte and testing the next eight again
                // read each byte near a stop eight times).
                while k + 8 <= end {
                    if mayHoldMark(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) {
                        for j in k..<(k + 8) where isStop(j) { return j }
                    }
                    k += 8
                }
                while k < end {
                    if isStop(k) { return k }
                    k += 1
                }
                return end
            }
        }
    }

    /// Whether any of eight bytes may be one `markBytes` marks: a non-ASCII byte (0xE2 and 0xC2
    /// are among them), a line feed, or a straight double or single quote. Never false when
    /// one is there (a false alarm only costs the byte loop).
    @inline(__always)
    static func mayHoldMark(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        if w & high != 0 { return true }
        // Every byte is below 0x80 here: a byte equal to `v` leaves a zero byte in `w ^ v`,
        // whose subtraction borrows into its bit 7.
        @inline(__always) func has(_ v: UInt64) -> UInt64 {
            let x = w ^ (ones &* v)
            return (x &- ones) & ~x & high
        }
        return has(0x0A) | has(0x22) | has(0x27) != 0
    }

    /// Whether a ” between these bytes opens a quotation: typed the wrong way round where one
    /// opens (”Mr. Trump embodies ...”, common in pasted web text), after a line break, space
    /// or bracket and before a word. The splitter asks the same question.
    static func closingMarkOpens(before: UInt8, after: UInt8) -> Bool {
        (before == 0x0A || before == 0x20 || before == 0x09 || before == 0x28)
            && (after &- 0x30 < 10 || (after | 0x20) &- 0x61 < 26 || (after >= 0xC3 && after != 0xE2))
    }

    /// Whether a “ between these bytes closes a quotation: typed the wrong way round where one
    /// ends (`the Arab states“ with`, `native born.“` at a paragraph's end), after a word or
    /// punctuation and before a space (a no-break one too), line break, bracket or the end.
    static func openingMarkCloses(before: UInt8, after: UInt8) -> Bool {
        let afterWord = before &- 0x30 < 10 || (before | 0x20) &- 0x61 < 26 || before == 0x2E || before == 0x2C
            || before == 0x21 || before == 0x3F
        // 0xC2 opens a no-break space (`year.“\u{A0}[HuffPost]`).
        return afterWord && (after == 0x20 || after == 0x0A || after == 0x0D || after == 0x09 || after == 0x5B || after == 0x28
            || after == 0xC2)
    }

    /// Lines longer than this are paragraphs given one line each, not hard-wrapped text (mail
    /// and plain-text archives wrap at 72 to 80 columns).
    static let wrappedLineMax = 160

    /// Whether any line in `range` is longer than `wrappedLineMax` bytes.
    static func hasLongLine(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            if b[k] == 0x0A {
                if k - start > wrappedLineMax { return true }
                start = k + 1
            }
            k += 1
        }
        return range.upperBound - start > wrappedLineMax
    }

    /// Whether a straight double mark comes after `i` before the line ends. (Each look stops
    /// at the first straight mark, and one that finds none lets the curly mark close the
    /// quotation, so a line is not read again and again.)
    static func straightMarkLater(_ b: [UInt8], from i: Int, to end: Int) -> Bool {
        var k = i
        while k < end, b[k] != 0x0A {
            if b[k] == 0x22 { return true }
            k += 1
        }
        return false
    }

    /// Whether the straight double mark at `i` ends a height in feet and inches (`6'3"`,
    /// `5'11"`): digits, a straight or curly apostrophe, digits.
    static func isInchSign(_ b: [UInt8], _ i: Int) -> Bool {
        var k = i
        while k > 0, b[k - 1] >= 0x30, b[k - 1] <= 0x39, i - k < 2 { k -= 1 }
        guard k < i, k > 1 else { return false }
        if b[k - 1] == UInt8(ascii: "'") { return b[k - 2] >= 0x30 && b[k - 2] <= 0x39 }
        if k > 3, b[k - 3] == 0xE2, b[k - 2] == 0x80, b[k - 1] == 0x99 || b[k - 1] == 0xB2 { return b[k - 4] >= 0x30 && b[k - 4] <= 0x39 }
        return false
    }

    /// The quote mark at `i`, if any, and its width in bytes.
    static func mark(_ b: [UInt8], _ i: Int, _ end: Int) -> (Mark, Int)? {
        let c = b[i]
        if c == UInt8(ascii: "\"") { return isInchSign(b, i) ? nil : (.straight, 1) }
        if c == UInt8(ascii: "'"), i + 1 < end, b[i + 1] == UInt8(ascii: "'") { return (.straight, 2) }
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80 {
            if b[i + 2] == 0x9C {                           // “
                let closes = openingMarkCloses(before: i == 0 ? 0x0A : b[i - 1], after: i + 3 < end ? b[i + 3] : 0x0A)
                return (closes ? .closing : .opening, 3)
            }
            if b[i + 2] == 0x9D {                           // ”
                let opens = closingMarkOpens(before: i == 0 ? 0x0A : b[i - 1], after: i + 3 < end ? b[i + 3] : 0x20)
                return (opens ? .opening : .closing, 3)
            }
        }
        if c == 0xC2, i + 1 < end {
            if b[i + 1] == 0xAB { return (.opening, 2) }   // «
            if b[i + 1] == 0xBB { return (.closing, 2) }   // »
        }
        return nil
    }
}

/// Tells speech from scare quotes.
public enum ScareQuotes {
    /// Attribution kinds that make a short quotation someone's words ("called it “a farce”").
    /// Verbs of belief are left out: "the plan worries its neighbours" quotes nobody.
    static let sayingKinds: Set<String> = ["verb", "noun-verb", "phrase", "anonymous"]

    /// Words after which a quotation names a word or phrase instead of using it.
    static let mentionMarkers: Set<String> = [
        "word", "words", "term", "terms", "phrase", "phrases", "expression", "slogan", "motto", "hashtag",
        "headline", "title", "so-called", "buzzword", "catchphrase", "label", "moniker", "nickname", "euphemism",
    ]

    /// Words after which a quotation is a title or a name someone gave.
    static let namingMarkers: Set<String> = [
        "titled", "entitled", "named", "nicknamed", "dubbed", "called", "labeled", "labelled", "branded", "coined", "termed",
        // A label its holder gives itself ("a self-described “Democratic socialist”").
        "self-described", "self-proclaimed", "self-styled", "self-declared",
    ]

    /// Verbs before "as" after which a quotation is the name or label something goes by
    /// ("known as the “Checkers speech”", "listed as “staff support”", "billed as a “summit”",
    /// "referred to as"): someone's naming, not the outlet's distancing.
    static let namingAsVerbs: Set<String> = [
        "known", "listed", "described", "billed", "touted", "characterized", "characterised", "identified", "classified",
        "designated", "styled", "marketed", "branded", "labeled", "labelled", "dubbed", "to",
    ]

    /// The words of a quotation, lower-cased, without its quotation marks, punctuation or a
    /// leading article, joined by spaces: what two quotations of the same phrase share ("the
    /// generous response", "generous response?").
    public static func words(of quote: Range<Int>, in source: SourceText) -> String {
        asciiWords(source.bytes[quote]) ?? characterWords(source.text(ofBytes: quote))
    }

    /// `words(of:in:)` by Characters: the definition, for any text.
    static func characterWords(_ quote: String) -> String {
        let text = quote.lowercased()
        var words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" || $0 == "-") })
        if let first = words.first, ["the", "a", "an"].contains(first), words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// `words(of:in:)` read from the bytes, for a quotation of ASCII and the common curly
    /// quotation marks, dashes and ellipsis (nearly all of them); nil for any other text, which
    /// goes through String's Characters. In such text each byte is one Character (the marks
    /// are single Characters that join nothing), so testing bytes keeps the same words; only
    /// ’ belongs to a word. Called for every short quotation, where the Character path cost
    /// more than classifying the sentence.
    static func asciiWords(_ bytes: ArraySlice<UInt8>) -> String? {
        // The words go straight into one buffer, a space between them (a list of word arrays
        // joined at the end cost an allocation a word); the first word's end is kept, to drop
        // a leading article.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var wordCount = 0, firstEnd = 0
        var inWord = false
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let c = bytes[i]
            if c < 0x80 {
                i += 1
                let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower == 0x27 || lower == 0x2D {
                    // (No nested functions for these steps: capturing the buffer made every
                    // access to it checked at run time.)
                    if !inWord {
                        if wordCount > 0 { out.append(0x20) }
                        wordCount += 1
                        inWord = true
                    }
                    out.append(lower)
                    continue
                }
            } else if c == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80 {
                // ‘ ’ “ ” – — …
                let third = bytes[i + 2]
                guard third == 0x93 || third == 0x94 || third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D
                        || third == 0xA6 else { return nil }
                i += 3
                if third == 0x99 {
                    if !inWord {
                        if wordCount > 0 { out.append(0x20) }
                        wordCount += 1
                        inWord = true
                    }
                    out.append(0xE2)
                    out.append(0x80)
                    out.append(0x99)
                    continue
                }
            } else {
                return nil
            }
            if inWord {
                if wordCount == 1 { firstEnd = out.count }
                inWord = false
            }
        }
        if inWord && wordCount == 1 { firstEnd = out.count }
        if wordCount > 1 {
            let first = out[0..<firstEnd]
            if first.elementsEqual("the".utf8) || first.elementsEqual("a".utf8) || first.elementsEqual("an".utf8) {
                return String(decoding: out[(firstEnd + 1)...], as: UTF8.self)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a token is a quotation mark (straight, curly or guillemet).
    static func isQuoteMark(_ t: Token) -> Bool {
        guard t.kind == .punctuation else { return false }
        switch t.key {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}": return true
        default: return false
        }
    }

    /// A scare quote is a short quotation (up to `QuotedSpeechCue.scareQuoteMaxWords` words in
    /// all) inside one sentence that is not the whole sentence, in a sentence with no word of
    /// saying outside quotations: the outlet's own distancing, not someone's speech.
    public static func isScareQuote(_ quote: Range<Int>, sentence: Range<Int>, tokens: [Token], allQuotes: [Range<Int>],
                                    source: SourceText, words: CueWords) -> Bool {
        isScareQuote(quote, sentence: sentence, tokens: tokens, wordCount: tokens.reduce(0) { $0 + ($1.kind != .punctuation ? 1 : 0) },
                     sayingOutsideQuotes: { hasSayingOutside(tokens, quotes: allQuotes, words: words) })
    }

    /// `isScareQuote(_:sentence:tokens:allQuotes:source:words:)` with the sentence's word count
    /// and whether it has a word of saying outside its quotations, which the caller works out
    /// once for all its quotations: asked per quotation, with each token tested against every
    /// quotation, a long sentence of many short quotations took time cubic in its length. The
    /// tokens inside a quotation are found by binary search.
    static func isScareQuote(_ quote: Range<Int>, sentence: Range<Int>, tokens: [Token], wordCount: Int,
                             sayingOutsideQuotes: () -> Bool) -> Bool {
        // A quotation that runs past the sentence is speech.
        guard quote.lowerBound >= sentence.lowerBound, quote.upperBound <= sentence.upperBound else { return false }
        let insideTokens = tokens.indices(startingIn: quote)
        var inside = 0
        for k in insideTokens where tokens[k].kind != .punctuation { inside += 1 }
        guard inside > 0, inside <= QuotedSpeechCue.scareQuoteMaxWords else { return false }
        // A sentence that is all quotation (“Mr. D’Souza?”) is someone speaking.
        if wordCount == inside { return false }
        // So is one in the first or second person (a slogan, “I’m with her”): a phrase the
        // outlet distances itself from names a thing, it does not speak.
        for k in insideTokens where speakerPronouns.contains(tokens[k]) { return false }
        // A title or a name someone gave ("a film titled “Fear”", "what he called a “farce”")
        // is theirs, not the outlet's distancing.
        if let before = wordBefore(insideTokens, quote, tokens),
           namingMarkers.contains(tokens[before].key) || before > 0 && tokens[before].key == "as" && namingAsVerbs.contains(tokens[before - 1].key) {
            return false
        }
        // The shapes of speech whatever the verb ("“We will win,” he continued", "“Why?” she
        // laughed", "He went on: “Never.”"): a quotation that opens the sentence, ends in a
        // comma, question or exclamation mark before its closing mark and is followed by a
        // speaker's tag of at most four words; or one a colon opens. A scare quote sits inside
        // the outlet's own clause ("“Asian NATO,” a concept pushed by Washington, worries ...").
        if let first = insideTokens.first {
            let before = tokens[..<first].last { !Self.isQuoteMark($0) }
            if before?.key == ":" { return false }
            if before == nil, let last = insideTokens.last(where: { !Self.isQuoteMark(tokens[$0]) }),
               tokens[last].word == .comma || tokens[last].key == "?" || tokens[last].word == .exclamation,
               case let tag = tokens[(last + 1)...].lazy.filter({ $0.kind != .punctuation }).prefix(5).count, tag >= 1, tag <= 4 {
                return false
            }
        }
        return !sayingOutsideQuotes()
    }

    /// The word before a quotation's opening mark (past an article after a word), if any.
    static func wordBefore(_ inside: Range<Int>, _ quote: Range<Int>, _ tokens: [Token]) -> Int? {
        guard var before = tokens[..<inside.lowerBound].lastIndex(where: { $0.kind != .punctuation && $0.bytes.upperBound <= quote.lowerBound })
        else { return nil }
        if articles.contains(tokens[before]), before > 0, tokens[before - 1].kind != .punctuation { before -= 1 }
        return before
    }

    /// Whether a short quotation with no speaker names words instead of using them: a word named
    /// as a word ("the term “conscience”", "a so-called “doc fix”"), one of a pair or list of
    /// quotations ("between “success” and “failure”", the words "speech," "president,"), or a
    /// term defined on the spot (a “supermajority” — meaning ...). It is neither someone's speech
    /// nor the outlet's distancing: no scare quote and no quotation cue; the words inside are
    /// kept apart as quoted words, with no speaker.
    public static func isMention(_ quote: Range<Int>, tokens: [Token]) -> Bool {
        let inside = tokens.indices(startingIn: quote)
        if let before = wordBefore(inside, quote, tokens), mentionMarkers.contains(tokens[before].key) { return true }
        return coordinatedOrDefined(inside, tokens)
    }

    static let articles: WordSet = ["a", "an", "the"]
    static let coordinators: WordSet = ["and", "or", "nor", "versus", "vs"]
    static let definers: WordSet = ["meaning", "means", "meant", "refers", "refer", "denotes"]
    /// What may stand between a quotation and what follows it: a comma, a dash or a bracket.
    static let definitionSeparators: WordSet = [",", "\u{2014}", "(", "--"]

    /// Whether the quotation whose tokens are `inside` (its marks included) stands beside
    /// another quotation, with only a comma or a coordinator ("and", "or") between them
    /// (after the coordinator an article may stand), or is followed by a definition ("meaning",
    /// "means", "refers", ", that is") after at most a comma, dash or bracket.
    static func coordinatedOrDefined(_ inside: Range<Int>, _ tokens: [Token]) -> Bool {
        // After it.
        var k = inside.upperBound
        while k < tokens.count, definitionSeparators.contains(tokens[k]) { k += 1 }
        if k < tokens.count {
            if isQuoteMark(tokens[k]) { return true }
            if definers.contains(tokens[k]) { return true }
            // ", that is": a gloss after a comma, inside the closing mark or after it
            // (“forcible rape,” that is ...); without the comma "that is" opens a relative
            // clause ("the “compromise” that is on the table").
            if tokens[k].word == .that, k + 1 < tokens.count, tokens[k + 1].key == "is",
               tokens[inside.lowerBound..<k].contains(where: { $0.word == .comma }) {
                return true
            }
            if coordinators.contains(tokens[k]) {
                var n = k + 1
                if n < tokens.count, articles.contains(tokens[n]) { n += 1 }
                if n < tokens.count, isQuoteMark(tokens[n]) { return true }
            }
        }
        // Before it.
        var j = inside.lowerBound - 1
        while j >= 0, tokens[j].word == .comma { j -= 1 }
        guard j >= 0 else { return false }
        if isQuoteMark(tokens[j]) { return true }
        if articles.contains(tokens[j]) { j -= 1 }
        if j >= 1, coordinators.contains(tokens[j]) {
            var m = j - 1
            while m >= 0, tokens[m].word == .comma { m -= 1 }
            if m >= 0, isQuoteMark(tokens[m]) { return true }
        }
        return false
    }

    /// Pronouns of a speaker or their hearer.
    static let speakerPronouns: WordSet = [
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've", "we'll", "us", "our", "you", "you're", "your",
    ]

    /// Whether a word of saying stands outside the sentence's quotations, or the sentence
    /// opens with a speaker's name and a colon ("Barr: DOJ will act on “violent rioting”": the
    /// quoted words are the named speaker's, as the rest of the claim is).
    static func hasSayingOutside(_ tokens: [Token], quotes: [Range<Int>], words: CueWords) -> Bool {
        if HeadlineColonCue.opensWithSpeakerLabel(tokens) { return true }
        // The quotations as disjoint ranges in order, walked beside the tokens.
        var merged: [Range<Int>] = []
        for q in quotes.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, q.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, q.upperBound)
            } else {
                merged.append(q)
            }
        }
        var q = 0
        var i = 0
        while i < tokens.count {
            let position = tokens[i].bytes.lowerBound
            while q < merged.count, merged[q].upperBound <= position { q += 1 }
            let outside = !(q < merged.count && merged[q].contains(position))
            if outside, let (entry, length) = words.attribution.match(tokens, at: i) {
                if sayingKinds.contains(entry.value.kind) { return true }
                i += length
            } else {
                i += 1
            }
        }
        return false
    }
}

extension Array where Element == Token {
    /// The indices of the tokens that start inside `bytes`, found by binary search (tokens are
    /// in text order).
    func indices(startingIn bytes: Range<Int>) -> Range<Int> {
        func firstAtOrAfter(_ p: Int) -> Int {
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if self[mid].bytes.lowerBound < p { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let a = firstAtOrAfter(bytes.lowerBound)
        return a..<Swift.max(a, firstAtOrAfter(bytes.upperBound))
    }
}
