import SlantCore
import Testing

/// Quotations that run over paragraphs (the news convention: no closing mark at the end of a
/// paragraph, an opening mark again at the start of the next, the closing mark at the end of
/// the last), with straight and curly marks, re-opening marks left out (as in the GUM/Wikinews
/// texts), and an unbalanced mark that must stay inside its own paragraph.
@Suite struct QuoteParagraphTests {
    func analysis(_ path: String) -> ArticleAnalysis {
        sharedAnalyzer.analyze(Article(text: fixture(path)))
    }

    func sentence(_ analysis: ArticleAnalysis, _ prefix: String) throws -> SentenceAnalysis {
        try #require(analysis.sentences.first { $0.text.hasPrefix(prefix) }, "no sentence starts with \(prefix)")
    }

    func quoteTexts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return QuoteFinder.quotes(in: bytes, ranges: [0..<bytes.count]).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Single curly marks quote as double ones do where they are the outer marks (the British
    /// convention, American headlines); inside double marks they are the quotation's own, and
    /// apostrophes, plural possessives and a lone mark quote nothing.
    @Test func singleCurlyMarksQuoteOutsideDoubleOnes() throws {
        #expect(quoteTexts("‘We will not borrow,’ the chancellor said. ‘The voters’ choice is clear.’")
            == ["‘We will not borrow,’", "‘The voters’ choice is clear.’"])
        #expect(quoteTexts("Mayor ‘not sure’ about the levy") == ["‘not sure’"])
        #expect(quoteTexts("“She told me ‘never again’ and left,” he said.") == ["“She told me ‘never again’ and left,”"])
        #expect(quoteTexts("The voters’ choice wasn’t hard in the ’90s.").isEmpty)
        #expect(quoteTexts("He opened with ‘Today\n\nwe begin’ and sat down.").isEmpty)
        // The speaker of a British quotation is found, and its loaded words are the speaker's.
        let a = sharedAnalyzer.analyze(Article(text: "‘This is a disgraceful betrayal,’ the union leader said.\n"))
        let s = try #require(a.sentences.first)
        #expect(s.label == .attributed)
        #expect(s.source?.text == "the union leader")
        #expect(!s.loaded.isEmpty && s.loaded.allSatisfy { $0.in_quote })
        #expect(a.summary.loaded_outlet_voice == 0)
    }

    /// A run of blank lines is read in one step (each line feed had looked ahead over the whole
    /// run); what the run does to a quotation left open stays as it was: after one blank line
    /// it joins the next paragraph's closed quotation, after two or more it ends with its own
    /// paragraph (and the next mark opens a quotation).
    @Test func blankLineRunsKeepTheirEffectOnOpenQuotations() {
        #expect(quoteTexts("He said, \"We will win.\n\nAnd we will.\" Then he left.") == ["\"We will win.\n\nAnd we will.\""])
        #expect(quoteTexts("He said, \"We will win.\n\n\nAnd we will.\" Then he left.") == ["\"We will win.", "\" Then he left."])
        #expect(quoteTexts("He said, \"We will win.\n \n\t\n \n\nAnd we will.\" Then he left.") == ["\"We will win.", "\" Then he left."])
        let blank = String(repeating: "\n", count: 20_000)
        #expect(quoteTexts("\"One.\"" + blank + "\"Two.\"") == ["\"One.\"", "\"Two.\""])
        let splitter = sharedAnalyzer.splitter
        #expect(splitter.sentences(in: SourceText("One." + blank + " \n\t\nTwo.")).map(\.text) == ["One.", "Two."])
    }

    @Test func straightQuotationOverThreeParagraphsIsOneQuotation() throws {
        let a = analysis("claims/quotes-straight-paragraphs.txt")
        try #require(a.quotes.count == 1)
        let quote = a.quotes[0]
        #expect(quote.text.hasPrefix("\"This is a sad day"))
        #expect(quote.text.hasSuffix("it will pay for it.\""))
        #expect(quote.speaker?.hasSuffix("Ana Ruiz") == true)
        // The middle and last paragraphs are Ruiz's words, opinions included.
        for prefix in ["\"Children come here", "We will fight", "\"The city has made a terrible mistake"] {
            let s = try sentence(a, prefix)
            #expect(s.label == .attributed, "\(prefix)")
        }
        // The outlet's own paragraph after the closing mark is not quoted.
        #expect(try sentence(a, "The library will close").label == .factual)
    }

    @Test func curlyQuotationOverThreeParagraphsIsOneQuotation() throws {
        let a = analysis("claims/quotes-curly-paragraphs.txt")
        let quote = try #require(a.quotes.first { $0.text.hasPrefix("“People have stopped") })
        #expect(quote.text.hasSuffix("get a booster now.”"))
        for prefix in ["“The hospitals are full.", "Staff are exhausted", "“Everyone should get a booster now."] {
            #expect(try sentence(a, prefix).label == .attributed, "\(prefix)")
        }
        #expect(try sentence(a, "The region has").label == .factual)
    }

    @Test func quotationWithoutReopeningMarksKeepsItsParagraphsAndSpeaker() throws {
        // Wikinews text as GUM gives it: `said, "I think ...` in one paragraph, `... better."`
        // closing it in the next, with no mark re-opening it.
        let a = analysis("gum-news/soccer-quotes-excerpt.txt")
        let gomez = try #require(a.quotes.first { $0.text.hasPrefix("\"I think we have learned") })
        #expect(gomez.text.hasSuffix("able to focus better.\""))
        #expect(gomez.speaker == "Hernan Dario Gomez, Panama coach")
        let maaloul = try #require(a.quotes.first { $0.text.hasPrefix("\"We were playing") })
        #expect(maaloul.text.hasSuffix("in the coming games.\""))
        #expect(maaloul.speaker == "Tunisia's coach Nabil Maaloul")
        // The speaker's words, not the outlet's: the evaluations in them label nothing EDITORIAL.
        for prefix in ["It was a very emotional day.", "The team was still very emotional", "We could've scored",
                       "If we were to get a draw", "But hopefully this will lead"] {
            #expect(try sentence(a, prefix).label == .attributed, "\(prefix)")
        }
        // The outlet's words between the quotations are never inside one.
        #expect(!a.quotes.contains { $0.text.contains("After the match, Tunisia's coach") })
        #expect(!a.quotes.contains { $0.text.contains("Group G") || $0.text.contains("injury time") })
    }

    @Test func unbalancedMarkStaysInItsParagraph() throws {
        let a = analysis("claims/quotes-unbalanced.txt")
        // The mark opened in the first paragraph is never closed: it ends with its paragraph
        // and does not pair with the mark two paragraphs on.
        #expect(a.quotes.map(\.text).contains("\"It is a great day for the city, she told the crowd."))
        #expect(a.quotes.map(\.text).contains("\"We are delighted with it,\""))
        #expect(!a.quotes.contains { $0.text.contains("The bridge cost") })
        #expect(try sentence(a, "The bridge cost").label == .factual)
        #expect(try sentence(a, "Traffic on the old crossing").label == .factual)
        #expect(try sentence(a, "The old crossing will be closed").label == .factual)
    }

    @Test func straightMarksPairByParagraph() {
        // A paragraph that starts inside a quotation: quoted from its start to the closing mark,
        // joined to the quotation left open at the end of the paragraph before.
        #expect(quoteTexts("He said, \"One.\n\nTwo.\" Then she spoke.\n") == ["\"One.\n\nTwo.\""])
        // The re-opening mark keeps it one quotation.
        #expect(quoteTexts("He said, \"One.\n\n\"Two.\" Then.\n") == ["\"One.\n\n\"Two.\""])
        // A paragraph with no quote mark ends an unclosed quotation at the paragraph before it.
        #expect(quoteTexts("He said, \"One.\n\nPlain text.\n\nShe said, \"Three.\"\n") == ["\"One.", "\"Three.\""])
        // A first mark before a word opens a quotation (it does not close one).
        #expect(quoteTexts("He said, \"One.\n\n\"Two\" is a word.\n") == ["\"One.\n\n\"Two\""])
        // A straight mark after a dash or before an opening curly mark opens (a title opening
        // a paragraph after a paragraph whose marks did not pair).
        #expect(quoteTexts("He said, \"One.\n\n—\"‘Two,’\" by Cox: \"Three.\" Then.\n") == ["\"One.", "\"‘Two,’\"", "\"Three.\""])
        // A “ typed where a quotation ends closes it, so it does not run on to the paragraph's end.
        #expect(quoteTexts("A book explains “the advantages of peace“ with a photograph. Israel works with Jordan.\n\nNext.\n")
                == ["“the advantages of peace“"])
        // Curly marks the same way.
        #expect(quoteTexts("He said, “One.\n\nTwo.” Then.\n") == ["“One.\n\nTwo.”"])
        #expect(quoteTexts("One.” Then “two.”\n") == ["One.”", "“two.”"])
        // After a paragraph with no open quotation, a mark of closing shape is typed the wrong
        // way round: straight marks pair in order, a lone ” is left alone.
        #expect(quoteTexts("Plain.\n\nHe said,\" For example, this\". Then.\n") == ["\" For example, this\""])
        #expect(quoteTexts("Plain.\n\nTwo.” Then “three.”\n") == ["“three.”"])
    }
    /// A curly quotation inside a straight one is a quotation within it: its closing mark
    /// does not close the straight one, so the marks after it pair as they should. Only when
    /// a straight mark follows on the line; otherwise the text mixes its marks and the curly
    /// one closes. A straight mark in a height (`6'3"`) or right after a digit quotes nothing.
    @Test func curlyQuotationNestsInsideAStraightOne() {
        #expect(quoteTexts("\"Having him host “SNL” is a nod,\" wrote Mr. Stuever. \"Bring it back,\" he writes, \"the old one.\"")
                == ["\"Having him host “SNL” is a nod,\"", "\"Bring it back,\"", "\"the old one.\""])
        #expect(quoteTexts("He said, \"We won.” Then he left.") == ["\"We won.”"])
        #expect(quoteTexts("He said: \"Call it “peace” if you like.\"\n\n“Never,” she said.")
                == ["\"Call it “peace” if you like.\"", "“Never,”"])
        #expect(quoteTexts("Trump is 6'3\" tall and the \"fittest\" man.") == ["\"fittest\""])
        #expect(quoteTexts("Menu.\n\nA 12\" pizza and a \"deal\".") == ["\"deal\""])
        #expect(quoteTexts("The year \"2016\" was long.") == ["\"2016\""])
    }
    /// A text that gives each paragraph one line (some line longer than a wrapped one) follows
    /// the convention of quotations over paragraphs at a single line feed: a straight mark
    /// opening the next line re-opens the running quotation, and a quotation left open at a
    /// line's end stays in its line, so the marks after it still pair. Hard-wrapped text (no
    /// long line) keeps a quotation running over its line breaks.
    @Test func oneLineParagraphsFollowTheParagraphConvention() {
        let long = String(repeating: "The committee met again on Monday to talk. ", count: 4)
        #expect(quoteTexts(long + "He said: \"We are friends.\n\"I like him.\"\nThe president added: \"Fine.\"\n")
                == ["\"We are friends.\n\"I like him.\"", "\"Fine.\""])
        #expect(quoteTexts(long + "\"Costs rise, said Paul Cicio.\nShe said, \"It is worth noting,\" and left.\n")
                == ["\"Costs rise, said Paul Cicio.", "\"It is worth noting,\""])
        #expect(quoteTexts("He said: \"We are\nfriends and we\nwill stay so.\" Then\nhe left.\n")
                == ["\"We are\nfriends and we\nwill stay so.\""])
    }
}
