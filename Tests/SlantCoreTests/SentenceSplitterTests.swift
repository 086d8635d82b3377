import Foundation
import SlantCore
import SlantIO
import Testing

/// One case of `Tests/Fixtures/splitter/cases.jsonl`: an input and the sentences it must give.
/// Anyone can add a line there; the category names the part of issue 4 it covers.
struct SplitCase: Decodable, Sendable, CustomTestStringConvertible {
    let category: String
    let name: String
    let text: String
    let sentences: [String]
    var testDescription: String { "\(category): \(name)" }
}

let splitCases: [SplitCase] = fixture("splitter/cases.jsonl").split(separator: "\n").compactMap {
    try? JSONDecoder().decode(SplitCase.self, from: Data($0.utf8))
}

@Suite struct SentenceSplitterTests {
    let splitter = sharedAnalyzer.splitter

    @Test(arguments: splitCases)
    func splitsAsSpecified(_ c: SplitCase) {
        let got = splitter.sentences(in: SourceText(c.text))
        #expect(got.map(\.text) == c.sentences)
        let scalars = Array(c.text.unicodeScalars)
        for s in got {
            #expect(String(String.UnicodeScalarView(scalars[s.span.start..<s.span.end])) == s.text)
        }
    }

    @Test func casesCoverEveryPartOfTheIssue() {
        #expect(splitCases.count >= 70)
        let categories = Set(splitCases.map(\.category))
        for needed in ["abbreviations", "numbers", "addresses", "quotations", "ellipses", "question and exclamation",
                       "brackets", "dashes", "layout", "glued"] {
            #expect(categories.contains(needed), "no case for \(needed)")
        }
    }

    @Test func userAbbreviationsExtendTheBuiltInList() throws {
        let text = "Cllr. Smith voted against the plan."
        #expect(splitter.split(Array(text.utf8)).count == 2)
        let extended = try SentenceSplitter(lexicons: LexiconLoader.load(),
                                            extraAbbreviations: [("mine.tsv", "# councillor\ncllr.\ttitle\n")])
        #expect(extended.split(Array(text.utf8)).count == 1)
    }

    @Test func userAbbreviationErrorsNameTheFileAndLine() {
        #expect(throws: LexiconError.self) {
            _ = try SentenceSplitter(lexicons: LexiconLoader.load(), extraAbbreviations: [("mine.tsv", "cllr.\tboss\n")])
        }
        do {
            _ = try SentenceSplitter(lexicons: LexiconLoader.load(), extraAbbreviations: [("mine.tsv", "cllr.\tboss\n")])
        } catch {
            #expect(error.localizedDescription.contains("mine.tsv"))
            #expect(error.localizedDescription.contains("boss"))
        }
    }

    @Test func explainNamesTheRuleThatEndedEachSentence() {
        var rules: [String] = []
        splitter.explain(Array("Senate passes bill\nIt passed in 1967.Russia agreed. \"Great.\" She left.".utf8)) { _, rule in
            rules.append("\(rule)")
        }
        #expect(rules == ["headline", "default", "default", "closing-quote", "end-of-text"])
    }

    @Test func aRunWithoutSentenceEndsIsCutAtASpaceBeforeTheLimit() {
        // 3,000 words and no full stop until the end: pieces of at most `maxSentenceBytes`,
        // each ending at a word, together every word of the input in order.
        let words = (0..<3000).map { "w\($0 % 97)é" }
        let text = words.joined(separator: " ") + "."
        var pieces: [String] = [], rules: [String] = []
        let bytes = Array(text.utf8)
        splitter.explain(bytes) { r, rule in
            pieces.append(String(decoding: bytes[r], as: UTF8.self))
            rules.append("\(rule)")
        }
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.utf8.count <= SentenceSplitter.maxSentenceBytes })
        #expect(pieces.joined(separator: " ") == text)
        #expect(rules.dropLast().allSatisfy { $0 == "length-limit" })
        #expect(rules.last == "end-of-text")
        // One unbroken word is cut at a character boundary.
        let word = String(repeating: "é", count: 3000)
        let cut = splitter.sentences(in: SourceText(word))
        #expect(cut.map(\.text).joined() == word)
        #expect(cut.allSatisfy { $0.bytes.count <= SentenceSplitter.maxSentenceBytes })
    }

    @Test func rangesAreCodePointsOfTheInput() {
        let text = "Zoë’s café 🎉 opened. “Great,” said Mr. Núñez. 日本語も。End."
        let got = splitter.sentences(in: SourceText(text))
        #expect(got.map(\.text) == ["Zoë’s café 🎉 opened.", "“Great,” said Mr. Núñez.", "日本語も。End."])
        #expect(got.first?.span == TextSpan(start: 0, end: 20))
    }

    @Test func sampleArticleGluedJoinsSplit() {
        let article = ScraperTextReader.article(from: fixture(sampleArticle))
        let source = SourceText(article.text)
        let texts = article.body.flatMap { splitter.sentences(in: source, range: $0) }.map(\.text)
        #expect(texts.contains { $0.hasSuffix("in August 1967.") })
        #expect(texts.contains { $0.hasPrefix("The US Army's Pacific command") })
    }

    // MARK: streaming

    static let streamText: String = {
        var text = "Senate passes bill\r\nWASHINGTON (Reuters) - The Senate voted.  Mr. Smith said \"yes.\"\n\n"
        text += "Zoë’s café opened at 6 p.m. Monday. It was in the U.S. Then it closed…\n"
        text += "A second line of the paragraph.\n\n\n  Friday, July 21, 2017\n\nThe end of 1967.Russia"
        return String(repeating: text, count: 40)
    }()

    @Test(arguments: [1, 2, 3, 7, 64, 1000, 1 << 20])
    func streamGivesTheSameSentencesAsWholeText(chunk: Int) {
        let bytes = Array(Self.streamText.utf8)
        let source = SourceText(Self.streamText)
        let whole = splitter.sentences(in: source)
        var stream = SentenceStream(splitter: splitter)
        var got: [(TextSpan, String)] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunk)
            stream.feed(Array(bytes[offset..<end])) { b, span, _ in got.append((span, String(decoding: b, as: UTF8.self))) }
            offset = end
        }
        stream.finish { b, span, _ in got.append((span, String(decoding: b, as: UTF8.self))) }
        #expect(stream.invalid == nil)
        #expect(got.count == whole.count)
        if let k = zip(got, whole).enumerated().first(where: { $0.element.0.0 != $0.element.1.span || $0.element.0.1 != $0.element.1.text })?.offset {
            Issue.record("sentence \(k) differs: \(got[k]) vs \(whole[k].span) \(whole[k].text.debugDescription)")
        }
    }

    @Test func streamWithoutParagraphBreaksStaysBounded() {
        var stream = SentenceStream(splitter: splitter)
        stream.maximumPending = 4096
        stream.margin = 512
        let line = "This sentence has no paragraph break after it. "
        var count = 0
        var lastEnd = 0
        var monotonic = true
        for _ in 0..<2000 {
            stream.feed(Array(line.utf8)) { _, span, _ in
                monotonic = monotonic && span.start >= lastEnd
                lastEnd = span.end
                count += 1
            }
        }
        let beforeFinish = count
        stream.finish { _, span, _ in lastEnd = span.end; count += 1 }
        #expect(beforeFinish > 1900)
        #expect(count == 2000)
        #expect(monotonic)
        #expect(lastEnd == 2000 * line.unicodeScalars.count - 1)
    }

    @Test func streamReportsInvalidUTF8WithLineAndColumn() {
        var stream = SentenceStream(splitter: splitter)
        var emitted = 0
        stream.feed(Array("First line.\n\nSecond é".utf8)) { _, _, _ in emitted += 1 }
        stream.feed([0x20, 0xC3]) { _, _, _ in emitted += 1 }
        stream.feed([0x28, 0x41]) { _, _, _ in emitted += 1 }
        #expect(stream.invalid == UTF8Validator.Failure(line: 3, column: 10, byte: 23))
        #expect(emitted == 1)
    }

    @Test func validatorRejectsOverlongSurrogateAndTruncatedSequences() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE2, 0x82]] {
            var v = UTF8Validator()
            let failure = bad.withUnsafeBufferPointer { v.feed($0) } ?? v.finish()
            #expect(failure?.byte == 0, "\(bad) should be invalid")
        }
        var v = UTF8Validator()
        #expect(Array("Zoë’s 🎉\n".utf8).withUnsafeBufferPointer { v.feed($0) } == nil)
        #expect(v.finish() == nil)
    }

    @Test func neverTrapsOnArbitraryBytes() {
        // A fixed pseudo-random sequence over the bytes the rules care about, so a failure repeats.
        let alphabet: [UInt8] = Array(" .?!\"'()[]\n\r\t:;,-aAzZ019•⁃…“”’ \u{00A0}\u{2029}MondayJuly".utf8) + [0xC3, 0xE2, 0x80]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<200 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let ranges = splitter.split(bytes)
            var last = 0
            for r in ranges {
                #expect(r.lowerBound >= last && r.upperBound <= bytes.count && !r.isEmpty)
                last = r.upperBound
            }
        }
    }
}

/// `sentence-starters.tsv` takes one flag, `mid-line`; anything else names its line.
@Suite struct SentenceStarterFlagTests {
    let abbreviations = try! DataFile.parse("#! name: a\n#! version: 1\nmr\ttitle\n", name: "a.tsv", minColumns: 2, maxColumns: 3)

    @Test func midLineFlagMakesAnOpenerSplitAfterASpace() throws {
        let starters = try DataFile.parse("#! name: s\n#! version: 1\nthe\tmid-line\nin\n", name: "s.tsv", minColumns: 1, maxColumns: 2)
        let splitter = SentenceSplitter(abbreviations: try Abbreviations(abbreviations: abbreviations, starters: starters, attribution: nil))
        let text = Array("A photo caption The rally went on. A photo caption In the rain it went on.".utf8)
        let sentences = splitter.split(text).map { String(decoding: text[$0], as: UTF8.self) }
        #expect(sentences == ["A photo caption", "The rally went on.", "A photo caption In the rain it went on."])
    }

    @Test func unknownFlagIsReportedWithItsLine() throws {
        let starters = try DataFile.parse("#! name: s\n#! version: 1\nthe\tmid-line\nin\tmidline\n", name: "s.tsv", minColumns: 1, maxColumns: 2)
        do {
            _ = try Abbreviations(abbreviations: abbreviations, starters: starters, attribution: nil)
            Issue.record("expected an error")
        } catch let error as LexiconError {
            #expect(error.line == 4)
            #expect(error.problem.contains("midline"))
        }
    }
}
