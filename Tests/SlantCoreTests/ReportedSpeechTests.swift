import SlantCore
import Testing

/// Which evaluation is the speaker's and which the outlet's (`ClaimClassifier.creditReportedSpeech`):
/// evidence the speaker owns stays in the list with weight 0; the outlet's keeps its weight.
struct ReportedSpeechTests {
    /// The weight of the editorial evidence covering `word` in the sentence.
    func weight(of word: String, in text: String) -> Double? {
        sharedAnalyzer.classify(sentence: text).cues.first { $0.effect == "editorial" && $0.text == word }?.weight
    }

    @Test(arguments: [
        ("The mayor said the new stadium was a disastrous waste of money.", "disastrous"),
        ("The mayor said on Friday that the stadium was a disastrous waste of money.", "disastrous"),
        ("The mayor argued at a meeting on Friday that the stadium was a disastrous waste of money.", "disastrous"),
        ("The stadium is a disastrous waste of money, the mayor said.", "disastrous"),
        ("The mayor told his council that the stadium was a disastrous waste of money.", "disastrous"),
        // A verb of opinion or knowledge with its clause, however the clause opens; an attitude
        // with "that".
        ("Council members believe other towns would be foolish to build a stadium.", "foolish"),
        ("The mayor's aides knew the stadium was a disastrous waste of money.", "disastrous"),
        ("Supporters were hopeful that the disastrous season would end soon.", "disastrous"),
        // Someone's view as the sentence's frame, or with its content.
        ("In the mayor's view, the stadium was a disastrous waste of money.", "disastrous"),
        ("The stadium was a disastrous waste of money, in Ortiz's assessment.", "disastrous"),
        ("The mayor's argument was that the stadium was a disastrous waste of money.", "disastrous"),
        ("Ortiz's message: the stadium was a disastrous waste of money.", "disastrous"),
    ])
    func evaluationAfterAVerbOfSayingIsTheSpeakers(text: String, word: String) {
        #expect(weight(of: word, in: text) == 0, "\(word) should be credited to the speaker")
    }

    @Test(arguments: [
        // The verb's object is a phrase: the outlet describes an act, in its own words.
        ("The council insisted on pushing through an absurd plan to close the library.", "absurd"),
        ("The mayor defended his reckless spending on the stadium.", "reckless"),
        ("The mayor vowed to press ahead with the disastrous stadium plan.", "disastrous"),
        // After a semicolon the outlet speaks again.
        ("The mayor announced the stadium last year; it has been a disastrous waste of money.", "disastrous"),
        // A view inside the subject's phrase frames nothing after "is that".
        ("The disastrous conceit that sustains Ortiz's criticism is that the stadium was a waste.", "disastrous"),
        ("The plan that followed the mayor's proposal was a disastrous waste of money.", "disastrous"),
        // Knowing asked of the reader is the outlet's point.
        ("Readers need to know that the stadium was a disastrous waste of money.", "disastrous"),
        // A verb of opinion with an adverb or a phrase as its object reports no clause.
        ("Fans feel strongly about the disastrous stadium plan.", "disastrous"),
    ])
    func evaluationAfterAnActTheOutletDescribesIsTheOutlets(text: String, word: String) {
        let w = weight(of: word, in: text)
        #expect(w != nil && w! > 0, "\(word) should count for the outlet, got \(String(describing: w))")
    }
}
