@testable import SlantCore
import Foundation
import Testing

/// The classifier's shortcuts (a cue not walked when a sentence lacks its words, lists kept
/// on the stack) must give what the full walk gives.
@Suite struct ClassifierSkipTests {
    /// Every bit of `TokenSets` answers what its set's `contains` answers, token by token, and
    /// the sentence's union holds a bit exactly when some token does (a cue returns at once
    /// when the union lacks its words).
    @Test func tokenSetBitsAnswerTheirSets() {
        let text = """
            In a new CNN poll, 56 percent say they would back the plan; the Survey found Ms. Ruiz, \
            the council's spokeswoman, said that SURVEYS and polls in the station were rigged, \
            according to officials who spoke on condition of anonymity on Tuesday morning — \
            however, critics believe it is absurd. “We will not,” he added.
            """
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        let (each, any) = TokenSets.of(tokens)
        #expect(each.count == tokens.count)
        var union: TokenSets = []
        for k in tokens.indices {
            union.formUnion(each[k])
            for (bit, set) in TokenSets.members {
                #expect(each[k].contains(bit) == set.contains(tokens[k]), "\(set) at \(tokens[k].key)")
            }
        }
        #expect(union == any)
        #expect(any.contains(.pollNouns))
        let plain = SourceText("The pollster in the studio surveyed the results.")
        #expect(!TokenSets.of(Tokenizer.tokens(in: plain, range: 0..<plain.bytes.count)).any.contains(.pollNouns))
    }

    func cues(_ text: String) -> [String] {
        sharedAnalyzer.classify(sentence: text).cues.map(\.id)
    }

    /// A poll named in the sentence, in any case, is still found; a sentence with "in" but no
    /// poll or survey has no poll's finding.
    @Test(arguments: [
        ("She led 56 to 32 in a Gallup POLL.", true),
        ("In the latest Post-ABC Survey, the mayor trails.", true),
        ("The mayor trails in the latest count of the votes.", false),
        ("The pollster in the studio surveyed the results.", false),
    ])
    func pollInTheSentence(text: String, found: Bool) {
        #expect(cues(text).contains("poll-finding") == found, "\(text)")
    }

    /// Evaluation after a verb of saying is credited to the speaker, with the verbs and plain
    /// objects kept on the stack, in sentences of one, several and very many pieces of evidence.
    @Test func reportedSpeechIsStillCredited() {
        let one = sharedAnalyzer.classify(sentence: "The mayor said the plan was outrageous and shameful.")
        #expect(one.cues.filter { $0.note?.contains("inside reported speech") == true && $0.weight == 0 }.count == 2)
        let object = sharedAnalyzer.classify(sentence: "The mayor defended the extreme measure on Monday.")
        #expect(!object.cues.contains { $0.note?.contains("inside reported speech") == true })
        let long = Array(repeating: "Smith said the plan was outrageous and Jones claimed it was shameful", count: 40)
            .joined(separator: ", ") + "."
        let many = sharedAnalyzer.classify(sentence: long)
        #expect(many.cues.filter { $0.note?.contains("inside reported speech") == true }.count >= 40)
    }

    /// Offsets in sentences with few and with many scalars of several bytes (counted from the
    /// continuation runs, up to their capacity, or from the source text past it) give each cue's
    /// and the source's own text.
    @Test(arguments: [2, 6, 7, 15, 16, 17, 40])
    func offsetsWithManyCurlyQuotes(runs: Int) {
        let aside = String(repeating: "the mayor’s ", count: max(0, runs - 2))
        let text = "“The plan is outrageous and shameful,” said Ana Ruíz, \(aside)spokeswoman, who said it was absurd."
        #expect(text.utf8.filter { $0 & 0xC0 == 0x80 }.count >= 2 * runs - 2)
        let result = sharedAnalyzer.classify(sentence: text)
        let scalars = Array(text.unicodeScalars)
        #expect(!result.cues.isEmpty)
        for cue in result.cues {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[cue.start..<cue.end])
            #expect(String(view) == cue.text, "\(cue.id) at \(cue.start)")
        }
        #expect(result.source != nil)
        if let source = result.source {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[source.start..<source.end])
            #expect(String(view) == source.text)
        }
    }

    /// A cue the call mask leaves out of a sentence (a `ListedKindCue` whose kinds start
    /// nowhere, a `TokenSetCue` without its words, a `QuotationCue` without a quotation, a
    /// `LoadedHitCue` without a loaded term) finds nothing there when called directly.
    @Test func cuesLeftOutOfTheCallMaskFindNothing() {
        let classifier = ClaimClassifier(words: CueWords())
        guard let masks = classifier.callMasks else {
            Issue.record("no call masks")
            return
        }
        let sentences = [
            "What a disaster this plan is!",
            "Is this really the best the council can do?",
            "TAPPER: Do you think the plan will work for the voters?",
            "— Carla Sanchez",
            "Socialism and cronyism are on the rise, critics said.",
            "In a new CNN poll, 56 percent say they would back the plan.",
            "“We will not back down,” the mayor said on Tuesday, 3 May.",
            "The council met on Tuesday and approved the budget.",
        ]
        var found: Set<String> = []
        for text in sentences {
            let source = SourceText(text)
            let range = 0..<source.bytes.count
            let tokens = Tokenizer.tokens(in: source, range: range)
            let sentence = Sentence(bytes: range, span: TextSpan(start: 0, end: source.scalarOffset(ofByte: range.upperBound)), text: text)
            // The quotation's bytes, from its opening mark to its closing one.
            var quotes: [Range<Int>] = []
            if let open = text.range(of: "“"), let close = text.range(of: "”") {
                quotes = [text.utf8.distance(from: text.startIndex, to: open.lowerBound)..<text.utf8.distance(from: text.startIndex, to: close.upperBound)]
            }
            let inQuote = tokens.map { token in quotes.contains { $0.contains(token.bytes.lowerBound) } }
            let context = SentenceContext(source: source, sentence: sentence, tokens: tokens, inQuote: inQuote, quotes: quotes,
                                          outletVoiceLoaded: [], words: classifier.words)
            let mask = masks.cues(in: context)
            for (k, cue) in ClaimClassifier.cues.enumerated() {
                let evidence = cue.find(in: context)
                if !evidence.isEmpty { found.insert(cue.id) }
                #expect(mask & (1 << UInt32(k)) != 0 || evidence.isEmpty, "\(cue.id) left out of “\(text)” but finds \(evidence.map(\.text))")
            }
        }
        // The sentences do reach the screened cues.
        for id in ["exclamation", "rhetorical-question", "headline-colon", "credit-line", "poll-finding", "quoted-speech", "figure"] {
            #expect(found.contains(id), "\(id) found nowhere")
        }
    }
}
