/// Sweeping words outside quotations ("everyone", "nothing", "no one", "ever", "such"): a claim
/// about all or none of something, or a thing held up as an example of its kind, is the writer
/// generalising, where a report names who did what.
public struct SweepingClaimCue: Cue, ListedKindCue {
    public var id: String { "sweeping" }
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.sweeping) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: editorialKinds, note: "sweeping claim", in: context, into: &result)
    }
}
