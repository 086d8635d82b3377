/// Evaluative adjectives and adverbs and intensifiers in the outlet's voice ("crucial",
/// "dramatically", "ambitious").
public struct EvaluativeWordCue: Cue, ListedKindCue {
    public var id: String { "evaluative" }
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.evaluative, .intensifier) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: editorialKinds, note: "evaluation in the outlet's voice", in: context, into: &result)
    }
}
