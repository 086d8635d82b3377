/// The outlet frames an attribution with its own evaluation: the sentence is EDITORIAL, and
/// the attribution is still recorded.
///
/// Two shapes: a framing adverb next to a verb of saying ("falsely claimed", "baselessly
/// insisted", one word may stand between), and an evaluative adjective right before a noun
/// of saying ("X's absurd demand", "his baseless claims").
public struct FramedAttributionCue: Cue, ListedKindCue {
    public var id: String { "framed-attribution" }
    /// Both shapes start at a framing adverb or an evaluative adjective: a sentence where
    /// neither kind starts has nothing to frame, and the classifier does not call the cue there.
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet(.framing, .evaluative) }
    static let weight = 3.0
    static let possessors: WordSet = ["his", "her", "their", "its", "the", "this", "these", "that"]
    /// Evaluative adverbs that endorse a claim when they stand by its verb of saying.
    static let endorsing: WordSet = ["rightly", "correctly", "wisely", "sensibly", "aptly", "rightfully", "justifiably", "astutely", "presciently"]
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        func attributionKind(_ j: Int) -> CueWords.Kind? {
            guard j >= 0, j < tokens.count, !context.inQuote[j] else { return nil }
            return context.attributionKind(at: j)?.kind
        }
        for i in context.editorialStarts where !context.inQuote[i] {
            guard let (kind, length) = context.editorialKind(at: i) else { continue }
            switch kind {
            case .framing:
                let window = [i + length, i + length + 1, i - 1, i - 2]
                if window.contains(where: { attributionKind($0) == .verb || attributionKind($0) == .nounVerb }) {
                    result.append(context.evidence(id, tokens: i..<(i + length), effect: .editorial, weight: Self.weight,
                                                   note: "the outlet's own judgement of the attributed claim"))
                }
            case .evaluative:
                // "Critics rightly say", "as she correctly noted": an adverb that endorses the
                // claim frames it as a framing adverb that rejects it does ("falsely claimed").
                if length == 1, Self.endorsing.contains(tokens[i]) {
                    let window = [i + 1, i + 2, i - 1, i - 2]
                    if window.contains(where: { attributionKind($0) == .verb || attributionKind($0) == .nounVerb }) {
                        result.append(context.evidence(id, tokens: i..<(i + 1), effect: .editorial, weight: Self.weight,
                                                       note: "the outlet's own judgement of the attributed claim (endorsed)"))
                        continue
                    }
                }
                // "absurd demand": the adjective sits right before a saying noun, which follows a
                // possessive or determiner ("Smith's", "his", "the").
                let next = i + length
                guard attributionKind(next) == .nounVerb, i > 0 else { continue }
                if tokens[i - 1].keyHasSuffix("'s") || Self.possessors.contains(tokens[i - 1]) {
                    result.append(context.evidence(id, tokens: i..<(next + 1), effect: .editorial, weight: Self.weight,
                                                   note: "the outlet's own judgement of the attributed claim"))
                }
            default:
                continue
            }
        }
    }
}
