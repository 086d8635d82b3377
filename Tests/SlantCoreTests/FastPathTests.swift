@testable import SlantCore
import Foundation
import Testing

/// The byte-level fast paths of tokenising, lexicon lookup and speaker keys must give what the
/// string-level definitions give: same keys, same matches, same speakers.
@Suite struct FastPathTests {
    /// A token's key as it is defined: lower-cased by Foundation, curly apostrophes made straight.
    func referenceKey(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    @Test func tokenKeysMatchTheirDefinition() {
        let text = """
            Hello WORLD Moscow’s U.S. don't 1,000 3.5 vis-a-vis counter\u{2011}terrorism Straße ÉRIC naïve \
            INTERNATIONALIZATION internationalization’s abcdefghijklmnop abcdefghijklmno «quoted» “curly” — 42%
            """
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        #expect(tokens.count > 20)
        for token in tokens {
            let raw = source.text(ofBytes: token.bytes)
            let expected = token.kind == .punctuation ? raw : referenceKey(raw)
            #expect(token.key == expected, "token \(raw)")
            #expect(token.word == WordKey(token.key), "pack of \(raw)")
        }
    }

    @Test func keysLongerThanAPackMatchOnlyThemselves() {
        var table = PhraseTable<Int>()
        table.insert("internationalization", value: 1)
        table.insert("internationalizations plot", value: 2)
        table.insert("disproportionat*", value: 3)
        func firstMatch(_ text: String) -> Int? {
            let source = SourceText(text)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
            return table.match(tokens, at: 0)?.entry.value
        }
        #expect(firstMatch("Internationalization matters") == 1)
        // Same first 15 bytes, different word: no match.
        #expect(firstMatch("internationalizing matters") == nil)
        #expect(firstMatch("internationalizations plot") == 2)
        #expect(firstMatch("internationalizations plan") == nil)
        #expect(firstMatch("disproportionately high") == 3)
        #expect(firstMatch("disproportion") == nil)
    }

    /// `SpeakerMemory.key` as it was first written, by Characters.
    func referenceSpeakerKey(_ name: String) -> String {
        let head = name.split(separator: ",").first.map(String.init) ?? name
        let words = head.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let capitalised = words.last { $0.first?.isUppercase == true }
        return String(capitalised ?? words.last ?? Substring(name))
    }

    @Test func speakerKeysMatchTheirDefinition() {
        let names = [
            "John Smith, the finance minister", "Smith", ",Smith", ", ,", "", ",,,", "the spokesman",
            "Mr. Jones\nSmith", "Ana María López", "A\r\nB", "lower case words", "McDonald's", "  Padded  Name ",
            "US officials", "a State Department spokesperson", "Dr. Ömer Çelik", "X,", "tab\tSeparated Name",
        ]
        for name in names {
            #expect(SpeakerMemory.key(name) == referenceSpeakerKey(name), "name \(name.debugDescription)")
        }
    }

    @Test func suffixAndCountHelpersMatchStrings() {
        let source = SourceText("Smith's Moscow’s ly ply éd IRELAND’S resolutely")
        for token in Tokenizer.tokens(in: source, range: 0..<source.bytes.count) {
            for suffix: StaticString in ["'s", "ly", "ed"] {
                #expect(token.keyHasSuffix(suffix) == token.key.hasSuffix(suffix.description), "\(token.key) \(suffix)")
            }
            #expect(token.keyCount == token.key.count, "\(token.key)")
        }
    }
}
