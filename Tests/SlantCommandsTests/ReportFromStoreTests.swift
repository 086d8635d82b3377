import Foundation
import Testing

/// `slant report --db FILE` reports what `slant ingest` stored, with the store's figures.
@Suite struct ReportFromStoreTests {
    @Test func reportOfAStoreMatchesSlantOutlets() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.db").path
        let corpus = repositoryRoot.appendingPathComponent("Tests/Fixtures/corpus/wikinews.jsonl").path
        let ingest = slant(["ingest", corpus, samplePath, "--db", db, "--jobs", "1"])
        #expect(ingest.status == 0, "\(ingest.err)")
        let out = dir.appendingPathComponent("site").path
        let r = slant(["report", "--db", db, "--out", out, "--generated", "2026-01-01T00:00:00Z"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "wrote the report of 20 articles from 2 outlets: \(out)/index.html\n")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        // The store's loaded-density interval for Wikinews, as `slant outlets` gives it.
        let outlets = try jsonArray(slant(["outlets", "--db", db, "--format", "json"]).out)
        let wikinews = try #require(outlets.first { $0["outlet"] as? String == "en.wikinews.org" })
        let ci = try #require(wikinews["loaded_per_1k_words_ci95"] as? [Double])
        let shown = String(format: "%.1f–%.1f", ci[0], ci[1])
        #expect(index.contains(shown), "index lacks the store's interval \(shown)")
        #expect(FileManager.default.fileExists(atPath: out + "/outlets/sputnikglobe-com.html"))
    }

    @Test func emptyOrMissingStoreIsAnError() throws {
        let r = slant(["report", "--db", "/no/such/slant.db", "--out", NSTemporaryDirectory() + "never"])
        #expect(r.status == 2)
        #expect(r.err.contains("/no/such/slant.db: no such database"))
    }
}

func jsonArray(_ text: String) throws -> [[String: Any]] {
    guard let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
        throw CocoaError(.coderInvalidValue)
    }
    return array
}

/// A store's figures count each outlet's own reporting; its report listed every article
/// (wire copy included) beside those figures without saying so, and drew an outlet with only
/// wire copy at 0% and 0.0 as if measured.
@Suite struct SyndicatedInStoreReportTests {
    @Test func wireCopyIsNamedAndAnOutletWithoutOwnReportingHasNoFigures() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("w.db").path
        let corpus = """
            {"outlet": "own.example", "text": "The council approved the budget on Tuesday. The vote was 7 to 2."}
            {"outlet": "own.example", "author": "Associated Press", "text": "The bridge reopened after two years. Drivers queued from dawn."}
            {"outlet": "wire.example", "author": "Reuters", "text": "The port deal was signed on Monday. Critics said it was a disgrace."}

            """
        #expect(slant(["ingest", "-", "--db", db, "--jobs", "1"], stdin: corpus).status == 0)
        let out = dir.appendingPathComponent("site").path
        #expect(slant(["report", "--db", db, "--out", out, "--generated", "2026-01-01T00:00:00Z"]).status == 0)
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains(">2 <span class=\"range\">1 wire/dup left out</span></td>"))
        #expect(index.contains("<span class=\"range\">no own reporting</span>"))
        #expect(!index.contains("<title>wire.example:"), "an outlet without figures is not drawn")
        let own = try String(contentsOfFile: out + "/outlets/own-example.html", encoding: .utf8)
        #expect(own.contains("1 of them wire copy or near duplicates, left out of the figures"))
        #expect(own.contains("(no interval)"), "one own article: no interval")
        let wire = try String(contentsOfFile: out + "/outlets/wire-example.html", encoding: .utf8)
        #expect(wire.contains("all of them wire copy or near duplicates"))
        #expect(wire.contains("<dd>–</dd>") && wire.contains("No articles of its own reporting, so no claim mix."))
        // The sections read from its articles are left out: they showed who the wire copy quoted
        // and its terms under "its own reporting has no figures".
        #expect(wire.contains("Every article of this outlet is wire copy or a near duplicate"), "\(wire)")
        #expect(!wire.contains("<section id=\"sources\">") && !wire.contains("<section id=\"terms\">"), "\(wire)")
        #expect(own.contains("<section id=\"sources\">") && !own.contains("Every article of this outlet is wire copy"))
        // The own outlet's sections read only its own reporting: the AP story's sentences are
        // not among its sources, terms or sentences, and its row and page say why.
        #expect(own.contains("2 sentences of its own reporting (1 article)"), "\(own)")
        #expect(own.contains("wire copy (AP, by its byline): not counted"))
        #expect(!own.contains("Drivers queued from dawn"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: out + "/articles")
        let texts = try pages.map { try String(contentsOfFile: out + "/articles/" + $0, encoding: .utf8) }
        let page = try #require(texts.first { $0.contains("Drivers queued from dawn") })
        #expect(page.contains("Not counted in the outlet's figures: wire copy (AP, by its byline)."))
    }
}

/// One article gives no bootstrap interval: the table and the report say so instead of x–x.
@Suite struct SingleArticleIntervalTests {
    @Test func oneArticleOutletShowsNoInterval() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("one.db").path
        #expect(slant(["ingest", samplePath, "--db", db, "--jobs", "1"]).status == 0)
        let table = slant(["outlets", "--db", db]).out
        #expect(table.contains("(no CI)"), "\(table)")
        #expect(table.contains("no CI: one article gives no interval"))
        let out = dir.appendingPathComponent("site").path
        #expect(slant(["report", "--db", db, "--out", out, "--generated", "2026-01-01T00:00:00Z"]).status == 0)
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("<span class=\"range\">no interval</span>"))
        // The outlet page said "14.0 (14.0–14.0)" and "53% (53%–53%)", a point dressed as an interval.
        let page = try String(contentsOfFile: out + "/outlets/sputnikglobe-com.html", encoding: .utf8)
        #expect(page.contains("<dd>14.0 (no interval)</dd>") && page.contains("<dd>18% (no interval)</dd>"))
        #expect(page.contains(">53% (no interval)</text>") && !page.contains("class=\"whisker\""))
        #expect(!page.contains("(14.0–14.0)") && !page.contains("(53%–53%)"))
        // The month table is the store's too (`slant outlets --breakdown`): one article, no interval.
        // (A one-article month is also marked "few", as the index marks an outlet of few articles.)
        #expect(page.contains("<td class=\"num\">14.0 (no interval) <span class=\"note\">few</span></td>"), "\(page)")
        // The chart draws that month hollow, without a bar, and its caption says why.
        #expect(page.contains("class=\"pt no-ci\"><title>2024-07: 14.0 per 1,000 words, 1 article, no interval</title>"), "\(page)")
        #expect(!page.contains("class=\"err-band\"") && page.contains("2024-07: 14.0 (one article, no interval)"))
        #expect(page.contains("A hollow dot is a month of a single article: it has no interval, so neither band nor bar."))
    }

    /// QA pass 20, finding 9: beside "no interval" for every other figure, the share of
    /// anonymous sources showed "0% (0%–43%)", a Wilson interval over the article's 5 sourced
    /// sentences. It is a bootstrap over articles now, like the rest.
    @Test func anonymousShareIsBootstrappedOverArticles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("anon.db").path
        let corpus = repositoryRoot.appendingPathComponent("Tests/Fixtures/corpus/wikinews.jsonl").path
        #expect(slant(["ingest", corpus, samplePath, "--db", db, "--jobs", "1"]).status == 0)
        let out = dir.appendingPathComponent("site").path
        #expect(slant(["report", "--db", db, "--out", out, "--generated", "2026-01-01T00:00:00Z"]).status == 0)
        let one = try String(contentsOfFile: out + "/outlets/sputnikglobe-com.html", encoding: .utf8)
        #expect(one.contains("share of sourced sentences, 95% interval</span></dt><dd>0% (no interval)</dd>"), "\(one)")
        #expect(one.contains("anonymous: 0% (no interval)."))
        #expect(!one.contains("0%–43%"))
        // Nineteen articles have an interval.
        let many = try String(contentsOfFile: out + "/outlets/en-wikinews-org.html", encoding: .utf8)
        let figure = try #require(many.components(separatedBy: "share of sourced sentences, 95% interval</span></dt><dd>").dropFirst().first?
            .components(separatedBy: "</dd>").first)
        #expect(figure.contains("–") && !figure.contains("no interval"), "\(figure)")
    }
}

/// The outlet page's "Headline against body" showed a mean sentence score gap (-0.03 for
/// Wikinews) where `slant outlets` gives loaded terms per 1,000 words (+2.84), even with the
/// other sign, and said "over 1 articles". It shows the measure of `slant outlets` now.
@Suite struct HeadlineGapPageTests {
    /// `x` with two decimals, rounded as the pages round.
    func fixed2(_ x: Double) -> String { String(format: "%.2f", (x * 100).rounded() / 100) }
    func signed(_ x: Double) -> String { fixed2(x).hasPrefix("-") ? fixed2(x) : "+" + fixed2(x) }

    @Test func outletPageShowsTheGapOfSlantOutlets() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.db").path
        let corpus = repositoryRoot.appendingPathComponent("Tests/Fixtures/corpus/wikinews.jsonl").path
        #expect(slant(["ingest", corpus, samplePath, "--db", db, "--jobs", "1"]).status == 0)
        let outlets = try jsonArray(slant(["outlets", "--db", db, "--format", "json"]).out)
        let wikinews = try #require(outlets.first { $0["outlet"] as? String == "en.wikinews.org" })
        let headline = try #require(wikinews["headline_loaded_per_1k_words"] as? Double)
        let body = try #require(wikinews["body_loaded_per_1k_words"] as? Double)
        let gap = try #require(wikinews["headline_body_gap"] as? Double)
        let ci = try #require(wikinews["headline_body_gap_ci95"] as? [Double])
        #expect(gap > 0, "the fixture's headlines are more loaded than its bodies")

        // The report of the store: the same figures, interval included.
        let stored = dir.appendingPathComponent("stored").path
        #expect(slant(["report", "--db", db, "--out", stored, "--generated", "2026-01-01T00:00:00Z"]).status == 0)
        let page = try String(contentsOfFile: stored + "/outlets/en-wikinews-org.html", encoding: .utf8)
        #expect(page.contains("<strong>\(fixed2(headline))</strong> in headlines, <strong>\(fixed2(body))</strong> in the body text"), "\(page)")
        #expect(page.contains("over 19 articles: <strong>\(signed(gap)) per 1,000 words</strong> (95% interval \(signed(ci[0])) to \(signed(ci[1])))"), "\(page)")
        #expect(!page.contains("Mean outlet-voice loaded score"))
        // One article: no interval, and "1 article".
        let one = try String(contentsOfFile: stored + "/outlets/sputnikglobe-com.html", encoding: .utf8)
        #expect(one.contains("over 1 article: <strong>") && one.contains("(no interval: one article)"), "\(one)")
        #expect(!one.contains("1 articles"))

        // A report made straight from the files: the same point figures (its intervals are its own).
        let files = dir.appendingPathComponent("files").path
        #expect(slant(["report", corpus, samplePath, "--out", files, "--generated", "2026-01-01T00:00:00Z"]).status == 0)
        let filePage = try String(contentsOfFile: files + "/outlets/en-wikinews-org.html", encoding: .utf8)
        #expect(filePage.contains("<strong>\(fixed2(headline))</strong> in headlines, <strong>\(fixed2(body))</strong> in the body text"), "\(filePage)")
        #expect(filePage.contains("over 19 articles: <strong>\(signed(gap)) per 1,000 words</strong> (95% interval "), "\(filePage)")
    }
}

/// An outlet with no quoted words: `slant outlets` gives null, and the report of the store
/// shows no figure ("–", "no quoted words"), not 0.0.
@Suite struct NoQuotedWordsInStoreReportTests {
    @Test func noQuotedWordsIsShownAsMissing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("q.db").path
        let corpus = """
            {"outlet": "plain.example", "text": "The council approved the budget on Tuesday. The vote was 7 to 2."}

            """
        #expect(slant(["ingest", "-", "--db", db, "--jobs", "1"], stdin: corpus).status == 0)
        let outlets = try jsonArray(slant(["outlets", "--db", db, "--format", "json"]).out)
        #expect(outlets.first?["quoted_loaded_per_1k_words"] is NSNull)
        let out = dir.appendingPathComponent("site").path
        #expect(slant(["report", "--db", db, "--out", out, "--generated", "2026-01-01T00:00:00Z"]).status == 0)
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("<td role=\"cell\" class=\"num\" data-v=\"\"><span class=\"cell-label\" aria-hidden=\"true\">In quotes <span class=\"sub\">per 1,000 quoted words,<br>95% interval</span></span>– <span class=\"range\">no quoted words</span></td>"), "\(index)")
        let page = try String(contentsOfFile: out + "/outlets/plain-example.html", encoding: .utf8)
        #expect(page.contains("<dd>– <span class=\"range\">no quoted words</span></dd>"), "\(page)")
    }
}
