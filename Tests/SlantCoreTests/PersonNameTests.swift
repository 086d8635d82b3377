import SlantCore
import Testing

/// One person named several ways in an article is counted under one name (`PersonNames`), and
/// source kinds that named no person: a pronoun's contraction, a people by its demonym.
@Suite struct PersonNameTests {
    func sources(_ text: String) -> [SourceSpan?] {
        sharedAnalyzer.analyze(Article(text: text)).sentences.map(\.source)
    }

    @Test func aSurnameAndATitledNameAreCountedUnderTheFullName() throws {
        let s = sources("""
            WASHINGTON — President Barack Obama said on Monday that the plan would work. Mr. Obama told reporters that \
            he was confident. “It will pass,” he said. Senator Marco Rubio of Florida said he was undecided. “We will \
            see,” Rubio said. Democratic pollster Celinda Lake said voters liked it.
            """)
        try #require(s.count == 6)
        #expect(s[0]?.text == "President Barack Obama")
        #expect(s[0]?.resolved == "Barack Obama")
        #expect(s[0]?.note == "counted as 'Barack Obama': the name without its title")
        #expect(s[1]?.resolved == "Barack Obama")
        #expect(s[1]?.note == "counted as 'Barack Obama': the one person of that surname the article names in full")
        // The pronoun for him is counted under the same name; its note still says how it was resolved.
        #expect(s[2]?.kind == "pronoun")
        #expect(s[2]?.resolved == "Barack Obama")
        #expect(s[2]?.note?.hasPrefix("resolved to") == true)
        #expect(s[3]?.resolved == "Marco Rubio")
        #expect(s[4]?.resolved == "Marco Rubio")
        #expect(s[5]?.resolved == "Celinda Lake")
    }

    @Test func theNameIsReadPastTitlesPlacesAndDescriptions() throws {
        let s = sources("""
            Fed Bank of New York President William C. Dudley said rates would rise. Secretary of State Mike Pompeo said             the talks went well. Jason Zengerle at The New Republic said the campaign was weak. The President of the             United States said the deal was done. Donald J. Trump said the wall would be built. Donald Trump said it again.
            """)
        try #require(s.count == 6)
        #expect(s[0]?.resolved == "William C. Dudley")
        #expect(s[1]?.resolved == "Mike Pompeo")
        #expect(s[2]?.resolved == "Jason Zengerle")
        #expect(s[3]?.resolved == nil)
        #expect(s[4]?.resolved == nil)
        // A role for someone is not that someone.
        let couric = sources("Katie Couric hosted the show. A spokesperson for Couric said the interview was edited.")
        #expect(couric.last??.resolved == nil)
        // The same name without its middle initial is one person, under the form given first.
        #expect(s[5]?.resolved == "Donald J. Trump")
    }

    @Test func twoPeopleOfOneSurnameLeaveTheSurnameAsWritten() throws {
        let s = sources("Hillary Clinton said she agreed. Bill Clinton said he did not. Mrs. Clinton later said it was fine.")
        try #require(s.count == 3)
        // A man's and a woman's honorific with one surname are two people too.
        let r = sources("Ann Romney said the trip went well. Mr. Romney said he agreed. Mrs. Romney said it was long.")
        #expect(r[1]?.resolved == nil)
        #expect(s[0]?.resolved == nil)
        #expect(s[1]?.resolved == nil)
        #expect(s[2]?.text == "Mrs. Clinton")
        #expect(s[2]?.resolved == nil)
        // With no full name in the article, a surname is counted as written.
        #expect(sources("Mr. Romney said the tax plan was fair.").first??.resolved == nil)
    }

    /// A surname the gazetteer gives to someone ("Trump": Donald Trump) is not counted under a
    /// relative the article names only as a sentence's subject ("the president's niece, Mary
    /// Trump"), nor under a sentence's opening word taken for a first name ("Longtime Trump");
    /// a full name the article gives a source still counts ("Sarah Sanders said" ... "Sanders
    /// said").
    @Test func aListedSurnameIsNotCountedUnderSomeoneElsesFullName() throws {
        let s = sources("""
            Trump repeatedly ordered aides to block the merger. The president's niece, Mary Trump, was blocked \
            from publishing her memoir. Trump said on Monday that the book was full of lies.
            """)
        #expect(s.first??.text == "Trump" && s.first??.resolved == nil)
        #expect(s.last??.text == "Trump" && s.last??.resolved == nil)
        let sanders = sources("White House press secretary Sarah Sanders said the trip was on. Sanders said it would last a day.")
        #expect(sanders.last??.resolved == "Sarah Sanders")
    }

    /// A surname's particle is part of the name ("Mayor Bill de Blasio": a person named Bill de
    /// Blasio, not a bill), and "Mr de Blasio" and "De Blasio" are counted under him.
    @Test func aSurnamesParticleIsPartOfTheName() throws {
        let s = sources("Mayor Bill de Blasio asked residents to report threats. \"We must be ready,\" Mr de Blasio said. De Blasio said the city was safe.")
        try #require(s.count == 3)
        #expect(s[0]?.kind == "person" && s[0]?.resolved == "Bill de Blasio")
        #expect(s[1]?.resolved == "Bill de Blasio")
        #expect(s[2]?.resolved == "Bill de Blasio")
    }

    /// An Arabic surname written with its particle and a hyphen in lower case ("al-Jubeir") is
    /// part of the name after a title, and a pronoun after it in the sentence is that person.
    @Test func aHyphenedParticleIsPartOfTheName() throws {
        let s = sources("Foreign Minister Adel al-Jubeir said the talks had stalled. Al-Jubeir also said he was hopeful. "
            + "Prime Minister Nouri al-Maliki left the meeting early, when he said that he would stay.")
        try #require(s.count == 3)
        #expect(s[0]?.text == "Foreign Minister Adel al-Jubeir")
        #expect(s[0]?.resolved == "Adel al-Jubeir")
        #expect(s[1]?.resolved == "Adel al-Jubeir")
        #expect(s[2]?.kind == "pronoun" && s[2]?.resolved == "Nouri al-Maliki")
    }

    /// A capitalised phrase that names a day, a place or a law ("Election Day", "Orange County",
    /// "the Voting Rights Act") is no person a pronoun could stand for, so it leaves none ambiguous.
    @Test func aDayPlaceOrLawIsNoCandidateForAPronoun() throws {
        let s = sources("Cardinal Pietro Parolin spoke to reporters. Asked in a New Year's Eve interview about the changes, "
            + "he replied that it was natural. Two days after the Voting Rights Act passed, he said it again.")
        try #require(s.count == 3)
        #expect(s[1]?.kind == "pronoun" && s[1]?.resolved == "Pietro Parolin")
        #expect(s[2]?.kind == "pronoun" && s[2]?.resolved == "Pietro Parolin")
    }

    @Test func aTranscriptSpeakerInCapitalsIsThePersonNamedInFull() throws {
        let s = sources("BRET BAIER said the debate was over. BAIER added that it was late.")
        try #require(s.count == 2)
        #expect(s[0]?.resolved == "Bret Baier")
        #expect(s[1]?.kind == "person")
        #expect(s[1]?.resolved == "Bret Baier")
        // A word in capitals that no full name explains stays an acronym's organisation.
        #expect(sources("NAACP said the ruling was a setback.").first??.kind == "organisation")
    }

    @Test func withNoFullNameATitleOfOfficeComesOffAndCapitalsAreWrittenAsAName() throws {
        let s = sources("President Trump said the wall would be built. Mr. Trump said it twice. Aides to Mr. Romney said the trip went well.")
        try #require(s.count == 3)
        #expect(s[0]?.resolved == "Trump")
        #expect(s[0]?.note == "counted as 'Trump': the name without its title")
        // An honorific that tells a sex stays: it tells two people of one surname apart.
        #expect(s[1]?.resolved == nil)
        // A phrase whose head is someone else keeps its words.
        #expect(s[2]?.resolved == nil)
        // A transcript's speaker in capitals is written as a name (the note stays the turn's).
        let turns = sources("""
            Mulvaney on Fox News Sunday

            WALLACE: Did you ask for it? Was it a quid pro quo?

            MULVANEY: I think the look back was part of it. It was.

            WALLACE: So you did ask? Yes or no?
            """)
        try #require(turns.count == 7)
        #expect(turns[3]?.text == "MULVANEY")
        #expect(turns[3]?.kind == "person")
        #expect(turns[3]?.resolved == "Mulvaney")
        #expect(turns[4]?.resolved == "Mulvaney")
        #expect(turns[1]?.resolved == "Wallace")
        // A headline's short title: "AG Barr" is the article's William Barr.
        let barr = sources("AG Barr: Durham probe is moving. WILLIAM BARR: We have extreme groups.")
        try #require(barr.count == 2)
        #expect(barr[0]?.text == "AG Barr")
        #expect(barr[0]?.resolved == "William Barr")
        #expect(barr[1]?.resolved == "William Barr")
    }

    @Test func contractedPronounsArePronouns() throws {
        let s = sources("Palestinians said the border was closed. They’re worried that the plan will fail. I’ll argue that the plan is bad. You’re told that the plan is good.")
        try #require(s.count == 4)
        #expect(s[0]?.kind == "role")
        #expect(s[1]?.kind == "pronoun")
        #expect(s[1]?.resolved == "Palestinians")
        #expect(s[2]?.kind == "pronoun")
        #expect(s[3]?.kind == "pronoun")
        #expect(s[3]?.resolved == nil)
    }

    @Test func aPeopleByItsDemonymIsAGroupNotAPerson() throws {
        #expect(sources("Most Americans believe the war was a mistake.").first??.kind == "role")
        #expect(sources("Israelis said the talks had failed.").first??.kind == "role")
    }
}

/// An outlet's articles teach what a written name stands for (`SourceAliases`).
@Suite struct SourceAliasTests {
    func person(_ text: String, _ resolved: String?) -> SourceSpan {
        SourceSpan(text: text, start: 0, end: text.count, kind: "person", resolved: resolved)
    }

    @Test func aWrittenNameIsCountedUnderWhatItStoodForInThreeOfFour() {
        var aliases = SourceAliases()
        for _ in 0..<3 { aliases.learn(person("Mr. Romney", "Mitt Romney")) }
        aliases.learn(person("Mr. Romney", "Ann Romney"))
        #expect(aliases.counted("Mr. Romney") == "Mitt Romney")
        aliases.learn(person("Mr. Clinton", "Bill Clinton"))
        aliases.learn(person("Mr. Clinton", "Hillary Clinton"))
        #expect(aliases.counted("Mr. Clinton") == "Mr. Clinton")
        #expect(aliases.counted("Smith") == "Smith")
        // Pronouns and sources counted as written teach nothing.
        aliases.learn(SourceSpan(text: "he", start: 0, end: 2, kind: "pronoun", resolved: "Jo Smith"))
        #expect(aliases.counted("he") == "he")
    }

    @Test func formsOfOneFullNameAreOneSourceWhenTheirInitialsAgree() {
        #expect(SourceAliases.sameNames(["Donald Trump": 30, "Donald J. Trump": 12, "Ivanka Trump": 4])
                == ["Donald J. Trump": "Donald Trump"])
        #expect(SourceAliases.sameNames(["Joseph R. Biden Jr.": 5, "Joseph R. Biden Jr": 2]) == ["Joseph R. Biden Jr": "Joseph R. Biden Jr."])
        // Two sets of initials are two people: none of the three is merged.
        #expect(SourceAliases.sameNames(["George W. Bush": 7, "George H.W. Bush": 3, "George Bush": 2]).isEmpty)
        #expect(SourceAliases.sameNames(["the president": 9, "The Times": 3]).isEmpty)
        // A written name taken for either form in different articles goes to the commoner, and
        // the forms are counted together.
        var aliases = SourceAliases()
        aliases.learn(person("Mr. Trump", "Donald Trump"))
        aliases.learn(person("Mr. Trump", "Donald J. Trump"))
        #expect(aliases.counted("Mr. Trump") == "Mr. Trump")
        #expect(aliases.merged(["Mr. Trump": 10, "Donald Trump": 5, "Donald J. Trump": 2])
                == ["Donald Trump": 17])
    }

    @Test func anOpeningTheIsCountedInLowerCase() {
        #expect(SourceSpan.countedName("The president, who spoke in Ohio") == "the president")
        #expect(SourceSpan.countedName("The White House") == "the White House")
        #expect(SourceSpan.countedName("Theresa May") == "Theresa May")
    }
}
