/// Attribution phrases ("according to", "in a statement", "quoted as saying").
public struct AttributionPhraseCue: Cue, ListedKindCue {
    public var id: String { "attribution-phrase" }
    /// The kinds of listed word the cue acts on.
    static var kinds: SentenceContext.KindSet { SentenceContext.KindSet(.phrase, .noun) }
    var attributionKinds: SentenceContext.KindSet { Self.kinds }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        context.scanAttributions(stepOverDeclined: false) { i, kind, length in
            guard kind == .phrase || kind == .noun, let (entry, _) = context.attributionWord(at: i) else { return false }
            result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution,
                                           weight: entry.weight, note: entry.note ?? "attribution phrase"))
            return true
        }
    }
}
