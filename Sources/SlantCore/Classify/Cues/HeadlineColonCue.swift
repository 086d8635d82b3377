/// A headline of the form "Name: claim" ("Pat Caddell: Democrat Voters Worried...") reports
/// the named person's claim. So does a sentence that opens that way in running text: a
/// headline the splitter did not mark (text with no title line), or a transcript's speaker
/// label ("TAPPER: Do you think ...").
public struct HeadlineColonCue: Cue, TokenSetCue {
    var tokenSets: TokenSets { .colons }
    public var id: String { "headline-colon" }
    public init() {}
    /// Openings that label a line rather than name a speaker ("The Latest:", "A: Yes.").
    static let determiners: WordSet = ["the", "a", "an"]
    /// Words that open a line's label, not a speaker's name, headline or not: "Editor's Note:",
    /// "CORRECTION:", "Breaking:", "Contributing:", "Delegate Update:", "Paid Notice:", "Plus:",
    /// "(WARNING: Video contains graphic images.)".
    static let labels: WordSet = [
        "editor's", "editors'", "note", "correction", "corrections", "clarification", "update", "updated", "breaking",
        "contributing", "plus", "also", "remember", "paid", "notice", "watch", "listen", "read", "related", "video",
        "photos", "photo", "live", "exclusive", "transcript", "delegate", "name", "editor", "disclosure", "programming",
        "warning", "caution", "spoiler",
        // A picture's credit and caption ("Photographer: Jo Park/Bloomberg", "Image credit:").
        "photographer", "credit", "credits", "caption", "image", "images",
        // A briefing's section labels ("Worth noting:", "Flashback:", "Driving the news:", "Why
        // it matters:", "Go deeper:", "The bottom line:", "Zoom in:", "Reality check:").
        "worth", "flashback", "driving", "background", "context", "details", "why", "zoom", "catch", "threat",
        "between", "bottom", "reality", "backstory", "takeaway", "takeaways", "recap", "deeper", "highlights",
        // Kinds of piece and tabloid teasers ("Analysis:", "Opinion:", "Revealed:", "BUSTED:",
        // "Bombshell:", "WOW:", "Look:", "Question:").
        "analysis", "opinion", "commentary", "explainer", "obituary", "sponsored", "revealed", "confirmed", "exposed",
        "busted", "bombshell", "boom", "wow", "hey", "look", "question", "shock", "shocking",
        // A fact box's fields ("TARGET: Four civilians killed ...", "ATTACKERS: ...", "Where:"),
        // a myth-and-fact list ("MYTH: ...", "FACT: ..."), a cross-reference ("See: ...") and a
        // picture's credit ("Photograph: ..."). (Not "Suspect:" or "Victims:", who may speak,
        // nor "First", which opens "First Lady Jo Park:".)
        "target", "targets", "attacker", "attackers", "casualties", "location", "date", "where", "when", "what", "fact",
        "facts", "myth", "myths", "story", "see", "photograph", "photographs", "illustration", "graphic",
    ]
    /// Words that label a line when they stand alone before its colon: an item's number in a
    /// list ("Two: A new vaccine ...", "Twenty-five:", "First:"), a pointer to more ("More:",
    /// "Earlier:", "Below:"), a piece's furniture ("Addendum:", "Footnote:", "Hint:", "By:"),
    /// a verdict's side ("Winner:", "Loser:") and a line's joining word ("And:", "Or:").
    static let soleLabels: WordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "finally", "last",
        "more", "earlier", "below", "above", "next", "previously", "addendum", "footnote", "sourcing", "hint", "translation",
        "lesson", "by", "winner", "winners", "loser", "losers", "and", "or", "so", "today", "tomorrow", "tonight", "yesterday",
    ]
    /// Whether a label is a single word of `soleLabels`, or number words joined by hyphens
    /// ("Twenty-five").
    static func isSoleLabel(_ tokens: ArraySlice<Token>) -> Bool {
        let words = tokens.filter { $0.kind == .word }
        guard words.count == 1, let word = words.first else { return false }
        if soleLabels.contains(word) { return true }
        let parts = word.key.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { soleLabels.contains(String($0)) }
    }
    /// Marks that open a list's item.
    static let bullets: WordSet = ["•", "·", "▪", "■", "►", "‣", "◦", "*", "-"]
    /// Marks that open a quotation after a label.
    static let quotationMarks: WordSet = ["\"", "“", "'", "‘"]
    static let colon = WordKey(":")
    /// The colon as a word set (`TokenSets.colons`).
    static let colons: WordSet = [":"]

    /// The colon of a label that opens the tokens: one to five capitalised words (and
    /// possessives) before it, none of them a line's label word, with tokens after it. A
    /// headline's "Name:" needs no more; in running text `namesSpeaker` asks more of it.
    static func labelColon(_ tokens: [Token]) -> Int? {
        // Only the first six tokens matter: a later colon is no opening label.
        guard let colon = tokens.indices.prefix(6).first(where: { tokens[$0].word == Self.colon }), colon > 0,
              colon + 1 < tokens.count else { return nil }
        let before = tokens[0..<colon]
        guard before.allSatisfy({ $0.isCapitalized || $0.word == .possessive || $0.kind == .punctuation }),
              before.contains(where: { $0.kind == .word }),
              !before.contains(where: { Self.labels.contains($0) }), !Self.isSoleLabel(before) else { return nil }
        // A list item's heading after its bullet ("• Arkansas: A federal judge on May 10 struck
        // down ...", "► Storms: ..."), unless a quotation follows it ("• Jo Park: “...”").
        if Self.bullets.contains(tokens[0]), !(tokens[(colon + 1)...].first.map { Self.quotationMarks.contains($0) } ?? false) {
            return nil
        }
        return colon
    }

    /// Whether a label's words look like a speaker's name: not opened by a determiner ("The
    /// Latest:"), not a single letter ("Q:", "A:").
    static func namesSpeaker(_ tokens: [Token], colon: Int) -> Bool {
        !Self.determiners.contains(tokens[0]) && tokens[0..<colon].contains(where: { $0.kind == .word && $0.keyCount >= 2 })
    }

    /// Whether what follows the colon is a list of names ("Iowa: Tim Albrecht, Brad Anderson,
    /// Rob Barron, ...", "ATTACKERS: Nibras Islam, Rohan Imtiaz and ..."), as `isNameList` reads
    /// one: a label over a list, no one's claim.
    static func listsNames(_ tokens: [Token], after colon: Int) -> Bool {
        Array(tokens[(colon + 1)...]).isNameList
    }

    /// Whether the tokens open with a speaker's label ("Barr:", "Sen. Jo Park:"): the cue's
    /// own test, for the quotations of such a sentence.
    static func opensWithSpeakerLabel(_ tokens: [Token]) -> Bool {
        labelColon(tokens).map { namesSpeaker(tokens, colon: $0) } ?? false
    }

    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        // No colon anywhere in the sentence (most sentences): no label to read.
        guard context.sentenceTokenSets.contains(.colons) else { return }
        let tokens = context.tokens
        guard let colon = Self.labelColon(tokens), !Self.listsNames(tokens, after: colon) else { return }
        if context.sentence.isHeadline {
            result.append(context.evidence(id, tokens: 0..<(colon + 1), effect: .attribution, weight: 1.5,
                                           note: "headline attributes its claim to the name before the colon"))
        }
        // In running text the opening must look like a name and the rest like a claim: not a
        // label ("The Latest:", "Q:", "A:"), not a tally ("Clinton: 547.") or a one-word answer.
        let after = tokens[(colon + 1)...].filter { $0.kind == .word }
        guard Self.namesSpeaker(tokens, colon: colon),
              after.count >= 3, let next = tokens[(colon + 1)...].first(where: { $0.kind != .punctuation }),
              next.kind == .word else { return }
        result.append(context.evidence(id, tokens: 0..<(colon + 1), effect: .attribution, weight: 1.0,
                                       note: "a sentence opening 'Name:' gives the named speaker's words"))
    }
}
