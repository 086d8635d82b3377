/// A line that continues on the next: the next starts with a lower-case letter
/// (`It was a cold \nnight in the city.`), a bracketed aside (`400 yd \n( 365.8 m ).`) or the
/// punctuation that ends this line (`pricing\n.`; not an ellipsis), or this one ends with a
/// comma, semicolon, hyphen or ampersand.
enum WrappedLineRule: BoundaryRule {
    static var id: StaticString { "wrapped-line" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        if t.isLower(c.next) { return .noBoundary }
        // The next line starts with the punctuation that ends this one (`pricing\n.`); not
        // with an ellipsis, which opens a thread's next post or a quotation's next part (`—
        // Donald J. Trump (@realDonaldTrump) September 30, 2017\n...want`).
        if t[c.next] == 0x2E, t[c.next + 1] == 0x2E, t[c.next + 2] == 0x2E { return nil }
        switch t[c.next] {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29: return .noBoundary
        default: break
        }
        // A bracket that opens an aside (`400 yd \n( 365.8 m ).`), not a list marker (`(2) `).
        if t[c.next] == 0x28 || t[c.next] == 0x5B {
            var j = c.next + 1
            while j < t.upper, t[j] == 0x20 { j += 1 }
            if t.isLower(j) { return .noBoundary }
            if t[j] &- 0x30 < 10 {
                // A measure (`( 365.8 m`), not a marker (`(2) `) nor a title (`(6 3/4" Crystal`).
                while j < t.upper, t[j] &- 0x30 < 10 || t[j] == 0x2E || t[j] == 0x2C { j += 1 }
                while j < t.upper, t[j] == 0x20 { j += 1 }
                if t.isLower(j) { return .noBoundary }
            }
        }
        var p = c.position
        while p > c.lineStart, let w = t.trailingSpaceWidth(p) { p -= w }
        let last = t[p - 1]
        return last == 0x2C || last == 0x3B || last == 0x26 || last == 0x2D && t.spaceWidth(p - 2) == nil ? .noBoundary : nil
    }
}
