/// A line with no final punctuation that is followed by a line starting like a sentence (a
/// capital, digit, quote, bracket, bullet or dash) stands alone: headlines, subheads, bylines,
/// datelines on their own line, list items.
enum HeadlineRule: BoundaryRule {
    static var id: StaticString { "headline" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        .boundary(c.position)
    }
}
