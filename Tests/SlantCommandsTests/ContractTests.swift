import Foundation
import Testing

/// The command-line contract of issue 2: JSON shapes other tools depend on.
@Suite struct ContractTests {
    @Test func splitJSONLines() throws {
        let r = slant(["split", "--format", "jsonl", "-"], stdin: "Héllo “World.” Mr. Smith left. Then 1967.Russia")
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let first = try jsonObject(lines[0])
        #expect(Set(first.keys) == ["start", "end", "text"])
        #expect(first["start"] as? Int == 0)
        #expect(first["text"] as? String == "Héllo “World.”")
        #expect(first["end"] as? Int == 14)  // code points, not bytes
        let last = try jsonObject(lines[3])
        #expect(last["text"] as? String == "Russia")
    }

    @Test func splitTakesNothingAsMetadata() throws {
        let r = slant(["split", "--format", "jsonl"], stdin: " date 2024-07-25 https://x.com/a\nTitle\nBody.")
        let first = try jsonObject(String(r.out.split(separator: "\n")[0]))
        #expect(first["start"] as? Int == 1)
        #expect((first["text"] as? String)?.hasPrefix("date 2024-07-25") == true)
    }

    @Test func classifyOneLinePerInputLine() throws {
        let input = "Officials said the plan would fail.\n\nThe plan is undoubtedly a disgrace.\nThe bridge opened in 1932.\n"
        let r = slant(["classify", "--format", "jsonl", "-"], stdin: input)
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == 4)
        let objects = try lines.map(jsonObject)
        #expect(objects.map { $0["label"] as? String } == ["ATTRIBUTED", "FACTUAL", "EDITORIAL", "FACTUAL"])
        for object in objects {
            let confidence = try #require(object["confidence"] as? Double)
            #expect(confidence >= 0 && confidence <= 1)
            for cue in try #require(object["cues"] as? [[String: Any]]) {
                #expect(cue["id"] is String && cue["start"] is Int && cue["end"] is Int)
            }
        }
        // Offsets are within the line.
        let cue = try #require((objects[2]["cues"] as? [[String: Any]])?.first { $0["id"] as? String == "certainty" })
        #expect(cue["start"] as? Int == 12)
        #expect(cue["end"] as? Int == 23)
    }

    @Test func scoreJSONDocument() throws {
        let r = slant(["score", samplePath, "--format", "json"])
        #expect(r.status == 0)
        let doc = try jsonObject(r.out)
        let article = try #require(doc["article"] as? [String: Any])
        #expect(article["outlet"] as? String == "sputnikglobe.com")
        #expect(article["date"] as? String == "2024-07-25")
        let provenance = try #require(article["provenance"] as? [String: String])
        #expect(provenance["url"] == "header" && provenance["outlet"] == "url")
        let sentences = try #require(doc["sentences"] as? [[String: Any]])
        #expect(sentences.count == 17)
        #expect(sentences[0]["headline"] as? Bool == true)
        for s in sentences {
            for key in ["start", "end", "text", "label", "confidence", "cues", "source", "loaded"] {
                #expect(s.keys.contains(key), "sentence lacks \(key)")
            }
            if let source = s["source"] as? [String: Any] {
                #expect(source["text"] is String && source["start"] is Int && source["end"] is Int && source["kind"] is String)
            } else {
                #expect(s["source"] is NSNull)
            }
            for hit in try #require(s["loaded"] as? [[String: Any]]) {
                for key in ["start", "end", "term", "category", "weight", "in_quote"] {
                    #expect(hit.keys.contains(key), "hit lacks \(key)")
                }
            }
        }
        #expect(doc["summary"] is [String: Any])
        let lexicons = try #require(doc["lexicons"] as? [[String: Any]])
        #expect(lexicons.contains { $0["name"] as? String == "loaded-language" && ($0["sha256"] as? String)?.count == 64 })
    }

    @Test func scoreJSONLinesIsOneSentenceALine() throws {
        let r = slant(["score", samplePath, "--format", "jsonl"])
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 17)
        #expect(try jsonObject(String(lines[16]))["label"] as? String == "ATTRIBUTED")
    }

    @Test func outputIsDeterministic() {
        let a = slant(["score", samplePath, "--format", "json"])
        let b = slant(["score", samplePath, "--format", "json"])
        #expect(a.out == b.out)
    }

    @Test func textViewMarksTermsWithoutColourWhenNotATerminal() {
        let r = slant(["score", samplePath])
        #expect(r.status == 0)
        #expect(r.out.contains("⟦sabotage⟧"))
        #expect(!r.out.contains("\u{1B}["))
        #expect(r.out.contains("source: Indonesian Ambassador to Russia Jose Tavares"))
    }

    /// A sentence's further attributions are shown with their speakers, after the main source.
    @Test func textViewShowsFurtherSources() throws {
        let r = slant(["score", "-"], stdin: "Ruiz told reporters that the road would be \"closed for good,\" the Gazette reported.\n")
        #expect(r.status == 0)
        #expect(r.out.contains("      source: Ruiz (person)\n      other sources: the Gazette (media)\n"))
        let one = slant(["score", "-"], stdin: "The road will close in May, the mayor said.\n")
        #expect(!one.out.contains("other sources"))
        // The article page too.
        let page = slant(["score", "-", "--format", "html"], stdin: "Ruiz told reporters that the road would be \"closed for good,\" the Gazette reported.\n")
        #expect(page.out.contains("<span class=\"src\" dir=\"ltr\">other sources: <bdi>the Gazette</bdi> (media)</span>"))
    }

    @Test func textViewExplainsAndCannotBeHijacked() throws {
        // Control characters from the input are shown in caret notation, never sent to the
        // terminal; every sentence says why it got its label; a rate with nothing to divide by
        // is "-"; scare quotes are marked; cues that count for nothing say so.
        let text = "The council met.\u{1B}[31m It was\u{07} fine.\n\nShe said the plan was a shameful waste.\n\nThe \"reform\" passed with 57 votes.\n"
        let r = slant(["score", "-"], stdin: text)
        #expect(r.status == 0)
        #expect(!r.out.contains("\u{1B}") && !r.out.contains("\u{07}"))
        #expect(r.out.contains("^[[31m It was^G fine."))
        let sentences = r.out.components(separatedBy: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("      ") }.count
        #expect(sentences >= 4 && r.out.components(separatedBy: "\n").filter { $0.hasPrefix("      why: ") }.count == sentences)
        #expect(r.out.contains("(in reported speech: the outlet's wording, counted as its voice)"))
        #expect(r.out.contains("in quotes: 0 in 0 words"))
        #expect(r.out.contains("⟦\"reform\"⟧"))
        #expect(r.out.contains("evaluative “shameful” (not counted: inside reported speech"))
        #expect(r.out.contains("figure “57” (against EDITORIAL)"))
        // Loaded terms are marked at their scalars among combining marks and emoji.
        let marked = slant(["score", "-"], stdin: "The re\u{301}gime thugs 👍🏽 sabotaged the talks.\n")
        #expect(marked.out.contains("The re\u{301}gime ⟦thugs⟧ 👍🏽 ⟦sabotaged⟧ the talks."), "\(marked.out)")
        let empty = slant(["score", "-"], stdin: "Advertisement\n\nREAD MORE:\n")
        #expect(empty.out.contains("(editorial share -)") && empty.out.contains("(- per 1,000)"))
    }

    @Test func dismissedTermsAreShownApartInTextAndJSON() throws {
        let text = "She wrote for the Daily Beast until last year.\n"
        let view = slant(["score", "-"], stdin: text)
        #expect(view.status == 0)
        #expect(view.out.contains("not counted: Beast → beast [name-calling] name-or-title: part of the name 'daily beast'"))
        #expect(!view.out.contains("⟦Beast⟧"))
        let json = slant(["score", "-", "--format", "json"], stdin: text)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let sentence = try #require((object["sentences"] as? [[String: Any]])?.first)
        #expect((sentence["loaded"] as? [Any])?.isEmpty == true)
        let dismissed = try #require(sentence["dismissed"] as? [[String: Any]])
        #expect(dismissed.first?["term"] as? String == "beast")
        #expect(dismissed.first?["score"] as? Double == 0)
    }

    @Test func metadataFlags() throws {
        let r = slant(["score", samplePath, "--format", "json", "--outlet", "Sputnik", "--date", "2024-08-01"])
        let article = try #require(try jsonObject(r.out)["article"] as? [String: Any])
        #expect(article["outlet"] as? String == "Sputnik")
        #expect((article["provenance"] as? [String: String])?["outlet"] == "flag")
        #expect(article["date"] as? String == "2024-08-01")
    }
}
