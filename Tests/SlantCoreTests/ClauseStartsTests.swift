@testable import SlantCore
import Testing

/// `clauseStarts` screens tokens by a bit of their packs' hashes before comparing them: it must
/// find what a plain comparison of every token's key with the breaks and conjunctions finds.
@Suite struct ClauseStartsTests {
    static let breaks: Set<String> = [";", ":", "\u{2014}", "\u{2013}", "(", ")"]
    static let conjunctions: Set<String> = ["but", "while", "whereas", "although", "though"]

    static func plain(_ tokens: [Token], before end: Int) -> [Int] {
        tokens.indices.filter { k in
            k < end && (tokens[k].kind == .punctuation && breaks.contains(tokens[k].key)
                || tokens[k].kind == .word && conjunctions.contains(tokens[k].key))
        }
    }

    @Test func theScreenFindsWhatAPlainComparisonFinds() throws {
        let texts = [
            "The minister lied; the opposition, though, said nothing: it (mostly) agreed \u{2014} while others fled \u{2013} but why?",
            "But Whereas ALTHOUGH THOUGH While, however, butter and whiles are not conjunctions; 3:15 and 1980s (sic).",
            "\u{201C}Shameful,\u{201D} he said \u{2014} although the board, whereas its chair \u{2026} did not.",
            "No breaks here at all, only commas, full stops and words that start with t, a, w or b.",
            "Butwhile; :( ): \u{2014}\u{2014} thoughtful whereabouts althoughs",
        ]
        var found = 0
        for text in texts {
            let source = SourceText(text)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
            for end in [tokens.count, tokens.count / 2, 3, 0] {
                let mine = sharedAnalyzer.scorer.clauseStarts(tokens, before: end), plain = Self.plain(tokens, before: end)
                #expect(mine == plain, "\(text) before \(end)")
                found += plain.count
            }
        }
        #expect(found > 20)
    }
}
