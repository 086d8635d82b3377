import Foundation
import Testing

@Suite struct ReportCommandTests {
    let calm = (1...5).map { repositoryRoot.appendingPathComponent("Tests/Fixtures/report/articles/calm-\($0).txt").path }
    let loud = repositoryRoot.appendingPathComponent("Tests/Fixtures/report/articles/loud-1.txt").path

    func folder(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slant-report-cmd-\(name)-\(UUID().uuidString)").path
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    @Test func writesTheSiteAndPrintsTheIndexPath() throws {
        let out = folder("site")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = slant(["report", "--out", out, "--generated", "2026-01-01T00:00:00Z"] + calm + [loud])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("6 articles from 2 outlets") && r.out.hasSuffix("\(out)/index.html\n"))
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("calm.example") && index.contains("loud.example") && index.contains("2026-01-01T00:00:00Z"))
        #expect(FileManager.default.fileExists(atPath: out + "/outlets/calm-example.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/articles").count == 6)
    }

    @Test func aBadFileIsReportedAndTheRestGoOn() throws {
        let out = folder("bad")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let missing = repositoryRoot.appendingPathComponent("Tests/Fixtures/report/articles/absent.txt").path
        let r = slant(["report", "--out", out] + [calm[0], missing, calm[1]])
        #expect(r.status == 2)
        #expect(r.err.contains("absent.txt"))
        #expect(r.out.contains("2 articles from 1 outlets") || r.out.contains("2 articles from 1 outlet"))
    }

    @Test func readsScoreJSON() throws {
        let out = folder("json")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let json = repositoryRoot.appendingPathComponent("Tests/Fixtures/report/analyses/loud-1.json").path
        let r = slant(["report", "--out", out, json])
        #expect(r.status == 0, "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: out + "/outlets/loud-example.html"))
    }

    /// A folder of `slant score --format json` files is read like the files named one by one
    /// (they were skipped and an empty site written with status 0); a folder with no article
    /// file at all is an error, not an empty report.
    @Test func folderOfScoreJSONAndEmptyFolder() throws {
        let out = folder("json-dir")
        let input = folder("json-dir-input")
        let empty = folder("empty-input")
        defer { for p in [out, input, empty] { try? FileManager.default.removeItem(atPath: p) } }
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let json = repositoryRoot.appendingPathComponent("Tests/Fixtures/report/analyses/loud-1.json").path
        try FileManager.default.copyItem(atPath: json, toPath: input + "/loud-1.json")
        try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: input + "/bad.json"))
        let r = slant(["report", "--out", out, input])
        #expect(r.status == 2)
        #expect(r.err.contains("bad.json: not the JSON of 'slant score --format json'"))
        #expect(r.out.contains("1 article from 1 outlet"))
        let none = slant(["report", "--out", out + "-none", empty])
        #expect(none.status == 2)
        #expect(none.err.contains("no articles to report"))
        #expect(!FileManager.default.fileExists(atPath: out + "-none/index.html"))
    }

    /// Before, every file but .json was read as plain text: a JSON Lines corpus became one
    /// "article" whose sentences were its JSON syntax, and a page's markup was analysed as prose.
    @Test func readsJSONLinesHTMLAndDirectoriesAsIngestDoes() throws {
        let out = folder("kinds")
        let input = folder("kinds-input")
        defer { try? FileManager.default.removeItem(atPath: out); try? FileManager.default.removeItem(atPath: input) }
        try FileManager.default.createDirectory(atPath: input + "/pages", withIntermediateDirectories: true)
        try Data("""
            {"outlet": "a.example", "text": "The council approved the budget on Tuesday. The vote was 7 to 2."}
            {"outlet": "b.example", "text": "The bridge reopened after two years. Drivers queued from dawn."}
            not json
            """.utf8).write(to: URL(fileURLWithPath: input + "/corpus.jsonl"))
        try Data("""
            <!doctype html><html><head><title>Quay party</title>
            <link rel="canonical" href="https://c.example/quay"></head><body><nav>Home | News</nav>
            <article><p>The owners staged a party on the quay on Friday evening, and hundreds of residents came to watch the fireworks over the harbour.</p></article>
            <footer>Contact us</footer></body></html>
            """.utf8).write(to: URL(fileURLWithPath: input + "/pages/party.html"))
        let r = slant(["report", "--out", out, input])
        #expect(r.status == 2)
        #expect(r.err == "slant: \(input)/corpus.jsonl:3: not valid JSON\n")
        #expect(r.out.hasPrefix("wrote the report of 3 articles from 3 outlets: "))
        for page in try FileManager.default.contentsOfDirectory(atPath: out + "/articles") {
            let html = try String(contentsOfFile: out + "/articles/" + page, encoding: .utf8)
            #expect(!html.contains("&quot;outlet&quot;") && !html.contains("&lt;p&gt;") && !html.contains("Contact us"), "\(page)")
        }
        #expect(FileManager.default.fileExists(atPath: out + "/outlets/c-example.html"))
        let one = slant(["report", "--out", out, calm[0]])
        #expect(one.out.hasPrefix("wrote the report of 1 article from 1 outlet: "))
    }

    /// A report written again into the same folder left the last one's pages of outlets and
    /// articles no longer given, with their old figures, beside the new ones.
    @Test func rewritingAFolderRemovesStalePagesOnly() throws {
        let out = folder("rewrite")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(slant(["report", "--out", out] + calm + [loud]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/outlets/loud-example.html"))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/outlets/notes.html"))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/README.txt"))
        #expect(slant(["report", "--out", out, calm[0]]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/outlets").sorted() == ["calm-example.html", "notes.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/articles").count == 1)
        #expect(FileManager.default.fileExists(atPath: out + "/README.txt"))
        let manifest = try String(contentsOfFile: out + "/.slant-report-files", encoding: .utf8)
        #expect(manifest.hasPrefix("index.html\noutlets/calm-example.html\narticles/"))
    }

    /// An article given twice was counted twice in its outlet's figures.
    @Test func theSameArticleTwiceCountsOnce() throws {
        let out = folder("twice")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = slant(["report", "--out", out, calm[0], calm[1], calm[0]])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("wrote the report of 2 articles from 1 outlet: "))
        #expect(r.err == "slant: \(calm[0]): the same article as \(calm[0]) (same outlet and text): counted once\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/articles").count == 2)
    }

    /// Said only "cannot create the folder".
    @Test func outIsAFile() {
        let r = slant(["report", "--out", calm[1], calm[0]])
        #expect(r.status == 2)
        #expect(r.err == "slant: cannot write '\(calm[1])': is a file, not a folder\n")
    }

    @Test func generationTimeComesFromSourceDateEpoch() {
        let out = folder("epoch")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = slant(["report", "--out", out, calm[0]], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(r.status == 0)
        let index = (try? String(contentsOfFile: out + "/index.html", encoding: .utf8)) ?? ""
        #expect(index.contains("1970-01-01T00:00:00Z"))
    }

    /// Before, the message was swift-mustache's dump of its error types.
    @Test func brokenTemplateNamesLineAndProblem() throws {
        let templates = folder("broken-tpl")
        defer { try? FileManager.default.removeItem(atPath: templates) }
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try Data("<p>\n{{#broken}}\n".utf8).write(to: URL(fileURLWithPath: templates + "/article.mustache"))
        let r = slant(["score", calm[0], "--format", "html", "--templates", templates])
        #expect(r.status == 2)
        #expect(r.err == "slant: report template 'article': line 3, column 1: a section is never closed\n")
    }

    @Test func missingTemplatesFolderIsAnError() {
        let r = slant(["report", "--out", folder("tpl"), "--templates", "/nonexistent/templates", calm[0]])
        #expect(r.status == 2)
        #expect(r.err.contains("/nonexistent/templates"))
    }

    @Test func scoreWritesTheArticlePageAsHTML() {
        let r = slant(["score", samplePath, "--format", "html"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("<!DOCTYPE html>"))
        #expect(r.out.contains("<mark class=\"hit\""))
        #expect(r.out.contains("id=\"s1\""))
        // A standalone page links nowhere else in a report.
        #expect(!r.out.contains("../index.html") && !r.out.contains("../outlets/"))
    }
}
