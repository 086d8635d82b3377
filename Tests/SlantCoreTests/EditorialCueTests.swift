import Foundation
import SlantCore
import SlantIO
import Testing

/// The sweeping-claim, present-tense, neutral-phrase, figure, doctrine and exclamation cues: which words they report,
/// and where they stay quiet.
struct EditorialCueTests {
    func evidence(_ id: String, in text: String) -> [String] {
        sharedAnalyzer.classify(sentence: text).cues.filter { $0.id == id }.map(\.text)
    }

    @Test func listedWordsCountInTitleCaseLinesButNotAsNamesInProse() {
        #expect(evidence("evaluative", in: "Bernie Sanders Is Crazy, But The Only Democrat Candidate Voters Actually Like") == ["Crazy", "Actually"])
        // In prose a capitalised listed word inside the sentence is a name.
        #expect(evidence("evaluative", in: "The band Crazy Horse played in Ohio on Monday.").isEmpty)
    }

    /// An editorial word inside an allow-list phrase (a neutral sense of a loaded word) is no
    /// evaluation either: "the grave of the unknown warrior", "a petty officer"; the same word
    /// elsewhere still is ("a grave mistake").
    @Test func wordsInANeutralSenseAreNoEvaluation() {
        #expect(evidence("evaluative", in: "They laid a wreath at the grave of the unknown warrior.").isEmpty)
        #expect(evidence("evaluative", in: "In the past, he was an enlisted petty officer.").isEmpty)
        #expect(evidence("evaluative", in: "The grave mistake cost him the seat.") == ["grave mistake"])
    }

    /// A participle with an object is a verb, no evaluation ("damaging his relationship", "is
    /// appealing the decision"); before a noun, or as the adjective of "it is ...", it evaluates.
    @Test func aParticipleWithAnObjectIsAVerb() {
        #expect(evidence("evaluative", in: "He recused himself, damaging his relationship with the president.").isEmpty)
        #expect(evidence("evaluative", in: "Brannon is appealing the decision.").isEmpty)
        #expect(evidence("evaluative", in: "Shine called them, pressing them to book an interview.").isEmpty)
        #expect(evidence("evaluative", in: "It was a damaging report for the campaign.") == ["damaging"])
        #expect(evidence("evaluative", in: "It's interesting the center chose to sue.") == ["interesting"])
        #expect(evidence("evaluative", in: "The debate is about who is polarizing the most.") == ["polarizing"])
    }

    /// A rate compared between groups ("more likely to", "twice as likely as") is what data
    /// show, not a hedge; "likely" alone, or "more likely that ...", still speculates.
    @Test func aComparedRateIsNoHedge() {
        #expect(evidence("hedge", in: "People in polluted areas are more likely to die of the virus.").isEmpty)
        #expect(evidence("hedge", in: "Democrats are about twice as likely as Republicans to wear masks.").isEmpty)
        #expect(evidence("hedge", in: "It is more likely that the council will retaliate.") == ["likely"])
    }

    @Test func firstPersonIIsTheWriterWhereverItStands() {
        // "I" is always capitalised: it is no name inside a sentence; nor are its contractions.
        #expect(evidence("personal-voice", in: "As I have written before, the council wastes money.") == ["I"])
        #expect(evidence("personal-voice", in: "The plan is sound, although I’ve never seen the figures.") == ["I’ve"])
        #expect(evidence("personal-voice", in: "We're told the plan is sound.") == ["We're"])
        // A letter or a numeral is no pronoun.
        #expect(evidence("personal-voice", in: "Veterans of World War I marched past.").isEmpty)
        #expect(evidence("personal-voice", in: "The others are known only by letters A through I.").isEmpty)
        // A slogan in the first person is someone speaking, not the outlet.
        #expect(evidence("personal-voice", in: "The campaign’s slogan is “I’m with her.”").isEmpty)
    }

    /// "So" grades the word after it ("so good", "so much"); before a clause, a name, a mark
    /// or the end it is a connective or a pro-form, no intensifier.
    @Test func soIsAnIntensifierOnlyBeforeAWordItGrades() {
        #expect(evidence("evaluative", in: "The barbecue was so good that the queue ran round the block.").contains("so"))
        #expect(!evidence("evaluative", in: "Revenue fell, so they’re trimming expenses.").contains("so"))
        #expect(!evidence("evaluative", in: "So Ortiz faces a hard choice.").contains("So"))
        #expect(!evidence("evaluative", in: "The bridge is closed, and so is the road.").contains("so"))
        #expect(!evidence("evaluative", in: "Ortiz thinks so.").contains("so"))
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

    @Test func listedWordsInsideNeutralPhrasesAreNoEvidence() {
        // "so far", "doing so", "such as": the intensifier and the sweeping word used descriptively.
        #expect(evidence("evaluative", in: "The council has so far spent little, and by doing so kept its rating.").isEmpty)
        #expect(evidence("sweeping", in: "Cities such as Leeds applied.").isEmpty)
        #expect(evidence("evaluative", in: "Two people were seriously injured in the crash.").isEmpty)
        // The same words used as evaluation still count.
        #expect(evidence("evaluative", in: "The plan is so bad that nobody defends it.") == ["so", "bad"])
        #expect(evidence("sweeping", in: "No council could defend such a budget.") == ["such"])
    }

    @Test func figuresAreFactualEvidence() {
        let analysis = sharedAnalyzer.classify(sentence: "Prices rose 3.5% in 2022.")
        let figures = analysis.cues.filter { $0.id == "figure" }
        // One piece of evidence a sentence, at its first figure.
        #expect(figures.map(\.text) == ["3.5"])
        #expect(figures.allSatisfy { $0.effect == "factual" })
        // A figure inside a quotation is the speaker's.
        #expect(evidence("figure", in: "\u{201C}The plan cut 40 jobs in a year,\u{201D} the mayor said.").isEmpty)
    }

    @Test func doctrinesNamedByTheirIsmInTheOutletsVoice() {
        #expect(evidence("doctrine", in: "Stakeholder capitalism and populism feed each other.") == ["capitalism", "populism"])
        // A key longer than a pack holds (16 bytes) and a plural.
        #expect(evidence("doctrine", in: "Environmentalism is no match for the old isms of the right, nationalisms above all.") == ["Environmentalism", "nationalisms"])
        // Mechanisms, fields, conditions and faiths are listed as neutral; "isms" alone is too short.
        #expect(evidence("doctrine", in: "The mechanism lets tourism and journalism grow.").isEmpty)
        // Inside a quotation the word is the speaker's; a word another cue claimed counts once, as its.
        #expect(evidence("doctrine", in: "\u{201C}Socialism has failed,\u{201D} she said.").isEmpty)
        #expect(evidence("doctrine", in: "His narcissism is on display.").isEmpty)
        #expect(evidence("evaluative", in: "His narcissism is on display.") == ["narcissism"])
        // After a verb of saying it stays in the evidence with no weight: the speaker's.
        let credited = sharedAnalyzer.classify(sentence: "The senator said capitalism is failing.").cues.filter { $0.id == "doctrine" }
        #expect(credited.map(\.text) == ["capitalism"] && credited.allSatisfy { $0.weight == 0 })
    }

    @Test func exclamationInTheOutletsVoiceOnly() {
        #expect(evidence("exclamation", in: "This is the income tax alone!") == ["!"])
        #expect(evidence("exclamation", in: "\u{201C}Stop the vote!\u{201D}").isEmpty)
        #expect(evidence("exclamation", in: "The council approved the budget.").isEmpty)
    }

    /// The EDITORIAL model's floors (issue 5's definition, `train_editorial.py`): one hedge,
    /// certainty marker, prescription or imperative alone in the outlet's voice reaches the
    /// threshold, for every word of those kinds, whatever the fitted weights.
    @Test func oneDefinitionalWordAloneReachesTheThreshold() throws {
        let set = try LexiconLoader.load()
        let model = try EditorialModel(file: try DataFile.parse(try set.text("editorial-weights.tsv"), name: "editorial-weights.tsv",
                                                                minColumns: 2, maxColumns: 3))
        let cues = try DataFile.parse(try set.text("editorial-cues.tsv"), name: "editorial-cues.tsv", minColumns: 3, maxColumns: 4)
        let needed = log(model.threshold / (1 - model.threshold)) - model.bias
        for (cue, kinds) in [("hedge", ["hedge", "speculation"]), ("certainty", ["certainty"]), ("obligation", ["obligation"]), ("imperative", ["imperative"])] {
            let least = try #require(cues.rows.filter { kinds.contains($0.fields[1]) }.compactMap { Double($0.fields[2]) }.min())
            #expect((model.weights[cue] ?? 0) * least >= needed, "one \(cue) word alone stays under the threshold")
        }
        #expect(sharedAnalyzer.classify(sentence: "Of course, the bridge reopened in the spring.").label == .editorial)
        #expect(sharedAnalyzer.classify(sentence: "The council should scrap the plan.").label == .editorial)
        #expect(sharedAnalyzer.classify(sentence: "The bridge might reopen next month.").label == .editorial)
    }

    /// Weights 1.13.0 (editorial ridge 7, chosen by cross-validation): a sweeping claim about
    /// what everyone or no one knows is the writer's generalisation, not a report of someone's
    /// belief; a named knower stays someone else's.
    @Test func aSweepingClaimAboutKnowledgeIsTheOutletsOwn() {
        #expect(sharedAnalyzer.classify(sentence: "Nobody knows what the next winter will bring.").label == .editorial)
        #expect(sharedAnalyzer.classify(sentence: "Anyone who has waited for a train here knows the feeling.").label == .editorial)
        #expect(sharedAnalyzer.classify(sentence: "The harbour master knows the channel well.").label == .attributed)
        #expect(sharedAnalyzer.classify(sentence: "Nobody knows who sent the letter, the ministry said.").label == .attributed)
    }

    /// editorial-cues 2.15.0: a sweeping pronoun that counts the harmed in a casualty or arrest
    /// report makes no all-or-none claim; the same pronoun with a judgement still does.
    @Test func aCasualtyReportIsNoSweepingClaim() {
        #expect(evidence("sweeping", in: "No one was injured when the scaffolding collapsed.").isEmpty)
        #expect(sharedAnalyzer.classify(sentence: "No one was injured when the scaffolding collapsed.").label == .factual)
        #expect(sharedAnalyzer.classify(sentence: "Nobody has been charged over the warehouse fire.").label == .factual)
        #expect(sharedAnalyzer.classify(sentence: "None were hurt in the derailment.").label == .factual)
        #expect(evidence("sweeping", in: "No one was surprised by the verdict.") == ["No one"])
        #expect(sharedAnalyzer.classify(sentence: "No one was surprised by the verdict.").label == .editorial)
    }

    @Test func negationAndFrequencyAreNoCertaintyMarkers() {
        // "never" negates an event; "always" is an all-or-none claim the data weighs.
        #expect(evidence("certainty", in: "She was never charged with a crime.").isEmpty)
        #expect(sharedAnalyzer.classify(sentence: "She was never charged with a crime.").label == .factual)
        #expect(evidence("sweeping", in: "Prices always rise in winter.") == ["always"])
    }

    /// `train_editorial.py` writes the cue-list versions its evidence came from: weights fitted
    /// on another `editorial-cues.tsv`, `attribution-cues.tsv` or `source-words.tsv` than the
    /// shipped one were not refitted after a change (the shipped file must be the script's
    /// output byte for byte).
    /// A mild loaded term (score 1.5) alone is charged word choice, not an opinion; a strong one
    /// (score 2) alone is (the training script's ceiling on the loaded-term weight).
    @Test func aMildLoadedTermAloneIsNoOpinion() {
        let mild = sharedAnalyzer.classify(sentence: "The bridge works ended in chaos on Tuesday.")
        #expect(mild.cues.contains { $0.id == "loaded-term" })
        #expect(mild.label != .editorial)
        let strong = sharedAnalyzer.classify(sentence: "The council torpedoed the bridge works on Tuesday.")
        #expect(strong.cues.contains { $0.id == "loaded-term" })
        #expect(strong.label == .editorial)
    }

    @Test func weightsWereFittedOnTheShippedCueLists() throws {
        let set = try LexiconLoader.load()
        let weights = try DataFile.parse(try set.text("editorial-weights.tsv"), name: "editorial-weights.tsv", minColumns: 2, maxColumns: 3)
        let fitted = try #require(weights.metadata["fitted-on"])
        let named = fitted.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for (file, columns) in [("editorial-cues", 3...4), ("attribution-cues", 3...4), ("source-words", 2...3)] {
            let list = try DataFile.parse(try set.text(file + ".tsv"), name: file + ".tsv", minColumns: columns.lowerBound,
                                          maxColumns: columns.upperBound)
            let version = try #require(list.metadata["version"])
            #expect(named.contains("\(file) \(version)"), "editorial-weights.tsv fitted on \(fitted); rerun scripts/training/train_editorial.py")
        }
    }
}
