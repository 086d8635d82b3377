/// A place where a sentence might end, as the scanner found it.
struct Candidate {
    enum Kind {
        /// A run of terminators (. ? ! …, spaced ellipses) with any closing quotes and brackets.
        case terminator
        /// A single line break (a paragraph break always ends a sentence and is no candidate).
        case lineBreak
        /// A capital letter glued to the word or quote before it (`coastMonday, May 18, 2015`,
        /// `allegations:She`), or starting a word followed by a colon (`demo Image: Nick Moreau.`).
        case capital
    }

    var kind: Kind
    /// Terminator: the first terminator byte. Line break: the \n. Glue: the capital letter.
    var position: Int
    /// The end of the run: after closing quotes and brackets (terminator), after the \n (line
    /// break), or `position` (glue). The default boundary.
    var runEnd: Int
    /// The first byte after the run that is not whitespace (`upper` at the end of the range).
    var next: Int
    /// Line breaks in the whitespace between `runEnd` and `next` (0 when glued or spaced).
    var lineBreaks: Int
    /// Where the current sentence started (untrimmed) and where the current line started.
    var sentenceStart: Int
    var lineStart: Int
    /// The run holds a closing quote or bracket after its terminators.
    var closesQuote: Bool
    /// A straight double quote is open (after the candidate's run).
    var inQuote: Bool = false
    /// Where the open quotation started (its opening quote), or -1.
    var quoteStart: Int = -1
    /// A paragraph join with no space was already found earlier in this paragraph: the text is
    /// scraped paragraphs glued together, and rules for glue may be bolder.
    var inGluedText: Bool = false
    /// For a period: where the word before it starts (`tokenStart`), computed once for all rules.
    var wordStart: Int = -1

    /// True if no whitespace separates the run from what follows.
    var glued: Bool { next == runEnd }
}

/// What a rule says about a candidate.
enum Verdict: Equatable {
    /// The sentence ends at this byte offset (usually the candidate's `runEnd`).
    case boundary(Int)
    /// The sentence goes on.
    case noBoundary
}

/// One decision of the splitter: a small type that looks at a candidate and either decides or
/// passes (returns nil) to the next rule in `SentenceSplitter`'s ordered lists. Rules hold no
/// state, so the lists hold their types and calls need no instance (nor its reference count).
protocol BoundaryRule: Sendable {
    /// A short, stable name for the rule (shown by `slant split --explain`).
    static var id: StaticString { get }
    static func decide(_ c: Candidate, in text: ScanText, abbreviations: Abbreviations) -> Verdict?
}
