/// The byte-level scan behind `SentenceSplitter`: finds candidates, asks the rules, collects ranges.
///
/// Bytes that cannot matter (most letters, digits, spaces) are skipped with one table lookup
/// each. A paragraph break (a blank line or U+2029) always ends a sentence and resets all state,
/// so text split paragraph by paragraph gives the same sentences as text split whole (the
/// streaming splitter relies on this). The state lives in the struct, not in closures, so the
/// hot loop has no boxed variables and no dynamic exclusivity checks.
struct Scanner {
    let t: ScanText
    let splitter: SentenceSplitter
    /// `Abbreviations.midLinePrefixes`, held here so the scan loop reads it without a reference count.
    private let midLinePrefixes: [Bool]
    /// The sentences found: trimmed byte range and the id of the rule that ended each.
    var out: [(Range<Int>, StaticString)] = []
    private var start: Int
    private var lineStart: Int
    private var inQuote = false
    private var quoteStart = -1
    private var forced = Int.max
    private var forcedRule: StaticString = "none"
    /// A sentence ended with no space before the next one in this paragraph (`1967.Russia`).
    private var sawGlue = false

    init(t: ScanText, splitter: SentenceSplitter) {
        self.t = t
        self.splitter = splitter
        midLinePrefixes = splitter.abbreviations.midLinePrefixes
        start = t.lower
        lineStart = t.lower
    }

    /// Byte classes: 0 for bytes skipped without a look. Allocated once, never freed; written
    /// only while it is initialised (once, thread-safely), then only read.
    nonisolated(unsafe) static let table: UnsafeMutablePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for c in [0x0A, 0x22, 0x2E, 0x3F, 0x21, 0xE2, 0x3A] { table[c] = 1 }
        for c in 0x41...0x5A { table[c] = 2 }  // capitals: glued text
        return table
    }()

    private mutating func flush(_ at: Int, _ rule: StaticString) {
        if let r = t.trim(start..<at) { out.append((r, rule)) }
        start = at
        (forced, forcedRule) = at < t.upper ? forcedSplit(after: at) : (Int.max, "none")
    }

    /// Scans the whole range; the sentences are in `out`.
    mutating func run() {
        guard t.upper > t.lower else { return }
        let b = t.b
        let upper = t.upper
        let table = Self.table
        guard let base = b.baseAddress else { return }
        (forced, forcedRule) = forcedSplit(after: start)
        var i = t.lower
        while i < upper {
            let stop = min(upper, forced)
            while i < stop {
                // Eight bytes at a time while none can matter (most of any text); else straight to
                // the first that may (a capital in the middle of the eight was reached byte by
                // byte, each step testing eight bytes again), and byte by byte from there.
                if i + 8 <= stop {
                    let may = Self.mayMatterBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian)
                    if may == 0 {
                        i += 8
                        continue
                    }
                    i += may.trailingZeroBitCount &>> 3
                }
                if table[Int(b[i])] != 0 { break }
                i += 1
            }
            if i >= upper { break }
            if i >= forced {
                flush(forced, forcedRule)
                continue
            }
            switch b[i] {
            case 0x0A:
                i = lineBreak(at: i, width: 1)
            case 0x3A:
                // A colon after a capitalised word that follows a space: a caption label?
                var s = i
                while s > lineStart, t[s - 1] &- 97 < 26, i - s < 12 { s -= 1 }
                if s < i, s - 1 > lineStart, t.isUpper(s - 1), t[s - 2] == 0x20 { capital(at: s - 1) }
                i += 1
            case 0x22:
                inQuote = quoteOpens(i, inQuote: inQuote)
                quoteStart = inQuote ? i : -1
                i += 1
            case 0x2E, 0x3F, 0x21:
                i = terminator(at: i)
            case 0xE2:
                if t.isParagraphSeparator(i) {
                    flush(i, "paragraph-break")
                    inQuote = false
                    quoteStart = -1
                    sawGlue = false
                    // On at the run's last break: a flush per separator of a run looked ahead
                    // over the rest of it each time (as `lineBreak` avoids for line feeds).
                    i = t.lastBreak(inSpacesFrom: i + 3) ?? i + 3
                    lineStart = i
                } else if t.isLineBreak(i) {
                    i = lineBreak(at: i, width: 3)
                } else if t.terminatorWidth(i) != nil {
                    i = terminator(at: i)
                } else {
                    // Curly double quotes open and close by direction; a ” typed where a quotation
                    // opens (after a space or line break, before a word) opens it, as QuoteFinder reads it.
                    if t[i + 1] == 0x80, t[i + 2] == 0x9C { quoteStart = i; inQuote = true }
                    if t[i + 1] == 0x80, t[i + 2] == 0x9D {
                        if QuoteFinder.closingMarkOpens(before: i > t.lower ? t[i - 1] : 0x0A, after: i + 3 < t.upper ? t[i + 3] : 0x20) {
                            quoteStart = i
                            inQuote = true
                        } else {
                            quoteStart = -1
                            inQuote = false
                        }
                    }
                    i += 1
                }
            default:
                // Only capitals glued to a word, colon or quote reach the rules (caption labels
                // are found at their colon, date lines at the start of a sentence).
                if i > lineStart {
                    if Self.capitalMayMatter(t, i) {
                        capital(at: i)
                    } else if t[i - 1] == 0x20, t[i + 1] &- 97 < 26, midLinePrefixes[Int(b[i] &- 65) &* 26 &+ Int(b[i + 1] &- 97)] {
                        spacedCapital(at: i)
                    }
                }
                i += 1
            }
        }
        flush(upper, "end-of-text")
    }

    /// Bit 7 of the first of eight bytes (in memory order) that may be one the table marks, and
    /// maybe of later ones: 0 when none may. The lowest bit set is exact: a non-ASCII byte, a
    /// capital, or one of \n " . ? ! : (each test below is exact up to its first match; past
    /// it a borrow may set bits of bytes that do not match, which are never the lowest).
    @inline(__always)
    static func mayMatterBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        // Capitals among the bytes with bit 7 cleared first, so that no sum carries into the
        // next byte.
        let x = w & ~high
        let atLeastA = (x &+ ones &* 0x3F) & high, pastZ = (x &+ ones &* 0x25) & high
        @inline(__always) func has(_ v: UInt64) -> UInt64 {
            let y = w ^ (ones &* v)
            return (y &- ones) & ~y & high
        }
        return (w & high) | (atLeastA & ~pastZ) | has(0x0A) | has(0x22) | has(0x2E) | has(0x3F) | has(0x21) | has(0x3A)
    }

    private mutating func capital(at i: Int, _ rules: [any BoundaryRule.Type]? = nil) {
        let cand = Candidate(kind: .capital, position: i, runEnd: i, next: i, lineBreaks: 0,
                             sentenceStart: start, lineStart: lineStart, closesQuote: false, inQuote: inQuote,
                             inGluedText: sawGlue)
        let (verdict, rule) = decide(cand, rules ?? splitter.capitalRules)
        if case .boundary(let at) = verdict, at > start, t.trim(start..<at) != nil {
            flush(at, rule)
            if rules == nil { sawGlue = true }
        }
    }

    /// Where the sentence starting at `start` must end whatever comes between: before the next
    /// item of an inline list, or after a leading date line (`Thursday, May 7, 2015 On Tuesday`).
    func forcedSplit(after start: Int) -> (Int, StaticString) {
        if let next = InlineList.nextItem(in: t, sentenceStart: start) { return (next, "inline-list") }
        if let next = GluedDateLineRule.afterLeadingDateLine(t, sentenceStart: start) { return (next, "glued-date-line") }
        return (Int.max, "none")
    }

    /// A capital after a space, before a lower-case letter: only a listed mid-line opener (`The`,
    /// `In`) after a word and before a lower-case word goes to the rules; most such capitals start
    /// names. Kept out of line: the scan loop stays small.
    @inline(never)
    private mutating func spacedCapital(at i: Int) {
        if Self.mayOpenMidLine(t, i, splitter.abbreviations) { capital(at: i, splitter.spacedCapitalRules) }
    }

    @inline(__always)
    static func mayOpenMidLine(_ t: ScanText, _ i: Int, _ abbreviations: Abbreviations) -> Bool {
        let p = t[i - 2]
        guard p &- 97 < 26 || p &- 65 < 26 || p &- 48 < 10 else { return false }
        var e = i + 1
        while t[e] &- 97 < 26 { e += 1 }
        guard t[e] == 0x20, t[e + 1] &- 97 < 26, e - i <= 9 else { return false }
        return abbreviations.isMidLineOpener(t.b, i..<e)
    }

    @inline(__always)
    static func capitalMayMatter(_ t: ScanText, _ i: Int) -> Bool {
        let p = t[i - 1]
        if p &- 97 < 26 || p &- 48 < 10 || p == 0x3A || p == 0x22 || p == 0x27 || p == 0x9D && t[i - 3] == 0xE2 { return true }
        if p == 0x99 && t[i - 3] == 0xE2 { return true }
        return false
    }

    /// Handles a line break at `i`: a paragraph break ends the sentence; a single one asks the
    /// line rules. Returns where to go on.
    private mutating func lineBreak(at i: Int, width: Int) -> Int {
        var j = i + width
        while j < t.upper, let w = t.horizontalSpaceWidth(j) { j += w }
        if j < t.upper, t.isLineBreak(j) || t.isParagraphSeparator(j) {
            // The whole run of blank lines at once: one flush for it, where a flush per blank
            // line looked ahead over the rest of the run each time (its forced split skips the
            // spaces before the next sentence), quadratic in the run's length.
            let next = t.lastBreak(inSpacesFrom: j) ?? j
            flush(i, "paragraph-break")
            inQuote = false
            quoteStart = -1
            sawGlue = false
            lineStart = next
            return next
        }
        if j < t.upper, t.trim(start..<i) != nil {
            let cand = Candidate(kind: .lineBreak, position: i, runEnd: i + width, next: j, lineBreaks: 1,
                                 sentenceStart: start, lineStart: lineStart, closesQuote: false)
            let (verdict, rule) = decide(cand, splitter.lineRules)
            if case .boundary(let at) = verdict { flush(at, rule) }
        }
        lineStart = i + width
        return i + width
    }

    /// Handles a run of terminators starting at `i`. Returns where to go on.
    private mutating func terminator(at i: Int) -> Int {
        var k = i
        var closes = false
        var onlyPeriods = true
        while k < t.upper {
            if let w = t.terminatorWidth(k) {
                if t[k] != 0x2E { onlyPeriods = false }
                k += w
                continue
            }
            // Spaced ellipsis: ". . ." continues a run of periods.
            if onlyPeriods, !closes, t[k] == 0x20, t[k + 1] == 0x2E { k += 2; continue }
            if t[k] == 0x22 {
                guard !quoteOpens(k, inQuote: inQuote) else { break }
                inQuote = false
                closes = true
                k += 1
                continue
            }
            if let w = t.closingWidth(k) {
                if t[k] == 0xE2, t[k + 2] == 0x9D { inQuote = false }
                // An apostrophe glued to a letter ("Jr.'s") closes nothing.
                if t[k] == 0x27, t.isASCIILetter(k + 1) { break }
                closes = true
                k += w
                continue
            }
            // A reference mark glued after the terminator (`martyr.[1]`, `July.[17][18]`, as
            // text copied from wiki pages has) belongs to the sentence it ends.
            if t[k] == 0x5B, let w = t.referenceMarkWidth(k) {
                k += w
                continue
            }
            break
        }
        let (next, breaks) = t.skipSpaces(from: k)
        if !inQuote { quoteStart = -1 }
        if next >= t.upper || breaks >= 2 { return k }
        let cand = Candidate(kind: .terminator, position: i, runEnd: k, next: next, lineBreaks: breaks,
                             sentenceStart: start, lineStart: lineStart, closesQuote: closes, inQuote: inQuote,
                             quoteStart: inQuote ? quoteStart : -1,
                             wordStart: t[i] == 0x2E ? t.wordStart(before: i, notBefore: start) : i)
        let (verdict, rule) = decide(cand, splitter.terminatorRules)
        if case .boundary(let at) = verdict, at > start {
            flush(at, rule)
            if cand.glued { sawGlue = true }
            return at
        }
        return k
    }

    /// Asks the rules in order; the first that decides wins. No rule: a boundary at `runEnd`
    /// for terminators and line breaks, none for glue.
    @inline(__always)
    func decide(_ c: Candidate, _ rules: [any BoundaryRule.Type]) -> (verdict: Verdict, rule: StaticString) {
        for rule in rules {
            if let v = rule.decide(c, in: t, abbreviations: splitter.abbreviations) { return (v, rule.id) }
        }
        return c.kind == .capital ? (.noBoundary, "none") : (.boundary(c.runEnd), "default")
    }

    /// Whether the straight double quote at `i` opens a quotation: after a space or bracket it
    /// opens, before a space or punctuation it closes, and glued on both sides (`NATO."The`,
    /// `Armenia."We`) it does whatever the quotes before it in the paragraph call for.
    func quoteOpens(_ i: Int, inQuote: Bool) -> Bool {
        let p = t[i - 1]
        let afterSpace = i <= t.lower || t.trailingSpaceWidth(i) != nil || p == 0x28 || p == 0x5B || p == 0x7B
            || p == 0x94 && t[i - 3] == 0xE2 || p == 0x2D && t.spaceWidth(i - 2) != nil
        let n = t[i + 1]
        let beforeSpace = i + 1 >= t.upper || t.spaceWidth(i + 1) != nil || n == 0x2C || n == 0x2E || n == 0x3B
            || n == 0x3A || n == 0x3F || n == 0x21 || n == 0x29 || n == 0x5D
        if afterSpace, !beforeSpace { return true }
        if beforeSpace, !afterSpace { return false }
        return !inQuote
    }
}
