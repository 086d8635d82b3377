/// A terminator inside closing quotes or brackets, followed by something other than a
/// lower-case word, ends the sentence there (`"This is great." She held`, `an "Asian NATO."The`).
///
/// Comes after the lower-case rule (`"This is great." she said` goes on) and before the
/// abbreviation rules (the quote, not the word before it, decides).
enum ClosingQuoteRule: BoundaryRule {
    static var id: StaticString { "closing-quote" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        c.closesQuote ? .boundary(c.runEnd) : nil
    }
}
