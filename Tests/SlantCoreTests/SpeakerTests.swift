import SlantCore
import SlantIO
import Testing

/// Quotations and their speakers across sentences and paragraphs, headline colons, and
/// pronouns resolved to the last named speaker (`Tests/Fixtures/claims/speakers-article.txt`).
@Suite struct SpeakerTests {
    let analysis = sharedAnalyzer.analyze(ScraperTextReader.article(from: fixture("claims/speakers-article.txt")))

    func sentence(_ prefix: String) throws -> SentenceAnalysis {
        try #require(analysis.sentences.first { $0.text.hasPrefix(prefix) }, "no sentence starts with \(prefix)")
    }

    @Test func headlineColonNamesTheSource() throws {
        let s = try sentence("Smith: Budget")
        #expect(s.label == .attributed)
        #expect(s.cues.contains { $0.id == "headline-colon" })
        #expect(s.source?.text == "Smith")
    }

    @Test func digestItemNamesTheSpeakerBetweenDashAndColon() throws {
        // "Headline - Name: “quotation": the name after the dash speaks, for the whole quotation;
        // the headline's own verb ("blames") names no one.
        let text = "Council blames storm for late buses - Transit Weekly: “Drivers were kept off the roads for two days. The backlog is clearing.”\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.count == 2)
        #expect(sentences[0].source?.text == "Transit Weekly")
        #expect(sentences[1].source?.text == "Transit Weekly")
    }

    @Test func briefingLabelsAreNoSpeakersAndAHeadlineSpeakerOwnsItsQuotes() throws {
        // "Worth noting:" and "Flashback:" label a briefing's paragraphs; "Barr:" names the
        // speaker, whose words the short quotation is (no scare quote of the outlet's).
        let text = "Worth noting: the mayor used the phrase \"fresh start\" twice.\n\nFlashback: She ran in 2016 as well.\n\nBarr: Justice Department will act on \"violent rioting\"\n"
        let a = sharedAnalyzer.analyze(Article(text: text))
        try #require(a.sentences.count == 3)
        #expect(a.sentences[0].source?.text != "Worth")
        #expect(a.sentences[1].source == nil)
        #expect(a.sentences[2].source?.text == "Barr")
        #expect(a.quotes.last.map { !$0.scare && $0.speaker == "Barr" } == true)
        #expect(a.sentences[2].loaded.allSatisfy { $0.category != "scare-quote" })
        let label = sharedAnalyzer.classify(sentence: "What she’s saying: “We need a new direction for the party.”")
        #expect(label.source?.kind == "pronoun")
    }

    /// A tabloid teaser or a kind of piece before a colon names no speaker ("BOOM:",
    /// "Revealed:", "Analysis:"); a name before one still does.
    @Test(arguments: ["BOOM: The Senate Just Passed The Bill Nobody Wanted.", "Revealed: The Deal Was Signed In March.",
                      "Analysis: The vote moved few minds in the chamber.", "Look: A Crowd Gathered Outside The Court.",
                      // A fact box's field, a myth-and-fact list, a picture's credit.
                      "TARGET: Four civilians killed and more than 20 wounded near a police station",
                      "MYTH: The Levy Will Close Every School In The County",
                      "Photograph: Jo Park/Zuma Wire",
                      // A list's numbered items and pointers, a byline, a verdict's side.
                      "Two: A new vaccine could end allergies to cats.", "Twenty-five: Malaria infections fell for the first time.",
                      "More: What we know about the shooting at the mall", "By: Jo Park and Dana Ruiz",
                      "Loser: the towns that signed the agreement",
                      // A list item's heading after its bullet.
                      "• Oregon: A federal judge on May 19 struck down the state's ban.", "► Storms: Three hit the coast in June."])
    func teaserLabelsAreNoSpeakers(line: String) throws {
        let label = sharedAnalyzer.classify(sentence: line)
        let opening = String(line.prefix { $0 != ":" })
        #expect(label.source?.text != opening, "\(label.source?.text ?? "-")")
        #expect(!label.cues.contains { $0.id == "headline-colon" })
        #expect(sharedAnalyzer.classify(sentence: "Sanders: The Senate Just Passed The Bill Nobody Wanted.").source?.text == "Sanders")
        #expect(sharedAnalyzer.classify(sentence: "• Sanders: “The Senate just passed the bill nobody wanted.”").source?.text == "Sanders")
    }

    /// A label over a list of names ("Iowa: Tim Albrecht, Brad Anderson, ...") names no speaker,
    /// and the list is no title-case line: a surname there is a name, not a loaded word.
    @Test func aLabelOverAListOfNamesIsNoSpeaker() {
        let list = sharedAnalyzer.classify(sentence: "Ohio: Jerry Austin, Greg Beswick, Ana Rants, Matt Borges and Tim Burke")
        #expect(!list.cues.contains { $0.id == "headline-colon" })
        #expect(list.source == nil)
        #expect(list.loaded.isEmpty)
        #expect(sharedAnalyzer.classify(sentence: "Sanders: Ohio, Iowa and Nevada Will Vote For Me").cues.contains { $0.id == "headline-colon" })
    }

    /// A headline whose label word is a verb of saying and whose dash reads as a dateline's
    /// ("Confirmed: ... – What Else ...?") put the cue before the subject's start: a range
    /// that trapped. It has no subject before the cue.
    @Test func cueBeforeADatelineDashHasNoSubject() {
        let line = "Confirmed: Authorities LIED About Las Vegas Shooter’s Hotel Check-In Date – What Else Are They Hiding?"
        let result = sharedAnalyzer.analyze(Article(text: line + "\n\nThe hotel said the date was wrong.\n"))
        #expect(result.sentences.count == 2)
        #expect(result.sentences.first?.source?.text != "Confirmed")
    }

    /// In a line in headline case a capital says nothing: the speaker's name stops before a
    /// capitalised auxiliary or common verb.
    @Test(arguments: [("Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen", "Mike Huckabee"),
                      ("Top Climate Group Will Run Ads Demanding GOP Candidates To Address Clean Energy.", "Top Climate Group"),
                      ("Senate Leaders Just Announced A Deal On Spending.", "Senate Leaders"),
                      ("Republicans Should Be Worried About Their Turnout Numbers.", "Republicans")])
    func headlineCaseNamesStopAtTheirVerb(line: String, speaker: String) {
        #expect(sharedAnalyzer.classify(sentence: line).source?.text == speaker)
    }

    /// "May" after a name's word is the name ("Theresa May said"), not the modal the walk
    /// skips; the month ("In May") and a headline's modal ("Trump May Not Have") are not.
    @Test func mayAsANameAsAMonthAndAsAModal() {
        #expect(sharedAnalyzer.classify(sentence: "Theresa May said the talks would resume.").source?.text == "Theresa May")
        #expect(sharedAnalyzer.classify(sentence: "Prime Minister Theresa May told MPs the vote would go ahead.").source?.text
                == "Prime Minister Theresa May")
        #expect(sharedAnalyzer.classify(sentence: "In May, officials said the plan would change.").source?.text == "officials")
        #expect(sharedAnalyzer.classify(sentence: "Trump May Not Have Suggested A Registry, But He Supported One.").source?.text
                == "Trump")
    }

    /// A short headline in title case ("Deal Is Near, Aides Say") is read as one: its
    /// capitalised verb of saying is a verb, not a name; the month in it is no hedge.
    @Test func shortTitleCaseHeadlinesReportTheirSpeaker() {
        let near = sharedAnalyzer.classify(sentence: "Deal Is Near, Aides Say")
        #expect(near.label == .attributed && near.source?.text == "Aides")
        let visit = sharedAnalyzer.classify(sentence: "Trump To Visit In May, Aides Say")
        #expect(visit.label == .attributed && !visit.cues.contains { $0.id == "hedge" })
        #expect(sharedAnalyzer.classify(sentence: "Enter The Washington Post.").label != .attributed)
    }

    @Test func askedAfterAQuotationIsInverted() throws {
        // After a quotation "asked" is inverted like "said", however long the speaker's phrase;
        // elsewhere its object is the hearer.
        let asked = sharedAnalyzer.classify(sentence: "“Who will pay for it?” asked Sen. Dana Ruiz of Ohio, who chairs the committee.")
        #expect(asked.source?.text == "Sen. Dana Ruiz of Ohio")
        let hearer = sharedAnalyzer.classify(sentence: "The mayor, frustrated, asked Dana Ruiz to resign.")
        #expect(hearer.source?.text != "Dana Ruiz to resign")
        #expect(hearer.source?.text != "Dana Ruiz")
    }

    @Test func relativeClauseSpeakerDoesNotCarryToTheNextQuotation() throws {
        // The belief of "parents who want ..." is a clause inside a noun phrase: the quotation
        // after it is not theirs.
        let text = "Omar Haddad spoke about the ruling. The rule also limits visits for parents who want to see a teacher.\n“It is a matter of access.”\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.count == 3)
        #expect(sentences[1].source?.text == "who")
        #expect(sentences[2].source?.text != "who")
    }

    @Test func creditLineNamesTheSpeakerOfTheQuotationBeforeIt() throws {
        let text = "\"I voted for him and I would again.\"\n\n― Carla Sanchez\n\nThe vote is on Monday.\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.count == 3)
        #expect(sentences[0].label == .attributed)
        #expect(sentences[0].source?.text == "Carla Sanchez")
        #expect(sentences[1].source?.kind == "person")
        #expect(sentences[2].source == nil)
    }

    /// Round-ups of commentary credit each quoted passage with a line of the writer's name and
    /// publication: every sentence of the passage is the writer's, but one that names its own
    /// speaker ("Some warn that ...") keeps it.
    @Test func nameAndPublicationLineCreditsTheWholeQuotationBeforeIt() throws {
        let text = "From the Right\nSome warn that “the levy will not pass. The council has no votes for it.\n"
            + "“Nor will the mayor spend capital on it.”\nDana Ruiz, The Harbor Ledger\n"
            + "“The bridge can wait.”\nEditorial Board, Valley Courier\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.count == 7)
        #expect(sentences[1].source?.text == "Some")
        for k in 2...4 {
            #expect(sentences[k].source?.text == "Dana Ruiz, The Harbor Ledger")
            #expect(sentences[k].label == .attributed)
        }
        #expect(sentences[4].source?.kind == "person")
        #expect(sentences[5].source?.text == "Editorial Board, Valley Courier")
        #expect(sentences[5].source?.kind == "organisation")
        #expect(sentences[6].cues.map(\.id).contains("credit-line"))
    }

    /// The credit may stand on the quotation's own line, right after its closing mark (with a
    /// space before the mark too, which the splitter leaves with the credit).
    @Test func nameAndPublicationAfterTheClosingMarkOnItsLine() throws {
        let text = "From the Left\n“The bridge can wait. Why hurry?” Dana Ruiz, The Harbor Ledger\n"
            + "“What is the rush? ” Omar Haddad, Valley Courier\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.count == 6)
        for k in 1...3 {
            #expect(sentences[k].source?.text == "Dana Ruiz, The Harbor Ledger")
        }
        #expect(sentences[3].cues.map(\.id).contains("credit-line"))
        #expect(sentences[4].source?.text == "Omar Haddad, Valley Courier")
        #expect(sentences[5].cues.map(\.id).contains("credit-line"))
    }

    /// A byline, a list of authors or a title in title case after a quotation credits nothing.
    @Test func bylinesAndTitlesAfterAQuotationAreNoCreditLines() throws {
        for line in ["By Dana Ruiz, Valley Courier", "Dana Ruiz, Omar Haddad and Li Wei", "Free Speech In The Valley, Then And Now"] {
            let sentences = sharedAnalyzer.analyze(Article(text: "“The bridge can wait.”\n\(line)\n")).sentences
            try #require(sentences.count == 2)
            #expect(sentences[0].source == nil, "\(line)")
            #expect(!sentences[1].cues.map(\.id).contains("credit-line"), "\(line)")
        }
        // Nor is a name and publication line after a line that closes no quotation.
        let plain = sharedAnalyzer.analyze(Article(text: "The bridge can wait.\nDana Ruiz, Valley Courier\n")).sentences
        #expect(!plain.contains { $0.cues.map(\.id).contains("credit-line") })
    }

    /// A post embedded as text keeps its author's signature at the end of its paragraph: the
    /// whole paragraph is the author's, its opinions ATTRIBUTED and its loaded words quoted.
    @Test func anEmbeddedPostIsItsAuthors() throws {
        let text = "The mayor answered on Twitter.\n"
            + "The levy is a disgrace and a total disaster. Vote it down! https://t.co/abc123 — Dana Ruiz (@DanaRuizHarbor) May 4, 2019\n"
            + "The vote is on Monday.\n"
        let analysis = sharedAnalyzer.analyze(Article(text: text))
        let sentences = analysis.sentences
        try #require(sentences.count == 4)
        for k in 1...2 {
            #expect(sentences[k].label == .attributed)
            #expect(sentences[k].source?.text == "Dana Ruiz")
            #expect(sentences[k].source?.note?.contains("embedded post") == true)
        }
        #expect(sentences[1].loaded.allSatisfy { $0.in_quote })
        #expect(sentences[1].loaded.contains { $0.speaker == "Dana Ruiz" })
        #expect(sentences[3].source == nil)
        // Two posts on one line (a page's embeds run together) are each their own author's.
        let joined = sharedAnalyzer.analyze(Article(text: "Reactions poured in.\nThe levy is dead. — Dana Ruiz (@dana) May 4, 2019 "
            + "The levy is theft. — Omar Haddad (@omarh) May 5, 2019\n")).sentences
        #expect(joined.first { $0.text.hasPrefix("The levy is theft") }?.source?.text == "Omar Haddad")
        #expect(joined.first { $0.text.hasPrefix("The levy is dead") }?.source?.text == "Dana Ruiz")
        // A display name in lower case signs too.
        let lower = sharedAnalyzer.analyze(Article(text: "Crowds gathered.\nWhat a night. — dana r (@danaruiz) May 4, 2019\n")).sentences
        #expect(lower.first { $0.text.hasPrefix("What a night") }?.source?.text == "dana r")
        // Instagram's signature, "A photo posted by ... (@...) on ... at ...".
        let photo = sharedAnalyzer.analyze(Article(text: "Crowds gathered.\nBest night ever! 🎉 A photo posted by Dana Ruiz (@danaruiz) on Dec 31, 2016 at 8:15am PST\n")).sentences
        #expect(photo.first { $0.text.hasPrefix("Best night") }?.source?.text == "Dana Ruiz")
        #expect(photo.first?.source == nil)
        // A dash, a name and a date with no handle sign nothing.
        let plain = sharedAnalyzer.analyze(Article(text: "The levy is a total disaster — Dana Ruiz, May 4, 2019\n")).sentences
        #expect(plain.allSatisfy { $0.source == nil })
    }

    /// A wire video script names a sound bite's speaker in capitals before ", SAYING:"; the
    /// quotation's later sentences are that speaker's too.
    @Test func aSoundBitesSpeakerIsNamedBeforeSaying() throws {
        let text = "3. (SOUNDBITE) (English) HARBOR COUNCIL CHAIR DANA RUIZ, SAYING: “The levy is dead. Nobody will vote for it.”\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.count == 2)
        #expect(sentences[0].source?.text == "HARBOR COUNCIL CHAIR DANA RUIZ")
        #expect(sentences[1].source?.text == "HARBOR COUNCIL CHAIR DANA RUIZ")
        // Not a participle in running text: "the mayor left, saying: “...”" names the mayor.
        let plain = sharedAnalyzer.classify(sentence: "The mayor left the hall, saying: “The levy is dead.”")
        #expect(plain.source?.text == "The mayor")
    }

    /// A reported sentence that ends with a colon introduces the quotation after it, also when
    /// the quotation opens the next paragraph.
    @Test func aColonIntroducesTheQuotationOfTheNextParagraph() throws {
        let text = "A council aide put it like this:\n\n\"The levy is dead. Nobody will vote for it.\"\n\nThe vote is on Monday.\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.count == 4)
        #expect(sentences[1].source?.text == "A council aide")
        #expect(sentences[2].source?.text == "A council aide")
        #expect(sentences[3].source == nil)
        // Without the colon, a quotation in the next paragraph is left to its own cues.
        let apart = sharedAnalyzer.analyze(Article(text: "A council aide put it bluntly.\n\n\"The levy is dead.\"\n")).sentences
        try #require(apart.count == 2)
        #expect(apart[1].source == nil)
    }

    @Test func quotationAfterAReportedSentenceOfItsParagraphIsTheSpeakers() throws {
        let text = "Dana Ruiz said the levy would pay for the bridge. \"It is a lot of money. But we have it.\"\n"
        let analysis = sharedAnalyzer.analyze(Article(text: text))
        let sentences = analysis.sentences
        try #require(sentences.count == 3)
        #expect(sentences[1].source?.text == "Dana Ruiz")
        #expect(sentences[2].source?.text == "Dana Ruiz")
        #expect(sentences[1].label == .attributed)
        #expect(analysis.quotes.first?.speaker == "Dana Ruiz")
        // The convention holds within the paragraph: a quotation opening the next one after a
        // reported sentence (not a quotation) is left to its own sentence's cues.
        let apart = sharedAnalyzer.analyze(Article(text: "Dana Ruiz said the levy would pay for the bridge.\n\n\"Nobody asked us.\"\n")).sentences
        try #require(apart.count == 2)
        #expect(apart[1].source == nil)
    }

    @Test func sentenceWithNoWordsGetsNoLabel() throws {
        // An ellipsis cut off after a reported sentence, or in a paragraph of its own, says
        // nothing itself: it is no sentence of the analysis, and the report keeps its source.
        let text = "Dana Ruiz said the levy would pay for the new bridge. \u{2026}\n\n...\n\n"
            + "The council meets on Tuesday. \u{2026}\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.map(\.text) == ["Dana Ruiz said the levy would pay for the new bridge.", "The council meets on Tuesday."])
        #expect(sentences[0].label == .attributed)
        #expect(sentences[0].source?.text == "Dana Ruiz")
        #expect(sentences[1].label == .factual)
    }

    @Test func closingMarkTypedWhereAQuotationOpensOpensIt() throws {
        let text = "The vote was close.\n\n”He represents our greatest shame. He must go,” Sonya Herridge said.\n"
        let analysis = sharedAnalyzer.analyze(Article(text: text))
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.text.hasPrefix("”He represents") == true)
        #expect(analysis.quotes.first?.speaker == "Sonya Herridge")
    }

    @Test func namedPersonWithRole() throws {
        let source = try #require(try sentence("John Smith").source)
        #expect(source.text == "John Smith, the finance minister")
        #expect(source.kind == "person")
    }

    @Test func pronounResolvesToTheLastNamedSpeaker() throws {
        let source = try #require(try sentence("He added").source)
        #expect(source.kind == "pronoun")
        #expect(source.resolved == "John Smith")  // the name without its apposition, as it is counted
        #expect(source.note == "resolved to the last named speaker")
    }

    @Test func pronounPassesOverASpeakerKnownToTakeTheOther() throws {
        // Jones and Smith were both named in the last sentences, but "He added" showed Smith
        // takes "he": "She" is Jones.
        let source = try #require(try sentence("She said Smith").source)
        #expect(source.resolved == "Mary Jones")
        #expect(source.note == "resolved to the last named speaker who takes 'she'")
    }

    @Test func pronounAfterTwoSpeakersIsTheLaterOne() throws {
        // Nothing shows which pronoun Lee or Park takes; "She" after both is the one named
        // last, as a reader takes it.
        let text = "Robin Lee said the budget was balanced. Sam Park said the figures were wrong. She said the deficit was hidden.\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        let source = try #require(sentences.last?.source)
        #expect(source.kind == "pronoun")
        #expect(source.resolved == "Sam Park")
        #expect(source.note == "resolved to the last named speaker")
    }

    @Test func pronounAfterTwoPeopleOfOneSentenceIsAmbiguous() throws {
        // Lee (the sentence's subject) and Park (its speaker) were named in one sentence:
        // "She" could be either, so Slant says so instead of guessing.
        let text = "Robin Lee was there when Sam Park said the figures were wrong. She said the deficit was hidden.\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        try #require(sentences.first?.source?.text == "Sam Park")
        let source = try #require(sentences.last?.source)
        #expect(source.resolved == nil)
        #expect(source.note == "ambiguous: 'Sam Park' or 'Robin Lee'")
    }

    @Test func pronounAfterASubjectWhoSaysNothingIsThatPerson() throws {
        // Moore says nothing in his sentence, but he is its subject: the "he" of the next
        // sentence is Moore, not the speaker before him.
        let text = "Sam Park said the rates did not slow the economy. Dan Moore grew up on a farm near the plant. “A couple of things,” he says.\n"
        let source = try #require(sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source)
        #expect(source.resolved == "Dan Moore")
        #expect(source.note == "resolved to the last person named (in an earlier sentence, not as its speaker)")
        // A possessive is no subject ("Dan Moore's car"), nor is a word that may be no name at
        // all ("Critics"), nor a plural ("Moore and Lee").
        for other in ["Dan Moore's car was parked outside.", "Critics grew up on farms near the plant.", "Dan Moore and Ann Lee grew up on a farm near the plant."] {
            let text = "Sam Park said the rates did not slow the economy. \(other) “A couple of things,” he says.\n"
            let source = try #require(sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source)
            #expect(source.resolved == "Sam Park", "\(other)")
        }
    }

    @Test func pronounAfterASentenceNamingOnePersonIsThatPerson() throws {
        // No person opens or speaks the middle sentence, but it names one: Ruiz, not Park.
        let text2 = "Sam Park said the plan was sound. Some council members suggested that Ana Ruiz would object. “It is a good plan,” she said.\n"
        let source2 = try #require(sharedAnalyzer.analyze(Article(text: text2)).sentences.last?.source)
        #expect(source2.resolved == "Ana Ruiz")
        #expect(source2.note == "resolved to the last person named (in an earlier sentence, not as its speaker)")
        // Two people named there: neither is taken, and the speaker before stays.
        let text3 = "Sam Park said the plan was sound. Some council members suggested that Ana Ruiz and Dan Moore would object. “It is a good plan,” he said.\n"
        let source3 = try #require(sharedAnalyzer.analyze(Article(text: text3)).sentences.last?.source)
        #expect(source3.resolved == "Sam Park")
    }

    @Test func pronounInsideASentenceIsThePersonNamedBeforeIt() throws {
        let text = "Mr. Lee said the budget was balanced. The first was a series of interviews by Ana Ruiz, a former aide at city hall, in which she alleged that she had been offered money.\n"
        let source = try #require(sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source)
        #expect(source.text == "she")
        #expect(source.resolved == "Ana Ruiz")
        #expect(source.note == "resolved to the person named before it in the sentence")
        // A tag at the end: the names before it are in the speaker's words.
        let tagged = "Mr. Lee said the budget was balanced. The last two years were hard for Ana Ruiz and Sam Park, he wrote.\n"
        let source2 = try #require(sharedAnalyzer.analyze(Article(text: tagged)).sentences.last?.source)
        #expect(source2.resolved == "Mr. Lee")
        #expect(source2.note == "resolved to the last named speaker")
        // Two people before it: either could be meant.
        let two = "Mr. Lee said the budget was balanced. Ana Ruiz met Sam Park on Monday, and he said the figures were wrong.\n"
        let source3 = try #require(sharedAnalyzer.analyze(Article(text: two)).sentences.last?.source)
        #expect(source3.resolved == nil)
        #expect(source3.note == "ambiguous: 'Ana Ruiz' or 'Sam Park', both named before it in the sentence")
    }

    @Test func aPicturesCreditNamesNoSpeaker() throws {
        // "Photographer:" labels a credit line; the photographer says nothing.
        let text = "Photographer: Jo Park/Reuters\n\nImage credit: Sam Lee\n"
        for s in sharedAnalyzer.analyze(Article(text: text)).sentences {
            #expect(s.source == nil, "\(s.text)")
            #expect(s.label != .attributed, "\(s.text)")
        }
    }

    @Test func aSourceIsCountedByItsNameBeforeADescription() {
        #expect(SourceSpan.countedName("Liu, who moved with his family to the United States in March") == "Liu")
        #expect(SourceSpan.countedName("Mike Mayo, managing director at Wells Fargo Securities") == "Mike Mayo")
        #expect(SourceSpan.countedName("Corker — who says Trump did offer to support his re-election bid") == "Corker")
        #expect(SourceSpan.countedName("Sen. John Thune, R-S.D., who flagged the rule change") == "Sen. John Thune")
        for whole in ["Mr. Obama", "officials", "Jean-Luc Picard", ", odd", "Smith,Jones"] {
            #expect(SourceSpan.countedName(whole) == whole)
        }
    }

    @Test func outletNamesAreMedia() throws {
        let text = "ProPublica has reported extensively about taxes.\n\nFiveThirtyEight reported that the bill failed.\n"
        for s in sharedAnalyzer.analyze(Article(text: text)).sentences {
            #expect(s.source?.kind == "media", "\(s.text)")
        }
    }

    @Test func youNamesNoOne() throws {
        // "You" is the reader or a listener: a pronoun left unresolved, not a person named
        // "You", so no outlet's "Most quoted" counts it.
        let text = "Sam Park said the rates were too high. You think I'm exaggerating, he wrote? You might even argue that the vote was a sign of strength.\n"
        for s in sharedAnalyzer.analyze(Article(text: text)).sentences where s.source?.text == "You" {
            #expect(s.source?.kind == "pronoun")
            #expect(s.source?.resolved == nil)
            #expect(s.source?.note == "unresolved: 'you' is the reader or a listener, not a named speaker")
        }
        // The reader's "you" right before a verb is the writer addressing the reader: no one's
        // attribution, so no source.
        let last = try #require(sharedAnalyzer.analyze(Article(text: text)).sentences.last)
        #expect(last.source == nil)
        #expect(last.label == .editorial)
    }

    @Test func heOrSheIsNeverAGroup() throws {
        for group in ["Voters", "Both women", "Some officials", "Ana Ruiz and Sam Park"] {
            let text = "\(group) said the budget was balanced. She said the deficit was hidden.\n"
            let source = try #require(sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source)
            #expect(source.text == "She")
            #expect(source.resolved == nil, "\(group)")
        }
    }

    @Test func aPronounInsideANameIsNoPronounSource() throws {
        // "I" is an initial here, and "who" opens a relative clause: the sources are a person
        // and a group, and the quotation is credited.
        let text = "“There is no question,” said Stephen I. Vladeck, a professor of law.\n\nLobbyists who work for foreign governments insist they comply with the law.\n"
        let a = sharedAnalyzer.analyze(Article(text: text))
        #expect(a.sentences[0].source?.kind == "person")
        #expect(a.quotes.first?.speaker == "Stephen I. Vladeck, a professor of law")
        #expect(a.sentences[1].source?.kind == "role")
    }

    @Test func theyStandsForAGroupNeverOnePerson() throws {
        // "they" after a named person is not that person: unresolved, and it says why.
        let text = "Shepard Smith said he could not find a defender of the remarks. Although aides denied it, they acknowledged that Mr. Cohn was upset.\n"
        let source = try #require(sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source)
        #expect(source.text == "they")
        #expect(source.resolved == nil)
        #expect(source.note?.contains("group") == true)
        // After an organisation it is the organisation.
        let text2 = "The council said the budget was balanced. They added that the figures were final.\n"
        let source2 = try #require(sharedAnalyzer.analyze(Article(text: text2)).sentences.last?.source)
        #expect(source2.resolved == "The council")
        // Further back it is more likely a group never named as a speaker ("people").
        let text3 = "The council said the budget was balanced. Sam Park said the figures were wrong. Ann Lee agreed. They added that the figures were final.\n"
        let source3 = try #require(sharedAnalyzer.analyze(Article(text: text3)).sentences.last?.source)
        #expect(source3.resolved == nil)
        #expect(source3.note?.contains("this sentence or the one before") == true)
    }

    @Test func titleShowsASpeakersPronoun() throws {
        let text = "Mr. Lee said the budget was balanced. Sam Park said the figures were wrong. He said the deficit was small.\n"
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        let source = try #require(sentences.last?.source)
        // Park may take "he" too (the title tells only Lee's), and was named last.
        #expect(source.resolved == "Sam Park")
        let text2 = "Mr. Lee said the budget was balanced. Ms. Park said the figures were wrong. He said the deficit was small.\n"
        let source2 = try #require(sharedAnalyzer.analyze(Article(text: text2)).sentences.last?.source)
        #expect(source2.resolved == "Mr. Lee")
    }

    @Test func quotationOverParagraphsKeepsItsSpeaker() throws {
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("“The plan is sound.") })
        #expect(quote.text.hasSuffix("Nobody should doubt it.”"), "the quotation runs on into the next paragraph")
        #expect(quote.speaker == "Smith")
        for prefix in ["“The plan is sound.", "“Nobody should doubt it."] {
            let s = try sentence(prefix)
            #expect(s.label == .attributed)
            #expect(s.source?.text == "Smith")
        }
    }

    @Test func scareQuoteIsTheOutletsButAQuotedCallIsSpeech() throws {
        let fiasco = try #require(analysis.quotes.first { $0.text.contains("fiasco") })
        // "Critics called it": a verb of saying makes even two quoted words speech.
        #expect(fiasco.scare == false)
        let s = try sentence("Critics called")
        #expect(s.label == .attributed)
        #expect(s.source?.kind == "anonymous")
    }

    /// A role that opens a sentence with a capital determiner ("The officer wrote") is one
    /// speaker by its noun, not "The": a later "The first-term governor" is no second naming of
    /// it, and a "he" is not resolved to "The".
    @Test func aCapitalDeterminerIsNoName() throws {
        let text = """
            The officer wrote that when he met the suspect in the driveway he was uncooperative, court documents show.
            “We have had very little leadership from the federal government,” said Illinois Gov. J.B. Pritzker (D).
            The first-term governor recently reviewed the history of presidential leadership in times of crisis.
            “Each of them understood the power that the federal government has,” he said.
            """
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        let last = try #require(sentences.last?.source)
        #expect(last.text == "he" && last.resolved == "J.B. Pritzker")
        #expect(!sentences.contains { $0.source?.resolved == "The" })
    }

    /// A person named but never a speaker is a pronoun's antecedent only while near: a "He"
    /// far past the last naming, with no speaker between, stands for someone the article does
    /// not name.
    @Test func aPersonNamedLongAgoIsNoAntecedent() {
        var text = "Mayor John Ortiz toured the flooded district on Monday.\n"
        for k in 1...11 { text += "Crews cleared debris from street number \(k) in the district.\n" }
        text += "A man at the shelter has been waiting for three days. He said the water rose overnight.\n"
        let last = sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source
        #expect(last?.text == "He")
        #expect(last?.resolved == nil)
    }

    /// "I" and "we" outside any quotation are the writer's: not resolved to the last person
    /// named ("Tancredo said ... I believe it is true ..."); inside a quotation they are its
    /// speaker's.
    @Test func theFirstPersonOutsideQuotationsIsTheWriter() throws {
        let text = """
            “The wall will be built,” Tancredo said on Monday.
            I believe it is true that support for the wall is weak among House Republicans.
            We have written a separate post on that vote.
            “I know the votes are there,” he said.
            """
        let sentences = sharedAnalyzer.analyze(Article(text: text)).sentences
        let believe = try #require(sentences.first { $0.text.hasPrefix("I believe") }?.source)
        #expect(believe.text == "I" && believe.resolved == nil)
        #expect(believe.note?.contains("the writer's own voice") == true)
        let written = try #require(sentences.first { $0.text.hasPrefix("We have written") }?.source)
        #expect(written.resolved == nil)
        #expect(sentences.last?.source?.resolved == "Tancredo")
    }

    /// "It" is never a person: after a ruling's judge is named, "It said" is the court's.
    @Test func itIsNoPerson() {
        let text = """
            The court ruled for the protesters on Monday.
            Judge Amy Berman Jackson said the city had acted in haste.
            It said the First Amendment requires that citizens be able to protest.
            """
        let last = sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source
        #expect(last?.text == "It")
        #expect(last?.resolved != "Amy Berman Jackson")
    }

    /// A country, capital or organisation the gazetteer lists speaks as an institution, not a
    /// person ("Moscow has denied", "North Korea said"), and no "he" stands for it; a surname
    /// the gazetteer lists too stays its person's ("Mark Cuban" ... "Cuban said").
    @Test func aListedPlaceOrBodySpeaksAsAnInstitution() {
        let moscow = sharedAnalyzer.analyze(Article(text: "Moscow has denied any interference in the election.\n")).sentences.first?.source
        #expect(moscow?.text == "Moscow" && moscow?.kind == "organisation")
        let korea = sharedAnalyzer.analyze(Article(text: "North Korea said it would test again.\n")).sentences.first?.source
        #expect(korea?.kind == "organisation")
        let cuban = sharedAnalyzer.analyze(Article(text: "Dallas owner Mark Cuban spoke to reporters.\n\"I trust the league,\" Cuban said.\n")).sentences.last?.source
        #expect(cuban?.text == "Cuban" && cuban?.kind == "person")
    }

    /// A relative "who" stands for a noun of its own sentence: the person an apposition
    /// describes, not the last name inside it ("David Holmes, a diplomat in Ukraine, who"; a
    /// dash's aside too), "those" in "those who", and never a speaker of an earlier sentence
    /// when no noun is found ("the scolds, who").
    @Test func relativeWhoStandsForItsOwnSentencesNoun() throws {
        func sources(_ text: String) -> [SourceSpan] {
            sharedAnalyzer.analyze(Article(text: text)).sentences.flatMap { s in (s.source.map { [$0] } ?? []) + (s.other_sources ?? []) }
        }
        let holmes = try #require(sources("Sondland spoke after questions about David Holmes, a top diplomat in Ukraine, who testified last week that he overheard the call.\n")
            .first { $0.text == "who" })
        #expect(holmes.resolved == "David Holmes")
        let penn = try #require(sources("The latest to ask is Mark Penn—a former pollster for Bill Clinton—who said Avenatti should say where he got the money.\n")
            .first { $0.text == "who" })
        #expect(penn.resolved == "Mark Penn")
        let text = """
            Economist David Abrams said the data were clear.
            Following leadership cues can be helpful; those who see health officials as leaders then copy their behavior.
            """
        let those = try #require(sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source)
        #expect(those.text == "who" && those.resolved == "those")
        let scolds = """
            Senator Jo Park said the plan was sound.
            Yes, it would require taxes — a suggestion that will horrify the fiscal scolds, who have been insisting that the debt must fall.
            """
        let who = try #require(sharedAnalyzer.analyze(Article(text: scolds)).sentences.last?.source)
        #expect(who.text == "who" && who.resolved == nil)
    }

    /// A state of the United States speaks as an institution ("Texas argued in court"),
    /// and a later "he" is never that state.
    @Test func aStateSpeaksAsAnInstitution() throws {
        let texas = sharedAnalyzer.analyze(Article(text: "Texas argued in court that the rules are fair.\n")).sentences.first?.source
        #expect(texas?.text == "Texas" && texas?.kind == "organisation")
        let text = """
            James Marsh, who directs the division, spoke in South Dakota on Monday.
            South Dakota has argued that the rules are fair.
            "We're the cops," he said.
            """
        let he = try #require(sharedAnalyzer.analyze(Article(text: text)).sentences.last?.source)
        #expect(he.resolved == "James Marsh")
    }

    @Test func everyAttributedSentenceExplainsItself() {
        for s in analysis.sentences where s.label == .attributed {
            #expect(s.cues.contains { $0.effect == "attribution" }, "\(s.text)")
        }
    }
}
