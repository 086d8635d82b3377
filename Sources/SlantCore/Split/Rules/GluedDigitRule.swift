/// A period or other terminator followed directly by a digit is inside a number, version or
/// reference (`3.5`, `$100.00`, `1026.253.553`, `No.5`, `v2.0.1`).
enum GluedDigitRule: BoundaryRule {
    static var id: StaticString { "glued-digit" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        c.glued && t.isDigit(c.next) ? .noBoundary : nil
    }
}
