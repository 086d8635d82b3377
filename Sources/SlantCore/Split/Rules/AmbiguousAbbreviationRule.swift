/// Abbreviations that may or may not end a sentence (kind `other`: `Inc.`, `Co.`, `a.m.`,
/// `Jan.`) and letter groups with periods (`U.S.`, `E.U.`, `Ph.D.`, `D.C.`, `e.g.`).
///
/// - Glued to the next word (`U.S.A.`, `Ph.D.`, `e.g.`): never a boundary.
/// - Before a line break: a boundary (the line ends there).
/// - A clock time (`6 p.m.`) before a capitalised word that is no day, month or time zone: a
///   boundary (`at 6 p.m. Travelers who ...`, but `at 5 p.m. Tuesday`, `8 p.m. ET`).
/// - Otherwise a boundary only before a common sentence opener (`Lexicons/sentence-starters.tsv`:
///   `in the U.S. How about you?`, `at 6 P.M. Mr. Smith then went`), and not when the sentence
///   so far has fewer than four words: `At 5 a.m. Mr. Smith went` is no sentence "At 5 a.m.".
enum AmbiguousAbbreviationRule: BoundaryRule {
    static var id: StaticString { "ambiguous-abbreviation" }
    /// A sentence that ends in an ambiguous abbreviation has at least this many words.
    static let minimumWords = 4

    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position] == 0x2E else { return nil }
        let s = c.wordStart
        guard s < c.position else { return nil }
        let listed = abbreviations.kind(t.b, s..<c.position) != nil
        guard listed || Self.isLetterGroup(t, s..<c.position) else { return nil }
        if c.glued { return .noBoundary }
        if c.lineBreaks > 0 { return .boundary(c.runEnd) }
        if Self.isClockTime(t, s..<c.position), t.isUpper(t.afterOpenings(c.next)) {
            // "at 6 p.m. Travelers who ..." ends; "at 5 p.m. Tuesday", "8 p.m. ET" and "3 p.m.
            // Moscow time" go on.
            let k = t.afterOpenings(c.next)
            let e = t.letterRunEnd(k)
            let word = String(decoding: t.b[k..<e], as: UTF8.self).lowercased()
            let (after, _) = t.skipSpaces(from: e)
            let timeWord = t.letterRunEnd(after) == after + 4 && String(decoding: t.b[after..<(after + 4)], as: UTF8.self).lowercased() == "time"
            if !Self.timeFollowers.contains(word), !timeWord {
                return t.wordCount(c.sentenceStart..<c.position, limit: Self.minimumWords) >= Self.minimumWords ? .boundary(c.runEnd) : .noBoundary
            }
        }
        guard t.startsOpener(c.next, abbreviations) else { return .noBoundary }
        let words = t.wordCount(c.sentenceStart..<c.position, limit: Self.minimumWords)
        return words >= Self.minimumWords ? .boundary(c.runEnd) : .noBoundary
    }

    /// Words that follow a clock time in the same sentence: days, months, time zones.
    static let timeFollowers = Set(CalendarWords.weekdayKeys + CalendarWords.monthKeys + [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet",
        "cest", "ist", "jst", "aest", "eastern", "central", "mountain", "pacific", "local", "today", "tonight",
    ])

    /// `a.m` or `p.m` (any case) right after a number: `6 p.m`, `10:30 A.M`.
    static func isClockTime(_ t: ScanText, _ r: Range<Int>) -> Bool {
        guard r.count == 3, t[r.lowerBound + 1] == 0x2E, t[r.lowerBound + 2] | 0x20 == 0x6D,
              t[r.lowerBound] | 0x20 == 0x61 || t[r.lowerBound] | 0x20 == 0x70 else { return false }
        var k = r.lowerBound - 1
        while k > t.lower, t[k] == 0x20 { k -= 1 }
        return k >= t.lower && t[k] &- 0x30 < 10
    }

    /// Letters in groups of one or two joined by periods: `U.S`, `Ph.D`, `e.g`, `a.m`.
    static func isLetterGroup(_ t: ScanText, _ r: Range<Int>) -> Bool {
        var run = 0, periods = 0
        for i in r {
            if t[i] == 0x2E {
                guard run > 0 else { return false }
                periods += 1
                run = 0
            } else if t.isASCIILetter(i) {
                run += 1
                if run > 2 { return false }
            } else {
                return false
            }
        }
        return periods > 0 && run > 0
    }
}
