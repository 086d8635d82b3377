/// The period of a list marker at the start of a sentence (`1. The first item`, `a. The first
/// item`, `• 9. The first item`, `⁃9.`, `1.)`) is part of the marker.
enum ListMarkerRule: BoundaryRule {
    static var id: StaticString { "list-marker" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position] == 0x2E, c.position - c.wordStart <= 6 else { return nil }
        let start = InlineList.markerStart(in: t, sentenceStart: c.sentenceStart)
        guard let start else { return nil }
        let token = c.position - start
        if token >= 1, token <= 3, (start..<c.position).allSatisfy({ t.isDigit($0) }) { return .noBoundary }
        if token == 1, t[start] &- 97 < 26 { return .noBoundary }
        return nil
    }
}
