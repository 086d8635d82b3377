/// A news page's date line (`Friday, July 21, 2017`) stands alone: glued by a scraper to the
/// headline before it or the paragraph after it (`robotics competitionFriday, July 21, 2017A
/// group of`), or opening a line that goes on (`Thursday, May 7, 2015 On Tuesday, the`).
enum GluedDateLineRule: BoundaryRule {
    static var id: StaticString { "glued-date-line" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let i = c.position
        if t.spaceWidth(i - 1) == nil, DateLine.match(t, at: i) != nil { return .boundary(i) }
        if t.isDigit(i - 1) {
            // Look back for a date line that ends here.
            var s = i - 1
            while s > max(t.lower, i - 40) {
                if DateLine.match(t, at: s) == i { return .boundary(i) }
                s -= 1
            }
        }
        return nil
    }
}

extension GluedDateLineRule {
    /// The capital after a date line that opens a sentence and goes on after a space on the
    /// same line (`Thursday, May 7, 2015 On Tuesday, the`), or nil. The scanner asks once per
    /// sentence.
    static func afterLeadingDateLine(_ t: ScanText, sentenceStart: Int) -> Int? {
        var s = sentenceStart
        while s < t.upper, let w = t.spaceWidth(s) { s += w }
        // Cheap refusal first: weekdays start with M, T, W, F or S.
        let c = t[s]
        guard c == 0x4D || c == 0x54 || c == 0x57 || c == 0x46 || c == 0x53 else { return nil }
        let e = t.letterRunEnd(s)
        guard t[e] == 0x2C, t[e - 1] == 0x79, t[e - 2] == 0x61, t[e - 3] == 0x64, let end = DateLine.match(t, at: s),
              t[end] == 0x20, t.isUpper(end + 1) else { return nil }
        return end + 1
    }
}

/// Matches `Weekday, Month D, YYYY` (full English names).
enum DateLine {
    static let weekdays: [[UInt8]] = CalendarWords.weekdays.map { Array($0.utf8) }
    static let months: [[UInt8]] = CalendarWords.months.map { Array($0.utf8) }

    /// The end of a date line starting at `i`, or nil.
    static func match(_ t: ScanText, at i: Int) -> Int? {
        guard let afterDay = word(t, at: i, from: weekdays), t[afterDay] == 0x2C, t[afterDay + 1] == 0x20,
              let afterMonth = word(t, at: afterDay + 2, from: months), t[afterMonth] == 0x20 else { return nil }
        var k = afterMonth + 1
        let dayStart = k
        while t.isDigit(k), k - dayStart < 2 { k += 1 }
        guard k > dayStart, t[k] == 0x2C, t[k + 1] == 0x20 else { return nil }
        k += 2
        let yearStart = k
        while t.isDigit(k), k - yearStart < 4 { k += 1 }
        return k - yearStart == 4 && !t.isDigit(k) ? k : nil
    }

    static func word(_ t: ScanText, at i: Int, from list: [[UInt8]]) -> Int? {
        for w in list where t[i] == w[0] {
            var ok = true
            for (n, c) in w.enumerated() where t[i + n] != c { ok = false; break }
            if ok { return i + w.count }
        }
        return nil
    }
}
