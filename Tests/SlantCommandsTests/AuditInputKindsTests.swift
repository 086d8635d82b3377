import Foundation
import Testing

/// `slant audit` reads what `slant ingest` reads: JSON Lines records (findings at the record's
/// line) and HTML pages (findings at line 1), with a bad record reported and the rest audited.
@Suite struct AuditInputKindsTests {
    @Test func jsonLinesRecordsAreLocatedAtTheirLine() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("feed.jsonl")
        let lines = [
            #"{"outlet": "calm.example", "text": "The council met on Monday. It approved the budget."}"#,
            #"{"outlet": "hot.example", "text": "The owners' shameless cronies staged a party on the quay."}"#,
            #"{"outlet": "broken.example""#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let r = slant(["audit", folder.path, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"])
        #expect(r.status == 2, "\(r.out)\(r.err)")
        #expect(r.out.contains("\(file.path):2:1: sentence-score:"), "\(r.out)")
        #expect(r.err.contains("slant: \(file.path):3:"), "\(r.err)")
        #expect(r.out.hasSuffix("slant audit: 2 articles, 1 finding, 1 input error: error\n"), "\(r.out)")
    }

    @Test func htmlPagesAreAudited() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = """
            <!doctype html><html><head><title>Quay party</title></head><body><nav>Home | News</nav>
            <article><h1>Quay party</h1><p>The owners' shameless cronies staged a party on the quay.</p>
            <p>The harbour master said the party ended at midnight and nobody was hurt.</p></article>
            <footer>Contact us</footer></body></html>
            """
        try Data(page.utf8).write(to: folder.appendingPathComponent("party.html"))
        let r = slant(["audit", folder.path, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"])
        #expect(r.status == 1, "\(r.out)\(r.err)")
        #expect(r.out.contains("\(folder.path)/party.html:1:1: sentence-score:"), "\(r.out)")
        // A gzip-compressed page is found in a folder too, as slant ingest finds it (before:
        // "contains no .txt, ... files").
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [folder.appendingPathComponent("party.html").path]
        try gzip.run()
        gzip.waitUntilExit()
        let gz = slant(["audit", folder.path, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"])
        #expect(gz.status == 1, "\(gz.out)\(gz.err)")
        #expect(gz.out.contains("\(folder.path)/party.html.gz:1:1: sentence-score:"), "\(gz.out)")
    }
}

/// `slant audit --db FILE` also stores the batch, as `slant ingest` would.
@Suite struct AuditStoreTests {
    @Test func auditStoresTheBatchOnce() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("audit.db").path
        let first = slant(["audit", cafePath, "--no-config", "--max-editorial-share", "1", "--db", db])
        #expect(first.status == 0, "\(first.out)\(first.err)")
        #expect(first.err.contains("stored 1 new article in \(db)"), "\(first.err)")
        let again = slant(["audit", cafePath, "--no-config", "--max-editorial-share", "1", "--db", db])
        #expect(again.err.contains("stored 0 new articles in \(db), 1 already there"), "\(again.err)")
        let outlets = slant(["outlets", "--db", db, "--format", "json"])
        #expect(outlets.status == 0)
        #expect(outlets.out.contains("\"articles\" : 1") || outlets.out.contains("\"articles\":1"), "\(outlets.out)")
    }

    /// An article with no URL names no outlet: it is audited but not stored, unless `--outlet`
    /// names one, as for `slant ingest`.
    @Test func outletFlagNamesTheOutletOfArticlesWithoutOne() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("plain.txt")
        try Data("Council Passes Budget\n\nThe council passed its budget on Tuesday.\n".utf8).write(to: article)
        let db = folder.appendingPathComponent("audit.db").path
        let without = slant(["audit", article.path, "--no-config", "--max-editorial-share", "1", "--db", db])
        #expect(without.err.contains("1 without an outlet not stored"), "\(without.err)")
        let with = slant(["audit", article.path, "--no-config", "--max-editorial-share", "1", "--db", db, "--outlet", "Harbour Gazette"])
        #expect(with.status == 0, "\(with.out)\(with.err)")
        #expect(with.err.contains("stored 1 new article in \(db)"), "\(with.err)")
        let outlets = slant(["outlets", "--db", db])
        #expect(outlets.out.contains("Harbour Gazette"), "\(outlets.out)")
        let blank = slant(["audit", article.path, "--no-config", "--outlet", " "])
        #expect(blank.status == 64 && blank.err.contains("--outlet must name an outlet"), "\(blank.err)")
    }
}
