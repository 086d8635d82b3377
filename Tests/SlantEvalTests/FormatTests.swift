import Foundation
import SlantCore
import Testing
@testable import SlantEval

@Suite("Gold format parsers")
struct FormatTests {
    @Test func csvQuotedFieldsWithNewlinesAndQuotes() throws {
        let text = "\u{FEFF}text;label\n\"a; b\nc\";X\n\n\"say \"\"hi\"\"\";Y\r\nplain;Z"
        let records = try DelimitedReader.records(text, delimiter: ";", file: "g.csv")
        #expect(records.map(\.fields) == [["text", "label"], ["a; b\nc", "X"], ["say \"hi\"", "Y"], ["plain", "Z"]])
        #expect(records.map(\.line) == [1, 2, 5, 6])
    }

    @Test func csvUnclosedQuoteNamesItsLine() {
        #expect(throws: EvalError(file: "g.csv", line: 3, problem: "quoted field is never closed")) {
            try DelimitedReader.records("a,b\nx,y\n\"open,z\nmore", delimiter: ",", file: "g.csv")
        }
    }

    @Test func classifyGoldMapsAndIgnores() throws {
        let text = "Sentence,Label\n\"One.\n\",SUBJ\nTwo.,OBJ\nThree.,MAYBE\nfour,OBJ,extra\n"
        let gold = try ClassifyGold.parse(text, file: "n.csv", delimiter: ",", textColumn: "sentence", labelColumn: "Label",
                                          map: try ClassifyGold.parseMap(["SUBJ=EDITORIAL,OBJ=NOT_EDITORIAL", "MAYBE=IGNORE"]),
                                          task: .editorial)
        #expect(gold.items.map(\.text) == ["One.", "Two.", "Three."])
        #expect(gold.items.map(\.label) == ["EDITORIAL", "NOT_EDITORIAL", nil])
        #expect(gold.items.map(\.record) == [0, 1, 2])
        #expect(gold.skipped == [EvalError(file: "n.csv", line: 6, problem: "3 fields where the header has 2")])
    }

    @Test func classifyGoldErrors() {
        #expect(throws: EvalError(file: "n.csv", line: 3, problem: "label 'MAYBE' is not mapped (add --map 'MAYBE=LABEL' or 'MAYBE=IGNORE')")) {
            try ClassifyGold.parse("s,l\na,SUBJ\nb,MAYBE\n", file: "n.csv", delimiter: ",", textColumn: "s", labelColumn: "l",
                                   map: ["SUBJ": "EDITORIAL"], task: .editorial)
        }
        #expect(throws: EvalError(file: "n.csv", line: 1, problem: "no column 'text' (--text-column); columns are: s, l")) {
            try ClassifyGold.parse("s,l\na,SUBJ\n", file: "n.csv", delimiter: ",", textColumn: "text", labelColumn: "l",
                                   map: [:], task: .editorial)
        }
        #expect(throws: EvalError.self) {
            try ClassifyGold.parse("s,l\na,SUBJ\n", file: "n.csv", delimiter: ",", textColumn: "s", labelColumn: "l",
                                   map: ["SUBJ": "OPINION"], task: .editorial)
        }
        #expect(throws: EvalError(file: "--map", problem: "'SUBJ' is not VALUE=LABEL")) { try ClassifyGold.parseMap(["SUBJ"]) }
    }

    @Test func classifyGoldWithoutMapTakesTaskLabels() throws {
        let gold = try ClassifyGold.parse("text\tlabel\nA.\tattributed\nB.\tFACTUAL\n", file: "t.tsv", delimiter: "\t",
                                          textColumn: "text", labelColumn: "label", map: [:], task: .threeWay)
        #expect(gold.items.map(\.label) == ["ATTRIBUTED", "FACTUAL"])
    }

    @Test func splitGoldBothShapes() throws {
        let strings = try SplitGold.parse("{\"id\": 7, \"text\": \"A. B.\", \"sentences\": [\"A.\", \"B.\"]}\n", file: "g.jsonl")
        #expect(!strings.hasOffsets)
        #expect(strings.cases[0].id == "7")
        let offsets = try SplitGold.parse("\n{\"doc_id\": \"d\", \"text\": \"A. B.\", \"sentences\": [{\"start\": 0, \"end\": 2}, {\"start\": 3, \"end\": 5}]}\n",
                                          file: "g.jsonl")
        #expect(offsets.hasOffsets)
        #expect(offsets.cases[0].line == 2)
        #expect(offsets.cases[0].sentences == .spans([TextSpan(start: 0, end: 2), TextSpan(start: 3, end: 5)], paragraphs: nil))
    }

    /// A bad line is skipped with its file:line and the rest are read (as ClassifyGold does);
    /// before, the first bad line stopped the evaluation.
    @Test func splitGoldBadLinesAreSkippedNamingTheLine() throws {
        let gold = try SplitGold.parse("{\"text\": \"A.\", \"sentences\": [\"A.\"]}\n{oops\n"
                                       + "{\"text\": \"A.\", \"sentences\": [{\"start\": 0, \"end\": 2}]}\n{\"sentences\": []}\n"
                                       + "{\"text\": \"B.\", \"sentences\": [\"B.\"]}\n", file: "g.jsonl")
        #expect(gold.cases.map(\.line) == [1, 5])
        #expect(gold.cases.map(\.ordinal) == [0, 4])
        #expect(gold.skippedOrdinals == [1, 2, 3])
        #expect(gold.skipped == [
            EvalError(file: "g.jsonl", line: 2, problem: "not valid JSON"),
            EvalError(file: "g.jsonl", line: 3, problem: "sentences mix strings and offsets; line 1 set the shape"),
            EvalError(file: "g.jsonl", line: 4, problem: "missing string field 'text'"),
        ])
        #expect(throws: EvalError(file: "g.jsonl", problem: "no readable case (first problem: line 1: sentence 1 range 0..<9 is outside the text (2 characters))")) {
            try SplitGold.parse("{\"text\": \"A.\", \"sentences\": [{\"start\": 0, \"end\": 9}]}\n", file: "g.jsonl")
        }
    }

    @Test func gluedParagraphsShiftOffsets() throws {
        // Two paragraphs: "Title" and "One. Two.", separated by a blank line.
        let line = #"{"text": "Title\n\nOne. Two.\n", "sentences": [{"start": 0, "end": 5, "paragraph": 0}, {"start": 7, "end": 11, "paragraph": 1}, {"start": 12, "end": 16, "paragraph": 1}]}"#
        let glued = try SplitGold.parse(line, file: "g.jsonl").glued()
        #expect(glued.cases[0].text.string == "TitleOne. Two.")
        #expect(glued.cases[0].sentences == .spans([TextSpan(start: 0, end: 5), TextSpan(start: 5, end: 9), TextSpan(start: 10, end: 14)],
                                                   paragraphs: [0, 1, 1]))
        #expect(throws: EvalError.self) {
            try SplitGold.parse(#"{"text": "A.", "sentences": [{"start": 0, "end": 2}]}"#, file: "g.jsonl").glued()
        }
    }

    static let bratText = "Officials said the plan, which “will fail”, is dead. Rain fell."
    static let bratAnn = """
        T1\tSource 0 9\tOfficials
        T2\tCue 10 14\tsaid
        T3\tContent 15 23;44 51\tthe plan is dead
        E1\tAttribution:T2 Content:T3 Source:T1
        R1\tOther Arg1:T1 Arg2:T2
        """

    @Test func bratStandoff() throws {
        let doc = try BratDocument.parse(ann: Self.bratAnn, annFile: "d.ann", text: Self.bratText, name: "d")
        #expect(doc.spans(ofType: "Content") == [TextSpan(start: 15, end: 23), TextSpan(start: 44, end: 51)])
        #expect(doc.linkedSpans(role: "Source") == [TextSpan(start: 0, end: 9)])
        #expect(doc.events.count == 1)
        #expect(doc.events[0].trigger == "T2")
    }

    @Test func bratErrorsNameTheLine() {
        #expect(throws: EvalError(file: "d.ann", line: 2, problem: "range 10..<99 is outside the text (63 characters)")) {
            try BratDocument.parse(ann: "T1\tSource 0 9\tx\nT2\tCue 10 99\ty", annFile: "d.ann", text: Self.bratText, name: "d")
        }
        #expect(throws: EvalError(file: "d.ann", line: 1, problem: "'0 x' is not 'START END'")) {
            try BratDocument.parse(ann: "T1\tSource 0 x\tx", annFile: "d.ann", text: Self.bratText, name: "d")
        }
        #expect(throws: EvalError(file: "d.ann", line: 1, problem: "event 'E1' refers to unknown annotation 'T9'")) {
            try BratDocument.parse(ann: "E1\tAttribution:T9\nT1\tCue 0 3\tx", annFile: "d.ann", text: Self.bratText, name: "d")
        }
    }

    /// Gold saved with Windows line ends: before, the whole file was one line.
    @Test func goldWithCRLFReadsLineByLine() throws {
        let spans = try PTCGold.parse("11\tLoaded_Language\t3\t9\r\n12\tLoaded_Language\t5\t8\r\n", file: "l.labels", techniques: ["Loaded_Language"])
        #expect(spans == ["11": [TextSpan(start: 3, end: 9)], "12": [TextSpan(start: 5, end: 8)]])
        #expect(try JSONLines.parse("{\"a\": 1}\r\n\r\n{\"a\": 2}\r\n", file: "g.jsonl").map(\.line) == [1, 3])
        let config = try ClassifyConfig.parse("text-column: Sentence\r\nlabel-column: Label\r\n", file: "c.conf")
        #expect(config.textColumn == "Sentence" && config.labelColumn == "Label")
        // Saved by Notepad: "unknown key '\u{FEFF}text-column'" before.
        #expect(try ClassifyConfig.parse("\u{FEFF}text-column: Sentence\n", file: "c.conf").textColumn == "Sentence")
    }

    @Test func ptcSpans() throws {
        let text = "11\tLoaded_Language\t3\t9\n11\tDoubt\t0\t2\n12\tName_Calling,Labeling\t5\t8\n\n"
        let spans = try PTCGold.parse(text, file: "l.labels", techniques: ["Loaded_Language"])
        #expect(spans == ["11": [TextSpan(start: 3, end: 9)], "12": []])
        let all = try PTCGold.parseByTechnique(text, file: "l.labels")
        #expect(all["11"]?.map(\.technique) == ["Loaded_Language", "Doubt"])
        #expect(all["12"]?.map(\.span) == [TextSpan(start: 5, end: 8)])
        #expect(throws: EvalError(file: "l.labels", line: 2, problem: "3 tab-separated fields where 4 are expected (id, technique, start, end)")) {
            try PTCGold.parse("11\tDoubt\t0\t2\n11\tDoubt\t4\n", file: "l.labels", techniques: ["Doubt"])
        }
        #expect(throws: EvalError.self) { try PTCGold.parse("11\tDoubt\t9\t2\n", file: "l.labels", techniques: ["Doubt"]) }
    }

    @Test func basilSpansPlacedInTheArticle() throws {
        let article = #"{"title": "Big Row", "body-paragraphs": [["First one.", "A shameful act."], ["Last."]]}"#
        let annotations = #"{"phrase-level-annotations": [{"id": "p1", "start": 2, "end": 10, "txt": "shameful", "bias": "lex", "quote": "no"}, {"id": "title", "start": 4, "end": 7, "txt": "Row", "bias": "inf", "quote": "yes"}]}"#
        let a = try BASILArticle.parse(article: Data(article.utf8), articleFile: "a.json", annotations: Data(annotations.utf8),
                                       annotationFile: "a_ann.json", name: "a")
        #expect(a.text == "Big Row\n\nFirst one. A shameful act.\n\nLast.")
        #expect(ScalarText(a.text).text(a.spans[0].span) == "shameful")
        #expect(a.spans[0].quote == false)
        #expect(a.spans[1].span == TextSpan(start: 4, end: 7))
        #expect(a.spans[1].quote)
        let wrongText = #"{"phrase-level-annotations": [{"id": "p1", "start": 0, "end": 3, "txt": "zzz", "bias": "lex", "quote": "no"}]}"#
        #expect(throws: EvalError(file: "a_ann.json", problem: "annotation 1 (p1): 'txt' does not match the sentence at 0..<3")) {
            try BASILArticle.parse(article: Data(article.utf8), articleFile: "a.json", annotations: Data(wrongText.utf8),
                                   annotationFile: "a_ann.json", name: "a")
        }
        let badID = #"{"phrase-level-annotations": [{"id": "p9", "start": 0, "end": 1}]}"#
        #expect(throws: EvalError.self) {
            try BASILArticle.parse(article: Data(article.utf8), articleFile: "a.json", annotations: Data(badID.utf8),
                                   annotationFile: "a_ann.json", name: "a")
        }
    }

    @Test func babeWordLists() throws {
        #expect(try BABEWords.parse("[]") == [])
        #expect(try BABEWords.parse("") == [])
        #expect(try BABEWords.parse(#"['hate', "Trump's", 'far-left']"#) == ["hate", "Trump's", "far-left"])
        #expect(throws: EvalError.self) { try BABEWords.parse("hate, fear") }
        #expect(throws: EvalError.self) { try BABEWords.parse("['hate]") }
    }

    @Test func wordListBaselineWholeWordsOnly() {
        let list = WordListBaseline(list: "# comment\nslam\nso-called\ncold war\tnote\n\nSLAM\n")
        #expect(list.count == 3)
        let text = ScalarText("Critics SLAM the so-called plan; slammed doors, a Cold  War, and the cold.")
        #expect(list.spans(in: text).map { text.text($0) } == ["SLAM", "so-called", "Cold  War"])
        #expect(WordListBaseline(list: "").spans(in: text).isEmpty)
    }

    @Test func locatesBABEWords() {
        let text = ScalarText("The radical left's radical plan.")
        let located = LoadedEvaluation.locate(words: ["radical", "radical", "absent"], in: text)
        #expect(located.spans == [TextSpan(start: 4, end: 11), TextSpan(start: 19, end: 26)])
        #expect(located.notFound == 1)
    }

    @Test func predictionFilesCheckTheirText() throws {
        let texts = [ScalarText("A. B.")]
        let ok = try PredictionFiles.split(#"[{"start":0,"end":2,"text":"A."},{"start":3,"end":5}]"#, file: "p.jsonl", texts: texts)
        #expect(ok[0].map(\.text) == ["A.", "B."])
        #expect(throws: EvalError(file: "p.jsonl", line: 1, problem: "sentence 1 text does not match the document at 0..<2 (predicted on another text?)")) {
            try PredictionFiles.split(#"{"sentences": [{"start":0,"end":2,"text":"X."}]}"#, file: "p.jsonl", texts: texts)
        }
        #expect(throws: EvalError(file: "p.jsonl", line: 1, problem: "missing string field 'label'")) {
            try PredictionFiles.classify(#"{"confidence": 0.5}"#, file: "p.jsonl")
        }
        let loaded = try PredictionFiles.loaded(#"{"document": 12, "loaded": [{"start": 1, "end": 3, "in_quote": true}]}"#, file: "p.jsonl")
        #expect(loaded["12"] == [PredictedSpan(span: TextSpan(start: 1, end: 3), inQuote: true)])
        // A sentence's attribution evidence is the sum of its attribution cues' weights, when
        // the file lists cues (as slant eval attribution --write-predictions does); none without.
        let attributed = try PredictionFiles.attribution(#"""
            {"document": "d", "sentences": [{"start": 0, "end": 9, "label": "EDITORIAL", "cues": [{"effect": "attribution", "weight": 1}, {"effect": "editorial", "weight": 2}, {"effect": "attribution", "weight": 0.5}]}, {"start": 10, "end": 12, "label": "FACTUAL"}]}
            """#, file: "p.jsonl")
        #expect(attributed["d"]?.map(\.attributionEvidence) == [1.5, nil])
        #expect(attributed["d"]?.map(\.recordsAttribution) == [true, false])
    }
}

@Suite("Classify config files")
struct ClassifyConfigTests {
    @Test func readsKeysAndRepeatedMaps() throws {
        let config = try ClassifyConfig.parse("# NewsSD\ntext-column: Sentence\nLabel-Column:  Label \ndelimiter: ;\ntask: three-way\nmap: A=FACTUAL\nmap: B=IGNORE\n",
                                              file: "c.conf")
        #expect(config.textColumn == "Sentence")
        #expect(config.labelColumn == "Label")
        #expect(config.delimiter == ";")
        #expect(config.task == .threeWay)
        #expect(config.map == ["A=FACTUAL", "B=IGNORE"])
    }

    @Test func errorsNameTheLine() {
        #expect(throws: EvalError(file: "c.conf", line: 2, problem: "unknown key 'colour' (text-column, label-column, delimiter, task, map)")) {
            try ClassifyConfig.parse("task: editorial\ncolour: red\n", file: "c.conf")
        }
        #expect(throws: EvalError(file: "c.conf", line: 1, problem: "unknown task 'opinion' (editorial, attributed or three-way)")) {
            try ClassifyConfig.parse("task: opinion\n", file: "c.conf")
        }
        #expect(throws: EvalError(file: "c.conf", line: 3, problem: "expected 'key: value'")) {
            try ClassifyConfig.parse("\n# c\ntext-column Sentence\n", file: "c.conf")
        }
    }
}
