/// A line that ends in a terminator (with any closing quotes) was already decided by the
/// terminator rules, which saw the line break; the break itself adds nothing.
enum TerminatedLineRule: BoundaryRule {
    static var id: StaticString { "terminated-line" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        var p = c.position
        while p > c.lineStart, let w = t.trailingSpaceWidth(p) { p -= w }
        while p > c.lineStart, t[p - 1] == 0x22 || t.closingWidth(p - 1) != nil || t[p - 1] & 0xC0 == 0x80 && t.closingWidth(p - 3) != nil {
            p -= t[p - 1] < 0x80 ? 1 : (t[p - 2] == 0xC2 ? 2 : 3)
        }
        guard p > c.lineStart else { return nil }
        return t.terminatorWidth(p - 1) != nil || t[p - 1] == 0xA6 && t.terminatorWidth(p - 3) != nil ? .noBoundary : nil
    }
}
