/// A quotation of several sentences that a verb of saying introduces in mid-sentence stays in
/// that sentence: `said "All those who were wounded have been taken to hospital. There are no
/// casualties left at the location."` The quoted sentences are the speaker's, and splitting
/// them off would leave unattributed half-sentences (GUM's annotation does the same).
///
/// Only a quote opened right after a verb of saying (`said "`, `says "`; the `verb` entries of
/// `attribution-cues.tsv`) counts. After a comma or colon (`told the press, "to show ...`), after
/// any other word (`described it as "another skirmish ... in 1994. Lawsuits have been filed"`,
/// `wrote in a blog post "I have ... the homepage. There's something"`) or at the start of a
/// sentence, each quoted sentence stands. `wrote that "..."` counts as after the verb.
enum EmbeddedQuotationRule: BoundaryRule {
    static var id: StaticString { "embedded-quotation" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let q = c.quoteStart
        guard q > c.sentenceStart, !c.closesQuote, t[q - 1] == 0x20, t[q - 2] &- 97 < 26 else { return nil }
        var s = q - 2
        while s > c.sentenceStart, t[s - 1] &- 97 < 26 { s -= 1 }
        // `wrote that "Prompted ... on the internet. An insurgency ..."`: the verb before `that`.
        if q - 1 - s == 4, t[s - 1] == 0x20, t.lowerString(s..<(q - 1)) == "that" {
            let e = s - 1
            s = e
            while s > c.sentenceStart, t[s - 1] &- 97 < 26 { s -= 1 }
            return abbreviations.isSayingVerb(t.b, s..<e) ? closesOnLine(c, t) : nil
        }
        guard abbreviations.isSayingVerb(t.b, s..<(q - 1)) else { return nil }
        return closesOnLine(c, t)
    }

    private static func closesOnLine(_ c: Candidate, _ t: ScanText) -> Verdict? {
        // The quotation must close later on the same line: one left open at a line break runs
        // over paragraphs (or is a stray mark), and its sentences stand on their own.
        var k = c.runEnd
        while k < t.upper, k - c.runEnd < 4096 {
            if t[k] == 0x22 || t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x9D { return .noBoundary }
            if t[k] == 0x0A { return nil }
            k += 1
        }
        return nil
    }
}
