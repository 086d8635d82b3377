import SlantCore
import Testing

/// Where the attribution cues speak and where they keep silent: the general cases behind the
/// rules of `attribution-cues.tsv` 2.19.0, `PollFindingCue`, `BeliefVerbCue`, `ContentClauseCue` and `SeenAsCue`.
struct AttributionCueTests {
    /// The ids of the attribution evidence in the sentence.
    func attributionCues(in text: String) -> [String] {
        sharedAnalyzer.classify(sentence: text).cues.filter { $0.effect == "attribution" }.map(\.id)
    }

    @Test(arguments: [
        // An imperative addressed to the reader, after an opening "and", "just" or "now": the
        // writer's own voice.
        ("And remember that the bridge closes at noon.", "remember"),
        ("Just imagine a city without cars.", "imagine"),
        ("Now consider what the bridge cost.", "consider"),
    ])
    func aVerbOfBeliefInAnImperativeReportsNoOne(text: String, word: String) {
        #expect(!attributes(word, in: text), "\(word) should not be attribution evidence")
    }

    @Test(arguments: [
        ("The mayor remembers that the bridge closed at noon.", "remembers"),
        ("And residents imagine a city without cars.", "imagine"),
        ("And remembering that the bridge closes at noon, she left early.", "remembering"),
    ])
    func aVerbOfBeliefWithASubjectIsReported(text: String, word: String) {
        #expect(attributes(word, in: text), "\(word) should be attribution evidence")
    }

    /// An objection voiced, in every form of "take issue with" ("Moore takes issue with that
    /// view", "Some council members would take issue with the plan"); and "taken aim at".
    @Test(arguments: [
        ("Some council members would take issue with the plan.", "take issue with"),
        ("Ortiz takes issue with the plan.", "takes issue with"),
        ("Ortiz, taking issue with the plan, left early.", "taking issue with"),
        ("Ortiz has taken issue with the plan.", "taken issue with"),
        ("Tech companies have taken aim at the plan.", "taken aim at"),
    ])
    func takingIssueIsAnObjection(text: String, phrase: String) {
        #expect(attributes(phrase, in: text), "\(phrase) should be attribution evidence")
    }

    /// "rail" reports a stance only with "against" or as "railed": alone it is most often a
    /// noun ("rail workers", "the rail carriers").
    /// A form in -ing right before a finite auxiliary is a gerund, the subject of what follows
    /// ("which council lobbying had watered down"); a progressive's verb is still a verb ("What
    /// Ortiz is proposing would cut the levy").
    @Test func aGerundBeforeAnAuxiliaryIsNoVerb() {
        #expect(!attributes("lobbying", in: "The board approved the plan, which council lobbying had watered down."))
        #expect(!attributes("reporting", in: "The difference in reporting is reflected in the figures."))
        #expect(attributes("proposing", in: "What Ortiz is proposing would cut the levy."))
    }

    /// A participle in -ed between a determiner and its noun is an adjective ("The proposed
    /// rules would replace the test"); "alleged" still gives the claim as someone's, and a
    /// participle before "by" is a verb's.
    @Test func aParticipleBeforeItsNounIsNoVerb() {
        #expect(!attributes("proposed", in: "The proposed rules would replace the test."))
        #expect(!attributes("disputed", in: "Tensions over a disputed border escalated this week."))
        #expect(!attributes("tweeted", in: "Invest five seconds and watch this tweeted snippet."))
        #expect(attributes("alleged", in: "The alleged shooter will appear in court on Wednesday."))
        #expect(attributes("proposed", in: "The plan proposed by the mayor would replace the test."))
        // After a count too; not after a date's day or a year, where it is the clause's verb.
        #expect(!attributes("confirmed", in: "The county has 546 confirmed cases."))
        #expect(!attributes("reported", in: "There were 12 reported incidents on the campus."))
        #expect(!attributes("confirmed", in: "Deaths have passed 500,000, with over 10 million confirmed cases."))
        // A plural after a lower-case word for the press is a compound's head before an
        // auxiliary, a preposition or a verb; before its object it is a verb.
        #expect(!attributes("reports", in: "Earlier news reports have cited security sources."))
        #expect(!attributes("posts", in: "The study examined thousands of social media posts on three sites."))
        #expect(attributes("reports", in: "The news media reports that the talks have stalled."))
        // A set phrase in which the word reports no one.
        #expect(!attributes("claim", in: "The president can lay claim to only a mixed record."))
        #expect(!attributes("condemned", in: "He was condemned to death in 1998."))
        #expect(attributes("announced", in: "Mayor Ortiz on May 4 announced steps to reopen the parks."))
        #expect(attributes("rejected", in: "Voters in 2012 rejected a ballot measure on the levy."))
    }

    /// "Add" with a thing added ("add a citizenship question", "by adding the date") reports no
    /// words; after a quotation, before a clause or as a closing tag it does.
    @Test func aThingAddedIsNoRemark() {
        #expect(!attributes("add", in: "Why did the administration add a citizenship question to the census?"))
        #expect(!attributes("adding", in: "She tried to verify the signature by adding the date and location."))
        #expect(!attributes("added", in: "The paper never added a link."))
        #expect(attributes("added", in: "“Tensions are high,” added an Ohio Republican."))
        #expect(attributes("Added", in: "Added a New Hampshire Republican: “Cops getting shot has an impact.”"))
        #expect(attributes("adding", in: "Ruiz said she would assess the situation, adding the committee would continue its work."))
        #expect(attributes("adds", in: "“He has made a wise decision” to go to Salem, adds the lawyer."))
        #expect(attributes("added", in: "He added that the plan would fail."))
    }

    /// "Say" set off by commas after a preposition or "than" is "for example"; "as opposed to"
    /// and "to say nothing of" are the writer's idioms. A verb after a noun still reports.
    @Test func theWritersExamplesReportNoOne() {
        #expect(!attributes("say", in: "The council could retaliate by, say, putting a levy on the bridge."))
        #expect(!attributes("say", in: "A ferry is harder to run than, say, a bus line."))
        #expect(!attributes("opposed", in: "The levy would cap fares at $2, as opposed to the usual $5."))
        #expect(!attributes("say", in: "That is to say nothing of the ferry."))
        #expect(attributes("say", in: "Maybe I can, by speaking to the riders, say, look, this is not who we are."))
        #expect(attributes("opposed", in: "Most riders are opposed to the levy."))
    }

    /// "It felt like", "it felt so": how a moment seems, the writer's impression, no one's
    /// feeling; a holder's feeling still reports.
    @Test func anImpersonalFeelingIsNoOnes() {
        #expect(!attributes("felt", in: "It felt like a hangover after a wild party."))
        #expect(!attributes("feel", in: "It can sometimes feel like the council is falling in line."))
        #expect(!attributes("felt", in: "The vote mattered because it felt so final."))
        #expect(attributes("feel", in: "They feel like the vote was stolen."))
        #expect(attributes("felt", in: "Riders felt betrayed by the levy."))
        #expect(attributes("feel", in: "The council may feel even less urgency without a deadline."))
    }

    /// "Suspect" as the person suspected, after a word that names no one who could hold a
    /// suspicion, is no verb of belief; after a speaker's word it is.
    @Test func aSuspectIsNoSuspicion() {
        #expect(!attributes("suspect", in: "Salem bridge attack suspect used four aliases."))
        #expect(!attributes("suspect", in: "A robbery suspect escaped from the county jail."))
        #expect(!attributes("suspect", in: "Salem shooting suspect charged"))
        #expect(!attributes("suspect", in: "Officers have arrested bombing suspect Jo Park."))
        #expect(!attributes("suspects", in: "The fraud suspects were charged on Monday."))
        #expect(attributes("suspect", in: "Police suspect arson in the fire."))
        #expect(attributes("suspect", in: "Many experts suspect the losses were inflated."))
        #expect(attributes("suspect", in: "Investigators now suspect the fire was set."))
        #expect(attributes("suspect", in: "Some suspect the mayor knew."))
    }

    /// An inference participle after a clause that names no one who could speak is the
    /// outlet's own conclusion: its evidence weighs nothing and the sentence is no report.
    /// After a speaker, a document or a name it reports them.
    @Test func anInferenceAfterAClauseOfNoSpeakerIsTheOutlets() throws {
        let inference = sharedAnalyzer.classify(sentence: "The deficit drops to $27 billion next year, suggesting the threats will be less dire.")
        #expect(inference.label != .attributed)
        let cue = try #require(inference.cues.first { $0.text == "suggesting" })
        #expect(cue.weight == 0)
        #expect(cue.note?.contains("inference") == true)
        #expect(sharedAnalyzer.classify(sentence: "The wage gains were spread across all incomes, indicating that the middle class gained.").label != .attributed)
        #expect(sharedAnalyzer.classify(sentence: "The report found that emissions fell, suggesting the rules worked.").label == .attributed)
        #expect(sharedAnalyzer.classify(sentence: "She paused, suggesting she had doubts.").label == .attributed)
        #expect(sharedAnalyzer.classify(sentence: "Ruiz rose to the occasion, suggesting a new phase of the race.").label == .attributed)
    }

    /// The writer's imperatives and notes report no one: "Note that ...", "Assume that ...", a
    /// phrasal verb opening the sentence ("Speak out about ..."), "(emphasis added)"; a noun
    /// that opens a list item ("Insistence that airlines ...") still reports a demand.
    @Test func theWritersImperativesAndNotesReportNoOne() {
        #expect(sharedAnalyzer.classify(sentence: "Note that the levy is already raising rents.").label != .attributed)
        #expect(sharedAnalyzer.classify(sentence: "Speak out about the levy, and you are a troublemaker.").label != .attributed)
        #expect(sharedAnalyzer.classify(sentence: "Here is the council's ruling (emphasis added):").label != .attributed)
        #expect(sharedAnalyzer.classify(sentence: "Insistence that landlords freeze rents for a year.").label == .attributed)
    }

    /// A bare form that is also a noun, after an adjective or a word of quantity, is a noun
    /// phrase's head ("has national support", "with broad support from"), not a holder's verb.
    @Test func supportAfterAnAdjectiveIsANoun() {
        let plain = sharedAnalyzer.classify(sentence: "The levy passed with broad support from both parties.")
        #expect(!plain.cues.contains { $0.id == "belief-verb" })
        #expect(!sharedAnalyzer.classify(sentence: "Ortiz, too, has national support.").cues.contains { $0.id == "belief-verb" })
        #expect(sharedAnalyzer.classify(sentence: "Many voters support the levy.").cues.contains { $0.id == "belief-verb" })
    }

    /// A listed plural at the end of its clause after a word that names no speaker is a noun
    /// ("group health plans.", "the wiretapping claims."); in a clause of "as" or a closing
    /// clause after a comma it is a verb ("as the paper reports.", ", the paper reports.").
    @Test func aPluralEndingItsClauseAfterAPlainWordIsANoun() {
        #expect(!attributes("plans", in: "The rule lets people band together to buy group health plans."))
        #expect(!attributes("claims", in: "That is where things stand with the wiretapping claims."))
        #expect(attributes("reports", in: "The strike was later confirmed, as the paper reports."))
        #expect(attributes("reports", in: "The strike was confirmed, the paper reports."))
        #expect(attributes("hopes", in: "That is what everyone hopes."))
    }

    /// A sentence-opening "That said," and the connectives like it are the writer turning the
    /// argument, no one's report; "a sign that said ..." still reports.
    @Test func concessiveConnectivesReportNoOne() {
        #expect(!attributes("said", in: "That said, the vote happened less than two days ago."))
        #expect(!attributes("said", in: "Having said that, the council has the votes."))
        #expect(!attributes("say", in: "That's not to say the levy will pass."))
        #expect(attributes("said", in: "The crowd passed a sign that said the levy was theft."))
    }

    /// A form in -ing right after an article is a noun or an adjective ("the swearing in", "a
    /// lobbying firm", "a promising start"), not a verb with a speaker.
    @Test func aFormInIngAfterAnArticleIsNoVerb() {
        #expect(!attributes("swearing", in: "The session opened with the swearing in of the new members."))
        #expect(!attributes("lobbying", in: "She works for a lobbying firm in the capital."))
        #expect(attributes("saying", in: "The mayor left the hall, saying the levy was dead."))
    }

    /// A form that is also a noun, right before its clause's auxiliary, after a word that
    /// cannot be its subject, heads the subject ("Jobless claims are", "this labour dispute
    /// is", "That claim is"); after a speaker, or in a clause whose object went before it, it
    /// is a verb ("issues he hopes will", "a move that the kingdom hopes will").
    @Test func aNounFormBeforeItsAuxiliaryIsTheSubject() {
        #expect(!attributes("claims", in: "Jobless claims are coming down."))
        #expect(!attributes("dispute", in: "Zooming out, this labour dispute is one more sign of unrest."))
        #expect(!attributes("claim", in: "That claim is hard to square with the record."))
        #expect(!attributes("comments", in: "His public comments are not always well judged."))
        #expect(attributes("hopes", in: "He talks about the issues he hopes will appeal to young voters."))
        #expect(attributes("hopes", in: "It is a move that the kingdom hopes will shift opinion."))
        #expect(attributes("fear", in: "It is a ruling rights workers fear will harm the poor."))
    }

    /// A negated imperative ("Don't blame Bush.", "Don’t worry.", "Do not tell anyone") has
    /// no subject, so its verb reports no one's claim or belief; inside a quotation it is the
    /// speaker's, as any quotation is.
    @Test func aNegatedImperativeReportsNoOne() {
        #expect(!attributes("blame", in: "Don't blame Bush."))
        #expect(!attributes("worry", in: "Don\u{2019}t worry."))
        #expect(!attributes("tell", in: "Do not tell anyone about the plan."))
        #expect(attributes("blame", in: "Voters don't blame Bush."))
    }

    /// The reader's "you" right before a verb is the writer addressing the reader ("You’d
    /// think that ...", "As you know, ..."), as "I" and "we" are the writer; "you" as an object
    /// before another subject is not ("told you the levy would fail").
    @Test func theReadersYouIsTheWritersVoice() {
        #expect(!attributes("think", in: "You\u{2019}d think that the council would know better."))
        #expect(!attributes("know", in: "As you know, the bridge closes at noon."))
        #expect(attributes("told", in: "The mayor told you the levy would fail."))
    }

    /// A listed noun in its bare form after a singular name, before its clause's verb, is the
    /// head of a noun phrase ("The Ortiz report cleared the mayor", "the Treasury note
    /// dropped"); after a plural ("Republicans think might be") or in its -s form ("as Ortiz
    /// claims is") it is a verb.
    @Test func aListedNounAfterANameBeforeItsVerbIsNoVerb() {
        #expect(!attributes("report", in: "The Ortiz report cleared the mayor of any wrongdoing."))
        #expect(!attributes("report", in: "The Ortiz report did not name the donors."))
        #expect(attributes("claims", in: "Whether the levy passed as Ortiz claims is a matter of debate."))
    }

    @Test func railingAgainstIsAStanceAndRailWorkersAreNot() {
        #expect(attributes("railed", in: "The mayor railed against the toll."))
        #expect(attributes("rails against", in: "The mayor rails against the toll."))
        #expect(!attributes("rail", in: "Many rank-and-file rail workers voted down the contract."))
        #expect(!attributes("rail", in: "The major rail carriers reached a deal."))
    }

    /// "telling" as an adjective, revealing ("a telling example", "the most telling part")
    /// reports no one; "telling reporters" still does.
    @Test func aTellingExampleIsNoReport() {
        #expect(!attributes("telling", in: "It was a small but telling example of how the council works."))
        #expect(!attributes("telling", in: "The most telling part of the budget came last."))
        #expect(!attributes("telling", in: "Aides watched the crowd for telling signs of protest."))
        #expect(attributes("telling", in: "The mayor left early, telling reporters the vote was over."))
    }

    /// A recall as a vote to remove an official reports no one; remembering still does.
    @Test func aRecallElectionIsNoReport() {
        #expect(!attributes("recall", in: "Walker survived a recall election in 2012."))
        #expect(!attributes("recall", in: "The recall effort gathered 900,000 signatures."))
        #expect(attributes("recalled", in: "He recalled that the vote was close."))
    }

    /// Verbs of saying or of a public stance in their verb forms only: "scoffed", "excoriated",
    /// "chastised" report; the adjective "sneering" and an academic "lectured" do not.
    @Test func verbsOfScornReportAndTheirAdjectivesDoNot() {
        #expect(attributes("scoffed", in: "The mayor scoffed at the plan."))
        #expect(attributes("excoriated", in: "The council excoriated the contractor."))
        #expect(attributes("chastised", in: "Lee chastised the board for its delay."))
        #expect(!attributes("sneering", in: "The sneering tone of the debate put voters off."))
        #expect(!attributes("lectured", in: "Park has lectured on antitrust law at Harvard."))
    }

    @Test(arguments: [
        "It is my hope that the council will repair the bridge.",
        "Our fear that the bridge will fail has only grown.",
        "It is our firm belief that the bridge must be repaired.",
    ])
    func aViewTheWriterOwnsIsNoAttribution(text: String) {
        #expect(!attributionCues(in: text).contains("content-clause"), "the writer's own view: \(text)")
    }

    @Test(arguments: [
        "The council met amid accusations that the count was rigged.",
        "Residents dismissed the notion that the bridge was safe.",
    ])
    func aViewWithItsContentIsReported(text: String) {
        #expect(attributionCues(in: text).contains("content-clause"), "someone's view with its content: \(text)")
    }

    @Test(arguments: [
        // Keeping something is no claim; asserting it with a clause is.
        "The mayor maintains a commanding lead in the race.",
        "The city has maintained the bridge since 1990.",
        // A dateline credit names the outlet's own reporter.
        "Smith reported from Washington.",
        // A reply told as an act reports no statement.
        "The city responded by closing the bridge.",
        // "found" closing a sentence reports a finding only after a comma and its subject.
        "He lost the keys, which were later found.",
        "Two bodies were found.",
        "Flashes of humor can be found.",
    ])
    func actsAndCreditsAreNotAttributed(text: String) {
        let result = sharedAnalyzer.classify(sentence: text)
        #expect(result.label != .attributed, "\(text) -> \(result.label)")
        #expect(!result.cues.contains { $0.effect == "attribution" }, "no attribution evidence in \(text)")
    }

    @Test(arguments: [
        "The mayor maintained that the bridge was safe.",
        "Smith reported that the bridge was closed.",
        "The city responded that the bridge was safe.",
    ])
    func theSameVerbsWithAClaimAreAttributed(text: String) {
        #expect(sharedAnalyzer.classify(sentence: text).label == .attributed, "\(text) should be ATTRIBUTED")
    }

    @Test(arguments: [
        "Turnout fell in every district, Pew found.",
        "Turnout fell in every district, the study has found.",
        "It was a costly mistake, he found.",
    ])
    func aClosingClauseOfFindingIsAttributed(text: String) {
        #expect(sharedAnalyzer.classify(sentence: text).label == .attributed, "\(text) should be ATTRIBUTED")
    }

    @Test(arguments: [
        ("To many economists, the plan is a reckless gamble.", "many economists"),
        ("To Sexton, Tuesday marked a turning point.", "Sexton"),
        ("But to some observers, it seemed more like raw meat.", "some observers"),
        ("To critics, the deal is a giveaway.", "critics"),
    ])
    func anOpeningToFramesSomeonesView(text: String, source: String) {
        let result = sharedAnalyzer.classify(sentence: text)
        #expect(result.cues.contains { $0.id == "viewpoint-frame" }, "a viewpoint frame in \(text)")
        #expect(result.label == .attributed, "\(text) -> \(result.label)")
        #expect(result.source?.text == source)
    }

    @Test(arguments: [
        "To date, the company has sold 40 units.",
        "To some extent, the plan worked.",
        "To the extent she talks about Trump, her message is simple.",
        "To win over skeptics, Clinton toured the state.",
        "To stop Ted Cruz, the party is working around the clock.",
        "To his credit, he apologized.",
        "To me, the plan is a disaster.",
        "To Stop Trump, GOP Leaders Plot Convention Fight",
    ])
    func otherOpeningTosFrameNoView(text: String) {
        #expect(!sharedAnalyzer.classify(sentence: text).cues.contains { $0.id == "viewpoint-frame" }, "no viewpoint frame in \(text)")
    }

    @Test(arguments: [
        ("In his view, the plan is a gamble.", "his"),
        ("But in their view, the plan is a gamble.", "their"),
        ("In the mayor's view, the plan is a gamble.", "the mayor"),
        ("From Lopez's perspective, the deal is a disaster.", "Lopez"),
        // Whose eyes, mind or perspective it is, after "of".
        ("In the eyes of many voters, the plan is a gamble.", "many voters"),
        ("From the perspective of the White House, the deal was a win.", "the White House"),
    ])
    func aViewThatFramesTheSentenceIsItsHolders(text: String, source: String) {
        let result = sharedAnalyzer.classify(sentence: text)
        #expect(result.label == .attributed, "\(text) -> \(result.label)")
        #expect(result.source?.text == source)
    }

    @Test(arguments: [
        ("The plan, as one official put it, is a mess.", "one official"),
        ("As Ruth Marcus puts it, the plan is a mess.", "Ruth Marcus"),
        // A clause of "as" frames the wording whatever follows the verb; so does a manner.
        ("As the radio host Dana Ruiz put it in August, the town has changed.", "the radio host Dana Ruiz"),
        // (A title's period inside the "as" clause: "As Ms. Ruiz put it in a statement".)
        ("As Ms. Dana Ruiz put it in a statement to reporters, the levy is a tax on renters.", "Ms. Dana Ruiz"),
        ("A council aide put it like this: the levy is dead.", "A council aide"),
    ])
    func puttingItIsWordingIt(text: String, source: String) {
        let result = sharedAnalyzer.classify(sentence: text)
        #expect(result.cues.contains { $0.id == "attribution-verb" && $0.text.hasPrefix("put") }, "put it in \(text)")
        #expect(result.source?.text == source)
    }

    @Test(arguments: ["She put it on the table.", "Such movements, to put it mildly, are unpopular.", "Let me put it this way.",
                      "As the crowd left, she put it in the van."])
    func puttingItSomewhereSaysNothing(text: String) {
        #expect(!sharedAnalyzer.classify(sentence: text).cues.contains { $0.id == "attribution-verb" }, "no verb of saying in \(text)")
    }

    @Test func aQuantifierWonderingIsTheHolder() {
        // "Many wonder if ... should": the obligation is the wonderers' question, not the outlet's.
        let result = sharedAnalyzer.classify(sentence: "Many wonder if a more conservative candidate should run.")
        #expect(result.label == .attributed)
        #expect(result.source?.text == "Many")
    }

    @Test func aPerspectiveOfferedOnATopicIsNoOnesView() {
        #expect(sharedAnalyzer.classify(sentence: "The museum offers a new perspective on the war.").label == .factual)
    }

    @Test func aFramedPronounIsResolved() {
        let analysis = sharedAnalyzer.analyze(Article(text: "Ana Ruiz runs the shelter. To her, the plan is a gift."))
        let framed = analysis.sentences[1]
        #expect(framed.label == .attributed)
        #expect(framed.source?.text == "her")
        #expect(framed.source?.kind == "pronoun")
        #expect(framed.source?.resolved == "Ana Ruiz")
    }

    @Test(arguments: [
        ("The mayor cast the closure as a safety measure.", "cast"),
        ("Critics painted the plan as a giveaway.", "painted"),
        ("The deal was billed as a breakthrough.", "billed"),
        ("Officials depict the bridge as safe.", "depict"),
    ])
    func aPortrayalAsSomethingIsAView(text: String, word: String) {
        #expect(sharedAnalyzer.classify(sentence: text).cues.contains { $0.id == "seen-as" && $0.text == word },
                "\(word) ... as should be someone's view")
    }

    @Test(arguments: ["The mayor painted the bridge blue.", "Residents cast their votes early."])
    func aPortrayalVerbWithoutAsIsNoView(text: String) {
        #expect(!attributionCues(in: text).contains("seen-as"), "no view in \(text)")
    }

    /// The generic "one" speaks for the writer, as a generic "you" does; one of a group, "no
    /// one" and "the one" still hold their view.
    @Test func theGenericOneIsTheWriter() {
        for text in ["One could say the same about the levy.", "Skimming these lists, one might conclude that they are random.",
                     "One doubts that the levy will pass."] {
            #expect(attributionCues(in: text).isEmpty, "the writer's in \(text)")
        }
        #expect(attributionCues(in: "Two declined but one agreed.").contains("attribution-verb"))
        #expect(attributionCues(in: "No one expects the levy to pass.").contains("belief-verb"))
    }

    /// "expected" with a subject of its own is a belief; "than expected", "as expected", a
    /// headline's "X expected to" and the passive are not (the passive is an expectation).
    @Test func anActiveExpectedIsABelief() {
        for text in ["Her advisers expected a narrower win.", "The vote came sooner than anyone had expected.",
                     "He expected me to read my statement."] {
            #expect(attributionCues(in: text).contains("belief-verb"), "a belief in \(text)")
        }
        for text in ["The results were better than expected.", "As expected, the levy passed.", "The expected result came.",
                     "Ruiz expected to win the primary.", "The House is expected to pass it.", "Better Than Expected Despite The Storm",
                     "One might have expected the second debate to be better."] {
            #expect(!attributionCues(in: text).contains("belief-verb"), "no belief in \(text)")
        }
        #expect(attributionCues(in: "The House is expected to pass it.").contains("expectation"))
    }

    /// The respondents' verb right after the share is still their view.
    @Test func aShareWithItsVerbIsThePollsFinding() {
        #expect(attributionCues(in: "Fifty-six percent support the ban on phones in class.").contains("poll-finding"))
        #expect(attributionCues(in: "About 41 percent support it.").contains("poll-finding"))
    }

    /// A result placed in one poll is the poll's finding, and the poll is its source.
    @Test(arguments: [
        ("She led the mayor 56 percent to 32 percent in a Gallup poll.", "a Gallup poll"),
        ("In the latest City Tribune/KXL survey, the levy trails by nine points.", "the latest City Tribune/KXL survey"),
        ("The levy's lead in Monday's poll has narrowed.", "Monday's poll"),
    ])
    func aResultInAPollIsThePollsFinding(text: String, source: String) {
        let result = sharedAnalyzer.classify(sentence: text)
        #expect(result.label == .attributed, "\(text) -> \(result.label)")
        #expect(result.cues.contains { $0.id == "poll-finding" }, "a poll's finding in \(text)")
        #expect(result.source?.text == source, "\(text): source \(result.source?.text ?? "none")")
    }

    @Test(arguments: [
        // A standing across polls in general, a place to vote, no poll at all.
        "The mayor has a wide lead in the polls.",
        "Volunteers worked in the poll workers' tent all day.",
        "The bridge was built in a single year.",
        // The share of a candidate's support or of a tax, a noun right after the share.
        "The mayor leads the field with 36 percent support, and Ruiz is at 20 percent.",
        "Ruiz gets 4 percent support among likely voters.",
        "Gains would be subject to a 36 percent rate.",
    ])
    func aStandingInThePollsIsNoFinding(text: String) {
        #expect(!attributionCues(in: text).contains("poll-finding"), "no poll's finding in \(text)")
    }

    @Test(arguments: [
        ("The campaign attributed the loss to low turnout.", "attributed"),
        ("The statement was attributed to her doctor.", "attributed"),
        ("The governor has ignored the county.", "ignored"),
        ("Supporters point to the new bridge.", "point to"),
    ])
    func creditingIgnoringAndPointingToAreReported(text: String, word: String) {
        #expect(attributes(word, in: text), "\(word) should be attribution evidence")
    }

    @Test(arguments: [
        "The report was ignored.",
        "The score moved from 12 points to 8.",
        "The mayor made a point to thank the crews.",
    ])
    func ignoredInThePassiveAndPointsInAScoreAreNoReport(text: String) {
        #expect(attributionCues(in: text).isEmpty, "no attribution evidence in \(text)")
    }

    @Test(arguments: [
        ("Forbes lists the brothers with $40 billion each.", "lists"),
        ("Conservative commentators have exposed his record on trade.", "exposed"),
    ])
    func aCompilersListAndAnExposureAreReported(text: String, word: String) {
        #expect(attributes(word, in: text), "\(word) should be attribution evidence")
    }

    @Test(arguments: [
        // A refusal PolNeAR leaves unmarked, an adjective, cheating rather than criticism,
        // a list as a noun, and an exposure in the passive.
        "He did not elaborate.",
        "The council approved an elaborate plan.",
        "They are ripping you off.",
        "The lists are unanimous.",
        "The files were exposed in the breach.",
    ])
    func refusalsCheatingAndNounsAreNoReport(text: String) {
        #expect(attributionCues(in: text).isEmpty, "no attribution evidence in \(text)")
    }

    @Test(arguments: [
        // The writer's idioms with a verb of saying, economic demand, and speaking a language:
        // no one's report (attribution-cues 2.40.0).
        "All of that said, the storm could still turn north.",
        "When all was said and done, the bill passed by four votes.",
        "The rollout was messy, to say the least.",
        "It is hard to say how many homes were lost.",
        "Sales have soared with high demand for bicycles.",
        "Prices rose because supply could not meet demand.",
        "Nearly half of the volunteers speak Spanish.",
    ])
    func idiomsDemandAndLanguagesAreNoReport(text: String) {
        #expect(attributionCues(in: text).isEmpty, "no attribution evidence in \(text)")
    }

    @Test func aDemandSomeoneMakesIsStillReported() {
        #expect(attributes("demand", in: "Protesters demand an end to the curfew."))
        #expect(attributes("demands", in: "The union demands higher pay for night shifts."))
    }

    /// Verbs of saying and stance count in all their forms, the bare one too.
    @Test(arguments: ["reject", "rejects", "rejected", "hail", "hails", "hailed", "portray", "portrays", "portrayed"])
    func everyFormOfAStanceVerbCounts(form: String) {
        #expect(attributes(form, in: "Union leaders \(form) the plan."), "\(form) should be attribution evidence")
    }
}

/// A name or character put as a possibility with no one to give it is the writer's own
/// (`VerbContext.isModalCharacterisation`).
struct ModalCharacterisationTests {
    @Test(arguments: [
        ("The defeat can only be described as a rout.", "described"),
        ("This is what may be called the biological aspect of government.", "called"),
        ("The campaign can be seen as the last gasp of an era.", "seen"),
        ("The bridge will also be considered a landmark.", "considered"),
        ("The bill contains little that can be said to help towns.", "said"),
    ])
    func aCharacterisationPutAsAPossibilityIsTheWriters(text: String, word: String) {
        #expect(!attributes(word, in: text), "\(word) should not be attribution evidence")
    }

    @Test(arguments: [
        ("The defeat was described by aides as a rout.", "described"),
        ("The campaign could be seen by voters as the last gasp of an era.", "seen"),
        ("Critics have described the defeat as a rout.", "described"),
    ])
    func aCharacterisationWithAHolderIsReported(text: String, word: String) {
        #expect(attributes(word, in: text), "\(word) should be attribution evidence")
    }
}

/// "So called" written as two words is the writer's distancing label, not a saying
/// (`VerbContext.isNaming`); "so" as a conjunction before "called on" is not.
struct SoCalledTests {
    @Test func soCalledAsTwoWordsLabels() {
        #expect(!attributes("called", in: "The so called experts were wrong about the levy."))
        #expect(!attributes("called", in: "The so called \u{201C}reform\u{201D} passed on Tuesday."))
    }

    @Test func soCalledOnStillReports() {
        #expect(attributes("called", in: "The levy failed, and so called on the mayor to resign."))
        #expect(attributes("called", in: "The count was close, so called for a recount."))
    }
}

/// A participle that gives a thing its name right after its noun, with the noun's article a
/// few words back or a comma between ("a French coastal village called Courseulles",
/// "fundraisers, called bundlers", "the meeting, dubbed COP 21"), reports no one; a verb with a
/// speaker as its subject, or before "for", "on", "upon", still does (`VerbContext.isNaming`).
struct NamingParticipleTests {
    @Test func aNameGivenAfterItsNounReportsNoOne() {
        #expect(!attributes("called", in: "The target was a French coastal village called Courseulles-sur-Mer."))
        #expect(!attributes("called", in: "It is a legal concept called termination at will."))
        #expect(!attributes("called", in: "They hired a group of nearly 600 fundraisers, called bundlers, to gather checks."))
        #expect(!attributes("dubbed", in: "Leaders will attend the Paris meeting, dubbed COP 21, next week."))
    }

    @Test func aSpeakersCallingStillReports() {
        #expect(attributes("called", in: "Critics have called the leaks a serious breach."))
        #expect(attributes("called", in: "A senator called for a recount."))
        #expect(attributes("called", in: "Obama, who called the day the worst of his presidency, spoke."))
        #expect(attributes("called", in: "The union, called upon to act, refused."))
        #expect(attributes("called", in: "Beruff, a Scott ally, called Florida\u{2019}s standards \u{201C}strong.\u{201D}"))
        #expect(!attributes("called", in: "A new group called Black Votes Matter is raising money."))
        #expect(!attributes("called", in: "She is part of a group sometimes called Dreamers."))
        #expect(attributes("called", in: "Minyon Moore, a senior adviser to the Clinton campaign, called Mr. Obama's remarks \"a wake-up call\" to voters."))
    }

    /// A title in quotation marks after a thing's noun is its name; after a speaker's noun the
    /// quotation is what the speaker called something.
    @Test func aQuotedTitleAfterItsNounReportsNoOne() {
        #expect(!attributes("called", in: "A troupe is staging a popular play called \u{201C}Los Hijos de Trump\u{201D} in the capital."))
        #expect(!attributes("called", in: "It is an adaptation of a show called \"Brokers,\" written by a Spanish troupe."))
        #expect(attributes("called", in: "A senator called \u{201C}Project Fear\u{201D} a lie."))
        #expect(attributes("called", in: "One reader called \u{201C}Fake News\u{201D} the paper's best headline."))
    }
}

/// "concluded" after a noun of an event is its end, not a finding (`VerbContext.isEventEnding`).
struct EventEndingTests {
    @Test func anEventThatConcludedReportsNoOne() {
        #expect(!attributes("concluded", in: "After the hearing concluded, the senator left for Ohio."))
        #expect(!attributes("concluded", in: "The meeting concluded shortly after noon."))
        #expect(!attributes("concluded", in: "The talks had concluded with a joint statement."))
    }

    @Test func aFindingStillReports() {
        #expect(attributes("concluded", in: "The investigation concluded that the mayor lied."))
        #expect(attributes("concluded", in: "The levy was unfair, the review concluded."))
        #expect(attributes("concluded", in: "The senator concluded that the plan would fail."))
    }
}

/// A share word before a role word is part of a title, not a poll's respondents.
struct PollTitleTests {
    @Test func aMajorityLeaderIsNoShare() {
        let s = sharedAnalyzer.classify(sentence: "He met McConnell, now the Senate majority leader, who in 2010 said the goal was to beat him.")
        #expect(!s.cues.contains { $0.id == "poll-finding" })
        #expect(sharedAnalyzer.classify(sentence: "A majority of voters said they would back the levy.").cues.contains { $0.id == "poll-finding" })
    }
}

/// "decided" in a passive whose subject is a contest is the vote's outcome, not someone's
/// decision (`BeliefVerbCue.isDecidedOutcome`); the active verb and a passive with what was
/// decided after it still report a decision.
struct DecidedOutcomeTests {
    @Test func aContestDecidedIsAnOutcome() {
        #expect(!attributes("decided", in: "The state was decided by less than one percentage point in 2004."))
        #expect(!attributes("decided", in: "Contests in Missouri and Illinois have not yet been decided."))
        #expect(!attributes("decided", in: "Its Senate race will be decided by a runoff between two Democrats."))
        #expect(!attributes("decided", in: "The case was decided on Friday."))
    }

    @Test func aDecisionStillReports() {
        #expect(attributes("decided", in: "The council decided to close the bridge."))
        #expect(attributes("decided", in: "It was decided that the bridge would close."))
        #expect(attributes("decided", in: "It was decided to close the bridge until May."))
        #expect(attributes("decided", in: "The case is likely to be decided by the Supreme Court."))
    }
}
