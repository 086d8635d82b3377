/// What a document found: a finding verb ("shows", "found") within a few words after a
/// document or news-outlet word from `source-words.tsv` ("a new poll shows", "the report
/// found", "the newspaper detailed").
///
/// Without the document word these verbs are ordinary ("police found the car"), so they need it,
/// unless a clause of content follows them ("he found that incomes grew"): then whoever found
/// or showed it is the source.
public struct DocumentFindingCue: Cue, ListedKindCue {
    public var id: String { "document-finding" }
    /// How far back the document word may stand ("a Gallup poll released Monday shows", "a
    /// survey of delegates, who pick the nominee, found", "a study by the liberal watchdog group
    /// Media Matters found": a document's subject phrase often names its author and date. On
    /// PolNeAR train a document word 8 to 14 words back came with an attribution 13 times in 14).
    static let window = 14
    /// How far back a news outlet may stand as the subject ("The newspaper has also detailed").
    static let outletWindow = 4
    /// Finding words that are nouns after an outlet ("a TV show", "the morning shows").
    static let nounForms: WordSet = ["show", "shows"]
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet(.finding) }
    public init() {}

    /// "find" in the forms that close a sentence as a clause of reporting does.
    static let closingForms: WordSet = ["found", "finds"]
    static let perfectAuxiliaries: WordSet = ["has", "have"]

    /// Whether the finding verb at token `verb` closes the sentence as a clause of reporting after
    /// a comma, with a name or a determiner's phrase of at most six words as its subject ("...,
    /// Fox found.", "..., researchers at Yale found last week.", "..., the group has found."):
    /// what comes before the comma is what was found. Not "can be found", "and it shows".
    static func closingClause(_ context: SentenceContext, verb: Int) -> Bool {
        let tokens = context.tokens
        guard closingForms.contains(tokens[verb]), SourceFinder.endsSentence(after: verb, in: context) else { return false }
        var k = verb - 1
        if k >= 0, perfectAuxiliaries.contains(tokens[k]) { k -= 1 }
        let end = k + 1
        while k >= 0, end - k <= 6, tokens[k].kind == .word || tokens[k].word == .possessive, !context.inQuote[k],
              !context.tokenSets[k].contains(.beForms), !SourceFinder.fragmentAuxiliaries.contains(tokens[k]) {
            k -= 1
        }
        // k is the comma; the subject runs from k + 1 to `end`.
        guard k >= 1, k + 1 < end, tokens[k].word == .comma, !context.inQuote[k] else { return false }
        let first = tokens[k + 1]
        // ("..., he found.": a pronoun alone.)
        return first.isCapitalized || SourceFinder.articles.contains(first) || first.keyHasSuffix("s") || tokens[end - 1].keyHasSuffix("s")
            || end - (k + 1) == 1 && SourceFinder.subjectPronouns.contains(first)
    }
    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        guard mayFind(in: context) else { return }
        let tokens = context.tokens
        for i in context.attributionStarts where i > 0 && !context.inQuote[i] {
            guard let (entry, length) = context.attributionWord(at: i, kind: .finding) else { continue }
            // A news outlet reports what it found as a document does ("The newspaper has also
            // detailed ...", "CNN found"), as the verb's subject: a few words before an active
            // verb, not "a TV show" or "a package was found".
            let hasDocument = (max(0, i - Self.window)..<i).contains { context.words.sourceKind(tokens[$0]) == "document" }
                || !Self.nounForms.contains(tokens[i]) && !context.tokenSets[i - 1].contains(.beForms)
                    && (max(0, i - Self.outletWindow)..<i).contains { context.words.sourceKind(tokens[$0]) == "media" }
            let hasContent = i + length < tokens.count && tokens[i + length].word == .that
            let closing = !hasDocument && !hasContent && length == 1 && Self.closingClause(context, verb: i)
            if hasDocument || hasContent || closing {
                let note = hasDocument ? entry.note ?? "what a document found"
                    : hasContent ? "a finding reported with its content ('found that')" : "a closing clause of finding (', Pew found.')"
                result.append(context.evidence(id, tokens: i..<(i + length), effect: .attribution, weight: entry.weight, note: note))
            }
        }
    }
}
