/// A single capital letter with a period is an initial (`Jonas E. Smith`, `J. R. R. Tolkien`,
/// `George W. Bush`, `Albert I. Jones`) unless it follows a lower-case word and a new sentence
/// plainly starts: `you and I. Did you`, `vitamin C. The study`.
enum InitialRule: BoundaryRule {
    static var id: StaticString { "initial" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position] == 0x2E else { return nil }
        let s = c.wordStart
        let width = c.position - s
        guard width == 1 && t.isUpper(s) || width == 2 && t[s] == 0xC3 && t.isUpper(s) else { return nil }
        if c.glued { return .noBoundary }
        // The word before the initial: a lower-case one means the letter is a word of its own.
        var p = s
        while p > c.sentenceStart, let w = t.trailingSpaceWidth(p) { p -= w }
        let prevStart = t.tokenStart(before: p, notBefore: c.sentenceStart)
        let afterLowerWord = p > prevStart && t.isLower(prevStart)
        guard afterLowerWord else { return .noBoundary }
        if t[s] == 0x49 && t.isUpper(t.afterOpenings(c.next)) { return .boundary(c.runEnd) }  // the pronoun I
        return t.startsOpener(c.next, abbreviations) ? .boundary(c.runEnd) : .noBoundary
    }
}
