/// A word glued to a capitalised common sentence opener of three letters or more
/// (`celebration of charity at eventThe Canadian`, `March 5, 2006The Plains`,
/// `in HajjAccording to`) is a paragraph join. Brand names glue other words
/// (`PlayStation`, `YouTube`) or two-letter ones (`LinkedIn`), so those are left alone, unless
/// the paragraph already showed itself to be glued text (`1958.Group G — Belgium 3 – 0
/// PanamaIn the first game`, `Election ResultsEddie Chu received`): there any lower-case word
/// glued to a capitalised one of two letters or more is a join.
enum CamelJoinRule: BoundaryRule {
    static var id: StaticString { "camel-join" }
    static let minimumLetters = 3
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let i = c.position
        guard t[i - 1] &- 97 < 26 || t.isDigit(i - 1) else { return nil }
        let e = t.letterRunEnd(i)
        let bold = c.inGluedText && e - i >= 2 && t.isLower(i + 1)
        guard bold || e - i >= Self.minimumLetters && abbreviations.isOpener(t.b, i..<e),
              t.spaceWidth(e) != nil || t[e] == 0x2C || t[e] == 0x27 || t[e] == 0xE2 else { return nil }
        // The word before must be a real word (three letters or more, or a number).
        var s = i
        while s > c.lineStart, t[s - 1] &- 97 < 26 || t.isDigit(s - 1) { s -= 1 }
        guard i - s >= (bold ? Self.minimumLetters + 1 : Self.minimumLetters) else { return nil }
        // Hashtags and handles glue words on purpose (#IStandWithAhmed, @BarackObama).
        var k = s
        while k > c.lineStart, t.spaceWidth(k - 1) == nil, i - k < 64 {
            if t[k - 1] == 0x23 || t[k - 1] == 0x40 { return nil }
            k -= 1
        }
        return .boundary(i)
    }
}
