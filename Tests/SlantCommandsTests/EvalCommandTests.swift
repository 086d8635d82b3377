import Foundation
import Testing

@Suite("slant eval")
struct EvalCommandTests {
    let tiny = repositoryRoot.appendingPathComponent("Tests/Fixtures/eval/tiny.tsv").path
    let predictions = repositoryRoot.appendingPathComponent("Tests/Fixtures/eval/tiny-predictions.jsonl").path
    let map = "SUBJ=EDITORIAL,OBJ=NOT_EDITORIAL,MAYBE=IGNORE"

    @Test func classifyOwnDataWithSlant() throws {
        let result = slant(["eval", "classify", "--gold", tiny, "--text-column", "sentence", "--label-column", "label", "--map", map])
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out.contains("scored 4, ignored by the map 1, unreadable 0"))
        #expect(result.out.contains("confusion (rows gold, columns predicted):"))
        #expect(result.out.contains("reliability of confidence"))
    }

    /// The header of the reliability table stood two columns right of its figures.
    @Test func reliabilityHeaderLinesUpWithItsColumns() throws {
        let result = slant(["eval", "classify", "--gold", tiny, "--text-column", "sentence", "--label-column", "label", "--map", map])
        let lines = result.out.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("  bin ") })
        let row = lines[header + 1]
        for column in [" n ", " mean conf", " accuracy"] {
            let at = try #require(lines[header].range(of: column)).lowerBound.utf16Offset(in: lines[header]) + 1
            #expect(at > 0 && row.utf16.count > at, "\(column)")
            let rowChars = Array(row)
            #expect(rowChars[at - 1] == " " && rowChars[at] != " ", "\(column) in \(lines[header]) / \(row)")
        }
    }

    /// A ValidationError thrown while running printed "The operation could not be completed.
    /// (ArgumentParser.ValidationError error 1.)" with exit status 2.
    @Test func badDelimiterSaysWhy() {
        let r = slant(["eval", "classify", "--gold", tiny, "--text-column", "sentence", "--label-column", "label", "--map", map, "--delimiter", ";;"])
        #expect(r.status == 64)
        #expect(r.err == "Error: --delimiter must be one character or 'tab', not ';;'\n")
    }

    /// `slant eval extract --format json` printed the text summary.
    @Test func extractJSON() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("html"), withIntermediateDirectories: true)
        let body = "The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it."
        try Data(#"{"p1": {"url": "https://example.org/p1", "articleBody": "\#(body)"}}"#.utf8).write(to: dir.appendingPathComponent("ground-truth.json"))
        let page = "<!doctype html><html><body><nav>Home | News</nav><article><p>\(body)</p></article></body></html>"
        let html = dir.appendingPathComponent("html/p1.html")
        try Data(page.utf8).write(to: html)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [html.path]
        try gzip.run()
        gzip.waitUntilExit()
        let r = slant(["eval", "extract", "--benchmark", dir.path, "--format", "json", "--errors", "1"])
        #expect(r.status == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(object["pages"] as? Int == 1 && object["system"] as? String == "Slant")
        #expect(object["f1"] as? Double == 1)
        #expect((object["worst"] as? [[String: Any]])?.first?["id"] as? String == "p1")
    }

    @Test func classifyPeerPredictionsKnownFigures() throws {
        let result = slant(["eval", "classify", "--gold", tiny, "--text-column", "sentence", "--label-column", "label", "--map", map,
                            "--predictions", predictions, "--format", "json", "--errors", "1"])
        #expect(result.status == 0)
        let json = try jsonObject(result.out)
        #expect(json["scored"] as? Int == 4)
        #expect(json["macro_f1"] as? Double == 0.5)
        #expect((json["reliability"] as? [String: Any])?["ece"] as? Double == 0.4)
        let errors = json["errors"] as? [[String: Any]] ?? []
        #expect(errors.map { $0["kind"] as? String } == ["miss", "false-alarm"])
        #expect(errors.first?["text"] as? String == "Surely nobody believes this anymore.")
        #expect(errors.last?["text"] as? String == "\"We will appeal,\" the mayor said.")
    }

    /// A bad predicted label is named at its line of the predictions file; more predictions
    /// than gold records is an error (a misaligned file passed silently).
    @Test func predictionProblemsNameThePredictionsFile() throws {
        let config = repositoryRoot.appendingPathComponent("Tests/Fixtures/eval/tiny.conf").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slant-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bogus = dir.appendingPathComponent("bogus.jsonl").path
        try Data("{\"label\":\"FACTUAL\"}\n{\"label\":\"EDITORIAL\"}\n{\"label\":\"BOGUS\"}\n{\"label\":\"EDITORIAL\"}\n{\"label\":\"EDITORIAL\"}\n".utf8)
            .write(to: URL(fileURLWithPath: bogus))
        let r = slant(["eval", "classify", "--gold", tiny, "--config", config, "--predictions", bogus])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("slant: \(bogus):3: predicted label 'BOGUS'"), "\(r.err)")
        let long = dir.appendingPathComponent("long.jsonl").path
        let text = try String(contentsOfFile: predictions, encoding: .utf8)
        try Data((text + text).utf8).write(to: URL(fileURLWithPath: long))
        let l = slant(["eval", "classify", "--gold", tiny, "--config", config, "--predictions", long])
        #expect(l.status == 2)
        #expect(l.err.contains("predictions for 5 gold records"), "\(l.err)")
    }

    @Test func classifyWithAConfigFile() throws {
        let config = repositoryRoot.appendingPathComponent("Tests/Fixtures/eval/tiny.conf").path
        let result = slant(["eval", "classify", "--gold", tiny, "--config", config, "--predictions", predictions, "--format", "row"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("classify-editorial\ttiny.tsv\ttiny-predictions\t4\t0.500\t"))
        // A flag wins over the file: without the file's MAYBE=IGNORE the unmapped label stops the run.
        let flagged = slant(["eval", "classify", "--gold", tiny, "--config", config, "--map", "SUBJ=EDITORIAL,OBJ=NOT_EDITORIAL"])
        #expect(flagged.status == 2)
        #expect(flagged.err.contains("tiny.tsv:6: label 'MAYBE' is not mapped"))
    }

    @Test func builtBinaryScoresPredictions() throws {
        let result = try slantProcess(["eval", "classify", "--gold", tiny, "--text-column", "sentence", "--label-column", "label",
                                       "--map", map, "--predictions", predictions, "--format", "row", "--system-name", "peer"])
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out == "classify-editorial\ttiny.tsv\tpeer\t4\t0.500\t0.500\t0.500\tmacro-F1 0.500, accuracy 0.500, ECE 0.400\n")
        let bad = try slantProcess(["eval", "classify", "--gold", tiny, "--text-column", "sentence", "--label-column", "label"])
        #expect(bad.status == 2)
        #expect(bad.out == "")
        #expect(bad.err == "slant: \(tiny):2: label 'OBJ' is not mapped (add --map 'OBJ=LABEL' or 'OBJ=IGNORE')\n")
    }

    @Test func classifyRowFormat() throws {
        let result = slant(["eval", "classify", "--gold", tiny, "--text-column", "sentence", "--label-column", "label", "--map", map,
                            "--predictions", predictions, "--format", "row", "--data-name", "tiny", "--system-name", "peer"])
        #expect(result.out == "classify-editorial\ttiny\tpeer\t4\t0.500\t0.500\t0.500\tmacro-F1 0.500, accuracy 0.500, ECE 0.400\n")
    }

    @Test func malformedGoldIsOneLineWithFileAndLine() throws {
        let result = slant(["eval", "classify", "--gold", tiny, "--text-column", "sentence", "--label-column", "label",
                            "--map", "SUBJ=EDITORIAL,OBJ=NOT_EDITORIAL"])
        #expect(result.status == 2)
        #expect(result.err == "slant: \(tiny):6: label 'MAYBE' is not mapped (add --map 'MAYBE=LABEL' or 'MAYBE=IGNORE')\n")
        let unterminated = repositoryRoot.appendingPathComponent("Tests/Fixtures/eval/unterminated.tsv").path
        let broken = slant(["eval", "classify", "--gold", unterminated, "--text-column", "sentence"])
        #expect(broken.status == 2)
        #expect(broken.err == "slant: \(unterminated):2: quoted field is never closed\n")
        let missing = slant(["eval", "split", "--gold", "/nonexistent/gold.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.err.hasPrefix("slant: /nonexistent/gold.jsonl: "))
    }

    @Test func splitGoldFromAFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slant-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = dir.appendingPathComponent("g.jsonl")
        try #"{"text": "Title\n\nThe first one. The second one.", "sentences": [{"start": 0, "end": 5, "paragraph": 0}, {"start": 7, "end": 21, "paragraph": 1}, {"start": 22, "end": 37, "paragraph": 1}]}"#
            .write(to: gold, atomically: false, encoding: .utf8)
        let predictions = dir.appendingPathComponent("p.jsonl")
        try #"[{"start": 0, "end": 21}, {"start": 22, "end": 37, "text": "The second one."}]"#.write(to: predictions, atomically: false, encoding: .utf8)
        let peer = slant(["eval", "split", "--gold", gold.path, "--predictions", predictions.path, "--format", "json"])
        #expect(peer.status == 0)
        let boundaries = try jsonObject(peer.out)["boundaries"] as? [String: Any]
        #expect(boundaries?["precision"] as? Double == 1)
        #expect(boundaries?["recall"] as? Double == 0.6667)
        let glued = slant(["eval", "split", "--gold", gold.path, "--glue", "--format", "row"])
        #expect(glued.status == 0)
        #expect(glued.out.hasPrefix("split-glued\tg.jsonl\tSlant\t3\t"))
        // Predictions made on the unglued text do not fit the glued one.
        let mismatch = slant(["eval", "split", "--gold", gold.path, "--glue", "--predictions", predictions.path])
        #expect(mismatch.status == 2)
        #expect(mismatch.err.contains("p.jsonl:1: sentence 2 "))
    }
}

@Suite("slant eval on folders of gold")
struct EvalFolderTests {
    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slant-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func attributionSkipsABadFileAndScoresTheRest() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Officials said the plan is dead. Rain fell on Tuesday."
        try text.write(to: dir.appendingPathComponent("good.txt"), atomically: false, encoding: .utf8)
        try "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 31\tthe plan is dead\nE1\tAttribution:T2 Content:T3 Source:T1\n"
            .write(to: dir.appendingPathComponent("good.ann"), atomically: false, encoding: .utf8)
        try text.write(to: dir.appendingPathComponent("bad.txt"), atomically: false, encoding: .utf8)
        try "T1\tSource 0 900\tOfficials\n".write(to: dir.appendingPathComponent("bad.ann"), atomically: false, encoding: .utf8)
        let result = slant(["eval", "attribution", "--gold", dir.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.err == "slant: skipped \(dir.path)/bad.ann:1: range 0..<900 is outside the text (54 characters)\n")
        let json = try jsonObject(result.out)
        #expect(json["documents"] as? Int == 1)
        #expect((json["sentences"] as? [String: Any])?["labels"] as? [String] == ["ATTRIBUTED", "NOT_ATTRIBUTED"])
        // The row's note counts them in words: "1 document skipped" (it said "1 documents").
        let row = slant(["eval", "attribution", "--gold", dir.path, "--format", "row"])
        #expect(row.out.contains("1 document skipped; "), "\(row.out)")
    }

    @Test func writtenAttributionPredictionsReadBackToTheSameFigures() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Officials said the plan is dead. Rain fell on Tuesday."
        try text.write(to: dir.appendingPathComponent("doc.txt"), atomically: false, encoding: .utf8)
        try "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 31\tthe plan is dead\nE1\tAttribution:T2 Content:T3 Source:T1\n"
            .write(to: dir.appendingPathComponent("doc.ann"), atomically: false, encoding: .utf8)
        let file = dir.appendingPathComponent("sentences.jsonl").path
        let own = slant(["eval", "attribution", "--gold", dir.path, "--format", "row", "--write-predictions", file])
        #expect(own.status == 0)
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        let doc = try jsonObject(String(lines[0]))
        #expect(doc["document"] as? String == "doc")
        let sentences = try #require(doc["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["label"] as? String } == ["ATTRIBUTED", "FACTUAL"])
        #expect((sentences[0]["source"] as? [String: Any])?["text"] as? String == "Officials")
        let back = slant(["eval", "attribution", "--gold", dir.path, "--format", "row", "--predictions", file])
        #expect(back.out.split(separator: "\t").dropFirst(3) == own.out.split(separator: "\t").dropFirst(3))
        let nowhere = slant(["eval", "attribution", "--gold", dir.path, "--write-predictions", dir.appendingPathComponent("no/such/x.jsonl").path])
        #expect(nowhere.status == 2 && nowhere.err.contains("cannot write predictions"))
    }

    @Test func ptcWithAWordListBaseline() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // "vile" (8..<12) and "scheme" (21..<27) are gold; the list finds "vile" and "plan".
        // Characters: 4 of 8 predicted are gold, 4 of 10 gold are found: F1 8/18.
        try "A truly vile plot, a scheme. A plan.".write(to: dir.appendingPathComponent("article7.txt"), atomically: false, encoding: .utf8)
        try "Nothing here.".write(to: dir.appendingPathComponent("article8.txt"), atomically: false, encoding: .utf8)
        try "7\tLoaded_Language\t8\t12\n7\tLoaded_Language\t21\t27\n7\tDoubt\t0\t1\n"
            .write(to: dir.appendingPathComponent("spans.labels"), atomically: false, encoding: .utf8)
        try "vile\nplan\n".write(to: dir.appendingPathComponent("list.txt"), atomically: false, encoding: .utf8)
        let result = slant(["eval", "loaded", "--gold", dir.appendingPathComponent("spans.labels").path,
                            "--baseline-list", dir.appendingPathComponent("list.txt").path, "--format", "row", "--data-name", "tiny"])
        #expect(result.status == 0)
        #expect(result.out == "loaded\ttiny\tlist:list\t2\t0.500\t0.500\t0.500\tany-overlap spans; char F1 0.444\n")
    }

    @Test func ptcMappedFigureAndHalves() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Article 2 (half A): "thugs" (4..<9) is a label in PTC, "vile" (16..<20) loaded language.
        // Article 3 (half B): "vile" (2..<6) is not marked at all.
        try "The thugs did a vile thing.".write(to: dir.appendingPathComponent("article2.txt"), atomically: false, encoding: .utf8)
        try "A vile day.".write(to: dir.appendingPathComponent("article3.txt"), atomically: false, encoding: .utf8)
        try "2\tName_Calling,Labeling\t4\t9\n2\tLoaded_Language\t16\t20\n3\tDoubt\t0\t1\n"
            .write(to: dir.appendingPathComponent("spans.labels"), atomically: false, encoding: .utf8)
        let gold = dir.appendingPathComponent("spans.labels").path
        // All hits against Loaded_Language: "thugs" is a false alarm there. "vile thing" and
        // "vile day" are phrase spans (an adjective: the lexicon lists "vilely"), so 4 of the 23
        // predicted characters are gold.
        let all = slant(["eval", "loaded", "--gold", gold, "--format", "row", "--data-name", "tiny"])
        #expect(all.out == "loaded\ttiny\tSlant\t1\t0.333\t1.000\t0.500\tany-overlap spans; char F1 0.296\n")
        // Mapped: "thugs" is found under Name_Calling,Labeling.
        let mapped = slant(["eval", "loaded", "--gold", gold, "--format", "row", "--data-name", "tiny", "--mapped"])
        #expect(mapped.out.hasPrefix("loaded\ttiny\tSlant, mapped to PTC techniques\t2\t0.667\t1.000\t0.800\t"))
        #expect(mapped.out.contains("Loaded_Language alone F1 0.667, Name_Calling,Labeling alone F1 1.000"))
        let halfA = slant(["eval", "loaded", "--gold", gold, "--format", "row", "--data-name", "tiny", "--half", "A", "--mapped"])
        #expect(halfA.out.hasPrefix("loaded\ttiny\tSlant, mapped to PTC techniques\t2\t1.000\t1.000\t1.000\thalf A (even ids); "))
        let halfB = slant(["eval", "loaded", "--gold", gold, "--format", "row", "--data-name", "tiny", "--half", "b"])
        #expect(halfB.out == "loaded\ttiny\tSlant\t0\t0.000\t-\t-\thalf B (odd ids); any-overlap spans; char F1 -\n")
        let text = slant(["eval", "loaded", "--gold", gold])
        #expect(text.out.contains("name-calling        1       0 (0.000)     1 (1.000)     1 (1.000)"))
        let terms = slant(["eval", "loaded", "--gold", gold, "--terms", "5", "--format", "json"])
        let list = try #require(try jsonObject(terms.out)["terms"] as? [[String: Any]])
        #expect(list.map { $0["term"] as? String } == ["thugs", "vile"])  // one false alarm each: by term
        #expect(list.map { $0["overlap_gold"] as? Int } == [0, 1])
        let basil = slant(["eval", "loaded", "--gold", dir.path, "--gold-format", "basil", "--mapped"])
        #expect(basil.status == 2)
    }

    @Test func writtenPredictionsReadBackToTheSameFigure() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The thugs did a vile thing.".write(to: dir.appendingPathComponent("article2.txt"), atomically: false, encoding: .utf8)
        try "2\tLoaded_Language\t16\t20\n".write(to: dir.appendingPathComponent("spans.labels"), atomically: false, encoding: .utf8)
        let gold = dir.appendingPathComponent("spans.labels").path
        let file = dir.appendingPathComponent("hits.jsonl").path
        let own = slant(["eval", "loaded", "--gold", gold, "--format", "row", "--write-predictions", file])
        #expect(own.status == 0)
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        let doc = try jsonObject(String(lines[0]))
        let hits = try #require(doc["spans"] as? [[String: Any]])
        #expect(doc["document"] as? String == "2")
        #expect(hits.map { $0["term"] as? String } == ["thugs", "vile"])
        #expect(hits.allSatisfy { $0["label"] as? String != nil && $0["steps"] != nil })
        let back = slant(["eval", "loaded", "--gold", gold, "--format", "row", "--predictions", file])
        // The same figures; the system column names the predictions file.
        #expect(back.out.split(separator: "\t").dropFirst(3) == own.out.split(separator: "\t").dropFirst(3))
        let nowhere = slant(["eval", "loaded", "--gold", gold, "--write-predictions", dir.appendingPathComponent("no/such/dir/x.jsonl").path])
        #expect(nowhere.status == 2 && nowhere.err.contains("cannot write predictions"))
    }
}
