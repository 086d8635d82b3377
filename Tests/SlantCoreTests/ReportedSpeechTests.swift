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
        // After a plain object, what the speaker called it or accused it of is the speaker's;
        // an object that is a clause's subject is reported with its clause.
        ("The mayor criticized the stadium as a disastrous waste of money.", "disastrous"),
        ("Critics called the stadium a disastrous waste of money.", "disastrous"),
        // A verb of describing's object is the description: the describer's words.
        ("Witnesses described a disastrous scene at the stadium.", "disastrous"),
        ("The mayor said the disastrous stadium plan would be scrapped.", "disastrous"),
        ("Fans say the stadium unfairly favours the owners.", "unfairly"),
        // A noun of saying or belief with its clause, as an object; an expectation; a hope
        // with a clause of its own.
        ("The council voted amid accusations that the stadium was a disastrous waste of money.", "disastrous"),
        ("The vote stoked speculation that the mayor would drop the disastrous stadium plan.", "disastrous"),
        ("The council is expected to approve a disastrous stadium plan.", "disastrous"),
        ("The mayor had hoped the disastrous season would end soon.", "disastrous"),
        // "not X, but (rather) Y" and ", but that": the contrast is still what was said.
        ("The mayor said the council would not close the stadium, but rather sell it in a disastrous deal.", "disastrous"),
        ("The mayor said the stadium was safe, but that the season had been disastrous.", "disastrous"),
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
        // So does a contrast after a comma: "but" opens a clause of the outlet's own.
        ("The mayor declared the stadium a success, but in practice it has been a disastrous waste of money.", "disastrous"),
        // An adverb of manner on a participle after a comma judges the act in the outlet's voice.
        ("The mayor claimed the stadium was paid for, conveniently ignoring the disastrous overruns.", "disastrous"),
        // A subordinate clause opening the sentence is the main clause's background, not a
        // claim that a verb after its comma closes.
        ("After the mayor's disastrous remark about the stadium, Ortiz responded with a short statement.", "disastrous"),
        // A view inside the subject's phrase frames nothing after "is that".
        ("The disastrous conceit that sustains Ortiz's criticism is that the stadium was a waste.", "disastrous"),
        ("The plan that followed the mayor's proposal was a disastrous waste of money.", "disastrous"),
        // Knowing asked of the reader is the outlet's point.
        ("Readers need to know that the stadium was a disastrous waste of money.", "disastrous"),
        // A verb of opinion with an adverb or a phrase as its object reports no clause.
        ("Fans feel strongly about the disastrous stadium plan.", "disastrous"),
        // A plain noun phrase as the object: the verb reports an act, and the words that
        // describe its object are the outlet's.
        ("The mayor defended the disastrous stadium plan on Friday.", "disastrous"),
        ("The audit reveals a disastrous waste of money.", "disastrous"),
        // A verb of saying in the sentence's subject reports nothing past the sentence's verb.
        ("The mayor defending the stadium is absurd.", "absurd"),
        ("Anyone claiming the stadium will pay for itself is sticking their finger in the air.", "finger in the air"),
        // A noun of saying with its clause as the sentence's subject is judged by the outlet's
        // predicate; a relative "that" reports nothing; "no doubt that" is the writer's certainty;
        // a hope with an infinitive names an aim in the outlet's words.
        ("The argument that the stadium will pay for itself is disastrous.", "disastrous"),
        ("Residents grew tired of the views that are disastrous for the town.", "disastrous"),
        ("There is no doubt that the stadium was a disastrous waste of money.", "disastrous"),
        ("The mayor hoped to build a disastrous stadium.", "disastrous"),
        // A verb form after a preposition is a noun: it introduces no claim.
        ("Years of talk about the stadium have been a disastrous waste of time.", "disastrous"),
    ])
    func evaluationAfterAnActTheOutletDescribesIsTheOutlets(text: String, word: String) {
        let w = weight(of: word, in: text)
        #expect(w != nil && w! > 0, "\(word) should count for the outlet, got \(String(describing: w))")
    }
}

/// A verb of saying the writer speaks through is no attribution (`VerbContext.isImpersonalInfinitive`).
struct WritersOwnSayingTests {
    @Test(arguments: [
        ("It's no exaggeration to say the stadium was a waste of money.", "say"),
        ("It is too soon to say whether the stadium will pay for itself.", "say"),
        ("It would be a stretch to call the stadium a success.", "call"),
        ("The stadium is costly, not to mention late.", "mention"),
    ])
    func impersonalSayingIsTheWriters(text: String, word: String) {
        #expect(!attributes(word, in: text), "\(word) should not be attribution evidence")
    }

    @Test(arguments: [
        // A holder of its own, or "it" standing for someone.
        ("It's odd for the mayor to claim the stadium was a success.", "claim"),
        ("It is certain he will have more to say about the stadium.", "say"),
        ("It is also encouraging citizens to report broken street lights.", "report"),
        ("The mayor was careful not to mention the stadium by name.", "mention"),
    ])
    func sayingWithAHolderIsReported(text: String, word: String) {
        #expect(attributes(word, in: text), "\(word) should be attribution evidence")
    }
}
