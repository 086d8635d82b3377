/// A line that continues on the next: the next starts with a lower-case letter
/// (`It was a cold \nnight in the city.`) or this one ends with a comma, semicolon, hyphen or
/// ampersand.
enum WrappedLineRule: BoundaryRule {
    static var id: StaticString { "wrapped-line" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        if t.isLower(c.next) { return .noBoundary }
        var p = c.position
        while p > c.lineStart, let w = t.trailingSpaceWidth(p) { p -= w }
        let last = t[p - 1]
        return last == 0x2C || last == 0x3B || last == 0x26 || last == 0x2D && t.spaceWidth(p - 2) == nil ? .noBoundary : nil
    }
}
