/// Lists written on one line (`1.) The first item 2.) The second item`, `a. The first item
/// b. The second item`, `• 9. The first item • 10. The second item`): when a sentence starts
/// with a list marker, it ends before the next marker in sequence on the same line.
enum InlineList {
    /// The longest inline list item looked through for the next marker.
    static let maxItemBytes = 3000

    /// The start of a numbered or lettered marker at the start of a sentence (after any bullet),
    /// or nil.
    static func markerStart(in t: ScanText, sentenceStart: Int) -> Int? {
        var k = sentenceStart
        while k < t.upper, let w = t.spaceWidth(k) { k += w }
        if let w = bulletWidth(t, k) {
            k += w
            while k < t.upper, let w = t.horizontalSpaceWidth(k) { k += w }
        }
        return t.isDigit(k) || t[k] &- 97 < 26 ? k : nil
    }

    /// Width of a bullet: • (U+2022), ⁃ (U+2043), ◦ (U+25E6), ▪ (U+25AA).
    static func bulletWidth(_ t: ScanText, _ i: Int) -> Int? {
        guard t[i] == 0xE2 else { return nil }
        let d = t[i + 1], e = t[i + 2]
        if d == 0x80 && e == 0xA2 || d == 0x81 && e == 0x83 || d == 0x97 && e == 0xA6 || d == 0x96 && e == 0xAA { return 3 }
        return nil
    }

    /// Where the next item starts, if the sentence starting at `start` is a list item and the
    /// next marker in sequence follows on the same line.
    static func nextItem(in t: ScanText, sentenceStart start: Int) -> Int? {
        var k = start
        while k < t.upper, let w = t.spaceWidth(k) { k += w }
        let itemStart = k
        var bullet: [UInt8] = []
        if let w = bulletWidth(t, k) {
            bullet = (k..<k + w).map { t[$0] }
            k += w
            while k < t.upper, let w = t.horizontalSpaceWidth(k) { k += w }
        }
        let bulletGap = k - itemStart - bullet.count > 0
        // The marker: 1-3 digits or one lower-case letter, then ".", ")" or ".)", then a space.
        var expected: [UInt8]
        let markerStart = k
        if t.isDigit(k) {
            var value = 0
            while t.isDigit(k), k - markerStart < 3 { value = value * 10 + Int(t[k] - 48); k += 1 }
            if t.isDigit(k) { return nil }
            expected = Array(String(value + 1).utf8)
        } else if t[k] &- 97 < 26, !t.isASCIILetter(k + 1) {
            guard t[k] < 0x7A else { return nil }
            expected = [t[k] + 1]
            k += 1
        } else if !bullet.isEmpty {
            expected = []
        } else {
            return nil
        }
        let punctStart = k
        if !expected.isEmpty {
            if t[k] == 0x2E { k += 1 }
            if t[k] == 0x29 { k += 1 }
            guard k > punctStart, t[k] == 0x20 else { return nil }
            expected += (punctStart..<k).map { t[$0] }
        }
        let pattern = bullet + (bulletGap && !bullet.isEmpty && !expected.isEmpty ? [0x20] : []) + expected
        guard !pattern.isEmpty else { return nil }
        // Search the rest of the line for " " + pattern + " ", up to `maxItemBytes` on: asked at
        // every sentence start, a search to the end of a long line made a line of many
        // unfinished items ("1. 1. 1. ...") quadratic.
        var i = k
        let limit = Swift.min(t.upper, k + maxItemBytes)
        while i < limit, !t.isLineBreak(i) {
            if t[i] == 0x20, t[i + 1] == pattern[0] {
                var ok = true
                for (n, c) in pattern.enumerated() where t[i + 1 + n] != c { ok = false; break }
                if ok, t.spaceWidth(i + 1 + pattern.count) != nil || expected.isEmpty { return i + 1 }
            }
            i += 1
        }
        return nil
    }
}
