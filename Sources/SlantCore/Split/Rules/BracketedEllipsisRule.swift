/// "[...]" and "[…]" mark words left out of a quotation, never the end of a sentence
/// (`"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).`).
struct BracketedEllipsisRule: BoundaryRule {
    let id = "bracketed-ellipsis"
    func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position - 1] == 0x5B else { return nil }
        var k = c.position
        while let w = t.terminatorWidth(k), t[k] != 0x3F, t[k] != 0x21 { k += w }
        return t[k] == 0x5D ? .noBoundary : nil
    }
}
