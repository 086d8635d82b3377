/// A colon glued to a capital or an opening quote (`the Church denied these allegations:She`,
/// `his @POTUS account:"Cool clock`), or a comma glued to an opening quote (`Rathbun
/// stated,"Daniel`), is a paragraph join: the introduced text stands alone.
/// Times (`10:30`) and addresses (`https:`) have no capital after the colon.
enum GluedColonRule: BoundaryRule {
    static var id: StaticString { "glued-colon" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let i = c.position
        if t[i - 1] == 0x3A, t.isASCIILetter(i - 2) || t[i - 2] == 0x29 { return .boundary(i) }
        // `account:"Cool clock`, `Rathbun stated,"Daniel was`: a quote opened with no space.
        if t[i - 1] == 0x22, t[i - 2] == 0x3A || t[i - 2] == 0x2C, c.inQuote { return .boundary(i - 1) }
        return nil
    }
}
