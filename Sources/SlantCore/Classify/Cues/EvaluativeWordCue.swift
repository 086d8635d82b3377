/// Evaluative adjectives and adverbs and intensifiers in the outlet's voice ("crucial",
/// "dramatically", "ambitious").
public struct EvaluativeWordCue: Cue {
    public let id = "evaluative"
    public init() {}
    public func find(in context: SentenceContext) -> [CueEvidence] {
        EditorialWords.find(id, categories: ["evaluative", "intensifier"], note: "evaluation in the outlet's voice", in: context)
    }
}
