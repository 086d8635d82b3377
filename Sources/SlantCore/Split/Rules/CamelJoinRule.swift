/// A word glued to a capitalised common sentence opener of three letters or more
/// (`celebration of charity at eventThe Canadian`, `March 5, 2006The Plains`,
/// `in HajjAccording to`) is a paragraph join. Brand names glue other words
/// (`PlayStation`, `YouTube`) or two-letter ones (`LinkedIn`), so those are left alone.
enum CamelJoinRule: BoundaryRule {
    static var id: StaticString { "camel-join" }
    static let minimumLetters = 3
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let i = c.position
        guard t[i - 1] &- 97 < 26 || t.isDigit(i - 1) else { return nil }
        let e = t.letterRunEnd(i)
        guard e - i >= Self.minimumLetters, t.spaceWidth(e) != nil || t[e] == 0x2C,
              abbreviations.isOpener(t.b, i..<e) else { return nil }
        // The word before must be a real word (three letters or more, or a number).
        var s = i
        while s > c.lineStart, t[s - 1] &- 97 < 26 || t.isDigit(s - 1) { s -= 1 }
        return i - s >= Self.minimumLetters ? .boundary(i) : nil
    }
}
