/// A photo credit glued into running text stands alone: `tweet to student Ahmed Mohamed
/// Image: Twitter / Barack Obama.`, `Playstation VR demo Image: Nick Moreau.` The labels are
/// the sentence-starter entries that end in a colon (`image:`, `photo:`).
enum CaptionCreditRule: BoundaryRule {
    static var id: StaticString { "caption-credit" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let i = c.position
        let e = t.letterRunEnd(i)
        guard t[e] == 0x3A, abbreviations.isLabel(t.b, i..<e + 1) else { return nil }
        return .boundary(i)
    }
}
