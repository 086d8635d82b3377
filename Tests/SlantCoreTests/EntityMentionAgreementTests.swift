import Foundation
@testable import SlantCore
import SlantIO
import Testing

/// The store's per-entity counts (`EntityFinder`) and the loaded-language targets read the
/// same mentions: an alias that opens a longer capitalised name is that name's, in both.
@Suite struct EntityMentionAgreementTests {
    static let sentences = [
        "Officials at the State and Homeland Security Departments told U.S. President Donald Trump that Russia's envoy read the Washington Post.",
        "Homeland Security officials met the 501st Legion in Washington on Monday.",
        "Critics said the Washington Times and “Russia’s Vladimir Putin” were wrong.",
        "Homeland Security Departments Slam Washington Audit",
    ]

    /// The scorer's gazetteer mentions of a sentence: (entity, text).
    static func scorerMentions(_ text: String) -> [String] {
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        let raw = RawWords(source: source, tokens: tokens)
        return sharedAnalyzer.scorer.entityMentions(tokens, raw).compactMap { m in
            // An alias alone keeps its entity (slot); a capitalised run or a longer name has none.
            (m.slot >= 0 ? sharedAnalyzer.scorer.mentionName(m, raw) : nil).map { "\($0): \(source.text(ofBytes: tokens[m.range.lowerBound].bytes.lowerBound..<raw.range(m.range.upperBound - 1).upperBound))" }
        }
    }

    static func finderMentions(_ text: String) throws -> [String] {
        let finder = try EntityFinder(entitiesTSV: LexiconLoader.load().text("entities.tsv"))
        let bytes = Array(text.utf8)
        return finder.mentions(in: text).map { "\($0.entity): \(String(decoding: bytes[$0.bytes], as: UTF8.self))" }
    }

    @Test(arguments: sentences) func bothPathsFindTheSameMentions(_ text: String) throws {
        #expect(try Self.finderMentions(text) == Self.scorerMentions(text))
    }

    @Test func anAliasOpeningALongerNameIsNotCounted() throws {
        #expect(try Self.finderMentions(Self.sentences[0])
                == ["United States: U.S.", "Donald Trump: Donald Trump", "Russia: Russia", "The Washington Post: Washington Post"])
        #expect(try Self.finderMentions(Self.sentences[1])
                == ["Department of Homeland Security: Homeland Security", "United States: Washington"])
        #expect(try Self.finderMentions(Self.sentences[2]) == ["Russia: Russia", "Vladimir Putin: Vladimir Putin"])
        // A headline capitalises every word: there the aliases are the surer names.
        #expect(try Self.finderMentions(Self.sentences[3])
                == ["Department of Homeland Security: Homeland Security", "United States: Washington"])
    }

    @Test func theCountedMentionsAreTheScorersTargets() throws {
        let text = "Officials at the State and Homeland Security Departments slammed the audit."
        let analysis = sharedAnalyzer.analyze(Article(text: text, metadata: ArticleMetadata()))
        #expect(analysis.sentences.flatMap(\.loaded).map(\.target) == ["Homeland Security Departments"])
        #expect(try Self.finderMentions(text).isEmpty)
    }
}
