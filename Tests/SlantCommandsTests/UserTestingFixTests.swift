import Foundation
import SlantStore
import Testing

/// Defects found by a user-testing pass (ingest metadata tables, summary wording, undefined
/// figures in the outlets JSON, eval split's gold), each as the input that showed it.
@Suite struct UserTestingFixTests {
    func folder(_ files: [String: String]) throws -> URL {
        let dir = storeTemporaryDirectory()
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        return dir
    }

    static let metadataFiles = [
        "a.txt": "The council approved the budget on Tuesday.\n",
        "b.txt": "The mayor opened the bridge on Monday.\n",
        // Row 3 has a field too few: before, it stopped the whole ingest.
        "metadata.tsv": "filename\tpublisher\tpublication_date\na.txt\tcourier\t2024-03-05\nb.txt\theraldbad\n",
    ]

    @Test func badMetadataRowIsReportedAndTheIngestGoesOn() throws {
        let dir = try folder(Self.metadataFiles)
        let db = dir.appendingPathComponent("s.db").path
        let r = slant(["ingest", dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("b.txt").path,
                       "--metadata", dir.appendingPathComponent("metadata.tsv").path, "--outlet", "fallback.example", "--db", db, "--jobs", "1"])
        #expect(r.status == 2, "a bad row is a problem the exit status shows")
        #expect(r.err.contains("metadata.tsv:3: has 2 fields, the header has 3; row not used\n"), "\(r.err)")
        #expect(r.err.contains("ingested 2 articles into"), "\(r.err)")
        #expect(r.err.contains("; 0 failed; 1 metadata row problem;"), "\(r.err)")
        // a.txt took its row; b.txt, whose row was bad, kept its other metadata (--outlet).
        let csv = slant(["outlets", "--db", db, "--format", "csv"]).out
        #expect(csv.contains("\ncourier,1,"), "\(csv)")
        #expect(csv.contains("\nfallback.example,1,"), "\(csv)")
        #expect(!csv.contains("heraldbad"))
    }

    @Test func badMetadataRowStopsAStrictIngest() throws {
        let dir = try folder(Self.metadataFiles)
        let db = dir.appendingPathComponent("s.db").path
        let r = slant(["ingest", dir.appendingPathComponent("a.txt").path, "--strict",
                       "--metadata", dir.appendingPathComponent("metadata.tsv").path, "--db", db])
        #expect(r.status == 2)
        #expect(r.err.contains("metadata.tsv:3: has 2 fields"), "\(r.err)")
        #expect(r.err.contains("stopped at the first bad record (--strict)"))
        #expect(!FileManager.default.fileExists(atPath: db), "nothing stored")
    }

    @Test func ingestSummarySaysOneArticle() throws {
        let dir = try folder(["one.jsonl": "{\"outlet\":\"a.example\",\"text\":\"The council approved the budget.\"}\n"])
        let r = slant(["ingest", dir.appendingPathComponent("one.jsonl").path, "--db", dir.appendingPathComponent("s.db").path])
        #expect(r.status == 0)
        #expect(r.err.hasPrefix("ingested 1 article into "), "\(r.err)")
        #expect(!r.err.contains("metadata row"))
    }

    /// An outlet whose only article is wire copy has nothing to divide by: the JSON said 0.
    @Test func outletsJSONWritesNullForUndefinedFigures() throws {
        let dir = try folder(["in.jsonl": corpusLines(3) +
            "{\"outlet\":\"wire.example\",\"author\":\"Associated Press\",\"text\":\"The council approved the budget. It passed.\"}\n"])
        let db = dir.appendingPathComponent("s.db").path
        #expect(slant(["ingest", dir.appendingPathComponent("in.jsonl").path, "--db", db]).status == 0)
        let r = slant(["outlets", "--db", db, "--format", "json"])
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        let wire = try #require(rows.first { $0["outlet"] as? String == "wire.example" })
        #expect(wire["articles"] as? Int == 0)
        #expect(wire["wire_articles"] as? Int == 1)
        let share = try #require(wire["share"] as? [String: Any])
        #expect(Set(share.keys) == ["FACTUAL", "ATTRIBUTED", "EDITORIAL"])
        #expect(share.values.allSatisfy { $0 is NSNull })
        let intervals = try #require(wire["share_ci95"] as? [String: Any])
        #expect(intervals.values.allSatisfy { $0 is NSNull })
        for key in ["loaded_per_1k_words", "loaded_per_1k_words_ci95", "quoted_loaded_per_1k_words", "quoted_loaded_per_1k_words_ci95",
                    "body_loaded_per_1k_words", "headline_body_gap"] {
            #expect(wire[key] is NSNull, "\(key) should be null, is \(String(describing: wire[key]))")
        }
        let sources = try #require(wire["quoted_sources"] as? [String: Any])
        #expect(sources["anonymous_share"] is NSNull)
        // An outlet with figures keeps numbers.
        let north = try #require(rows.first { $0["outlet"] as? String == "north.example" })
        #expect((north["share"] as? [String: Any])?["FACTUAL"] is Double)
        #expect(north["loaded_per_1k_words"] is Double)
        // The Swift structs read the JSON back (null as the 0 the table prints as '-').
        let decoded = try JSONDecoder().decode([OutletFigures].self, from: Data(r.out.utf8))
        let back = try #require(decoded.first { $0.outlet == "wire.example" })
        #expect(!back.sharesDefined && back.share.FACTUAL == 0)
        #expect(decoded.first { $0.outlet == "north.example" }?.sharesDefined == true)
    }

    /// eval split stopped at the first bad gold line while eval classify skips and reports.
    @Test func evalSplitSkipsABadGoldLineAndScoresTheRest() throws {
        let gold = """
            {"text": "A b. C d.", "sentences": ["A b.", "C d."]}
            {oops
            {"text": "E f.", "sentences": [{"start": 0, "end": 4}]}
            {"text": "G h. I j.", "sentences": ["G h.", "I j."]}

            """
        let dir = try folder(["g.jsonl": gold, "p.jsonl": "[\"A b.\", \"C d.\"]\n[\"x\"]\n[\"y\"]\n[\"G h. I j.\"]\n"])
        let path = dir.appendingPathComponent("g.jsonl").path
        let r = slant(["eval", "split", "--gold", path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("slant: skipped \(path):2: not valid JSON\n"), "\(r.err)")
        #expect(r.err.contains("slant: skipped \(path):3: sentences mix strings and offsets; line 1 set the shape\n"), "\(r.err)")
        #expect(r.out.contains("(2 cases)"), "\(r.out)")
        #expect(r.out.contains("cases passed: 2/2"), "\(r.out)")
        #expect(r.out.contains("unreadable gold lines left out: 2\n"), "\(r.out)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(slant(["eval", "split", "--gold", path, "--format", "json"]).out.utf8)) as? [String: Any])
        #expect(json["skipped"] as? Int == 2 && json["cases"] as? Int == 2)
        // Predictions answer gold lines one for one: those of the skipped lines are left out.
        let p = slant(["eval", "split", "--gold", path, "--predictions", dir.appendingPathComponent("p.jsonl").path])
        #expect(p.status == 0, "\(p.err)")
        #expect(p.out.contains("cases passed: 1/2"), "\(p.out)")
    }
}
