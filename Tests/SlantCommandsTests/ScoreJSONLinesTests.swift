import Foundation
import Testing

/// `slant score` reads a JSON Lines record as the article (the README's input formats say any
/// input starting with `{` is JSON Lines), not the record's JSON as text.
@Suite struct ScoreJSONLinesTests {
    let two = """
        {"outlet": "Example News", "title": "Council vote", "text": "The mayor said the plan was sound."}
        {"outlet": "Other Daily", "text": "The so-called reform will fail. Officials said so."}

        """

    @Test func oneRecordIsScoredAsItsArticle() throws {
        let line = #"{"outlet": "Example News", "url": "https://example.org/a", "text": "The mayor said the plan was sound."}"#
        let result = slant(["score", "-", "--format", "json"], stdin: line + "\n")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let article = try #require(object["article"] as? [String: Any])
        #expect(article["outlet"] as? String == "Example News")
        #expect((article["provenance"] as? [String: String])?["outlet"] == "record")
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["text"] as? String } == ["The mayor said the plan was sound."])
        #expect(sentences.first?["label"] as? String == "ATTRIBUTED")
    }

    @Test func severalRecordsNeedRecord() throws {
        let all = slant(["score", "-"], stdin: two)
        #expect(all.status == 2)
        #expect(all.err.contains("holds 2 JSON Lines records"))
        let second = slant(["score", "-", "--record", "2", "--format", "json", "--outlet", "Flagged"], stdin: two)
        #expect(second.status == 0)
        #expect(second.out.contains("The so-called reform will fail."))
        #expect(!second.out.contains("The mayor said"))
        #expect(second.out.contains("\"outlet\" : \"Flagged\""))
        let missing = slant(["score", "-", "--record", "3"], stdin: two)
        #expect(missing.status == 2)
        #expect(missing.err.contains(":3: no JSON Lines record on this line (the input has 2 lines and 2 records)"), "\(missing.err)")
        // A negative number is a value out of range (64), not a missing value and a flag.
        let negative = slant(["score", "-", "--record", "-1"], stdin: two)
        #expect(negative.status == 64 && negative.err.contains("--record counts lines from 1"), "\(negative.err)")
    }

    /// Before, --record on plain text was ignored and the whole text scored.
    @Test func recordOnPlainTextIsAnError() {
        let r = slant(["score", "-", "--record", "2"], stdin: "The council met. It approved the budget.\n")
        #expect(r.status == 2)
        #expect(r.err == "slant: <stdin>: --record picks a line of JSON Lines input, and this is not JSON Lines\n")
    }

    @Test func aBadRecordNamesItsLine() {
        let result = slant(["score", "-"], stdin: #"{"outlet": 5, "text": "x"}"# + "\n")
        #expect(result.status == 2)
        #expect(result.err.contains(":1: field 'outlet' is not a string"))
    }
}
