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

    @Test func generationTimeComesFromSourceDateEpoch() {
        let out = folder("epoch")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = slant(["report", "--out", out, calm[0]], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(r.status == 0)
        let index = (try? String(contentsOfFile: out + "/index.html", encoding: .utf8)) ?? ""
        #expect(index.contains("1970-01-01T00:00:00Z"))
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
