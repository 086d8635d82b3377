import Foundation
import SlantCore
import Testing

/// A sentence that reports more than one attribution names each source: the main one in
/// `source`, the others in `other_sources`. A speaker inside what the main source reports is
/// part of that report, not another source of the outlet's.
@Suite struct OtherSourcesTests {
    @Test func coordinateReportsNameBothSpeakers() throws {
        let s = sharedAnalyzer.classify(sentence: "Dana Ruiz said the road would close, but the mayor told the council that it would stay open.")
        #expect(s.label == .attributed)
        #expect(s.source?.text == "Dana Ruiz")
        #expect(s.other_sources?.map(\.text) == ["the mayor"])
    }

    @Test func aModeratorWhoSpeaksIsAnotherSource() throws {
        // "moderator" is a role (source-words 1.11.0): the speaker of the opening clause is a
        // source beside the main clause's.
        let s = sharedAnalyzer.classify(sentence: "When the moderator pointed out that the mayor had not answered, she said the question was unfair.")
        #expect(s.source?.text == "she")
        #expect(s.other_sources?.map(\.text) == ["the moderator"])
    }

    @Test func secondShareOfRespondentsIsAnotherSource() throws {
        // A poll's two shares, each with its own verb of saying in a clause of its own.
        let s = sharedAnalyzer.classify(sentence: "Among parents, 74 percent said the school is safe, while 22 percent said they might move.")
        #expect(s.source?.text == "74 percent")
        #expect(s.source?.kind == "document")
        #expect(s.other_sources?.map(\.text) == ["22 percent"])
    }

    @Test func pollNamedInTheOpeningPhraseIsAnotherSource() throws {
        // The respondents answered and the poll asked: both are sources. A poll named in a
        // comparison of results is not.
        let s = sharedAnalyzer.classify(sentence: "In a Harbor Institute poll released Monday, 41 percent of voters said they would back the levy.")
        #expect(s.source?.text == "41 percent of voters")
        #expect(s.other_sources?.map(\.text) == ["a Harbor Institute poll"])
        let compared = sharedAnalyzer.classify(sentence: "The mayor's approval fell from 58 percent in the last poll to 55 percent, 41 percent of voters said.")
        #expect(compared.other_sources?.contains { $0.text.contains("poll") } != true)
    }

    @Test func phraseOnTheNamingVerbIsTheSameAttribution() throws {
        // "in an interview", "in a statement" tell where the main source spoke: the subject of
        // the claim before them is not another speaker.
        let a = sharedAnalyzer.classify(sentence: "The old ferry, built in 1961 to carry 300 people, is the town's pride, he said in an interview on Saturday.")
        #expect(a.source?.text == "he")
        #expect(a.other_sources == nil)
        let b = sharedAnalyzer.classify(sentence: "Two boxes of ballots have been placed in storage, Dana Ruiz, the county clerk, wrote in a memo to staff.")
        #expect(b.source?.text == "Dana Ruiz, the county clerk")
        #expect(b.other_sources == nil)
        // "according to" names a source of its own, and the speaker it reports stays one too.
        let c = sharedAnalyzer.classify(sentence: "The mayor said the road would close, according to the council minutes.")
        #expect(c.source?.text == "the council minutes")
        #expect(c.other_sources?.map(\.text) == ["The mayor"])
    }

    @Test func speakerInsideTheReportIsNotAnotherSource() throws {
        let s = sharedAnalyzer.classify(sentence: "Dana Ruiz said the mayor told the council that the road would close.")
        #expect(s.label == .attributed)
        #expect(s.source?.text == "Dana Ruiz")
        #expect(s.other_sources == nil)
    }

    @Test func relativeClauseWithItsOwnVerbOfSayingIsAnotherSource() throws {
        // "who's" with its auxiliary: the relative clause is a clause of its own, not part of
        // what the main source reports.
        let s = sharedAnalyzer.classify(sentence: "The plan has been championed by Councilwoman Jo Park, who’s argued for years that the roads need work.")
        #expect(s.source?.text == "Councilwoman Jo Park")
        let other = try #require(s.other_sources?.first)
        #expect(other.text == "who")
    }

    @Test func openingSubordinateClauseIsBackground() throws {
        // The main clause's speaker is the sentence's source; the speaker of the opening
        // "While ..." clause is another one, and does not make the main clause part of its report.
        let s = sharedAnalyzer.classify(sentence: "While Dana Ruiz has said that the bridge is safe, Omar Haddad said the inspectors never saw it.")
        #expect(s.source?.text == "Omar Haddad")
        #expect(s.other_sources?.map(\.text) == ["Dana Ruiz"])
    }

    @Test func relativeClauseAfterTheMainVerbKeepsTheMainSource() throws {
        // A verb of saying in ", which ... said" after the main clause's own verb of saying: the
        // main clause names the sentence's source, and the relative clause's speaker is another.
        let s = sharedAnalyzer.classify(sentence: "Dana Ruiz criticized the budget, which the mayor said would cut bus routes.")
        #expect(s.source?.text == "Dana Ruiz")
        #expect(s.other_sources?.map(\.text) == ["the mayor"])
        let pronoun = sharedAnalyzer.classify(sentence: "Omar Haddad has blasted the rules, which he said favour the incumbents.")
        #expect(pronoun.source?.text == "Omar Haddad")
        #expect(pronoun.other_sources?.map(\.text) == ["he"])
    }

    @Test func relativeClauseSpeakerOfNoListedKindIsAnotherSource() throws {
        // "the probe" is of no listed kind (`unknown`); after ", which" it is still the speaker
        // of a clause of its own.
        let s = sharedAnalyzer.classify(sentence: "Dana Ruiz criticized the budget, which the probe said would cut bus routes.")
        #expect(s.source?.text == "Dana Ruiz")
        #expect(s.other_sources?.map(\.text) == ["the probe"])
        #expect(s.other_sources?.first?.kind == "unknown")
    }

    @Test func restrictiveClauseWithAGapHasItsOwnSpeaker() throws {
        // Without a comma too, a clause whose verb of saying lacks its object (the noun before
        // "that") is the clause speaker's claim about that noun: the mayor says the budget
        // would cut bus routes, as PolNeAR's annotators read such clauses.
        let s = sharedAnalyzer.classify(sentence: "Dana Ruiz criticized the budget that the mayor said would cut bus routes.")
        #expect(s.source?.text == "Dana Ruiz")
        #expect(s.other_sources?.map(\.text) == ["the mayor"])
    }

    @Test func thatAfterAVerbIsPartOfTheReport() throws {
        // After a verb, or a verb and its object, "that" opens what the main source reports.
        let s = sharedAnalyzer.classify(sentence: "Dana Ruiz said that the mayor cut bus routes.")
        #expect(s.source?.text == "Dana Ruiz")
        #expect(s.other_sources == nil)
    }

    @Test func oneSpeakerHasNoOtherSources() {
        let s = sharedAnalyzer.classify(sentence: "Dana Ruiz said the road would close, adding that it would reopen in May.")
        #expect(s.source?.text == "Dana Ruiz")
        #expect(s.other_sources == nil)
    }

    @Test func earlierClauseWithItsOwnVerbIsAnotherSource() throws {
        // The verb of saying names the main source; the clause before it has a verb of belief
        // or a finding of its own right after its subject, whose speaker is another source.
        let belief = sharedAnalyzer.classify(sentence: "Many economists expect fares to rise, but the transit director said the board would hold them.")
        #expect(belief.source?.text == "the transit director")
        #expect(belief.other_sources?.map(\.text) == ["Many economists"])
        let finding = sharedAnalyzer.classify(sentence: "Court filings show the fund lost money, and its manager says the losses were temporary.")
        #expect(finding.source?.text == "its manager")
        #expect(finding.other_sources?.map(\.text) == ["Court filings"])
        let closing = sharedAnalyzer.classify(sentence: "The audit found the agency overspent, the governor told reporters.")
        #expect(closing.source?.text == "the governor")
        #expect(closing.other_sources?.map(\.text) == ["The audit"])
        // Before a closing tag with nothing after its verb but a time ("..., the district said
        // on Monday."), all before the comma is the tag's report: a speaker inside it is no
        // other source ("Most parents say" is what the district said), unless a coordinating
        // word opens a clause of its own.
        let nested = sharedAnalyzer.classify(sentence: "Most parents say they prefer shorter school days, the district said.")
        #expect(nested.source?.text == "the district")
        #expect(nested.other_sources == nil)
        let tag = sharedAnalyzer.classify(sentence: "The campaign plans to release more medical records soon, a spokesman announced Monday morning.")
        #expect(tag.source?.text == "a spokesman")
        #expect(tag.other_sources == nil)
        let own = sharedAnalyzer.classify(sentence: "Many economists expect fares to rise, but the transit board will hold them, the director said.")
        #expect(own.source?.text == "the director")
        #expect(own.other_sources?.map(\.text) == ["Many economists"])
    }

    /// A coordinating word inside a quotation joins no clauses of the sentence: a speaker in
    /// the main source's report after it is no other source.
    @Test func aCoordinatorInsideAQuotationOpensNoClause() {
        let s = sharedAnalyzer.classify(sentence: "Jo Park said the mayor is reduced to \"taunts and insults\" because he cannot defend his record.")
        #expect(s.source?.text == "Jo Park")
        #expect(s.other_sources == nil)
    }

    @Test func earlierSpeakerOnlyRightBeforeItsVerb() throws {
        // A pronoun before a verb of belief is left out: "Asked whether he thought" is a
        // question put to the main source.
        let asked = sharedAnalyzer.classify(sentence: "Asked whether he thought the bridge was safe, Omar Haddad said the inspectors never saw it.")
        #expect(asked.source?.text == "Omar Haddad")
        #expect(asked.other_sources == nil)
        // A subject further from its verb is not taken.
        let far = sharedAnalyzer.classify(sentence: "Economists in the region have for years expected a slowdown, the minister said.")
        #expect(far.source?.text == "the minister")
        #expect(far.other_sources == nil)
    }

    /// A closing ", the Gazette reported." after a quotation's comma is a report of its own:
    /// the paper reports the speaker's saying, and both are sources.
    @Test func closingTagAfterAQuotationIsAnotherSource() {
        let s = sharedAnalyzer.classify(sentence: "Ruiz told reporters at a town meeting that the road would be ''closed for good,'' the Gazette reported.")
        #expect(Set([s.source?.text].compactMap { $0} + (s.other_sources ?? []).map(\.text)) == ["Ruiz", "the Gazette"])
        // Not a phrase after its verb: "portrayed his rival as a danger" names the portrayed.
        let object = sharedAnalyzer.classify(sentence: "Ruiz, who has called the plan ''reckless,'' portrayed her rival as a danger to the city.")
        #expect(object.other_sources?.contains { $0.text.contains("rival") } != true)
    }

    /// An absolute clause ("with X calling it ...", "– X saying ...") is a clause of its own,
    /// whose subject speaks.
    @Test func absoluteClauseNamesItsOwnSpeaker() {
        let with = sharedAnalyzer.classify(sentence: "Council members who back the plan were angry about the delay, with Mayor Dana Ruiz calling it \"a disgrace.\"")
        #expect(with.source?.text == "Mayor Dana Ruiz" || with.other_sources?.map(\.text).contains("Mayor Dana Ruiz") == true)
        let dash = sharedAnalyzer.classify(sentence: "Both leaders issued a statement – Ruiz saying she was \"very pleased\" and Park calling it a \"good day.\"")
        #expect(Set((dash.other_sources ?? []).map(\.text)).isSuperset(of: ["Ruiz", "Park"]))
        let plural = sharedAnalyzer.classify(sentence: "The rally ran late, with many marchers chanting \"Save the library.\"")
        #expect(plural.source?.text == "many marchers")
        // Not a noun's participle: "with a March speech denouncing" names no speaker.
        let speech = sharedAnalyzer.classify(sentence: "Ruiz, who opened the campaign with a March speech denouncing the levy, will not attend.")
        #expect(speech.source?.text.contains("speech") != true)
        #expect(speech.other_sources?.contains { $0.text.contains("speech") } != true)
    }

    @Test func otherSourcesAreWrittenOnlyWhenThereAreSome() throws {
        let one = sharedAnalyzer.classify(sentence: "The road will close in May.")
        let data = try JSONEncoder().encode(one)
        #expect(!String(decoding: data, as: UTF8.self).contains("other_sources"))
    }
}
