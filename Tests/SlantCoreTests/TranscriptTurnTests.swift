import SlantCore
import Testing

/// The turns of a transcript printed in an article are their speakers' words, read as
/// quotations credited to their labels; lines that only look like turns are not.
@Suite struct TranscriptTurnTests {
    func analyze(_ text: String) -> ArticleAnalysis {
        sharedAnalyzer.analyze(Article(text: text))
    }

    func sentence(_ a: ArticleAnalysis, _ prefix: String) -> SentenceAnalysis? {
        a.sentences.first { $0.text.hasPrefix(prefix) }
    }

    static let interview = """
        The mayor spoke with the Valley Herald on Monday. Here is the edited transcript.

        Q: Was the bridge plan a mistake?

        A: It was a disgraceful mistake. Everybody knows it.
        We should have fixed the old bridge first.

        Q: Will you run again?

        A: Yes.

        The interview has been edited for length.
        """

    @Test func answersAreTheIntervieweesWordsAndQuestionsTheInterviewers() throws {
        let a = analyze(Self.interview)
        let answer = try #require(sentence(a, "A: It was a disgraceful mistake."))
        #expect(answer.label == .attributed)
        #expect(answer.source?.text == "A" && answer.source?.kind == "unknown")
        #expect(answer.source?.note?.contains("the interviewee's answer") == true)
        // Its loaded word is the speaker's, not the outlet's.
        let hit = try #require(answer.loaded.first { $0.term == "disgraceful" })
        #expect(hit.in_quote && hit.speaker == "A")
        #expect(answer.loaded_score == 0)
        // The rest of the turn, on the next line too, is the same speaker's.
        for prefix in ["Everybody knows it.", "We should have fixed"] {
            #expect(sentence(a, prefix)?.label == .attributed, "\(prefix)")
            #expect(sentence(a, prefix)?.source?.text == "A", "\(prefix)")
        }
        let question = try #require(sentence(a, "Q: Was the bridge plan"))
        #expect(question.label == .attributed && question.source?.text == "Q")
        #expect(a.quotes.contains { $0.speaker == "A" && $0.text.hasPrefix("It was a disgraceful mistake.") && !$0.scare })
        // The outlet's own lines before and after stay its own.
        #expect(sentence(a, "The mayor spoke with")?.source?.text != "A")
        #expect(sentence(a, "The interview has been edited")?.label == .factual)
        #expect(a.summary.loaded_outlet_voice == 0)
    }

    @Test func aTranscriptQuotedWholeKeepsItsLabels() throws {
        // Each paragraph reopens the quotation with a mark, as a quotation of several
        // paragraphs does: the label after the mark is the speaker, without the mark.
        let a = analyze("""
            The debate turned to the budget. The exchange went as follows:

            "HOST: Governor, will you cut the transit budget? You promised you would not.

            "MORALES: I will not cut it. Well, I said that and I meant it.

            "HOST: Your own plan cuts it by a tenth.

            "MORALES: You are reading an old draft. The new one adds money.

            (WARNING: The recording is incomplete.)
            """)
        let answer = try #require(sentence(a, "\"MORALES: I will not cut it."))
        #expect(answer.label == .attributed)
        #expect(answer.source?.text == "MORALES")
        #expect(sentence(a, "Well, I said that")?.source?.text == "MORALES")
        #expect(sentence(a, "\"HOST: Your own plan")?.source?.text == "HOST")
        // A warning's label is no speaker.
        #expect(sentence(a, "(WARNING:")?.source == nil)
    }

    /// "A:" is credited to the interviewee when the title or lede names the last speaker named
    /// before the transcript; otherwise it stays "A".
    @Test func answersAreCreditedToTheIntervieweeTheLedeNames() throws {
        let named = analyze("""
            Q&A with Mayor Lena Ortiz

            Ortiz said on Monday that the bridge would reopen in May. Questions and answers have been edited.

            Q: Was the bridge plan a mistake?

            A: It was a disgraceful mistake. Everybody knows it.

            Q: Will you run again?

            A: Yes, I will.
            """)
        let answer = try #require(sentence(named, "A: It was a disgraceful mistake."))
        #expect(answer.source?.text == "A" && answer.source?.resolved == "Ortiz")
        #expect(answer.source?.note?.contains("taken to be Ortiz") == true)
        #expect(answer.loaded.first { $0.term == "disgraceful" }?.speaker == "Ortiz")
        #expect(named.quotes.first { $0.text.hasPrefix("It was a disgraceful") }?.speaker == "Ortiz")
        #expect(sentence(named, "Q: Was the bridge plan")?.source?.resolved == nil)
        // The interview above names no one the lede names: "A" stays unresolved.
        let unnamed = analyze(Self.interview)
        #expect(sentence(unnamed, "A: It was a disgraceful mistake.")?.source?.resolved == nil)
    }

    @Test func namedTurnsAreTheirSpeakersAsPersons() throws {
        let text = """
            TAPPER: Governor, do you think the plan is dead?

            FALLIN: Well, it is a terrible plan. Everyone knows it.

            TAPPER: Will you veto it?

            FALLIN: Yes, without a doubt.
            """
        let a = analyze(text)
        let turn = try #require(sentence(a, "FALLIN: Well, it is a terrible plan"))
        #expect(turn.label == .attributed)
        #expect(turn.source?.text == "FALLIN" && turn.source?.kind == "person")
    }

    /// A host's turns converse by asking, though their first sentences hold no "I" or "you":
    /// the questions later in the paragraph count ("MARTIN: So Republicans are on defense. What
    /// made this state so important?").
    /// An interview that prints each speaker's name on a line of its own above the turn (as
    /// Vox's do) is read as turns too: an answer's opinions are its speaker's, over several
    /// paragraphs, and the outlet's closing note after the last turn's paragraph is its own.
    /// A credit line repeated under pictures ("Getty Images") names no speaker.
    @Test func nameLinesAboveTurnsAreTheirSpeakers() throws {
        let text = """
            We spoke about the budget fight. Our conversation, lightly edited, follows.

            Dana Ruiz

            Do you think the deal will pass?

            Omar Patel

            I think it is a disastrous deal, frankly.

            The leaders should be ashamed of it.

            Dana Ruiz

            Why do you say so?

            Omar Patel

            Well, it cuts the wrong programs.

            This interview has been condensed.
            """
        let a = analyze(text)
        let ashamed = try #require(sentence(a, "The leaders should be ashamed"))
        #expect(ashamed.label == .attributed && ashamed.source?.text == "Omar Patel")
        #expect(ashamed.source?.note?.contains("under the line 'Omar Patel'") == true)
        #expect(sentence(a, "Do you think")?.source?.text == "Dana Ruiz")
        #expect(sentence(a, "This interview has been condensed")?.source == nil)
        let credits = """
            The storm flattened the pier.

            Getty Images

            The city said repairs would begin soon.

            Associated Press

            The pier was built in 1920 and was beautiful.

            Getty Images

            Associated Press
            """
        #expect(sentence(analyze(credits), "The pier was built")?.source == nil)
    }

    @Test func aHostWhoAsksQuestionsIsASpeaker() {
        let a = analyze("""
            MARTIN: So Republicans are on defense in the state. What made this state so important?

            DETROW: Well, it has always been close. I think the suburbs decide it.

            MARTIN: Whoa. That is a lot of voters. Anything else notable in the primaries?

            DETROW: Yes, the Senate race. We will know tonight.

            MARTIN: All right. Scott Detrow for us.
            """)
        #expect(sentence(a, "What made this state so important?")?.source?.text == "MARTIN")
        #expect(sentence(a, "That is a lot of voters.")?.source?.text == "MARTIN")
        #expect(sentence(a, "I think the suburbs decide it.")?.source?.text == "DETROW")
    }

    /// A label may hold accented capitals ("JUAN GONZÁLEZ:"): its turn's further sentences are
    /// that speaker's, not the turn's before.
    @Test func labelsWithAccentedCapitalsAreSpeakers() {
        let a = analyze("""
            AMY GOODMAN: Welcome to the show. It is a terrible plan, you say.

            JUAN GONZÁLEZ: Well, Commissioner, the networks say otherwise. Could you explain?

            MICHAEL COPPS: Yes. I think they are wrong.

            JUAN GONZÁLEZ: And what about the courts? They ruled last year.

            MICHAEL COPPS: Well, the courts ruled for us.
            """)
        #expect(sentence(a, "Could you explain?")?.source?.text == "JUAN GONZÁLEZ")
        #expect(sentence(a, "They ruled last year.")?.source?.text == "JUAN GONZÁLEZ")
        #expect(sentence(a, "I think they are wrong.")?.source?.text == "MICHAEL COPPS")
    }

    @Test(arguments: [
        // Notes in capitals are no speakers.
        "UPDATE: The council met.\n\nCORRECTION: The vote was 5-4.\n\nUPDATE: It is a disgraceful plan.\n\nUPDATE: More soon.",
        // Two turns are not enough to call it a transcript.
        "Q: Is it a disgraceful plan?\n\nA: It is a disgraceful plan.\n\nThe council met on Monday.",
        // Names in mixed case head a list, not turns.
        "Clinton: It is a disgraceful plan.\n\nTrump: It is a disgraceful plan.\n\nCruz: It is a disgraceful plan.",
        // Labels that take turns but hold no conversation are a list's or a briefing's.
        "MARKETS: Stocks fell Friday.\n\nAIRLINES: Delta is halting a disgraceful plan.\n\nMARKETS: Oil rose.\n\nAIRLINES: Fares fell.",
        // A label must open its line.
        "The plan, one aide said, is this. A: It is a disgraceful plan. B: Nobody. A: None.",
    ])
    func linesThatOnlyLookLikeTurnsStayTheOutlets(text: String) {
        let a = analyze(text)
        #expect(!a.quotes.contains { $0.text.contains("disgraceful") }, "\(text)")
        #expect(!a.sentences.contains { $0.source?.note?.hasPrefix("transcript turn") == true }, "\(text)")
    }

    /// A turn runs over the paragraphs up to the next label when that comes within four
    /// paragraphs; what follows a turn whose next label is farther is the outlet's again.
    @Test func aTurnRunsToANearLabelAndNoFurther() {
        let text = """
            Q: What happened to you?

            A: Well, it was a disgraceful mistake.

            We regret it.

            We will fix it.

            Q: And the bridge?

            A: We will rebuild it.

            The council later voted to rebuild the bridge.

            Its members said the vote was close.

            Nobody objected to the cost.

            Work starts in May.

            Q: Anything else you want to say?

            A: No.
            """
        let a = analyze(text)
        #expect(sentence(a, "We will fix it.")?.source?.text == "A")
        #expect(sentence(a, "A: We will rebuild it.")?.source?.text == "A")
        for prefix in ["The council later voted", "Nobody objected"] {
            #expect(sentence(a, prefix)?.source?.note?.hasPrefix("transcript turn") != true, "\(prefix)")
        }
    }

    /// An article that quotes a debate's turns between its own paragraphs, one line each as
    /// scrapers write: each turn is its speaker's to the end of its line, and the article's
    /// lines after it are the outlet's (they had been read as the turn's, to the next label).
    @Test func turnsQuotedBetweenAnArticlesLinesKeepToTheirLines() {
        let filler = "The candidates sparred over taxes, trade, immigration and the war for most of the two hours on the stage in Greenville, and the crowd, packed with donors and party officials, booed often."
        let text = """
            And Trump accused Bush of making threats against him on the debate stage in South Carolina, in front of a crowd.
            TRUMP: Two days ago he said he would take his pants off. Nobody reports that.
            It was a disgraceful spectacle from start to finish.
            \(filler)
            \(filler)
            But perhaps the best question went to Trump:
            DICKERSON: Mr. Trump, let me ask you a question. Can you tell us when you were wrong?
            Trump just didn't answer the question.
            \(filler)
            \(filler)
            \(filler)
            TRUMP: You do whatever you want. They lied.
            Now, the general point here is true.
            """
        let a = analyze(text)
        #expect(sentence(a, "Nobody reports that.")?.source?.text == "TRUMP")
        #expect(sentence(a, "Can you tell us")?.source?.text == "DICKERSON")
        #expect(sentence(a, "They lied.")?.source?.text == "TRUMP")
        for prefix in ["It was a disgraceful spectacle", "Trump just didn't", "Now, the general point"] {
            #expect(sentence(a, prefix)?.source?.note?.hasPrefix("transcript turn") != true, "\(prefix)")
        }
        #expect(sentence(a, "It was a disgraceful spectacle")?.label == .editorial)
    }
}
