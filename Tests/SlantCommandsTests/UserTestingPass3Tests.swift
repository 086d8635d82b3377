import Foundation
@testable import SlantCore
import SlantStore
import Testing

/// Defects found by a third user-testing pass (deeply nested HTML pages, null figures in the
/// outlets breakdown, plurals in notes and summaries), each as the input that showed it.
@Suite struct UserTestingPass3Tests {
    static let paragraph = "<p>The council approved the new budget for the harbour bridge on Tuesday, officials said, "
        + "after a long debate about repairs, costs and the schedule for the works.</p>"

    /// A page whose paragraphs sit inside `depth` nested `div`s.
    func deepPage(_ depth: Int, unclosed: Bool = false) throws -> String {
        let dir = storeTemporaryDirectory()
        let second = "<p>The mayor said the bridge would reopen in the spring once the inspections were finished.</p>"
        let html = "<html><head><title>Deep page</title></head><body>" + String(repeating: "<div class=\"wrap\">", count: depth)
            + Self.paragraph + second + (unclosed ? "" : String(repeating: "</div>", count: depth)) + "</body></html>"
        let path = dir.appendingPathComponent("deep-\(depth).html").path
        try html.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// libxml2 stops at 256 levels unless told otherwise: the text past it was lost and the
    /// page said "no article text found".
    @Test(arguments: [300, 1_000])
    func deeplyNestedPageKeepsItsText(depth: Int) throws {
        let r = slant(["extract", try deepPage(depth), "--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        let text = try #require(try jsonObject(r.out)["text"] as? String)
        // Both paragraphs, each a block of its own (past the kept depth they are flattened).
        #expect(text.contains("\n\nThe council approved the new budget"), "\(text)")
        #expect(text.contains("works.\n\nThe mayor said the bridge"), "\(text)")
    }

    /// A hostile page 100,000 elements deep, closed or not: no crash, no exhausted stack.
    @Test(arguments: [false, true])
    func hundredThousandLevelsDoNotCrash(unclosed: Bool) throws {
        let r = slant(["extract", try deepPage(100_000, unclosed: unclosed), "--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        let text = try #require(try jsonObject(r.out)["text"] as? String)
        #expect(text.contains("The council approved the new budget"))
        #expect(text.contains("The mayor said the bridge"))
    }

    /// `--breakdown` wrote 0 for month and entity densities with no outlet-voice words (every
    /// sentence a quotation) while the per-outlet figures wrote null.
    @Test func breakdownWritesNullForUndefinedFigures() throws {
        let dir = storeTemporaryDirectory()
        let quoted = "{\"outlet\":\"quoted.example\",\"date\":\"2024-05-10\","
            + "\"text\":\"\\u201cThe United States will pay for the bridge.\\u201d\"}\n"
        let input = dir.appendingPathComponent("in.jsonl")
        try (corpusLines(3) + quoted).write(to: input, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        let ingest = slant(["ingest", input.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.err)")
        let r = slant(["outlets", "--db", db, "--format", "json", "--breakdown"])
        #expect(r.status == 0, "\(r.err)")
        let object = try jsonObject(r.out)
        let months = try #require(object["months"] as? [[String: Any]])
        let month = try #require(months.first { $0["outlet"] as? String == "quoted.example" })
        #expect(month["outlet_voice_words"] as? Int == 0)
        #expect(month["loaded_per_1k_words"] is NSNull, "\(month)")
        #expect(month["loaded_per_1k_words_ci95"] is NSNull)
        // It has a sentence: its shares are figures.
        #expect((month["share"] as? [String: Any])?["ATTRIBUTED"] is Double)
        let entities = try #require(object["entities"] as? [[String: Any]])
        let entity = try #require(entities.first { $0["outlet"] as? String == "quoted.example" })
        #expect(entity["entity"] as? String == "United States")
        #expect(entity["loaded_per_1k_words"] is NSNull, "\(entity)")
        #expect(entity["loaded_per_1k_words_ci95"] is NSNull)
        // Cells with words keep numbers.
        let north = try #require(months.first { $0["outlet"] as? String == "north.example" })
        #expect(north["loaded_per_1k_words"] is Double)
        #expect((north["outlet_voice_words"] as? Int ?? 0) > 0)
        let kinds = try #require(object["source_kinds"] as? [[String: Any]])
        #expect(kinds.allSatisfy { ($0["outlet_sentences"] as? Int ?? 0) > 0 && $0["share_of_sentences"] is Double })
        // The Swift structs read it back, null as 0.
        let back = try JSONDecoder().decode(StoreAggregates.self, from: Data(r.out.utf8))
        let decoded = try #require(back.months.first { $0.outlet == "quoted.example" })
        #expect(!decoded.loadedDefined && decoded.loaded_per_1k_words == 0 && decoded.sharesDefined)
    }

    /// A source-kind row whose outlet has no sentences writes null, not a share of 0.
    @Test func sourceKindShareWithNoSentencesIsNull() throws {
        let json = #"{"outlet":"a.example","kind":"person","articles":0,"sentences":0,"outlet_sentences":0,"#
            + #""share_of_sentences":0,"share_of_sentences_ci95":[0,0],"top_sources":[],"too_few_articles":true}"#
        let row = try JSONDecoder().decode(OutletSourceKindFigures.self, from: Data(json.utf8))
        #expect(!row.shareDefined)
        let object = try jsonObject(String(decoding: try JSONEncoder().encode(row), as: UTF8.self))
        #expect(object["share_of_sentences"] is NSNull)
        #expect(object["share_of_sentences_ci95"] is NSNull)
    }

    /// "direct quotation of 1 words".
    @Test func quotationNoteSaysOneWord() {
        #expect(QuotedSpeechCue.directQuotationNote(words: 1) == "direct quotation of 1 word")
        #expect(QuotedSpeechCue.directQuotationNote(words: 6) == "direct quotation of 6 words")
    }

    /// The text summary of `slant score` said "in 1 words".
    @Test func scoreSummarySaysOneWord() {
        let r = slant(["score", "-"], stdin: "Yes.\n")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("loaded terms in the outlet's voice: 0 in 1 word (0.00 per 1,000); in quotes: 0 in 0 words\n"), "\(r.out)")
    }
}
