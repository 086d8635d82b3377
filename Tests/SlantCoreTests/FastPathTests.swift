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

    /// A token is 32 bytes (the scorer's walk reads every token of every sentence), and its
    /// byte range, kept as two 32-bit offsets, reads back as it was given, here and when set.
    @Test func tokenIsCompactAndKeepsItsRange() {
        #expect(MemoryLayout<Token>.stride == 32)
        let text = String(repeating: "word ", count: 40) + "last"
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 3..<source.bytes.count)
        #expect(tokens.first?.bytes == 3..<4)
        #expect(tokens.last?.bytes == (source.bytes.count - 4)..<source.bytes.count)
        var token = tokens[1]
        token.bytes = 70_000..<4_000_000_000
        #expect(token.bytes == 70_000..<4_000_000_000)
        #expect(token.key == "word")
    }

    /// `CueWordTable` looks every token up once for the word sets and both cue-word tables: it
    /// must give the matches, starts, bits and first number that the tables' own walk
    /// (`matchIndices(_:alongside:)`) and `TokenSets.of` give, with the shipped lexicons and
    /// with tables changed after loading (long words first and second, a phrase's second word
    /// in no set, prefix entries), at every token and at a sentence's last.
    @Test func cueWordTableGivesWhatTheTablesAndSetsGive() {
        let loaded = sharedAnalyzer.classifier.words
        var changed = loaded
        changed.attribution.insert("internationalizations said", value: CueWords.Word(term: "x", kind: "verb", weight: 1, note: nil))
        changed.attribution.insert("told the counterterrorismagency", value: CueWords.Word(term: "x", kind: "verb", weight: 1, note: nil))
        changed.editorial.insert("zyxw qvuts", value: CueWords.Word(term: "x", kind: "hedge", weight: 1, note: nil))
        changed.editorial.insert("zyxwv*", value: CueWords.Word(term: "x", kind: "hedge", weight: 1, note: nil))
        let texts = [
            fixture(sampleArticle),
            """
            In a statement, Theresa May said the plan would backfire; officials squandered it, critics \
            said, quoted as saying in an interview that Internationalizations said so. She told the \
            counterterrorismagency, in a tweet, that zyxw qvuts and zyxwvutsr were undermining. In May \
            the 2,000 polls in a CNN poll, according to the survey of anti-Communism: in a
            """,
            "said", "in", "", "internationalizations",
        ]
        for words in [loaded, changed, CueWords()] {
            let matchers = words.matchers()
            var buffers = SentenceContext.Buffers()
            for text in texts {
                let source = SourceText(text)
                let all = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
                // The whole text, and every run of up to 12 tokens (so that each token is once
                // a run's last).
                var runs = [all[...]]
                for start in all.indices { runs.append(all[start..<min(start + 12, all.count)]) }
                for run in runs {
                    let tokens = Array(run)
                    var firstNumber = -1
                    let (each, any) = matchers.table.lookUp(tokens, attribution: matchers.attribution,
                                                            editorial: matchers.editorial, into: &buffers,
                                                            firstNumber: &firstNumber)
                    let expected = matchers.attribution.matchIndices(tokens, alongside: matchers.editorial)
                    var expectedNumber = -1
                    let (bits, union) = TokenSets.of(tokens, reusing: &buffers.tokenSets, firstNumber: &expectedNumber)
                    let label = "\(tokens.map(\.key).joined(separator: " ").prefix(80))"
                    #expect(buffers.attributionStarts == expected.myStarts, "\(label)")
                    #expect(buffers.editorialStarts == expected.theirStarts, "\(label)")
                    #expect(firstNumber == expectedNumber)
                    #expect(any == union)
                    for k in tokens.indices {
                        #expect(buffers.attributionMatches[k].index == expected.mine[k].index, "\(tokens[k].key) in \(label)")
                        #expect(buffers.attributionMatches[k].length == expected.mine[k].length)
                        #expect(buffers.editorialMatches[k].index == expected.theirs[k].index, "\(tokens[k].key) in \(label)")
                        #expect(buffers.editorialMatches[k].length == expected.theirs[k].length)
                        #expect(each[k] == bits[k], "\(tokens[k].key)")
                    }
                }
            }
        }
        // The changed tables have their own matches (the table was built again when they changed).
        let source = SourceText("the officials told the counterterrorismagency and zyxwvutsr")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        let matchers = changed.matchers()
        var buffers = SentenceContext.Buffers()
        var firstNumber = 0
        _ = matchers.table.lookUp(tokens, attribution: matchers.attribution, editorial: matchers.editorial,
                                  into: &buffers, firstNumber: &firstNumber)
        #expect(buffers.attributionMatches[2].length == 3)
        #expect(buffers.editorialStarts == [6])
    }

    /// `SentenceContext.firstToken(atOrAfter:)` finds the token by bytes, in an ASCII sentence
    /// and in one with a few scalars of several bytes (found from the continuation runs): it must
    /// give what a search on every token's scalar offset gives, for every offset.
    @Test func firstTokenMatchesASearchOnScalarOffsets() {
        let lead = "Before – “this”. "
        let sentences = [
            "Plain words, all ASCII: he said so.",
            "Müller’s “plan” – naïve, as Éric said…",
            "“Ünïcode” at the start, and é at the end é",
            "Seven runs: é é é é é é é, too many to keep.",
        ]
        for text in sentences {
            let source = SourceText(lead + text)
            let start = lead.utf8.count
            let range = start..<source.bytes.count
            let tokens = Tokenizer.tokens(in: source, range: range)
            let sentence = Sentence(bytes: range, span: TextSpan(start: source.scalarOffset(ofByte: start),
                                                                 end: source.scalarOffset(ofByte: range.upperBound)), text: text)
            let context = SentenceContext(source: source, sentence: sentence, tokens: tokens,
                                          inQuote: [Bool](repeating: false, count: tokens.count), quotes: [],
                                          outletVoiceLoaded: [], words: CueWords())
            let starts = tokens.map { source.scalarOffset(ofByte: $0.bytes.lowerBound) }
            let last = source.scalarOffset(ofByte: source.bytes.count)
            for offset in Array(-3...(last + 3)) + [Int.min, Int.max] {
                let expected = starts.firstIndex { $0 >= offset } ?? tokens.count
                #expect(context.firstToken(atOrAfter: offset) == expected, "\(text) at \(offset)")
            }
        }
    }

    @Test func quotationWordsFromBytesMatchTheirDefinition() {
        let quotes = [
            "“the generous response”", "\"generous response?\"", "“A”", "“an Asian NATO”", "‘Moscow’s’ plan",
            "“THE Big-Bang, 3.5 times…”", "“the”", "“—”", "", "  ", "don't – won’t — can't", "“an”  “apple”",
            "x-ray 1,000 A-b'C", "“Crème brûlée”", "“naïve”", "«quoted»", "“e\u{301}”", "a\r\nb", "“Ünïcode THE”",
        ]
        for quote in quotes {
            let source = SourceText(quote)
            let fast = ScareQuotes.asciiWords(source.bytes[0..<source.bytes.count])
            #expect(ScareQuotes.words(of: 0..<source.bytes.count, in: source) == ScareQuotes.characterWords(quote), "\(quote)")
            if let fast { #expect(fast == ScareQuotes.characterWords(quote), "\(quote)") }
        }
        // The fast path takes the common quotations and leaves accented text to Characters.
        #expect(ScareQuotes.asciiWords(ArraySlice(Array("“the generous response”".utf8))) == "generous response")
        #expect(ScareQuotes.asciiWords(ArraySlice(Array("“naïve”".utf8))) == nil)
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

    /// The tokenizer reads plain ASCII words eight bytes at a time only where 16 bytes of text
    /// follow the word's start: the same sentences tokenized with text after them (the fast
    /// path) and alone at the end of the text (the general loop) give the same tokens, with
    /// the range cutting words short, joiners, digits, capitals and words of 15 and 16 bytes.
    @Test func wordAtATimeTokensMatchTheGeneralLoop() {
        let sentences = [
            "The U.S. said, in 2024, that Moscow's 1,000 troops were \"NATO-led\" - ALL CAPS A I x.",
            "abcdefghijklmno abcdefghijklmnop ABCDEFGHIJKLMNO Ab9 9aB 42 3.5 don't end-",
            "Zz zZ QA qa 0 a, b. c' d- e,f g.h i'j k-l, THE'S The’s naïve café.",
            "@[`{ AZ az 09 /:", "word", "A", "",
        ]
        for sentence in sentences {
            let alone = SourceText(sentence)
            let general = Tokenizer.tokens(in: alone, range: 0..<alone.bytes.count)
            for padding in [" and then some more words", "xyzXYZ0123456789abcdef", "; more", String(repeating: " ", count: 16)] {
                let padded = SourceText(sentence + padding)
                // Every range end inside the sentence too: a word cut by the range ends there.
                for cut in stride(from: alone.bytes.count, through: 0, by: -1) where cut == alone.bytes.count || alone.bytes[cut] & 0xC0 != 0x80 {
                    let shortAlone = SourceText(String(decoding: alone.bytes[0..<cut], as: UTF8.self))
                    let expected = cut == alone.bytes.count ? general : Tokenizer.tokens(in: shortAlone, range: 0..<cut)
                    let fast = Tokenizer.tokens(in: padded, range: 0..<cut)
                    #expect(fast == expected, "\(sentence) cut at \(cut) before \(padding)")
                }
            }
        }
    }

    /// Tokens hold a long key by number (`LongKeys`): the key reads back whole, equal words
    /// give equal tokens, a set of words finds them, and a key set by hand is kept.
    @Test func longKeysReadBackFromTheirNumbers() {
        let text = "Counterintelligence COUNTERINTELLIGENCE counterintelligencer Counterintelligence’s"
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        #expect(tokens.map(\.key) == ["counterintelligence", "counterintelligence", "counterintelligencer",
                                       "counterintelligence's"])
        #expect(tokens.allSatisfy { $0.word.isLong })
        var first = tokens[0]
        first.bytes = tokens[1].bytes
        first.isAllCaps = true
        #expect(first == tokens[1])
        #expect(tokens[0].key != tokens[2].key)
        let set = WordSet(["counterintelligence's"])
        #expect(set.contains(tokens[3]))
        #expect(!set.contains(tokens[0]))
        var edited = tokens[2]
        edited.key = "incomprehensibilities"
        #expect(edited.key == "incomprehensibilities")
        edited.key = "short"
        #expect(edited.key == "short" && !edited.word.isLong)
    }

    /// Scalar offsets read from the checkpoints agree with counting scalars from the start, at
    /// every byte boundary of a text mixing one- to four-byte scalars, around the checkpoints.
    @Test func scalarOffsetsMatchACountFromTheStart() {
        for text in ["", "a", String(repeating: "ab", count: 16), String(repeating: "é“x”—𝔘 ", count: 23) + "tail",
                     String(repeating: "z", count: 64)] {
            let source = SourceText(text)
            var expected = 0
            for byte in 0...source.bytes.count {
                if byte == source.bytes.count || source.bytes[byte] & 0xC0 != 0x80 {
                    #expect(source.scalarOffset(ofByte: byte) == expected, "byte \(byte) of \(text.debugDescription)")
                }
                if byte < source.bytes.count, source.bytes[byte] & 0xC0 != 0x80 { expected += 1 }
            }
            #expect(source.scalarCount == text.unicodeScalars.count)
        }
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

    /// FIPS 180-4 test vectors (and 768 bytes of every byte value, checked with Python's hashlib).
    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let everyByte = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } }
        #expect(SHA256.hex(everyByte) == "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363")
    }

    /// The CPU's SHA instructions (where it has them) and the portable code agree on every
    /// length around the block and padding boundaries, and on a long input.
    @Test func sha256ExtensionsMatchThePortableCode() {
        var generator = SystemRandomNumberGenerator()
        for count in Array(0...300) + [1_000, 4_095, 4_096, 100_003] {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(SHA256.digest(bytes, extensions: true) == SHA256.digest(bytes, extensions: false), "\(count) bytes")
        }
    }
}
