@testable import SlantCore
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

    /// Pairs that only start longer phrases do not pass alone: "in the" starts several
    /// phrases of the shipped lexicon, and in "in the morning" none goes on.
    @Test func aPairStartingLongerPhrasesNeedsTheThirdWord() {
        let source = SourceText("They met in the morning.")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        #expect(sharedAnalyzer.scorer.termStarts.next(tokens, from: 0) == tokens.count)
    }
}
