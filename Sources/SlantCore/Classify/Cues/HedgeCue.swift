/// Hedges and speculation in the outlet's voice ("may", "could", "likely", "is expected to").
public struct HedgeCue: Cue, ListedKindCue {
    public var id: String { "hedge" }
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.hedge, .speculation) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: editorialKinds, note: "speculation in the outlet's voice", in: context, into: &result)
    }
}
