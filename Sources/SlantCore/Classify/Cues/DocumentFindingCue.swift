/// What a document found: a finding verb ("shows", "found") within a few words after a
/// document word from `source-words.tsv` ("a new poll shows", "the report found").
///
/// Without the document word these verbs are ordinary ("police found the car"), so they need it,
/// unless a clause of content follows them ("he found that incomes grew"): then whoever found
/// or showed it is the source.
public struct DocumentFindingCue: Cue, ListedKindCue {
    public var id: String { "document-finding" }
    /// How far back the document word may stand ("a Gallup poll released Monday shows", "a
    /// survey of delegates, who pick the nominee, found", "a study by the liberal watchdog group
    /// Media Matters found": a document's subject phrase often names its author and date. On
    /// PolNeAR train a document word 8 to 14 words back came with an attribution 13 times in 14).
    static let window = 14
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.finding) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where i > 0 && !context.inQuote[i] {
            guard let (entry, length) = context.attributionWord(at: i, kind: .finding) else { continue }
            let hasDocument = (max(0, i - Self.window)..<i).contains { context.words.sourceKind(tokens[$0]) == "document" }
            let hasContent = i + length < tokens.count && tokens[i + length].word == .that
            if hasDocument || hasContent {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution, weight: entry.weight,
                                               note: hasDocument ? entry.note ?? "what a document found" : "a finding reported with its content ('found that')"))
            }
        }
    }
}
