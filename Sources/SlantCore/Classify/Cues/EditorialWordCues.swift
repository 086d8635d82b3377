/// Shared matching for the cues that fire on listed editorial words outside quotations.
///
/// A `neutral` entry is stepped over whole: the longest entry wins at each token, so "so far"
/// or "such as" hides the intensifier "so" and the sweeping "such" inside it, and "doing so",
/// which starts before the listed word, hides it too.
enum EditorialWords {
    static func find(_ id: String, categories: [CueWords.Kind], note: String, in context: SentenceContext,
                     into result: inout [CueEvidence]) {
        // None of the cue's kinds starts anywhere in the sentence: nothing to walk.
        var wanted = false
        for kind in categories where context.editorialKinds.contains(kind) { wanted = true }
        guard wanted else { return }
        var i = 0
        let tokens = context.tokens
        // Only tokens where a listed word starts can match: the others just move on by one.
        for start in context.editorialStarts where start >= i {
            i = start
            // A capitalised word inside a sentence is a name ("May", "Great Britain"), not a cue.
            // Capitals also mark acronyms: "US" is the country, not "us".
            let isName = tokens[i].isCapitalized && (i > 0 || tokens[i].isAllCaps)
            guard let (kind, listed) = context.editorialKind(at: i) else {
                i += 1
                continue
            }
            if kind == .neutral {
                i += listed
                continue
            }
            // The sets hold one or two kinds: comparing them beats hashing the kind.
            if !context.inQuote[i], !isName, categories.contains(kind), let (entry, length) = context.editorialWord(at: i) {
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .editorial,
                                               weight: entry.weight, note: entry.note ?? note))
                i += length
                continue
            }
            i += 1
        }
    }
}
