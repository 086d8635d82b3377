/// "is", "are", "it's" outside quotations: a statement in the present tense in the outlet's own
/// voice. News reports what happened in the past tense; commentary says what things are ("This
/// is a bad idea"). Weak evidence alone, its weight learned with the others'; after a verb of
/// saying it is the speaker's like any other editorial evidence ("She said the plan is sound").
public struct PresentTenseCue: Cue, ListedKindCue {
    public var id: String { "present-tense" }
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.present) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        EditorialWords.find(id, categories: editorialKinds, note: "present tense in the outlet's voice", in: context, into: &result)
    }
}
