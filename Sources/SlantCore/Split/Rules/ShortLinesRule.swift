/// Between two short lines (three words or fewer each) a line break separates items of a list
/// or menu, even before a lower-case word: `features\ncontact manager\nevents, activities`.
/// Wrapped prose has longer lines (`This is a sentence\ncut off in the middle because pdf.`).
enum ShortLinesRule: BoundaryRule {
    static var id: StaticString { "short-lines" }
    static let maximumWords = 3
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t.wordCount(c.lineStart..<c.position, limit: Self.maximumWords + 1) <= Self.maximumWords else { return nil }
        var e = c.runEnd
        while e < t.upper, !t.isLineBreak(e) { e += 1 }
        return t.wordCount(c.runEnd..<e, limit: Self.maximumWords + 1) <= Self.maximumWords ? .boundary(c.position) : nil
    }
}
