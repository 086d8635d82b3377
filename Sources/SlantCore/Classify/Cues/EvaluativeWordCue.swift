/// Evaluative adjectives and adverbs and intensifiers in the outlet's voice ("crucial",
/// "dramatically", "ambitious").
public struct EvaluativeWordCue: Cue {
    public var id: String { "evaluative" }
    static var categories: SentenceContext.KindSet { SentenceContext.KindSet(.evaluative, .intensifier) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: Self.categories, note: "evaluation in the outlet's voice", in: context, into: &result)
    }
}
