import Foundation
import Testing

/// Articles that are not in English: `score` warns, and the batch commands (ingest, report,
/// audit) leave them out with a warning unless `--any-language` is given. The texts are
/// written for these tests.
@Suite struct LanguageCommandTests {
    static let english = "The city council voted on Tuesday to raise the fee for parking permits, and the mayor said the money would "
        + "go to road repairs. Residents who spoke at the meeting were divided: some said the fee was fair, while others "
        + "argued that it would hurt small shops on the main street. The new fee takes effect in March."
    static let german = "Der Stadtrat hat am Dienstag beschlossen, die Gebühr für Anwohnerparkausweise zu erhöhen. Die Bürgermeisterin "
        + "sagte, das Geld werde für die Reparatur von Straßen verwendet. Einige Anwohner, die bei der Sitzung sprachen, "
        + "hielten die Gebühr für gerecht, andere meinten, sie schade den kleinen Läden an der Hauptstraße. Die neue "
        + "Gebühr gilt ab März und wird von der Stadt auch online erhoben."

    static func record(_ outlet: String, _ url: String, _ text: String) -> String {
        "{\"outlet\":\"\(outlet)\",\"url\":\"\(url)\",\"text\":\"\(text)\"}"
    }

    static var corpus: String {
        [record("a.example", "https://a.example/1", english), record("b.example", "https://b.example/1", german),
         record("a.example", "https://a.example/2", english + " Work starts in April.")].joined(separator: "\n") + "\n"
    }

    @Test func scoreWarnsAndSaysSoInItsOutput() {
        let json = slant(["score", "-", "--format", "json"], stdin: Self.german)
        #expect(json.status == 0)
        #expect(json.err.contains("slant: warning: <stdin> is not in English (it looks like German: "))
        #expect(json.out.contains("\"looks_like\" : \"German\""))
        #expect(json.out.contains("\"verdict\" : \"not-english\""))
        let text = slant(["score", "-"], stdin: Self.german)
        #expect(text.out.contains("warning: this text is not in English (it looks like German"))
        let html = slant(["score", "-", "--format", "html"], stdin: Self.german)
        #expect(html.out.contains("<p class=\"note\">This text is not in English (it looks like German: "))
        #expect(html.err.contains("slant: warning: <stdin> is not in English"))
        let english = slant(["score", "-", "--format", "json"], stdin: Self.english)
        #expect(english.err.isEmpty)
        #expect(english.out.contains("\"verdict\" : \"english\""))
    }

    @Test func ingestLeavesThemOutUnlessAsked() throws {
        let dir = storeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("a.db").path
        let r = slant(["ingest", "-", "--db", db], stdin: Self.corpus)
        #expect(r.status == 0)
        #expect(r.err.contains("slant: warning: <stdin>:2 is not in English (it looks like German: "))
        #expect(r.err.contains("ingested 2 articles"))
        #expect(r.err.contains("; 1 not in English, left out;"))
        #expect(!slant(["outlets", "--db", db]).out.contains("b.example"))
        let kept = slant(["ingest", "-", "--db", db, "--any-language"], stdin: Self.corpus)
        #expect(kept.status == 0)
        #expect(!kept.err.contains("not in English"))
        #expect(slant(["outlets", "--db", db]).out.contains("b.example"))
    }

    @Test func reportAndAuditLeaveThemOutUnlessAsked() throws {
        let dir = storeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus.jsonl").path
        try Self.corpus.write(toFile: corpus, atomically: false, encoding: .utf8)
        let out = dir.appendingPathComponent("site").path
        let report = slant(["report", "--out", out, corpus])
        #expect(report.status == 0)
        #expect(report.err.contains("slant: warning: \(corpus):2 is not in English"))
        #expect(report.err.contains("left out (--any-language reports it)"))
        #expect(report.out.contains("2 articles from 1 outlet") || report.err.contains("2 articles from 1 outlet"))
        let all = slant(["report", "--out", out, "--any-language", corpus])
        #expect(all.out.contains("3 articles from 2 outlets") || all.err.contains("3 articles from 2 outlets"))

        let audit = slant(["audit", corpus, "--no-config", "--max-editorial-share", "0.99"])
        #expect(audit.status == 0)
        #expect(audit.err.contains("slant: warning: \(corpus):2 is not in English"))
        #expect(audit.out.contains("2 articles"))
        #expect(audit.out.contains(", 1 not in English (left out): pass"))
        let json = slant(["audit", corpus, "--no-config", "--max-editorial-share", "0.99", "--format", "json"])
        #expect(json.out.contains("\"skipped\" : [\n    {\n      \"path\" : \"\(corpus):2\""))
        let audited = slant(["audit", corpus, "--no-config", "--max-editorial-share", "0.99", "--any-language"])
        #expect(audited.out.contains("3 articles"))
        #expect(!audited.err.contains("not in English"))
    }
}
