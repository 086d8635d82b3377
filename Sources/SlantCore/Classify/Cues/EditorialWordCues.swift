/// Shared matching for the cues that fire on listed editorial words outside quotations.
///
/// A `neutral` entry is stepped over whole: the longest entry wins at each token, so "so far"
/// or "such as" hides the intensifier "so" and the sweeping "such" inside it, and "doing so",
/// which starts before the listed word, hides it too.
enum EditorialWords {
    /// The pronoun "I" and its contractions, capitalised wherever they stand.
    static let firstPersonI: WordSet = ["i", "i'm", "i've", "i'd", "i'll"]

    /// Whether token `i` is the pronoun "I" or a contraction of it: a bare "I" only before a
    /// lower-case word and not after a capitalised word inside the sentence ("World War I
    /// veterans", "letters A through I." name a letter or a numeral).
    static func isFirstPersonI(_ tokens: [Token], _ i: Int) -> Bool {
        guard firstPersonI.contains(tokens[i]) else { return false }
        if tokens[i].keyCount > 1 { return true }
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized else { return false }
        return i < 2 || !(tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized)
    }

    static func find(_ id: String, categories wanted: SentenceContext.KindSet, note: String, in context: SentenceContext,
                     into result: inout [CueEvidence]) {
        // None of the cue's kinds starts anywhere in the sentence: nothing to walk.
        guard context.editorialKinds.intersects(wanted) else { return }
        var i = 0
        let tokens = context.tokens
        // A line in title case ("Bernie Sanders Is Crazy, But the Only Candidate Voters Like")
        // capitalises every word, so there a capital says nothing about names: asked once, and
        // only when a listed word is capitalised.
        var titleCase: Bool?
        func inTitleCase() -> Bool {
            if let known = titleCase { return known }
            let found = VerbContext.isTitleCase(tokens)
            titleCase = found
            return found
        }
        // Only tokens where a listed word starts can match: the others just move on by one.
        for start in context.editorialStarts where start >= i {
            i = start
            guard let (kind, listed) = context.editorialKind(at: i) else {
                i += 1
                continue
            }
            if kind == .neutral {
                i += listed
                continue
            }
            // The kind first, one bit test: most listed words here are another cue's.
            // A capitalised word inside a sentence is a name ("May", "Great Britain"), not a cue.
            // Capitals also mark acronyms: "US" is the country, not "us".
            // In a title-case line any capitalised word may be a cue, but still not an acronym.
            // "I" and its contractions are always capitalised ("As I have written", "I’ve never seen").
            // The month is no hedge ("Trump To Visit In May, Aides Say").
            if wanted.contains(kind), !context.inQuote[i],
               !tokens[i].isCapitalized || !tokens[i].isAllCaps && (i == 0 || inTitleCase()) && !TokenSets.isMonthMay(tokens, i)
                || Self.isFirstPersonI(tokens, i),
               let (entry, length) = context.editorialWord(at: i) {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .editorial,
                                               weight: entry.weight, note: entry.note ?? note))
                i += length
                continue
            }
            i += 1
        }
    }
}
