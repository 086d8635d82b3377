/// A closing quote glued to the capital of the next word (`declares war on Church of
/// Scientology"One poster admitted`) is a paragraph join: prose always has a space there.
enum GluedQuoteRule: BoundaryRule {
    static var id: StaticString { "glued-quote" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let i = c.position
        if t[i - 1] == 0x22, !c.inQuote, t.isWordByte(i - 2) || t.isDigit(i - 2) { return .boundary(i) }
        if t[i - 1] == 0x9D, t[i - 2] == 0x80, t[i - 3] == 0xE2, t.isWordByte(i - 4) { return .boundary(i) }
        return nil
    }
}
