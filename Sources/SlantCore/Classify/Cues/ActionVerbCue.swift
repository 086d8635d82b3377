/// Someone's effort, demand or stance told as an act: "Clinton is looking to", "the senator
/// has focused on", "the campaign requested a recount", "Republicans campaigned against", "she
/// objected to". Acts of choosing or appointing ("the pope named") are not listed: the outlet
/// reports them as facts in its own voice.
///
/// News reports a person's or an organisation's aims and positions through what they do as
/// often as through what they say; the aim or position is theirs, reported, so the sentence is
/// attributed (PolNeAR marks these acts as attributions, with the actor as the source).
///
/// The verb or phrase comes from `attribution-cues.tsv` (kind `action`) and counts only with a
/// holder as its subject, right before it over auxiliaries and adverbs ("has long focused
/// on"): "he", "she", "they" or "who", a name, or a word for a person, role or organisation
/// from `source-words.tsv`. Without one the same words describe things ("a firm focused on
/// real estate", "Debates have rarely focused on"): the list's verbs are too common to count
/// alone. Not in the passive ("was requested", "a recount requested by the campaign": the
/// subject is what is acted on), not after a noun with an indefinite article ("a super PAC
/// supporting Carson" describes the PAC), and not after "I" or "we" (the writer's own). A
/// relative clause may stand between the holder and the verb ("The union, which represents
/// nurses, is pushing to").
public struct ActionVerbCue: Cue, ListedKindCue {
    public var id: String { "action-verb" }
    /// Words between the subject and the verb: auxiliaries, negations and adverbs of time.
    static let between: WordSet = [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "be", "been", "being", "'s", "'re",
        "also", "not", "already", "still", "now", "long", "never", "just", "again", "even", "did", "does", "do",
        "can", "could", "may", "might", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't",
        "isn't", "aren't", "wasn't", "weren't",
    ]
    /// The source finder's forms of "be" and their negations: after one a participle is passive.
    static let beForms = WordSet(SourceFinder.beForms.words + ["isn't", "aren't", "wasn't", "weren't"])
    /// Pronouns that stand for a person or a group as the subject.
    static let holders: WordSet = ["he", "she", "they", "who", "he's", "she's", "they're", "they've", "he'd", "she'd", "who's"]
    /// Capitalised words that open a sentence but name no one.
    static let notNames: WordSet = [
        "the", "this", "that", "these", "those", "it", "its", "there", "here", "what", "which", "i", "we", "you", "a", "an",
    ]
    static let indefinites: WordSet = ["a", "an"]
    static let by = WordKey("by")
    /// How many words may stand between the subject and the verb.
    static let window = 3
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.action) }
    public init() {}
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where i > 0 && !context.inQuote[i] {
            guard let (entry, length) = context.attributionWord(at: i, kind: .action), !VerbContext.isName(context, i),
                  !VerbContext.hasWriterSubject(context, i) else { continue }
            let end = i + length
            // "a recount requested by the campaign", "focused on by critics": the subject is acted on.
            if end < tokens.count, tokens[end].word == Self.by { continue }
            var j = i - 1
            var passive = false
            while j >= 0, i - j <= Self.window, Self.between.contains(tokens[j])
                    || tokens[j].keyHasSuffix("ly") && !tokens[j].isCapitalized && tokens[j].kind == .word {
                if Self.beForms.contains(tokens[j]) { passive = true }
                j -= 1
            }
            guard j >= 0, i - j <= Self.window else { continue }
            // "The group, which represents farmers, is pushing to": the holder before a relative clause.
            if j >= 2, tokens[j].word == .comma, let open = Self.relativeClauseStart(context, endingAt: j) { j = open - 1 }
            guard !context.inQuote[j], Self.isHolder(context, j) else { continue }
            // "was requested", "were distanced": a one-word participle after "be" is passive ("is
            // looking to" and "is focused on" are not).
            if passive, length == 1, !tokens[i].keyHasSuffix("ing") { continue }
            // "a firm focused on", "a super PAC supporting": a reduced relative describing a thing.
            if j > 0, Self.indefinites.contains(tokens[j - 1]) { continue }
            result.append(context.evidence(id, tokens: i..<end, effect: .attribution, weight: entry.weight,
                                           note: entry.note ?? "an aim, demand or stance told as someone's act"))
        }
    }

    static let relatives: WordSet = ["who", "which", "whose"]

    /// The comma that opens a relative clause (", who ...", ", which ...") closed by the comma
    /// at `end`, at most twelve words back.
    static func relativeClauseStart(_ context: SentenceContext, endingAt end: Int) -> Int? {
        let tokens = context.tokens
        var k = end - 1
        while k > 0, end - k <= 12, tokens[k].word != .comma { k -= 1 }
        guard k > 0, end - k <= 12, k + 1 < end, tokens[k].word == .comma, relatives.contains(tokens[k + 1]) else { return nil }
        return k
    }

    /// True when the token at `j` can hold an aim or a position: a personal pronoun, a word for
    /// a person, role or organisation, or a name.
    static func isHolder(_ context: SentenceContext, _ j: Int) -> Bool {
        let t = context.tokens[j]
        guard t.kind == .word else { return false }
        if holders.contains(t) { return true }
        // "Obama's focus on": after a possessive the word is a noun, not the holder's verb.
        if t.keyHasSuffix("'s"), !VerbContext.contractions.contains(t) { return false }
        if let kind = context.words.sourceKind(t) { return kind != "pronoun" && kind != "document" }
        return t.isCapitalized && !notNames.contains(t) && !VerbContext.isTitleCase(context.tokens)
    }
}
