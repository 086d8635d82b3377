/// A sentence does not start with a lower-case letter: `co. at noon`, `e.g. the`, `Yahoo! in`,
/// `sputnikglobe.com`, `"This is great." she said`, `mean...see`, `vs.-tea party`; nor with a
/// comma, semicolon or closing bracket: `"Leave me alone!", he yelled`, `(D., Wash.), a member`,
/// `(as it was! ).`.
///
/// A lower-case list marker (`(a) Cut taxes.`, `ii) Hello`) starts one when its list is a list
/// of sentences: the marker is a list's first (`a`, `i`), or the sentence ending here began with
/// a marker too. Items of a list that began mid-sentence (`sins: a) Leaving ... b) Refusing`)
/// stay in that sentence.
enum LowercaseNextRule: BoundaryRule {
    static var id: StaticString { "lowercase-next" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let n = t[c.next]
        if n == 0x2C || n == 0x3B || n == 0x29 || n == 0x5D { return .noBoundary }
        // `establishment-vs.-tea party`: a hyphen glued to a lower-case word goes on.
        if n == 0x2D, c.glued, t[c.next + 1] &- 97 < 26 { return .noBoundary }
        guard t.isLower(t.afterOpenings(c.next)) else { return nil }
        if endsLine(c, in: t, abbreviations: abbreviations) { return nil }
        guard let marker = listMarker(t, c.next) else { return .noBoundary }
        if marker == "a" || marker == "i" { return nil }
        let (first, _) = t.skipSpaces(from: c.sentenceStart)
        return listMarker(t, first) != nil ? nil : .noBoundary
    }

    /// A full stop, "?" or "!" at the end of its line ends the sentence whatever the next line
    /// opens with: scrapers put a caption, a credit, markup or a cut fragment there ("unpopular
    /// ObamaCare.\nthe President's idea came", "Bad optics.\n[pullquote]", "...\ntoggle
    /// caption"), so the later rules decide as on any other line. Not after an abbreviation, a
    /// group of letters or an initial ("e.g.\nthe", "co.\nat"), nor an ellipsis.
    static func endsLine(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Bool {
        guard c.kind == .terminator, c.lineBreaks > 0, c.runEnd - c.position <= 4 else { return false }
        let mark = t[c.position]
        if mark == 0x3F || mark == 0x21 { return t[c.position + 1] != 0x2E }
        guard mark == 0x2E, t[c.position + 1] != 0x2E, c.position > c.lineStart, t[c.position - 1] != 0x2E else { return false }
        let s = c.wordStart
        guard s >= 0, c.position - s >= 2 else { return false }
        return abbreviations.kind(t.b, s..<c.position) == nil && !AmbiguousAbbreviationRule.isLetterGroup(t, s..<c.position)
    }

    /// The letters of a list marker at `i` (`(a) `, `(iv) `, `b) `, `iii) `: one letter or a
    /// short Roman numeral, a closing parenthesis and a space before a word), else nil.
    static func listMarker(_ t: ScanText, _ i: Int) -> Substring? {
        var k = t[i] == 0x28 ? i + 1 : i
        let start = k
        while k < t.upper, k - start < 5, t[k] &- 97 < 26 { k += 1 }
        let count = k - start
        guard count >= 1, t[k] == 0x29, t[k + 1] == 0x20, t.isASCIILetter(k + 2) else { return nil }
        var letters = ""
        for j in start..<k {
            if count > 1, t[j] != 0x69, t[j] != 0x76, t[j] != 0x78 { return nil }
            letters.unicodeScalars.append(UnicodeScalar(t[j]))
        }
        return Substring(letters)
    }
}
