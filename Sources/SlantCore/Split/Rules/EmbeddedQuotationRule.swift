/// A quotation of several sentences that a verb of saying introduces in mid-sentence stays in
/// that sentence: `said "All those who were wounded have been taken to hospital. There are no
/// casualties left at the location."` The quoted sentences are the speaker's, and splitting
/// them off would leave unattributed half-sentences (GUM's annotation does the same).
///
/// Only a quote opened right after a word (`said "`, `says "`) counts: after a comma or colon
/// (`told the press, "to show ...`) or at the start of a sentence, each quoted sentence stands.
enum EmbeddedQuotationRule: BoundaryRule {
    static var id: StaticString { "embedded-quotation" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let q = c.quoteStart
        guard q > c.sentenceStart, !c.closesQuote, t[q - 1] == 0x20, t[q - 2] &- 97 < 26 else { return nil }
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
