/// "[...]" and "[…]" mark words left out of a quotation, not the end of a sentence
/// (`"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).`), unless a
/// capitalised word follows (`crop yields [...] Ozone is`): then the other rules decide.
enum BracketedEllipsisRule: BoundaryRule {
    static var id: StaticString { "bracketed-ellipsis" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position - 1] == 0x5B else { return nil }
        var k = c.position
        while let w = t.terminatorWidth(k), t[k] != 0x3F, t[k] != 0x21 { k += w }
        guard t[k] == 0x5D else { return nil }
        return c.glued || !t.isUpper(c.next) ? .noBoundary : nil
    }
}
