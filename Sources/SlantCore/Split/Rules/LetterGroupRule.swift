/// Letters in groups of one or two joined by periods are one abbreviation, however they are
/// capitalised: the periods inside `U.S.A.`, `Ph.D.`, `J.R.R.` and `D.C.` end nothing, nor
/// those after a hyphen: `(R-S.C.)`, `(D-N.Y.)`, `anti-U.S.`.
enum LetterGroupRule: BoundaryRule {
    static var id: StaticString { "letter-group" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard c.glued, t[c.position] == 0x2E, c.runEnd == c.position + 1 else { return nil }
        var s = c.wordStart
        for k in s..<c.position where t[k] == 0x2D { s = k + 1 }
        var e = c.next
        // (No further than a token's start is looked for behind: a run of "a.a.a.…" is read
        // once per period, and a whole run each time made splitting it quadratic.)
        let stop = min(t.upper, c.next + ScanText.maxTokenScan)
        while e < stop, t.isASCIILetter(e) || t[e] == 0x2E { e += 1 }
        if t[e - 1] == 0x2E { e -= 1 }
        return AmbiguousAbbreviationRule.isLetterGroup(t, s..<e) ? .noBoundary : nil
    }
}
