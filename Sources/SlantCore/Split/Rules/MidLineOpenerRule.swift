/// A caption, teaser or list item that a scraper glued to the next sentence with only a space
/// (`received the largest vote in any geographical constituency In the New Territories West`,
/// `Image caption The leading candidates`, `spending stalemate This week`) ends before the
/// capitalised opener. Only the openers marked `mid-line` in `Lexicons/sentence-starters.tsv`
/// count (The, In, This, He, ...), capitalised but not in capitals (`perhaps THE thing`), and
/// only where nothing else explains the capital:
/// - the opener is followed by a lower-case word that is not a joiner (`Love It or Leave It`,
///   `Bring It to the Table`, `Cohen Told Congress He and Trump`: title case);
/// - the word before is a plain word or number that can end a sentence: not itself an opener
///   (`in His truth`, `at In a State of Migration`, `the She the People Forum`), not an
///   auxiliary (`Enrollment Is On the Decline`) and not a possessive (`Fox News Channel's On the
///   Record`).
enum MidLineOpenerRule: BoundaryRule {
    static var id: StaticString { "mid-line-opener" }

    /// Words that join a title-case phrase after the opener.
    static let joiners: Set<String> = ["and", "or", "nor", "to", "of", "for", "with", "vs"]
    /// Words a sentence does not end on, beyond the opener list (which holds the function words).
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am",
                                           "has", "have", "had", "do", "does", "did", "will", "would",
                                           "shall", "should", "can", "could", "may", "might", "must",
                                           "not", "than", "into", "onto", "upon", "about", "over", "via"]

    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        let i = c.position
        guard t[i - 1] == 0x20, t.isASCIILetter(i - 2) || t.isDigit(i - 2) else { return nil }
        // The opener, then one space and a lower-case word that is not a joiner.
        let e = t.letterRunEnd(i)
        // Capitalised, not in capitals (`one of those things, perhaps THE thing, was`).
        guard e > i, e == i + 1 || t[i + 1] &- 97 < 26, t[e] == 0x20, t[e + 1] &- 97 < 26, abbreviations.isMidLineOpener(t.b, i..<e) else { return nil }
        let f = t.letterRunEnd(e + 1)
        guard t.spaceWidth(f) != nil || t[f] == 0x2C, !joiners.contains(t.lowerString(e + 1..<f)) else { return nil }
        // The word before: letters or digits back to a space, not a function word.
        var s = i - 2
        while s > c.lineStart, t.isASCIILetter(s - 1) || t.isDigit(s - 1) || t[s - 1] == 0x2D { s -= 1 }
        guard s == c.lineStart || t.spaceWidth(s - 1) != nil else { return nil }
        let word = s..<(i - 1)
        if abbreviations.isOpener(t.b, word) || abbreviations.kind(t.b, word) != nil || auxiliaries.contains(t.lowerString(word)) {
            return nil
        }
        return .boundary(i)
    }
}
