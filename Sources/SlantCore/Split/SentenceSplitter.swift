/// Splits text into sentences, keeping each sentence's byte range in the original input.
///
/// Works on UTF-8 bytes. A scanner finds candidate ends (runs of terminators, line breaks,
/// capitals glued to the word before) and asks small rules, one type per file in `Rules/`, in
/// the order listed below; the first rule that decides wins. Ranges are kept from the moment a
/// sentence is found, never recovered by searching for its text. Two decisions are made once at
/// the start of each sentence instead (`Scanner.forcedSplit`): an inline list item ends before
/// the next marker (`InlineList`), and a leading date line ends before the capital that follows
/// it on the same line (`GluedDateLineRule.afterLeadingDateLine`).
public struct SentenceSplitter: Sendable {
    public let abbreviations: Abbreviations

    /// Rules for a run of terminators (`.`, `?`, `!`, `…`, spaced ellipses, with any closing
    /// quotes and brackets). Order matters where two rules would disagree:
    let terminatorRules: [any BoundaryRule.Type] = [
        // Elisions and addresses first: their periods are never ends, whatever follows.
        BracketedEllipsisRule.self,
        AddressRule.self,
        // Before any word-based rule: digits after the period make it a number (3.5, No.5).
        GluedDigitRule.self,
        // Glued letter groups (`Ph.D.`, `U.S.A.`) before anything that ends a sentence at a capital.
        LetterGroupRule.self,
        // Before the quote and ellipsis rules: `"Great." she said` and `... well` go on.
        LowercaseNextRule.self,
        // Before the general ellipsis rule, which would end every `. . .` before a capital.
        SpacedEllipsisRule.self,
        // Before the closing-quote rule: `1.)` closes a bracket but is a list marker.
        ListMarkerRule.self,
        // Before the closing-quote and strong-terminator rules: inside a quotation they would end it.
        EmbeddedQuotationRule.self,
        AttributionDashRule.self,
        // A closing quote decides before the word inside it (`an "Asian NATO."The US Army`).
        ClosingQuoteRule.self,
        // ? ! … and period runs end a sentence; abbreviations only matter for a single period.
        StrongTerminatorRule.self,
        // Titles before numeric ones: `No.` is not a title, but `St.` before a number is.
        TitleAbbreviationRule.self,
        NumericAbbreviationRule.self,
        // Initials before letter groups: `E.` is an initial, `E.U.` an ambiguous abbreviation.
        InitialRule.self,
        AmbiguousAbbreviationRule.self,
        // Anything else (a word, a number, a closing bracket): the sentence ends.
    ]

    /// Rules for a single line break inside a paragraph (a blank line always ends a sentence).
    let lineRules: [any BoundaryRule.Type] = [
        // The terminator rules already saw this break when the line ends in punctuation.
        TerminatedLineRule.self,
        // Before the wrapped-line rule: list lines may start lower-case.
        ShortLinesRule.self,
        WrappedLineRule.self,
        // Otherwise the line was a headline, subhead, byline or list item.
        HeadlineRule.self,
    ]

    /// Rules for a capital with no terminator before it (mostly scraped text glued together).
    /// None decides unless it recognises something; then the order does not matter.
    let capitalRules: [any BoundaryRule.Type] = [
        GluedDateLineRule.self,
        CaptionCreditRule.self,
        GluedColonRule.self,
        GluedQuoteRule.self,
        CamelJoinRule.self,
    ]

    /// Rules for a capital after a plain space that follows a word (asked only when none of the
    /// rules above was: most such capitals are names).
    let spacedCapitalRules: [any BoundaryRule.Type] = [
        MidLineOpenerRule.self,
    ]

    public init(abbreviations: Abbreviations) {
        self.abbreviations = abbreviations
    }

    /// Byte ranges of the sentences in `range` of `bytes`, trimmed of surrounding whitespace.
    public func split(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Range<Int>] {
        var result: [Range<Int>] = []
        explain(bytes, in: range) { r, _ in result.append(r) }
        return result
    }

    /// Calls `body` with each sentence's byte range and the id of the rule that ended it
    /// (`default`, `paragraph-break`, `end-of-text`, `headline`, `closing-quote`, ...).
    public func explain(_ bytes: [UInt8], in range: Range<Int>? = nil, _ body: (Range<Int>, StaticString) -> Void) {
        let range = (range ?? 0..<bytes.count).clamped(to: 0..<bytes.count)
        let found = bytes.withUnsafeBufferPointer { scan($0, range) }
        for (r, rule) in found { body(r, rule) }
    }

    func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [(Range<Int>, StaticString)] {
        var scanner = Scanner(t: ScanText(b: buffer, lower: range.lowerBound, upper: range.upperBound), splitter: self)
        scanner.run()
        guard scanner.out.contains(where: { $0.0.count > Self.maxSentenceBytes }) else { return scanner.out }
        return scanner.out.flatMap { Self.cutLong($0.0, rule: $0.1, in: scanner.t) }
    }

    /// The longest sentence, in bytes. The longest in 10 MB of news is 2,373 bytes; a run of
    /// text without a sentence end past this length (a table or a list scraped without
    /// punctuation, a hostile input) is cut, so that no later stage, some of whose checks
    /// compare each word of a sentence with the others, spends time growing with the square
    /// of a sentence's length on it.
    public static let maxSentenceBytes = 4096

    /// A sentence range cut into pieces of at most `maxSentenceBytes`: each ends at the last
    /// whitespace before the limit (or, in one unbroken word, at the last character boundary)
    /// and is trimmed as every sentence is (`ScanText.trim`); every piece but the last is ended
    /// by the rule `length-limit`.
    static func cutLong(_ range: Range<Int>, rule: StaticString, in t: ScanText) -> [(Range<Int>, StaticString)] {
        var pieces: [(Range<Int>, StaticString)] = []
        var start = range.lowerBound
        while range.upperBound - start > maxSentenceBytes {
            var cut = start + maxSentenceBytes
            while cut > start && t.spaceWidth(cut) == nil { cut -= 1 }
            if cut == start {
                cut = start + maxSentenceBytes
                while cut > start + 1 && t[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            if let piece = t.trim(start..<cut) { pieces.append((piece, "length-limit")) }
            start = t.skipSpaces(from: cut).next
        }
        if let rest = t.trim(start..<range.upperBound) { pieces.append((rest, rule)) }
        return pieces
    }

    /// Splits a source text into sentences; without `withText` each sentence's `text` is empty
    /// (for a caller that keeps sentences by their byte ranges).
    public func sentences(in text: SourceText, range: Range<Int>? = nil, withText: Bool = true) -> [Sentence] {
        var sentences: [Sentence] = []
        self.sentences(in: text, range: range, withText: withText, into: &sentences)
        return sentences
    }

    /// `sentences(in:range:withText:)` appended to `sentences`: for a caller that gathers the
    /// sentences of several ranges (an article's paragraphs) in one list, without a list of
    /// its own for each range, copied into the whole and dropped.
    func sentences(in text: SourceText, range: Range<Int>?, withText: Bool, into sentences: inout [Sentence]) {
        let ranges = split(text.bytes, in: range)
        // Exactly once for a list of its own; a list already holding sentences grows by doubling.
        if sentences.isEmpty { sentences.reserveCapacity(ranges.count) }
        for r in ranges {
            sentences.append(Sentence(bytes: r, span: text.span(ofBytes: r), text: withText ? text.text(ofBytes: r) : ""))
        }
    }
}

extension SentenceSplitter {
    /// Builds the splitter from `abbreviations.tsv`, `sentence-starters.tsv` and the verbs of
    /// `attribution-cues.tsv` in `lexicons`, then any user abbreviation files in order (each
    /// overriding earlier entries).
    public init(lexicons: LexiconSet, extraAbbreviations: [(name: String, text: String)] = []) throws {
        let file = try DataFile.parse(try lexicons.text("abbreviations.tsv"), name: "abbreviations.tsv", minColumns: 2, maxColumns: 3)
        let starters = try DataFile.parse(try lexicons.text("sentence-starters.tsv"), name: "sentence-starters.tsv",
                                          minColumns: 1, maxColumns: 2)
        let attribution = try DataFile.parse(try lexicons.text("attribution-cues.tsv"), name: "attribution-cues.tsv",
                                             minColumns: 3, maxColumns: 4)
        var table = try Abbreviations(abbreviations: file, starters: starters, attribution: attribution)
        for extra in extraAbbreviations {
            let overlay = try DataFile.parse(extra.text, name: extra.name, minColumns: 2, maxColumns: 3, requireHeader: false)
            table.add(try Abbreviations.entries(from: overlay))
        }
        self.init(abbreviations: table)
    }
}
