/// A figure in the outlet's voice ("3.5 percent", "$60 billion", "in 2022"): a number or a date
/// is a checkable detail, the stuff of a report rather than of commentary, so it counts
/// against EDITORIAL (its weight in the model is negative). It also tells the descriptive use
/// of an evaluative word from the evaluative one: "a whopping $25,000", "a significant
/// increase of 4%" measure what they qualify.
///
/// One piece of evidence a sentence, at its first figure outside quotations: whether the
/// sentence gives a figure is what counts (a count per figure measured the same on NewsSD
/// train), and a table of numbers would otherwise add a piece of evidence per cell.
public struct FigureCue: Cue {
    public var id: String { "figure" }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        // From the first number on (none before it).
        for k in context.firstNumber..<tokens.count where tokens[k].kind == .number && !context.inQuote[k] {
            result.append(context.evidence(id, tokens: k..<(k + 1), effect: .factual, weight: 1.0,
                                           note: "a figure: a checkable detail"))
            return
        }
    }
}
