/// Hedges and speculation in the outlet's voice ("may", "could", "likely", "is expected to").
public struct HedgeCue: Cue {
    public var id: String { "hedge" }
    static var categories: SentenceContext.KindSet { SentenceContext.KindSet(.hedge, .speculation) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: Self.categories, note: "speculation in the outlet's voice", in: context, into: &result)
    }
}
