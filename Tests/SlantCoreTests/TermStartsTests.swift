@testable import SlantCore
import SlantIO
import Testing

/// The scorer's walk looks a word up in the loaded-language table only where `TermStarts`
/// passes it: it must pass every place where the table matches, or a hit would be lost.
@Suite struct TermStartsTests {
    /// Every entry of the shipped lexicon, written as running text ("the war on truth was"):
    /// where the table finds an entry, the filter passes the word.
    @Test func everyShippedEntryPassesTheFilter() {
        let scorer = sharedAnalyzer.scorer
        let matcher = scorer.lexicon.table.matcher()
        var missed: [String] = []
        var matched = 0
        for entry in matcher.entries {
            // A prefix entry is written as a word it covers.
            let term = matcher.words(of: entry).joined(separator: " ") + (entry.isPrefix ? "ing" : "")
            let source = SourceText("In the \(term) was said.")
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
            for i in tokens.indices where tokens[i].kind == .word && matcher.lookUp(tokens, at: i) != nil {
                matched += 1
                if scorer.termStarts.next(tokens, from: i) != i { missed.append("\(term) at \(i)") }
            }
        }
        #expect(matched >= matcher.entries.count)
        #expect(missed.isEmpty)
    }

    /// Prefix entries pass every word they cover, both with a few prefixes (compared one by
    /// one) and with more than four (tested in the filter's bits), and a word that only
    /// shares the prefix's first letters does not match.
    @Test func prefixEntriesPassWithFewAndManyPrefixes() throws {
        for prefixes in [["grumbl"], ["grumbl", "snarl", "blather", "drivel", "harangu", "pillor"]] {
            var set = try LexiconLoader.load()
            let rows = prefixes.map { "\($0)*\t1\tderision\n" }.joined()
            set.overlays.append((name: "mine.tsv", text: "#! name: mine\n#! version: 1\n" + rows))
            let scorer = try Analyzer(lexicons: set).scorer
            let matcher = scorer.lexicon.table.matcher()
            for prefix in prefixes {
                let source = SourceText("They were \(prefix)ing about it.")
                let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
                #expect(matcher.lookUp(tokens, at: 2) != nil)
                #expect(scorer.termStarts.next(tokens, from: 0) == 2, "\(prefix)ing with \(prefixes.count) prefixes")
            }
            let source = SourceText("They were grumpy.")
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
            #expect(matcher.lookUp(tokens, at: 2) == nil)
        }
    }

    /// The shipped lexicon's two prefix heads are compared word by word (no mask): a word they
    /// cover passes wherever it stands, the last token of a sentence without a full stop and
    /// a sentence of one word included, and the walk from the start stops at or before the first term;
    /// and words that share only three of the heads' four bytes do not.
    @Test func twoPrefixHeadsAndTheLastToken() {
        let scorer = sharedAnalyzer.scorer
        let matcher = scorer.lexicon.table.matcher()
        for text in ["They kept sabotaging", "sabotaged", "machinations", "It was a disgrace", "It was a machination"] {
            let source = SourceText(text)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
            let last = tokens.count - 1
            #expect(matcher.lookUp(tokens, at: last) != nil, "\(text)")
            #expect(scorer.termStarts.next(tokens, from: last) == last, "\(text)")
            // "a disgrace" is a term of its own: the walk stops at the first term's start.
            let first = tokens.indices.first { matcher.lookUp(tokens, at: $0) != nil } ?? last
            #expect(scorer.termStarts.next(tokens, from: 0) <= first, "\(text)")
        }
        for text in ["They sabre macros", "sab", "Mac"] {
            let source = SourceText(text)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
            #expect(scorer.termStarts.next(tokens, from: 0) == tokens.count, "\(text)")
        }
    }

    /// The scorer's flat table finds what the phrase table finds at every word: every shipped
    /// entry in running text, phrases cut short, words that start a phrase and then differ,
    /// an overlay's long words (over 15 bytes, compared by their strings) and prefix entries.
    @Test func termTableFindsWhatThePhraseTableFinds() throws {
        var set = try LexiconLoader.load()
        set.overlays.append((name: "mine.tsv", text: "#! name: mine\n#! version: 1\n"
            + "counterrevolutionaries\t2\tderision\ncounterrevolutionarism\t1\tderision\n"
            + "grumbl*\t1\tderision\nutter counterrevolutionaries plotting\t2\tderision\n"))
        let scorer = try Analyzer(lexicons: set).scorer
        let matcher = scorer.lexicon.table.matcher()
        var texts = matcher.entries.map { entry in
            "In the " + matcher.words(of: entry).joined(separator: " ") + (entry.isPrefix ? "ing" : "") + " was said."
        }
        texts += matcher.entries.map(matcher.words).filter { $0.count > 1 }.map { "So " + $0.dropLast().joined(separator: " ") }
        texts += ["They were grumbling, utter counterrevolutionaries plotting and counterrevolutionarisms.",
                  "Utter counterrevolutionariez plotting.", "The war on drugs was a war on the poor."]
        var compared = 0
        for text in texts {
            let source = SourceText(text)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
            for i in tokens.indices where tokens[i].kind == .word {
                let mine = scorer.lookUp(tokens, at: i, matcher: matcher), table = matcher.lookUp(tokens, at: i)
                #expect(mine?.index == table?.index && mine?.length == table?.length, "\(text) at \(i)")
                compared += 1
            }
        }
        #expect(compared > 3 * matcher.entries.count)
    }

    /// Pairs that only start longer phrases do not pass alone: "in the" starts several
    /// phrases of the shipped lexicon, and in "in the morning" none goes on.
    @Test func aPairStartingLongerPhrasesNeedsTheThirdWord() {
        let source = SourceText("They met in the morning.")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        #expect(sharedAnalyzer.scorer.termStarts.next(tokens, from: 0) == tokens.count)
    }
}
