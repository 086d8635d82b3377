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

    @Test func aTranscriptSpeakerInCapitalsIsThePersonNamedInFull() throws {
        let s = sources("BRET BAIER said the debate was over. BAIER added that it was late.")
        try #require(s.count == 2)
        #expect(s[0]?.resolved == "Bret Baier")
        #expect(s[1]?.kind == "person")
        #expect(s[1]?.resolved == "Bret Baier")
        // A word in capitals that no full name explains stays an acronym's organisation.
        #expect(sources("NAACP said the ruling was a setback.").first??.kind == "organisation")
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
}
