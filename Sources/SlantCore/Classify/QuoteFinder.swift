/// Finds direct quotations in an article: byte ranges that include the quote marks.
///
/// Curly quotes pair by direction; straight double quotes pair in order. A quotation may run
/// over several sentences; one left open at a paragraph break continues when the next
/// paragraph opens with a quote mark (the newspaper convention), and is dropped otherwise.
public enum QuoteFinder {
    public static func quotes(in b: [UInt8], ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges {
            var open: Int?
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let c = b[i]
                if c == 0x0A {
                    // Paragraph break with an open quote: keep it open only if the next paragraph
                    // starts with an opening quote.
                    var j = i + 1
                    while j < end, b[j] == 0x0A || b[j] == 0x0D || b[j] == 0x20 || b[j] == 0x09 { j += 1 }
                    if j > i + 1, open != nil, j < end, !(isOpen(b, j, end) || b[j] == UInt8(ascii: "\"")) {
                        let hadBlank = b[(i + 1)..<j].contains(0x0A)
                        if hadBlank { open = nil }
                    }
                    i += 1
                    continue
                }
                if c == UInt8(ascii: "\"") {
                    if let o = open {
                        // A straight quote right after a paragraph break that re-opens a running quote.
                        result.append(o..<(i + 1))
                        open = nil
                    } else {
                        open = i
                    }
                    i += 1
                    continue
                }
                if isOpen(b, i, end) {
                    if open == nil { open = i }
                    i += 3
                    continue
                }
                if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x9D {
                    if let o = open {
                        result.append(o..<(i + 3))
                        open = nil
                    }
                    i += 3
                    continue
                }
                i += 1
            }
        }
        return result
    }

    /// “ (U+201C)
    static func isOpen(_ b: [UInt8], _ i: Int, _ end: Int) -> Bool {
        i + 2 < end && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x9C
    }
}
