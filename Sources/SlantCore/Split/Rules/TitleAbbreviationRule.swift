/// Titles and joiners never end a sentence: `Mr. Smith`, `Sen. Smith`, `Lt. Col. Smith`,
/// `Mt. Fuji`, `Smith vs. Jones` (kind `title` in `Lexicons/abbreviations.tsv`).
enum TitleAbbreviationRule: BoundaryRule {
    static var id: StaticString { "title-abbreviation" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position] == 0x2E else { return nil }
        let s = c.wordStart
        return abbreviations.kind(t.b, s..<c.position) == .title ? .noBoundary : nil
    }
}
