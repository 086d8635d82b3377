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
            let term = entry.words.joined(separator: " ") + (entry.isPrefix ? "ing" : "")
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

    /// Pairs that only start longer phrases do not pass alone: "in the" starts several
    /// phrases of the shipped lexicon, and in "in the morning" none goes on.
    @Test func aPairStartingLongerPhrasesNeedsTheThirdWord() {
        let source = SourceText("They met in the morning.")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        #expect(sharedAnalyzer.scorer.termStarts.next(tokens, from: 0) == tokens.count)
    }
}
