import SlantCore
import Testing

/// Sentences that are the page around an article (`Lexicons/page-furniture.tsv`) are left out
/// of the analysis and listed with the pattern that matched; ordinary sentences that share
/// their words are not.
@Suite struct PageFurnitureTests {
    static func furniture(_ patterns: String) throws -> PageFurniture {
        let text = "#! name: test\n#! version: 1\n" + patterns
        return try PageFurniture(file: DataFile.parse(text, name: "page-furniture.tsv", minColumns: 2, maxColumns: 3))
    }

    func matched(_ sentence: String) -> String? {
        sharedAnalyzer.furniture.match(Array(sentence.utf8)[...])?.text
    }

    @Test(arguments: [
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT:", "advertisement"),
        ("Sign up for Daily Newsletters Manage Newsletters", "sign up for * newsletters *"),
        ("Sign up for our newsletter.", "sign up for * newsletter *"),
        ("READ MORE:", "read more"),
        ("CLICK HERE TO GET THE FOX NEWS APP", "click here to get the * app"),
        ("SHARE THIS ARTICLE Share Tweet Post Email", "share this article *"),
        ("Follow Jane Doe on Twitter @jdoe.", "follow * on twitter *"),
        ("“Related:”", "related"),
        ("Story Continued Below", "story continued below"),
        ("Image copyright Getty Images", "image copyright ? ?"),
        ("Image copyright Reuters Image caption", "image copyright * image caption"),
        ("The Associated Press contributed to this report.", "the associated press contributed to this report"),
        ("Photographer: Jo Park/Bloomberg Photographer: Jo Park/Bloomberg", "photographer ? ? bloomberg photographer ? ? bloomberg"),
        ("Photographer: Jo Park/AFP via Getty Images", "photographer ? ? afp via getty images"),
        ("You agree to receive occasional updates and special offers for The Daily Bugle's products and services.", "you agree to receive *"),
        ("JUST WATCHED Mayor opens the new bridge Replay More Videos ...", "just watched * replay more videos *"),
        ("MUST WATCH Mayor opens the new bridge 01:29", "must watch *"),
        ("Email Sign Up By signing up you agree to receive email newsletters or alerts from the Daily Bugle.", "email sign up by signing up you agree *"),
        ("Sign Up Loading By signing up you agree to receive email newsletters or alerts from the Daily Bugle.", "sign up loading by signing up you agree *"),
        ("POLITICO Playbook newsletter Sign up today to receive the #1-rated newsletter in politics Email Sign Up", "politico playbook newsletter sign up today *"),
        ("You may opt-out at any time.", "you may opt out at any time"),
        ("Thank you for subscribing.", "thank you for subscribing"),
        ("Your financial contribution will not constitute a donation, but it will keep our articles free.", "your financial contribution will not constitute a donation *"),
        ("Hide Caption 3 of 24 Photos: The bridge opens The mayor cuts the ribbon on Monday.", "hide caption * photos *"),
        ("Hide Caption 24 of 24", "hide caption ? of ?"),
        ("Jo Park and Ana Ruiz contributed to this report.", "* contributed to this report"),
        ("Daily Bugle\u{2019}s Jo Park contributed reporting.", "* contributed reporting"),
        ("Enlarge this image toggle caption Jo Park/AP Jo Park/AP", "enlarge this image toggle caption *"),
        ("More:", "more"),
        ("Story continues below the video:", "story continues below *"),
    ])
    func furnitureMatchesWholeSentences(sentence: String, pattern: String) {
        #expect(matched(sentence) == pattern)
    }

    @Test(arguments: [
        "Advertisement spending rose 5 percent last year.",
        "Photographer Jo Park sold her pictures to Getty Images and later to Reuters.",
        "Photographer Jo Park left Bloomberg.",
        "The ad ran twice.",
        "Read more books, the mayor urged.",
        "Related companies were fined.",
        "Copyright claims against the studio rose.",
        "Image copyright AP Image caption Russian dolls in a Moscow shop",
        "Close aides said the mayor would run.",
        "We just watched the mayor open the bridge.",
        "Supporters were told to sign up for the rally.",
        "She said she would follow the money wherever it led on Twitter and elsewhere, the senator added in a long statement.",
        "More people voted this year.",
        "The story continues to unfold.",
        "Read more from the mayor's speech in our full report tomorrow, the editor wrote.",
        "Contributed to this report.",
        "She said many people contributed to this report on housing, which took years.",
    ])
    func sentencesThatShareTheWordsAreNoFurniture(sentence: String) {
        #expect(matched(sentence) == nil)
    }

    /// A pattern that ends with "+" lists the opening words of a sentence glued to the page's
    /// own text; the rest stays the sentence, with its offsets in the input.
    @Test func gluedFurnitureIsCutFromTheSentenceItOpens() throws {
        let text = "The council met.\nMedia playback is unsupported on your device Media caption Ruiz: “The levy is dead”\n"
        let analysis = sharedAnalyzer.analyze(Article(text: text))
        try #require(analysis.sentences.count == 2)
        let caption = analysis.sentences[1]
        #expect(caption.text == "Ruiz: “The levy is dead”")
        #expect(Array(text.unicodeScalars)[caption.start..<caption.end].map(String.init).joined() == caption.text)
        #expect(!caption.cues.contains { $0.id == "personal-voice" })
        #expect(analysis.furniture.map(\.text) == ["Media playback is unsupported on your device Media caption"])
        // The furniture alone, with nothing glued after it, is a whole furniture line.
        let alone = sharedAnalyzer.analyze(Article(text: "The council met.\nMedia playback is unsupported on your device\n"))
        #expect(alone.sentences.count == 1)
        let f = try Self.furniture("video player loading now +\tnavigation\n")
        #expect(f.prefixMatch(Array("Video player loading now. The mayor spoke.".utf8)[...])?.end == 24)
        #expect(f.prefixMatch(Array("Video player loading now.".utf8)[...]) == nil)
        #expect(f.prefixMatch(Array("Video player loading slowly now.".utf8)[...]) == nil)
        // CNN's "Story highlights" label glued to its first point: the point's own speaker.
        let cnn = sharedAnalyzer.analyze(Article(text: "Story highlights Mike Pence urged President Obama to expand health coverage\n"))
        #expect(cnn.sentences.first?.text == "Mike Pence urged President Obama to expand health coverage")
        #expect(cnn.sentences.first?.source?.text == "Mike Pence")
        #expect(cnn.furniture.map(\.text) == ["Story highlights"])
    }

    /// A line of furniture that the splitter cut into sentences (a video title ending with "!"
    /// or "?") is furniture when a pattern matches the whole line, each of its sentences listed.
    @Test func aFurnitureLineCutIntoSentencesIsFurnitureWhole() throws {
        let text = "Stocks fell.\nJUST WATCHED Boo! October is scary for stocks Replay More Videos ... MUST WATCH Boo! October is scary 01:12\nThe market rose.\n"
        let analysis = sharedAnalyzer.analyze(Article(text: text))
        #expect(analysis.sentences.map(\.text) == ["Stocks fell.", "The market rose."])
        try #require(analysis.furniture.count >= 2)
        #expect(analysis.furniture.allSatisfy { $0.pattern == "just watched * replay more videos *" })
        #expect(analysis.furniture.first?.text == "JUST WATCHED Boo!")
        for piece in analysis.furniture {
            #expect(Array(text.unicodeScalars)[piece.start..<piece.end].map(String.init).joined() == piece.text)
        }
        // The pattern must match the whole line: a label's own sentence goes, the page's text
        // after it on the line stays.
        let glued = sharedAnalyzer.analyze(Article(text: "Stocks fell.\nAdvertisement. The mayor said the levy is dead.\n"))
        #expect(glued.sentences.map(\.text) == ["Stocks fell.", "The mayor said the levy is dead."])
        #expect(glued.furniture.map(\.text) == ["Advertisement."])
    }

    /// A "sentence" with no letter or digit (a lone ellipsis, a rule of underscores, a stray
    /// quotation mark) is no claim: it gets no label. A letter of any script keeps one.
    @Test func aSentenceWithNoWordIsLeftOut() {
        let text = "The council met.\n\n…\n\n___\n\n“\n\n‘42’\n\nDie Straße ist lang.\n\nДа.\n"
        let analysis = sharedAnalyzer.analyze(Article(text: text))
        #expect(analysis.sentences.map(\.text) == ["The council met.", "‘42’", "Die Straße ist lang.", "Да."])
    }

    @Test func aWildcardStandsForAnyWordsNoneIncluded() throws {
        let f = try Self.furniture("sign up for * newsletter\tsign-up\n")
        #expect(f.match(Array("Sign up for newsletter".utf8)[...]) != nil)
        #expect(f.match(Array("Sign up for the daily morning newsletter!".utf8)[...]) != nil)
        #expect(f.match(Array("Sign up for the daily morning newsletter today".utf8)[...]) == nil)
        // Non-ASCII letters are part of a word, so they match no pattern word.
        #expect(f.match(Array("Sign up for the café newsletter".utf8)[...]) != nil)
        #expect(f.match(Array("Sign up for newsletter é".utf8)[...]) == nil)
    }

    @Test(arguments: [
        ("* newsletter\tsign-up\n", "a pattern that opens with '*' needs at least two words after it"),
        ("* to * report\tcredit\n", "a pattern that opens with '*' holds plain words after it"),
        ("*\tcredit\n", "a pattern must open with a word, not '*'"),
        ("sign *\tsign-up\n", "a pattern with '*' or '?' needs at least two words besides them"),
        ("? more\tteaser\n", "a pattern must open with a word, not '?'"),
        ("sign up * * now\tsign-up\n", "two '*' in a row"),
        ("Read more\tteaser\n", "'Read' is not a lower-case word of letters and digits (punctuation is not matched)"),
        ("read more:\tteaser\n", "'more:' is not a lower-case word of letters and digits (punctuation is not matched)"),
        ("read more\tlink\n", "unknown kind 'link' (one of: advertisement, caption, credit, navigation, share, sign-up, social, teaser)"),
        ("read more\tteaser\nread more\tteaser\n", "duplicate pattern 'read more' (first on line 3)"),
        ("video player * here +\tnavigation\n", "a pattern that ends with '+' holds plain words only"),
        ("video +\tnavigation\n", "a pattern that ends with '+' needs at least two words"),
    ])
    func badPatternsStopLoadingWithTheirLine(patterns: String, problem: String) {
        do {
            _ = try Self.furniture(patterns)
            Issue.record("loaded: \(patterns)")
        } catch let error as LexiconError {
            #expect(error.problem == problem)
            #expect(error.file == "page-furniture.tsv")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test(arguments: [
        ("* newsletter\tsign-up\n", "page-furniture.tsv:3: a pattern that opens with '*' needs at least two words after it"),
        ("read more\tlink\n", "page-furniture.tsv:3: unknown kind 'link' (one of: advertisement, caption, credit, navigation, share, sign-up, social, teaser)"),
        ("read more\tteaser\nread more\tteaser\n", "page-furniture.tsv:4: duplicate pattern 'read more' (first on line 3)"),
    ])
    func theCheckReportsWhatLoadingStopsAt(patterns: String, message: String) {
        let problems = LexiconCheck.problems("#! name: test\n#! version: 1\n" + patterns, name: "page-furniture.tsv",
                                             kind: LexiconCheck.Kind(fileName: "page-furniture.tsv"), categories: [])
        #expect(problems.map { $0.errorDescription ?? "" } == [message])
    }

    /// The analysis leaves furniture out of its sentences and counts, lists it with its
    /// offsets into the input, and never takes the headline for furniture.
    @Test func theAnalysisListsFurnitureAndCountsTheRest() {
        let text = "Read more\n\nThe council approved the budget.\n\nAdvertisement\n\nThe mayor said the plan was fair. READ MORE:\n"
        let headline = 0..<9
        let a = sharedAnalyzer.analyze(Article(text: text, headline: headline, body: [11..<text.utf8.count]))
        #expect(a.sentences.map(\.text) == ["Read more", "The council approved the budget.", "The mayor said the plan was fair."])
        #expect(a.summary.sentences == 3)
        #expect(a.furniture.map(\.text) == ["Advertisement", "READ MORE:"])
        #expect(a.furniture.map(\.kind) == ["advertisement", "teaser"])
        let scalars = Array(text.unicodeScalars)
        for f in a.furniture {
            #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == f.text)
            #expect(f.line > 0 && !f.pattern.isEmpty)
        }
        #expect(a.lexicons.contains { $0.file == "page-furniture.tsv" })
    }
}
