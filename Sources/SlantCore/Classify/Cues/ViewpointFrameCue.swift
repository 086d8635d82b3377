/// A sentence framed as someone's view by an opening "To X," ("To many economists, the plan is
/// a gamble", "To Sexton, Tuesday marked a turning point", "To them, it signals a new phase"):
/// what follows the comma is how it looks to X, not the outlet's own claim.
///
/// X must name people: a name (a capitalised word that is no time), "him", "her" or "them", or a
/// noun phrase whose last word `source-words.tsv` lists as a kind of speaker other than a
/// document ("some experts", "the canvassers"). So "To date,", "To some extent,", "To be sure,",
/// "To this end," and "To Anthony's credit," frame nothing; "To me," and "To us," are the
/// writer's own voice (`PersonalVoiceCue`), not someone else's view.
public struct ViewpointFrameCue: Cue {
    public var id: String { "viewpoint-frame" }
    static let toWord = WordKey("to")
    /// The longest noun phrase read between "To" and its comma.
    static let maxWords = 8
    /// Nouns of "To" phrases that measure or concede, not frame a view ("To the extent",
    /// "To some degree", "To his credit").
    static let notFrames: WordSet = ["extent", "degree", "credit", "contrary", "point"]
    public init() {}

    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        // "To" opens the sentence, after any opening conjunction ("But to many voters, ...").
        var s = 0
        while s < tokens.count, context.tokenSets[s].contains(.openingConjunctions), !context.inQuote[s] { s += 1 }
        guard s + 3 < tokens.count, tokens[s].word == Self.toWord, tokens[s].isCapitalized || s > 0, !context.inQuote[s],
              // (Not a headline, whose capitals say nothing: "To Stop Trump, GOP Leaders ...".)
              !LoadedLanguageScorer.isHeadlineCase(tokens) else { return }
        guard let comma = Self.frameEnd(context, from: s + 1) else { return }
        result.append(context.evidence(id, tokens: s..<comma, effect: .attribution, weight: 1.0,
                                       note: "an opening 'To X,' frames the sentence as X's view"))
    }

    /// The comma that closes the noun phrase naming people after "To" at token `start`, when
    /// the phrase qualifies and a clause follows the comma; nil otherwise.
    static func frameEnd(_ context: SentenceContext, from start: Int) -> Int? {
        let tokens = context.tokens
        var k = start
        while k < tokens.count, k - start < maxWords, tokens[k].kind == .word || tokens[k].word == .possessive
                || tokens[k].word == .period && k > start && tokens[k - 1].isCapitalized && tokens[k - 1].keyCount <= 4,
              !context.inQuote[k] {
            k += 1
        }
        guard k > start, k + 1 < tokens.count, tokens[k].word == .comma, !context.inQuote[k],
              tokens[k + 1].kind == .word else { return nil }
        // The phrase opens with a name, a determiner or a quantifier, or is one word: a
        // lower-case word first is most often an infinitive's verb ("To win over skeptics,
        // Clinton ...", "To stop Ted Cruz, the party ...").
        let first = tokens[start]
        guard first.isCapitalized || context.tokenSets[start].contains(.determiners) || context.tokenSets[start].contains(.quantifiers)
                || k - start == 1 else { return nil }
        // Not a clause ("To the extent she talks about Trump,") nor a measure of degree.
        guard !(start..<k).contains(where: { SourceFinder.subjectPronouns.contains(tokens[$0]) || notFrames.contains(tokens[$0]) })
        else { return nil }
        let head = tokens[k - 1]
        // ("To Anthony's credit,": a possessive's noun is the head, and it names no one.)
        if head.kind != .word { return nil }
        if head.isCapitalized {
            // A name, not a time ("To January,") nor a lone title's abbreviation.
            return SourceFinder.isTime(head) || context.tokenSets[k - 1].contains(.determiners) ? nil : k
        }
        if k - start == 1, SourceFinder.personalObjectPronouns.contains(head) { return k }
        guard let kind = context.words.sourceKind(head), kind != "document", kind != "pronoun" else { return nil }
        return k
    }
}
