/// First and second person outside quotations ("we", "our", "you"): the writer speaks as a person.
public struct PersonalVoiceCue: Cue, ListedKindCue {
    public var id: String { "personal-voice" }
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.personal) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: editorialKinds, note: "first or second person outside quotes", in: context, into: &result)
    }
}
