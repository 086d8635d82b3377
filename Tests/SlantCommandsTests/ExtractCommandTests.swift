import Foundation
import Testing

private let htmlFixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/html/news-article.html").path

/// `slant extract` and HTML input to `slant score`, run as the built binary where the
/// contract matters (stdout, stderr, exit status).
@Suite struct ExtractCommandTests {
    @Test func extractJSONHasTheDocumentedShape() throws {
        let r = try slantProcess(["extract", htmlFixture, "--format", "json"])
        #expect(r.status == 0)
        #expect(r.err.isEmpty)
        let object = try jsonObject(r.out)
        #expect(Set(object.keys) == ["title", "text", "url", "date", "outlet", "author", "provenance", "sources"])
        #expect(object["title"] as? String == "Harbour bridge reopens after two years of repairs")
        #expect(object["url"] as? String == "https://news.coastalcourier.co.uk/local/harbour-bridge-reopens")
        #expect(object["date"] as? String == "2024-03-05")
        #expect(object["outlet"] as? String == "coastalcourier.co.uk")
        #expect(object["author"] as? String == "Jane Doe")
        #expect(object["provenance"] as? [String: String] == ["title": "html", "url": "html", "date": "html", "outlet": "url", "author": "html"])
        let text = try #require(object["text"] as? String)
        #expect(text.hasPrefix("Harbour bridge reopens after two years of repairs\n\nThe harbour bridge reopened"))
        #expect(!text.contains("Related stories"))
    }

    /// The whole JSON document for the fixture page, compared with a snapshot file; run the
    /// tests with RECORD_SNAPSHOTS=1 to re-record it after an intended change.
    @Test func extractJSONSnapshot() throws {
        let snapshot = repositoryRoot.appendingPathComponent("Tests/Fixtures/html/news-article.extract.json")
        let r = slant(["extract", htmlFixture, "--format", "json"])
        #expect(r.status == 0)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(r.out.utf8).write(to: snapshot)
        }
        #expect(r.out == (try String(contentsOf: snapshot, encoding: .utf8)))
    }

    @Test func extractTextShowsMetadataThenText() {
        let r = slant(["extract", htmlFixture, "--outlet", "Coastal Courier"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("title: Harbour bridge reopens after two years of repairs (meta og:title)\n"))
        #expect(r.out.contains("outlet: Coastal Courier (command line)\n"))
        #expect(r.out.contains("\n\nHarbour bridge reopens after two years of repairs\n\nThe harbour bridge reopened"))
    }

    @Test func extractIsDeterministic() {
        #expect(slant(["extract", htmlFixture, "--format", "json"]).out == slant(["extract", htmlFixture, "--format", "json"]).out)
    }

    @Test func extractReadsStandardInput() {
        let page = "<!doctype html><title>Stdin page</title><p>A paragraph read from standard input, long enough to be kept as prose.</p>"
        let r = slant(["extract", "-"], stdin: page)
        #expect(r.status == 0)
        #expect(r.out.hasSuffix("Stdin page\n\nA paragraph read from standard input, long enough to be kept as prose.\n"))
    }

    /// Plain text came out as a page without metadata, though slant score reads its scraper
    /// header; a JSON Lines record came out as its JSON.
    @Test func extractRefusesTextAndJSONLines() {
        for input in [" date 2024-01-02 https://www.bbc.co.uk/x\nTitle\n\nBody text.\n", "{\"text\": \"Body text.\"}\n"] {
            let r = slant(["extract", "-"], stdin: input)
            #expect(r.status == 2)
            #expect(r.err == "slant: <stdin>: is not an HTML page (it does not start with '<'); slant score reads plain text and JSON Lines as they are\n")
        }
        #expect(slant(["extract", "-"], stdin: "<div><p>A fragment of a page, long enough to be kept as prose by the extractor.</p></div>").status == 0)
    }

    @Test func extractRejectsBinaryAndEmptyInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("image.html")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).write(to: binary)
        let empty = directory.appendingPathComponent("empty.html")
        try Data().write(to: empty)
        let r1 = try slantProcess(["extract", binary.path])
        #expect(r1.status == 2)
        #expect(r1.out.isEmpty)
        #expect(r1.err == "slant: \(binary.path): is binary data, not an HTML page\n")
        let r2 = try slantProcess(["score", empty.path])
        #expect(r2.status == 2)
        #expect(r2.err == "slant: \(empty.path): is empty\n")
    }

    @Test func scoreReadsHTMLPagesDirectly() throws {
        let r = try slantProcess(["score", htmlFixture, "--format", "json"])
        #expect(r.status == 0)
        let object = try jsonObject(r.out)
        let article = try #require(object["article"] as? [String: Any])
        #expect(article["outlet"] as? String == "coastalcourier.co.uk")
        #expect((article["provenance"] as? [String: String])?["title"] == "html")
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        let texts = sentences.compactMap { $0["text"] as? String }
        #expect(texts.first == "Harbour bridge reopens after two years of repairs")
        #expect(texts.contains { $0.hasPrefix("The harbour bridge reopened to traffic on Tuesday morning") })
        #expect(!texts.contains { $0.contains("Share on") || $0.contains("newsletter") })
        // Offsets refer to the extracted text, as `slant extract` prints it.
        let extracted = try #require(try jsonObject(slant(["extract", htmlFixture, "--format", "json"]).out)["text"] as? String)
        let scalars = Array(extracted.unicodeScalars)
        for sentence in sentences {
            let start = try #require(sentence["start"] as? Int), end = try #require(sentence["end"] as? Int)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == sentence["text"] as? String)
        }
    }

    @Test func scoreSniffsHTMLWithoutAnExtension() {
        let page = "<!DOCTYPE html><html><head><title>Sniffed</title></head><body><p>The council approved the budget on Monday after a debate of four hours.</p></body></html>"
        let r = slant(["score", "--format", "json", "-"], stdin: page)
        #expect(r.status == 0)
        #expect(r.out.contains("\"title\" : \"Sniffed\""))
        #expect(!r.out.contains("DOCTYPE"))
    }
}
