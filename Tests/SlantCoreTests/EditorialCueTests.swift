import SlantCore
import Testing

/// The sweeping-claim and present-tense cues: which words they report, and where they stay quiet.
struct EditorialCueTests {
    func evidence(_ id: String, in text: String) -> [String] {
        sharedAnalyzer.classify(sentence: text).cues.filter { $0.id == id }.map(\.text)
    }

    @Test func sweepingWordsAreReported() {
        #expect(evidence("sweeping", in: "Nobody in the council ever reads the fine print.") == ["Nobody", "ever"])
        #expect(evidence("sweeping", in: "No one could defend such a budget.") == ["No one", "such"])
    }

    @Test func presentTenseIsReportedInTheOutletsVoice() {
        #expect(evidence("present-tense", in: "The new budget is a gamble, and the risks are large.") == ["is", "are"])
        #expect(evidence("present-tense", in: "It's the wrong moment for a tax cut.") == ["It's"])
    }

    @Test func presentTenseInsideAListedPhraseCountsOnceAsThePhrase() {
        // "is likely to" is speculation; its "is" is not counted again. ("is expected to" is a
        // reported expectation, the expectation cue's: see the golden claims table.)
        let text = "The bridge is likely to reopen in May."
        #expect(evidence("present-tense", in: text).isEmpty)
        #expect(evidence("hedge", in: text) == ["is likely to"])
    }

    @Test func quotedAndReportedPresentTenseIsTheSpeakers() {
        #expect(evidence("present-tense", in: "\u{201C}The budget is a gamble,\u{201D} the mayor said.").isEmpty)
        let reported = sharedAnalyzer.classify(sentence: "The mayor said the budget is a gamble.")
        #expect(reported.cues.filter { $0.id == "present-tense" }.allSatisfy { $0.weight == 0 })
    }

    @Test func pastTenseReportHasNeither() {
        let text = "The council approved the budget on Tuesday by seven votes to two."
        #expect(evidence("present-tense", in: text).isEmpty)
        #expect(evidence("sweeping", in: text).isEmpty)
    }
}
