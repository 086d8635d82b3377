/// A sentence does not start with a lower-case letter: `co. at noon`, `e.g. the`, `Yahoo! in`,
/// `sputnikglobe.com`, `"This is great." she said`, `mean...see`.
enum LowercaseNextRule: BoundaryRule {
    static var id: StaticString { "lowercase-next" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        t.isLower(t.afterOpenings(c.next)) ? .noBoundary : nil
    }
}
