/// Anonymous sourcing ("officials said", "sources familiar with", "people close to").
public struct AnonymousSourceCue: Cue, ListedKindCue {
    public var id: String { "anonymous-source" }
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.anonymous) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        context.scanAttributions(stepOverDeclined: false) { i, kind, length in
            guard kind == .anonymous, let (entry, _) = context.attributionWord(at: i) else { return false }
            result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                           weight: entry.weight, note: entry.note ?? "anonymous source"))
            return true
        }
    }
}
