/// A sentence that ends with a colon after a speaker and a verb introduces that speaker's words
/// in what follows ("Cruz continued:", "He then listed the qualities a nominee needs:"): the
/// sentence reports a saying even when its verb is not a listed one.
///
/// The speaker opens the sentence: a name (capitalised words, not "Here", "The" or "It") or
/// "he", "she" or "they" (one capitalised word in -s may be a plural noun and is not read as
/// a name); then at most two adverbs and a verb in the past or in -s that is not
/// an auxiliary ("Below are the results:", "Here is the list:" and "The results were:" are the
/// outlet's own). Only when no other attribution cue has spoken for the sentence and it holds
/// no quotation: then the cue adds nothing.
public struct IntroducingColonCue: Cue, TokenSetCue {
    var tokenSets: TokenSets { .colons }
    public var id: String { "introducing-colon" }
    /// Pronouns that can be the speaker.
    static let speakers: WordSet = ["he", "she", "they"]
    /// Capitalised words that open a sentence but name no one.
    static let notNames: WordSet = [
        "the", "this", "that", "these", "those", "it", "its", "there", "here", "what", "which", "i", "we", "you", "a", "an",
        "below", "above", "following", "next", "then", "now", "so", "and", "but", "or", "such", "some", "many", "all",
    ]
    /// Verbs that join a subject to what it is, not to what it says ("The results were:").
    static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "does", "did", "do", "be", "been",
        "includes", "included", "follows", "followed", "remains", "remained", "seems", "seemed", "looks", "looked",
    ]
    /// The longest sentence read as an introduction, in words.
    static let maxWords = 20
    public init() {}

    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        guard context.sentenceTokenSets.contains(.colons), let last = tokens.indices.last,
              tokens[last].word == HeadlineColonCue.colon, context.quotes.isEmpty,
              !result.contains(where: { $0.effect == CueEffect.attribution.rawValue }) else { return }
        var words = 0
        for t in tokens where t.kind == .word { words += 1 }
        guard words >= 2, words <= Self.maxWords else { return }
        var s = 0
        while s < last, tokens[s].kind == .punctuation || context.tokenSets[s].contains(.openingConjunctions) { s += 1 }
        guard s < last, tokens[s].kind == .word, tokens[s].isCapitalized || Self.speakers.contains(tokens[s]),
              !Self.notNames.contains(tokens[s]) else { return }
        var e = s + 1
        if !Self.speakers.contains(tokens[s]) {
            // The name's words, with a title's abbreviation ("Sen. Jo Park").
            while e < last, tokens[e].kind == .word && tokens[e].isCapitalized
                    || tokens[e].word == .period && tokens[e - 1].keyCount <= 4 && e + 1 < last && tokens[e + 1].isCapitalized {
                e += 1
            }
        }
        // One capitalised word in -s may be a plural noun opening the sentence ("Highlights
        // included:", "Results showed:"), not a name.
        if e == s + 1, !Self.speakers.contains(tokens[s]), tokens[s].keyHasSuffix("s") { return }
        var verb = e
        while verb < last, verb - e < 2, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
              context.tokenSets[verb].contains(.adverbs) && !SourceFinder.looksLikeVerb(tokens[verb]) || SourceFinder.isLyWord(tokens[verb]) {
            verb += 1
        }
        guard verb < last else { return }
        let t = tokens[verb]
        guard t.kind == .word, !t.isCapitalized, !context.inQuote[verb], !Self.auxiliaries.contains(t),
              SourceFinder.looksLikeVerb(t) || t.keyHasSuffix("s") && !t.keyHasSuffix("ss") && t.keyCount > 3 else { return }
        result.append(context.evidence(id, tokens: verb..<(last + 1), effect: .attribution, weight: 1.0,
                                       note: "a speaker, a verb and a closing colon introduce the speaker's words"))
    }
}
