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

    /// Whether the listed "so" at `i` is a connective or a pro-form, not an intensifier: it
    /// grades the word after it only when that is a lower-case word of content ("so much", "so
    /// hard", "so good"), not a clause's opening word ("so they’re continuing", "So I called",
    /// "so what", "so it’s"), a name, a mark or the end ("to do so.", "I think so,").
    static func isConnectiveSo(_ tokens: [Token], _ i: Int, length: Int) -> Bool {
        guard length == 1, tokens[i].word == VerbContext.soWord else { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        return next.kind != .word || next.isCapitalized || clauseOpeningWords.contains(next)
    }
    /// Words that open a clause or a phrase after a connective "so".
    static let clauseOpeningWords: WordSet = [
        "i", "we", "you", "he", "she", "they", "it", "it's", "i'm", "i've", "i'd", "we're", "you're", "they're", "he's", "she's",
        "that's", "there's", "what's", "that", "this", "these", "those", "what", "why", "when", "where", "how", "if", "while",
        "who", "whether", "the", "a", "an", "our", "my", "your", "his", "her", "their", "its", "in", "for", "to", "on", "at",
        "with", "by", "as", "is", "was", "are", "were", "be", "did", "does", "do", "has", "have", "had", "will", "would", "can",
        "could", "should", "must", "may", "might", "not", "and", "or", "but", "yes", "no", "there", "here", "now", "then",
        "let's", "people", "voters",
    ]

    /// Whether the listed word at `i` is a present participle with an object, a verb and no
    /// evaluation: "damaging his relationship with the president", "embarrassing them both",
    /// "is appealing the decision", "promising a donation". An article, a possessive or an
    /// object pronoun follows it. After "it is" or "that's" it is the adjective before a clause
    /// ("It's interesting the center chose ..."), and before "the most" a superlative.
    static func isParticipleWithObject(_ tokens: [Token], _ i: Int, length: Int) -> Bool {
        guard length == 1, i + 1 < tokens.count, tokens[i].keyHasSuffix("ing"), objectOpeners.contains(tokens[i + 1]) else { return false }
        // "polarizing the most": a superlative, no object.
        if i + 2 < tokens.count, superlatives.contains(tokens[i + 2]) { return false }
        if i >= 1, impersonalOpeners.contains(tokens[i - 1]) { return false }
        if i >= 2, SourceFinder.beForms.contains(tokens[i - 1]), impersonalSubjects.contains(tokens[i - 2]) { return false }
        return true
    }
    /// Words that open a verb's object.
    static let objectOpeners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "them", "him", "us", "me"]
    /// "It is", "that's": the adjective of an impersonal clause follows.
    static let impersonalOpeners: WordSet = ["it's", "that's", "what's"]
    static let impersonalSubjects: WordSet = ["it", "that", "what", "this"]
    static let superlatives: WordSet = ["most", "least"]

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
            // (Nor inside an allow-list phrase, a neutral sense: "the grave of", "petty officer".)
            if wanted.contains(kind), !context.inQuote[i], context.neutralPhrases.isEmpty || !context.neutralPhrases.contains(where: { $0.contains(i) }),
               !tokens[i].isCapitalized || !tokens[i].isAllCaps && (i == 0 || inTitleCase()) && !TokenSets.isMonthMay(tokens, i)
                || Self.isFirstPersonI(tokens, i),
               let (entry, length) = context.editorialWord(at: i), !Self.isConnectiveSo(tokens, i, length: length),
               kind != .evaluative || !Self.isParticipleWithObject(tokens, i, length: length) {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .editorial,
                                               weight: entry.weight, note: entry.note ?? note))
                i += length
                continue
            }
            i += 1
        }
    }
}
