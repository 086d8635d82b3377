/// Abbreviations that may or may not end a sentence (kind `other`: `Inc.`, `Co.`, `a.m.`,
/// `Jan.`) and letter groups with periods (`U.S.`, `E.U.`, `Ph.D.`, `D.C.`, `e.g.`).
///
/// - Glued to the next word (`U.S.A.`, `Ph.D.`, `e.g.`): never a boundary.
/// - Before a line break: a boundary (the line ends there).
/// - Otherwise a boundary only before a common sentence opener (`Lexicons/sentence-starters.tsv`:
///   `in the U.S. How about you?`, `at 6 P.M. Mr. Smith then went`), and not when the sentence
///   so far has fewer than four words: `At 5 a.m. Mr. Smith went` is no sentence "At 5 a.m.".
enum AmbiguousAbbreviationRule: BoundaryRule {
    static var id: StaticString { "ambiguous-abbreviation" }
    /// A sentence that ends in an ambiguous abbreviation has at least this many words.
    static let minimumWords = 4

    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position] == 0x2E else { return nil }
        let s = c.wordStart
        guard s < c.position else { return nil }
        let listed = abbreviations.kind(t.b, s..<c.position) != nil
        guard listed || Self.isLetterGroup(t, s..<c.position) else { return nil }
        if c.glued { return .noBoundary }
        if c.lineBreaks > 0 { return .boundary(c.runEnd) }
        guard t.startsOpener(c.next, abbreviations) else { return .noBoundary }
        let words = t.wordCount(c.sentenceStart..<c.position, limit: Self.minimumWords)
        return words >= Self.minimumWords ? .boundary(c.runEnd) : .noBoundary
    }

    /// Letters in groups of one or two joined by periods: `U.S`, `Ph.D`, `e.g`, `a.m`.
    static func isLetterGroup(_ t: ScanText, _ r: Range<Int>) -> Bool {
        var run = 0, periods = 0
        for i in r {
            if t[i] == 0x2E {
                guard run > 0 else { return false }
                periods += 1
                run = 0
            } else if t.isASCIILetter(i) {
                run += 1
                if run > 2 { return false }
            } else {
                return false
            }
        }
        return periods > 0 && run > 0
    }
}
