/// Spaced ellipses (`. . .`), following the usual style rules:
/// - three spaced dots mark words left out inside a sentence (`the thing is . . . I didn't`);
/// - four after a space are an ellipsis and a period (`with a period . . . . Next sentence.`);
/// - a period glued to a word and followed by ` . . .` ends the sentence at that period, and the
///   ellipsis opens the next one (`compounds. . . . The practice`).
enum SpacedEllipsisRule: BoundaryRule {
    static var id: StaticString { "spaced-ellipsis" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        var dots = 0, spaced = false, i = c.position
        while i < c.runEnd {
            if t[i] == 0x2E { dots += 1 } else if t[i] == 0x20 { spaced = true } else if t.closingWidth(i) == nil, t[i] != 0x22 { return nil }
            i += 1
        }
        guard spaced else { return nil }
        if c.next >= t.upper { return .boundary(c.runEnd) }
        let gluedToWord = t.spaceWidth(c.position - 1) == nil
        if dots == 4, gluedToWord { return .boundary(c.position + 1) }
        return dots >= 4 ? .boundary(c.runEnd) : .noBoundary
    }
}
