/// A line that is only a dash and a name ("― Carla Sanchez", "— Edwin G. Monroy.") credits the
/// quotation before it to that person, as pages of readers' or sources' quotes do: the line
/// reports their words. So does a line that is only a name and its publication ("Harry Enten,
/// CNN", "Editorial Board, Wall Street Journal") right after a line that closes a quotation, as
/// round-ups of commentary credit each quoted passage.
public struct CreditLineCue: Cue, TokenSetCue {
    /// No dash and no comma anywhere in the sentence: no credit line, and the cue is not called.
    var tokenSets: TokenSets { .creditMarks }
    public var id: String { "credit-line" }
    public init() {}
    /// Em dash, horizontal bar, en dash and hyphen, as the punctuation tokens they are (packed
    /// keys, compared without a string made: each is a single scalar that no other scalar is
    /// canonically equivalent to, so equal packs are equal keys).
    static let dashes = [WordKey("\u{2014}"), WordKey("\u{2015}"), WordKey("\u{2013}"), WordKey("-")]
    /// The dashes and the comma of a name and its publication, as a word set
    /// (`TokenSets.creditMarks`).
    static let markSet: WordSet = ["\u{2014}", "\u{2015}", "\u{2013}", "-", ","]
    /// Lower-case words a publication's name may hold ("Issues & Insights", "Voice of America").
    static let publicationJoiners: WordSet = ["of", "&", "the", "for", "on"]
    /// Function words, which a name never holds and a publication holds only as "The" first: a
    /// title in title case ("Free Speech In Hong Kong, Then And Now"), a byline ("By Mick
    /// Krever, CNN") or a list of authors ("Sean Rossman, Karl Etters and John Bacon") is no
    /// credit line.
    static let functionWords: WordSet = ["the", "a", "an", "and", "of", "in", "on", "for", "to", "by", "at", "with", "then", "from", "as"]

    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        guard tokens.count >= 2 else { return }
        if tokens[0].kind == .punctuation, Self.dashes.contains(tokens[0].word) {
            var words = 0
            for k in 1..<tokens.count {
                let t = tokens[k]
                if t.kind == .word, t.isCapitalized {
                    words += 1
                } else if t.kind == .punctuation, t.word == .period || t.word == .comma {
                    // Initials ("Edwin G. Monroy") and a closing period.
                    continue
                } else {
                    return
                }
            }
            guard (1...5).contains(words) else { return }
            result.append(context.evidence(id, tokens: 0..<tokens.count, effect: .attribution, weight: 1.5,
                                           note: "a dash and a name alone on a line credit the quotation before it"))
        } else if Self.publicationComma(context) != nil {
            result.append(context.evidence(id, tokens: 0..<tokens.count, effect: .attribution, weight: 1.5,
                                           note: "a name and its publication alone on a line after a quotation credit it"))
        }
    }

    /// The comma of a line that is a name and its publication after a quotation: two to five
    /// capitalised words (initials with their periods), a comma, then one to six words of a
    /// publication's name, capitalised but for a few joining words; ending its line, and the
    /// line before it, or the text before it on its own line, closes a quotation. Nil otherwise.
    static func publicationComma(_ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        // (A quotation's closing mark the splitter left at the credit's start, after a space:
        // "... a war? ” Jennifer Rubin, Washington Post".)
        let first = tokens[0].word == .closingQuote ? 1 : 0
        guard first < tokens.count, tokens[first].kind == .word, tokens[first].isCapitalized else { return nil }
        var comma = -1, nameWords = 0, publicationWords = 0
        for k in first..<tokens.count {
            let t = tokens[k]
            if t.word == .comma {
                guard comma < 0 else { return nil }
                comma = k
            } else if t.kind == .word, t.isCapitalized || comma >= 0 && k > comma + 1 && k + 1 < tokens.count && publicationJoiners.contains(t) {
                // (An initial is no function word: "David A. Graham".)
                let initial = t.keyCount == 1 && k + 1 < tokens.count && tokens[k + 1].word == .period
                if t.isCapitalized, !initial, functionWords.contains(t), comma < 0 || k > comma + 1 || t.word != .the { return nil }
                if comma < 0 { nameWords += 1 } else { publicationWords += 1 }
            } else if t.word == .period, comma < 0, k > 0, tokens[k - 1].keyCount == 1 {
                // An initial's period ("Susan B. Glasser").
                continue
            } else {
                return nil
            }
        }
        guard comma > 0, (2...5).contains(nameWords), (1...6).contains(publicationWords) else { return nil }
        // Alone on its line: a line feed before it and after it (or the text's end).
        let bytes = context.source.bytes
        let range = context.sentence.bytes
        var after = range.upperBound
        while after < bytes.count, bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x0D { after += 1 }
        guard after == bytes.count || bytes[after] == 0x0A else { return nil }
        var before = range.lowerBound
        var lineFeeds = 0
        while before > 0, Self.isSpace(bytes[before - 1]) {
            if bytes[before - 1] == 0x0A { lineFeeds += 1 }
            before -= 1
        }
        // (A credit that opens with the quotation's closing mark follows a quotation by its
        // own first token. One on the quotation's line, right after its closing mark, is read
        // as one on the next line: "... in buffering Trump?” Philip Bump, Washington Post".)
        if first == 1 { return comma }
        guard before > 0 else { return nil }
        // The line before ends with a closing quotation mark: ” (E2 80 9D), » (C2 BB) or ".
        let last = bytes[before - 1]
        if last == 0x22 { return comma }
        if before >= 3, bytes[before - 3] == 0xE2, bytes[before - 2] == 0x80, last == 0x9D { return comma }
        if before >= 2, bytes[before - 2] == 0xC2, last == 0xBB { return comma }
        return nil
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
