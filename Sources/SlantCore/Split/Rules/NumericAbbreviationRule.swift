/// Abbreviations that stand before a number go on when one follows: `No. 5`, `p. 55`, `N°. 1026`
/// (kind `numeric`). Before anything else they fall through to the general rules.
enum NumericAbbreviationRule: BoundaryRule {
    static var id: StaticString { "numeric-abbreviation" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position] == 0x2E, t.isDigit(c.next) || t[c.next] == 0x23 else { return nil }
        let s = c.wordStart
        return abbreviations.kind(t.b, s..<c.position) == .numeric ? .noBoundary : nil
    }
}
