/// Modals of obligation in the outlet's voice ("should", "must", "ought to").
public struct ObligationCue: Cue, ListedKindCue {
    public var id: String { "obligation" }
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.obligation) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: editorialKinds, note: "prescription in the outlet's voice", in: context, into: &result)
    }
}
