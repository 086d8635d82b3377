/// Someone's view of a person or thing as something: "Democrats see him as a liability", "she
/// regarded the deal as a betrayal", "the plan is widely viewed as dead". The judgement
/// after "as" is the viewer's, not the outlet's.
///
/// The verb comes from `attribution-cues.tsv` (kind `perception`) and needs "as" within a few
/// words after it, outside quotations: "saw the film" alone is no view. A view put as a
/// possibility with no one to hold it ("can be seen as the last gasp") is the writer's own.
public struct SeenAsCue: Cue, ListedKindCue {
    public var id: String { "seen-as" }
    /// How far after the verb "as" may stand ("see the first lady's remarks as").
    static let window = 6
    static let asWord = WordKey("as")
    /// Words after "as" that make it a comparison, not a view.
    static let notView: WordSet = ["well", "soon", "much", "long", "far", "many"]
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.perception) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where !context.inQuote[i] && i > 0 {
            guard let (kind, length) = context.attributionKind(at: i), kind == .perception,
                  !VerbContext.isName(context, i), !VerbContext.hasWriterSubject(context, i),
                  !VerbContext.isModalCharacterisation(context, i, length: length) else { continue }
            var j = i + length
            // A title's period ("see Mr. Trump as", "viewed Sen. Smith as") is no boundary.
            while j < tokens.count, j - i <= Self.window, !context.inQuote[j],
                  tokens[j].kind != .punctuation || tokens[j].word == .period && j > i + length && tokens[j - 1].isCapitalized
                    && tokens[j - 1].keyCount <= 4 && j + 1 < tokens.count && tokens[j + 1].isCapitalized {
                if tokens[j].word == Self.asWord {
                    // "as well as", "as soon as": not the view's "as".
                    if j + 1 < tokens.count, Self.notView.contains(tokens[j + 1]) { break }
                    result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution, weight: 1.0,
                                                   note: "someone's view of a person or thing 'as' something"))
                    break
                }
                j += 1
            }
        }
    }
}
