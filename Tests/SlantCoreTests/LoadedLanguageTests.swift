import SlantCore
import SlantIO
import Testing

/// One golden case: a text with its expected hits marked ⏩…⏪ and the checks on them.
struct MarkedCase: CustomTestStringConvertible, Sendable {
    var line: Int
    var marked: String
    var checks: [[String: String]]
    var testDescription: String { "golden.tsv:\(line): \(marked)" }

    /// The text without markers and the marked spans as scalar offsets.
    var plain: (text: String, spans: [ClosedRange<Int>]) {
        var text = "", spans: [ClosedRange<Int>] = []
        var start = 0, count = 0
        for scalar in marked.unicodeScalars {
            if scalar == "⏩" { start = count; continue }
            if scalar == "⏪" { spans.append(start...(count - 1)); continue }
            text.unicodeScalars.append(scalar)
            count += 1
        }
        return (text, spans)
    }

    static func load() -> [MarkedCase] {
        var cases: [MarkedCase] = []
        for (n, line) in fixture("loaded/golden.tsv").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            let checks = parts.count > 1
                ? parts[1].components(separatedBy: " | ").map { group in
                    Dictionary(group.split(separator: ";").map { pair -> (String, String) in
                        let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                        return (kv[0], kv.count > 1 ? kv[1] : "")
                    }, uniquingKeysWith: { $1 })
                }
                : []
            cases.append(MarkedCase(line: n + 1, marked: parts[0], checks: checks))
        }
        return cases
    }
}

@Suite struct LoadedLanguageTests {
    @Test(arguments: MarkedCase.load())
    func golden(_ c: MarkedCase) {
        let (text, spans) = c.plain
        let hits = sharedAnalyzer.analyze(Article(text: text)).sentences.flatMap(\.loaded)
        #expect(hits.map { $0.start...($0.end - 1) } == spans,
                "hits: \(hits.map { "\($0.text) [\($0.term)]" })")
        for (hit, check) in zip(hits, c.checks) {
            if let steps = check["steps"] {
                #expect(hit.steps.map(\.rule).joined(separator: ",") == steps, "\(hit.text)")
            }
            if let target = check["target"] { #expect(hit.target == target, "\(hit.text): \(hit.target_note ?? "")") }
            if let quote = check["quote"] { #expect(hit.in_quote == (quote == "yes"), "\(hit.text)") }
            if let category = check["category"] { #expect(hit.category == category, "\(hit.text)") }
        }
    }

    @Test func everyHitExplainsItself() {
        let analysis = sharedAnalyzer.analyze(ScraperTextReader.article(from: fixture(sampleArticle)))
        for hit in analysis.sentences.flatMap(\.loaded) {
            #expect(!hit.term.isEmpty && !hit.category.isEmpty && !hit.lexicon.isEmpty)
            #expect(hit.target_note != nil, "\(hit.text) has no reason for its target")
            let product = hit.steps.reduce(hit.weight) { $0 * $1.factor }
            #expect(abs(product - hit.score) < 0.001, "\(hit.text): steps do not explain the score")
        }
    }

    @Test func quotedTermsStayOutOfTheOutletScoreUnlessIncluded() throws {
        let text = "\"This is a disgrace,\" the senator said. The plan is a disaster."
        let plain = sharedAnalyzer.analyze(Article(text: text))
        #expect(plain.summary.loaded_quoted == 1)
        #expect(plain.summary.loaded_outlet_voice == 1)
        #expect(plain.sentences[0].loaded_score == 0)
        #expect(plain.summary.by_category_quoted["moral-condemnation"] == 1)
        var including = sharedAnalyzer
        including.includeQuoted = true
        let all = including.analyze(Article(text: text))
        #expect(all.summary.include_quoted)
        #expect(all.sentences[0].loaded_score > 0)
        #expect(all.summary.loaded_per_1k_words > plain.summary.loaded_per_1k_words * 0.9)
    }

    @Test func functionWordsAreNoTargets() {
        // A sentence opened after a bracket or dash, or a headline's capitalised small words,
        // are no entity: the term is aimed at the name, or at nothing.
        let text = "(This is a disgrace.)\n\n— It was a shameful decision.\n\nMayor Was Mocking Critics\n"
        let hits = sharedAnalyzer.analyze(Article(text: text)).sentences.flatMap(\.loaded)
        #expect(hits.count >= 2)
        for hit in hits {
            #expect(!["This", "It", "Was", "The"].contains(hit.target), "\(hit.term) aimed at \(hit.target)")
        }
    }

    @Test func aTermInsideANameIsDismissedWithItsReason() {
        let analysis = sharedAnalyzer.analyze(Article(text: "She wrote for the Daily Beast until last year. The beast escaped."))
        let first = analysis.sentences[0]
        #expect(first.loaded.isEmpty)
        let dismissed = first.dismissed ?? []
        #expect(dismissed.map(\.text) == ["Beast"])
        #expect(dismissed.first?.score == 0)
        #expect(dismissed.first?.steps.map(\.rule) == ["name-or-title"])
        #expect(dismissed.first?.steps.first?.note.contains("daily beast") == true)
        // Dismissed terms are counted nowhere; the same word in running text still is.
        #expect(analysis.summary.loaded_outlet_voice == 1)
        #expect(analysis.sentences[1].dismissed == nil)
    }

    @Test func aMannerReportedAfterAVerbOfSayingIsDismissedWithItsReason() {
        let analysis = sharedAnalyzer.analyze(Article(text: "He said sarcastically that the board would listen. The board answered sarcastically."))
        let first = analysis.sentences[0]
        #expect(first.loaded.isEmpty)
        let dismissed = first.dismissed ?? []
        #expect(dismissed.map(\.text) == ["sarcastically"])
        #expect(dismissed.first?.score == 0)
        #expect(dismissed.first?.steps.map(\.rule) == ["reported-manner"])
        #expect(dismissed.first?.steps.first?.note.contains("'said'") == true)
        // "answered" is a verb of saying too; the same adverb after another word, or before a
        // word it qualifies, still counts.
        #expect(analysis.sentences[1].loaded.isEmpty)
        let other = sharedAnalyzer.analyze(Article(text: "The board replied to the plea sarcastically. She said ridiculously little."))
        #expect(other.sentences[0].loaded.map(\.text) == ["sarcastically"])
        #expect(other.sentences[1].loaded.map(\.text) == ["ridiculously"])
    }

    @Test func headlineAndBodyAreCountedApart() {
        let analysis = sharedAnalyzer.analyze(ScraperTextReader.article(from: fixture(sampleArticle)))
        let s = analysis.summary
        #expect(s.headline_loaded + s.body_loaded == s.loaded_outlet_voice)
        #expect(s.targets.values.reduce(0, +) == s.loaded_outlet_voice)
        #expect(s.targets["United States"] ?? 0 > 0)
    }
}

/// Overlays, allow-lists and the validation of lexicon files.
@Suite struct LexiconFileTests {
    func analyzer(overlay: String? = nil, allow: String? = nil) throws -> Analyzer {
        var set = try LexiconLoader.load()
        if let overlay { set.overlays.append((name: "mine.tsv", text: overlay)) }
        if let allow { set.allowOverlays.append((name: "my-allow.tsv", text: allow)) }
        return try Analyzer(lexicons: set)
    }

    @Test func overlayAddsReplacesAndSwitchesOff() throws {
        let overlay = "#! name: mine\n#! version: 2\nflimflam\t2.5\tderision\tours\nslammed\t0\tconflict-metaphor\nsinister\t1\tfear\n"
        let a = try analyzer(overlay: overlay)
        let hits = a.analyze(Article(text: "Critics slammed the flimflam and its sinister aims.")).sentences.flatMap(\.loaded)
        #expect(hits.map(\.term) == ["flimflam", "sinister"])
        #expect(hits.first?.lexicon == "mine.tsv")
        #expect(hits.last?.category == "fear" && hits.last?.weight == 1)
        let info = try #require(a.lexicons.first { $0.file == "mine.tsv" })
        #expect(info.version == "2" && info.sha256 == SHA256.hex(overlay.utf8))
    }

    @Test func allowOverlayCancelsAHit() throws {
        let text = "The red menace won the derby."
        #expect(!sharedAnalyzer.analyze(Article(text: text)).sentences.flatMap(\.loaded).isEmpty)
        let a = try analyzer(allow: "#! name: my-allow\n#! version: 1\nred menace\tthe football club's nickname\n")
        #expect(a.analyze(Article(text: text)).sentences.flatMap(\.loaded).isEmpty)
    }

    @Test func allowedPhraseAfterANameCancelsOnlyThere() throws {
        let a = try analyzer(allow: "#! name: my-allow\n#! version: 1\n{name} strongman\tthe agencies' epithet for a ruler\n")
        let terms = { (text: String) in a.analyze(Article(text: text)).sentences.flatMap(\.loaded).map(\.term) }
        #expect(terms("Reporters met the Libyan strongman in Tripoli.").isEmpty)
        #expect(terms("Reporters met the strongman in Tripoli.") == ["strongman"])
        // A sentence's first word is capitalised whatever it is.
        #expect(terms("Aging strongman rule went on.") == ["strongman"])
    }

    @Test(arguments: [
        ("{name}\tx\n", "my-allow.tsv:3: '{name}' needs a phrase after it"),
        ("foo {bar}\tx\n", "my-allow.tsv:3: unknown placeholder in 'foo {bar}' (only a leading '{name}' is known)"),
    ])
    func badAllowPlaceholderIsReported(row: String, message: String) {
        let text = "#! name: my-allow\n#! version: 1\n" + row
        #expect(LexiconCheck.problems(text, name: "my-allow.tsv", kind: .allow, categories: []).map(\.localizedDescription) == [message])
        #expect(throws: LexiconError(file: "my-allow.tsv", line: 3, problem: String(message.dropFirst("my-allow.tsv:3: ".count)))) {
            try analyzer(allow: text)
        }
    }

    @Test func badOverlayStopsLoadingWithFileAndLine() {
        #expect(throws: LexiconError(file: "mine.tsv", line: 4, problem: "unknown category 'spite'")) {
            try analyzer(overlay: "#! name: mine\n#! version: 1\nfine\t1\tderision\nmean\t1\tspite\n")
        }
    }

    @Test(arguments: [
        ("#! version: 1\nx\t1\tfear\n", "f.tsv:1: missing header line '#! name: ...'"),
        ("#! name: f\n#! version: 1\nwicked\thigh\tfear\n", "f.tsv:3: weight 'high' is not a number"),
        ("#! name: f\n#! version: 1\nwicked\t4\tfear\n", "f.tsv:3: weight 4 is outside 0 to 3"),
        ("#! name: f\n#! version: 1\nwicked\t1\n", "f.tsv:3: expected 3 to 4 tab-separated columns, found 2"),
        ("#! name: f\n#! version: 1\nwicked\t1\tspite\n", "f.tsv:3: unknown category 'spite'"),
        ("#! name: f\n#! version: 1\nwicked\t1\tfear\n# c\nWicked\t2\tfear\n", "f.tsv:5: duplicate term 'Wicked' (first on line 3)"),
        ("#! name: f\n#! version: 1\nab*\t1\tfear\n", "f.tsv:3: prefix term 'ab*' must be one word of at least 4 letters before '*'"),
    ])
    func checkReportsFileAndLine(text: String, message: String) {
        let problems = LexiconCheck.problems(text, name: "f.tsv", kind: .loaded, categories: ["fear"])
        #expect(problems.map(\.localizedDescription) == [message])
    }

    @Test func checkListsEveryProblem() {
        let text = "#! name: f\n#! version: 1\na\tx\tfear\nb\t1\tnope\nc\nd\t1\tfear\nd\t1\tfear\n"
        let lines = LexiconCheck.problems(text, name: "f.tsv", kind: .loaded, categories: ["fear"]).compactMap(\.line)
        #expect(lines == [3, 4, 5, 7])
    }

    @Test func builtInLexiconsPassTheCheck() throws {
        let set = try LexiconLoader.load()
        let categories = Set(try DataFile.parse(try set.text("categories.tsv"), name: "categories.tsv", minColumns: 2, maxColumns: 2).rows.map { $0.fields[0] })
        for name in ["loaded-language.tsv", "allow.tsv", "entities.tsv", "categories.tsv", "modifiers.tsv",
                     "abbreviations.tsv", "sentence-starters.tsv", "attribution-cues.tsv", "editorial-cues.tsv",
                     "source-words.tsv", "editorial-weights.tsv"] {
            let problems = LexiconCheck.problems(try set.text(name), name: name, kind: .init(fileName: name), categories: categories)
            #expect(problems.isEmpty, "\(problems.map(\.localizedDescription))")
        }
    }

    /// Every file in `Lexicons/` is checked as its own kind, found from its name.
    @Test(arguments: [
        ("abbreviations.tsv", "sen.\ttitle\nSen\ttitle\nno.\tnumbr\n", ["abbreviations.tsv:4: duplicate term 'Sen' (first on line 3)", "abbreviations.tsv:5: unknown abbreviation kind 'numbr'"]),
        ("sentence-starters.tsv", "the\tmid-line\nin\tmidline\n", ["sentence-starters.tsv:4: unknown sentence-starter flag 'midline' (expected 'mid-line')"]),
        ("attribution-cues.tsv", "said\tverb\t1.5\nsays\tverbal\t1\ntold\tverb\tlots\n", ["attribution-cues.tsv:4: unknown kind 'verbal'", "attribution-cues.tsv:5: weight 'lots' is not a number from 0 to 5"]),
        ("source-words.tsv", "minister\trole\nMinister\trole\n", ["source-words.tsv:4: duplicate word 'Minister' (first on line 3)"]),
        ("editorial-weights.tsv", "bias\t-1\nhedge\tx\n", ["editorial-weights.tsv:4: weight 'x' is not a number from -20 to 20"]),
    ])
    func eachLexiconFileIsCheckedAsItsKind(name: String, rows: String, messages: [String]) {
        let text = "#! name: x\n#! version: 1\n" + rows
        let problems = LexiconCheck.problems(text, name: name, kind: .init(fileName: name), categories: [])
        #expect(problems.map(\.localizedDescription) == messages)
    }

    @Test func builtInLexiconIsLargeEnough() throws {
        let set = try LexiconLoader.load()
        let lexicon = try LoadedLexicon(lexicons: set)
        #expect(lexicon.entryCount >= 2000)
        let allow = try DataFile.parse(try set.text("allow.tsv"), name: "allow.tsv", minColumns: 1, maxColumns: 2)
        #expect(allow.rows.count >= 150)
        let entities = try DataFile.parse(try set.text("entities.tsv"), name: "entities.tsv", minColumns: 3, maxColumns: 3)
        #expect(entities.rows.count >= 500)
    }
}

/// `slant lexicon import`: other formats in, our format out, and back through the loader.
@Suite struct LexiconImportTests {
    func roundTrip(_ text: String, _ format: LexiconImport.Format) throws -> LoadedLexicon {
        let converted = try LexiconImport.convert(text, from: format, options: .init(name: "x", source: "in"))
        #expect(LexiconCheck.problems(converted, name: "x.tsv", kind: .loaded, categories: ["imported"]).isEmpty)
        var set = try LexiconLoader.load()
        set.overlays = [(name: "x.tsv", text: converted)]
        return try LoadedLexicon(lexicons: set)
    }

    func hit(_ lexicon: LoadedLexicon, _ word: String) -> LoadedLexicon.Entry? {
        let source = SourceText(word)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        return lexicon.table.match(tokens, at: 0)?.entry.value
    }

    @Test func vader() throws {
        let lexicon = try roundTrip("zzhorrid\t-2.4\t0.66\t[-2, -3]\nzzmeh\t-0.4\t0.5\t[0]\nzzgreat\t3.1\t0.7\t[3]\n", .vader)
        #expect(hit(lexicon, "zzhorrid")?.weight == 1.8)
        #expect(hit(lexicon, "zzhorrid")?.category == "imported")
        #expect(hit(lexicon, "zzmeh") == nil)  // 0.3 is under the default minimum of 0.5
        #expect(hit(lexicon, "zzgreat")?.weight == 2.3)
    }

    @Test func mpqa() throws {
        let text = """
            type=weaksubj len=1 word1=zzabandon pos1=verb stemmed1=y priorpolarity=negative
            type=strongsubj len=1 word1=zzabandon pos1=noun stemmed1=n priorpolarity=negative
            type=strongsubj len=1 word1=zzokay pos1=adj stemmed1=n priorpolarity=neutral
            """
        let lexicon = try roundTrip(text, .mpqa)
        #expect(hit(lexicon, "zzabandoned")?.weight == 1)  // the prefix entry
        #expect(hit(lexicon, "zzabandon")?.weight == 2)   // the explicit entry wins
        #expect(hit(lexicon, "zzokay") == nil)
    }

    @Test func plainList() throws {
        let lexicon = try roundTrip("# mine\nzzfoo\nzz bar baz\n", .list)
        #expect(hit(lexicon, "zzfoo")?.weight == 1)
        #expect(lexicon.table.contains("zz bar baz"))
    }

    @Test func badVaderLineNamesTheLine() {
        #expect(throws: LexiconError.self) {
            try LexiconImport.convert("good\t1.0\nbad line\n", from: .vader, options: .init(name: "x", source: "in"))
        }
    }

    @Test func shortPrefixInAListNamesItsLine() throws {
        do {
            _ = try LexiconImport.convert("# mine\nthug*\nmob*\n", from: .list, options: .init(name: "x", source: "words.txt"))
            Issue.record("a three-letter prefix was converted")
        } catch let error as LexiconError {
            #expect(error.localizedDescription.hasPrefix("words.txt:3: "))
            #expect(error.localizedDescription.contains("mob*"))
        }
        #expect(hit(try roundTrip("zzthug*\n", .list), "zzthugs")?.weight == 1)
    }
}
