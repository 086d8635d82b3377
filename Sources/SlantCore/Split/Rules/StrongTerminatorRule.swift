/// `?`, `!`, `…` and runs of periods (`...`, `....`) end a sentence before anything but a
/// lower-case word: `Hello?! Is that you?`, `I never meant that.... She left`.
enum StrongTerminatorRule: BoundaryRule {
    static var id: StaticString { "strong-terminator" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let first = t[c.position]
        if first != 0x2E { return .boundary(c.runEnd) }
        return t[c.position + 1] == 0x2E || t.terminatorWidth(c.position + 1) != nil ? .boundary(c.runEnd) : nil
    }
}
