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

    /// QA pass 20, finding 7: the README said offsets are "into the input exactly as read",
    /// but for a record they are into its title, a blank line and its text (each decoded and
    /// trimmed), as it now says. This holds the README's formula to the output.
    @Test func offsetsAreIntoTitleBlankLineAndText() throws {
        // JSON escapes in the line (a tab, é, ’) and blanks around both fields.
        let line = #"{"outlet":"a.com","title":"  Budget Passes ","text":"\t The council met on Tuesday. It approved the caf\u00e9\u2019s budget. "}"#
        let result = slant(["score", "-", "--format", "json"], stdin: line + "\n")
        #expect(result.status == 0, "\(result.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        let analysed = Array("Budget Passes\n\nThe council met on Tuesday. It approved the caf\u{E9}\u{2019}s budget.".unicodeScalars)
        #expect(sentences.count == 3)
        for sentence in sentences {
            let start = try #require(sentence["start"] as? Int), end = try #require(sentence["end"] as? Int)
            #expect(String(String.UnicodeScalarView(analysed[start..<end])) == sentence["text"] as? String, "\(sentence)")
        }
        #expect(sentences.first?["start"] as? Int == 0 && sentences.dropFirst().first?["start"] as? Int == "Budget Passes".count + 2)
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
