/// A news page's date line (`Friday, July 21, 2017`) stands alone: glued by a scraper to the
/// headline before it or the paragraph after it (`robotics competitionFriday, July 21, 2017A
/// group of`), or opening a line that goes on (`Thursday, May 7, 2015 On Tuesday, the`).
struct GluedDateLineRule: BoundaryRule {
    let id: StaticString = "glued-date-line"
    func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let i = c.position
        if t.spaceWidth(i - 1) == nil, DateLine.match(t, at: i) != nil { return .boundary(i) }
        if t[i - 1] == 0x20, t.isDigit(i - 2) {
            // A sentence that starts with a date line.
            var s = c.sentenceStart
            while s < i, let w = t.spaceWidth(s) { s += w }
            if let end = DateLine.match(t, at: s), end == i - 1 { return .boundary(i) }
            return nil
        }
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

/// Matches `Weekday, Month D, YYYY` (full English names).
enum DateLine {
    // Calendar names are fixed English vocabulary, not an editable lexicon.
    static let weekdays: [[UInt8]] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map { Array($0.utf8) }
    static let months: [[UInt8]] = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"].map { Array($0.utf8) }

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
