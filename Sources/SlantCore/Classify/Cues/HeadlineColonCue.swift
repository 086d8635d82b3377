/// A headline of the form "Name: claim" ("Pat Caddell: Democrat Voters Worried...") reports
/// the named person's claim.
public struct HeadlineColonCue: Cue {
    public let id = "headline-colon"
    public init() {}
    public func find(in context: SentenceContext) -> [CueEvidence] {
        guard context.sentence.isHeadline,
              let colon = context.tokens.firstIndex(where: { $0.key == ":" }), colon > 0, colon <= 5,
              colon + 1 < context.tokens.count else { return [] }
        let before = context.tokens[0..<colon]
        guard before.allSatisfy({ $0.isCapitalized || $0.key == "'s" || $0.kind == .punctuation }),
              before.contains(where: { $0.kind == .word }) else { return [] }
        return [context.evidence(id, tokens: 0..<(colon + 1), effect: .attribution, weight: 1.5,
                                 note: "headline attributes its claim to the name before the colon")]
    }
}
