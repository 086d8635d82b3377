/// A closing quotation followed by a dash and a name is one sentence with its attribution:
/// `"So far, it's the Internet: 1, Scientology: 0. But it's a long game." - Matthew Ingram`.
/// Inside the quotation too: the quoted sentences belong to the credited speaker.
enum AttributionDashRule: BoundaryRule {
    static var id: StaticString { "attribution-dash" }
    static func decide(_ c: Candidate, in t: ScanText, abbreviations: Abbreviations) -> Verdict? {
        // At the closing quote itself: a dash and a capital follow.
        if c.closesQuote { return Self.dashThenName(t, c.next) ? .noBoundary : nil }
        // Inside a quotation opened at the sentence start: look for its end on this line.
        guard c.quoteStart >= 0 else { return nil }
        var k = c.runEnd
        // Eight bytes stepped over at once while none of them is a quote, a line break or the
        // first byte of a curly quote or line separator (0x22, 0x0A, 0xE2): the rest of the
        // line is read for every terminator inside a quotation.
        let stop = min(t.upper, c.runEnd + 2048)
        if k >= t.lower, let base = t.b.baseAddress {
            while k + 8 <= stop, !Self.mayStop(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) { k += 8 }
        }
        while k < t.upper, k - c.runEnd < 2048, !t.isLineBreak(k) {
            if t[k] == 0x22 || t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x9D {
                let (next, breaks) = t.skipSpaces(from: k + (t[k] == 0x22 ? 1 : 3))
                return breaks == 0 && Self.dashThenName(t, next) ? .noBoundary : nil
            }
            k += 1
        }
        return nil
    }

    /// Whether any of eight bytes is 0x22, 0x0A or 0xE2 (never false when one is; a false
    /// alarm only sends the scan to its byte loop).
    @inline(__always) static func mayStop(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ v: UInt64) -> UInt64 {
            let x = w ^ (ones &* v)
            return (x &- ones) & ~x & high
        }
        return has(0x22) | has(0x0A) | has(0xE2) != 0
    }

    /// "- Name", "– Name", "— Name" or "― Name" at `i`.
    static func dashThenName(_ t: ScanText, _ i: Int) -> Bool {
        var k = i
        if t[k] == 0x2D { k += 1 } else if t[k] == 0xE2, t[k + 1] == 0x80, t[k + 2] >= 0x93 && t[k + 2] <= 0x95 { k += 3 } else { return false }
        guard t[k] == 0x20 else { return false }
        return t.isUpper(k + 1)
    }
}
