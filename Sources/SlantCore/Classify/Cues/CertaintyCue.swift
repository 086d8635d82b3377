/// Certainty markers in the outlet's voice ("undoubtedly", "clearly", "of course"): the outlet
/// vouches for a judgement instead of reporting a fact.
public struct CertaintyCue: Cue, ListedKindCue {
    public var id: String { "certainty" }
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.certainty) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: editorialKinds, note: "certainty marker in the outlet's voice", in: context, into: &result)
    }
}
