/// A period inside a URL, e-mail address or domain name (`Jane.Doe@example.com`,
/// `https://www.example.50.com/page.html`, `www.bbc.co.uk/news`) is not a sentence end.
///
/// Only periods followed directly by a letter or digit are inside an address: the period after
/// `example.com. Please` still ends the sentence.
enum AddressRule: BoundaryRule {
    static var id: StaticString { "address" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        guard t[c.position] == 0x2E, c.runEnd == c.position + 1, c.glued,
              t.isWordByte(c.next) || t.isDigit(c.next) else { return nil }
        let start = c.wordStart
        var end = c.next
        while end < t.upper, t.spaceWidth(end) == nil, end - start < 2048 { end += 1 }
        var sawAt = false, sawScheme = false
        var i = start
        while i < end {
            if t[i] == 0x40 { sawAt = true }
            if t[i] == 0x3A, t[i + 1] == 0x2F, t[i + 2] == 0x2F { sawScheme = true }
            i += 1
        }
        let www = t[start] | 0x20 == 0x77 && t[start + 1] | 0x20 == 0x77 && t[start + 2] | 0x20 == 0x77 && t[start + 3] == 0x2E
        return sawAt || sawScheme || www ? .noBoundary : nil
    }
}
