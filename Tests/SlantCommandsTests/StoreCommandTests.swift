import ArgumentParser
import Foundation
@testable import SlantCommands
import SlantStore
import Testing

/// A temporary directory for one test.
func storeTemporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-cmd-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// `count` distinct JSON Lines articles across three outlets.
func corpusLines(_ count: Int, prefix: String = "a") -> String {
    (0..<count).map { i in
        let outlet = ["north.example", "south.example", "east.example"][i % 3]
        let body = (0..<8).map { k in "Report \(prefix)\(i) paragraph \(k): the council approved the budget, officials said on Tuesday." }
            .joined(separator: "\\n\\n")
        return "{\"outlet\":\"\(outlet)\",\"url\":\"https://\(outlet)/\(prefix)/\(i)\",\"date\":\"2024-0\(1 + i % 9)-10\",\"title\":\"Item \(prefix)\(i)\",\"text\":\"\(body)\",\"section\":\"local\"}"
    }.joined(separator: "\n") + "\n"
}

@Suite struct IngestCommandTests {
    /// The progress bar's time left: unknown before anything is written, then at the rate so far.
    @Test func progressETA() {
        #expect(ProgressMeter.eta(elapsed: 2, fraction: 0) == "--:--")
        #expect(ProgressMeter.eta(elapsed: 30, fraction: 0.25) == "1:30")
        #expect(ProgressMeter.eta(elapsed: 5, fraction: 1) == "0:00")
    }

    /// A record's date is a calendar date: a bad one is a bad line; a web form, or a slashed date
    /// that reads one way only, is made YYYY-MM-DD.
    @Test func recordDatesAreCalendarDates() throws {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("d.db").path
        let lines = """
            {"outlet":"a.example","text":"The council met. It voted.","date":"2024-13-45"}
            {"outlet":"a.example","text":"The bridge opened. Cars crossed.","date":"November 19, 2019"}
            {"outlet":"a.example","text":"The port closed. Ships waited.","date":"2024-02-30"}
            {"outlet":"a.example","text":"The mill shut. Staff left.","date":"1/21/18"}
            {"outlet":"a.example","text":"The dam burst. Fields flooded.","date":"5/6/2017"}
            {"outlet":"a.example","text":"The fair began. Crowds came.","date":"30/4/1998"}

            """
        let r = slant(["ingest", "-", "--db", db], stdin: lines)
        #expect(r.status == 2)
        #expect(r.err.contains("<stdin>:1: date '2024-13-45' is not a date"))
        #expect(r.err.contains("<stdin>:3: date '2024-02-30' is not a date"))
        #expect(r.err.contains("<stdin>:5: date '5/6/2017' reads as month/day and as day/month"), "\(r.err)")
        #expect(!r.err.contains("<stdin>:4:") && !r.err.contains("<stdin>:6:"), "\(r.err)")
        let json = slant(["outlets", "--db", db, "--format", "json", "--breakdown"]).out
        #expect(json.contains("\"2019-11\""))
        #expect(json.contains("\"2018-01\"") && json.contains("\"1998-04\""), "\(json)")
        #expect(!json.contains("2024-13"))
    }

    /// --include-quoted changes only what `score` and `classify` count: a database, a report and
    /// an audit keep quoted terms apart, so the flag is a usage error there, not a silent no-op.
    @Test func includeQuotedIsRefusedWhereItWouldDoNothing() {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("q.db").path
        for args in [["ingest", "-", "--db", db, "--include-quoted"], ["report", "--db", db, "--out", dir.path, "--include-quoted"],
                     ["audit", "-", "--no-config", "--include-quoted"]] {
            let r = slant(args, stdin: "{\"outlet\":\"a.example\",\"text\":\"Fine. Text.\"}\n")
            #expect(r.status == 64, "\(args): \(r.err)")
            #expect(r.err.contains("--include-quoted applies to slant score and slant classify"), "\(r.err)")
            // QA pass 20, finding 16: the usage line printed under the error offered the flag.
            #expect(!r.err.contains("[--include-quoted]"), "\(r.err)")
        }
        // Their help does not offer it either; score and classify, where it counts, still do.
        for command in [IngestCommand.self, ReportCommand.self, AuditCommand.self] as [ParsableCommand.Type] {
            #expect(!command.helpMessage(columns: 200).contains("include-quoted"), "\(command)")
        }
        for command in [ScoreCommand.self, ClassifyCommand.self] as [ParsableCommand.Type] {
            #expect(command.helpMessage(columns: 200).contains("--include-quoted"), "\(command)")
        }
    }

    /// A NUL in a record's text is binary data, refused as in a text file; the next record goes on.
    @Test func nulInARecordsTextIsABadLine() {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("n.db").path
        let lines = "{\"outlet\":\"a.example\",\"text\":\"Hi\\u0000 there.\"}\n{\"outlet\":\"a.example\",\"text\":\"Fine. Text.\"}\n"
        let r = slant(["ingest", "-", "--db", db], stdin: lines)
        #expect(r.status == 2)
        #expect(r.err.contains("<stdin>:1: field 'text' holds a NUL character"), "\(r.err)")
        #expect(r.err.contains("1 new"))
        // In a name too: SQLite's strings end at a NUL, so "Acme\u0000Evil" was stored as "Acme".
        let outlet = slant(["ingest", "-", "--db", db], stdin: "{\"outlet\":\"Acme\\u0000Evil\",\"text\":\"Other text. Here.\"}\n")
        #expect(outlet.status == 2 && outlet.err.contains("<stdin>:1: field 'outlet' holds a NUL character"), "\(outlet.err)")
    }

    /// More workers than `Ingestor.maxJobs` are not started (`--jobs 10000` crashed).
    @Test func hugeJobsCountIsCapped() {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("j.db").path
        let r = slant(["ingest", "-", "--db", db, "--jobs", "100000"], stdin: corpusLines(3))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("3 new"))
    }

    /// A slow batch's rate is not "0 articles/s".
    @Test func progressRate() {
        #expect(ProgressMeter.rate(0.25) == "0.25")
        #expect(ProgressMeter.rate(3.14) == "3.1")
        #expect(ProgressMeter.rate(857.4) == "857")
    }

    /// An outlet name with a line break or tab is one label: one row of the outlets table.
    @Test func outletNameWhitespaceIsOneSpace() throws {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("o.db").path
        let line = "{\"outlet\":\" Bad\\nOutlet\\tName \",\"text\":\"The council approved the budget. It passed.\"}\n"
        #expect(slant(["ingest", "-", "--db", db], stdin: line).status == 0)
        let table = slant(["outlets", "--db", db]).out
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("Bad Outlet Name ") })
    }

    /// A folder with a file that cannot be read (a broken link) stores the rest and exits 2;
    /// --strict stops before anything is stored.
    @Test func folderProblemIsReportedAndTheRestStored() throws {
        let dir = storeTemporaryDirectory()
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try corpusLines(2).write(to: corpus.appendingPathComponent("a.jsonl"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("b.jsonl").path, withDestinationPath: "/no/such/file")
        let db = dir.appendingPathComponent("f.db").path
        let r = slant(["ingest", corpus.path, "--db", db, "--jobs", "1"])
        #expect(r.status == 2)
        #expect(r.err.contains("b.jsonl: is a broken symbolic link"))
        #expect(try Store(path: db).articleCount() == 2)
        let strictDB = dir.appendingPathComponent("s.db").path
        let strict = slant(["ingest", corpus.path, "--db", strictDB, "--strict"])
        #expect(strict.status == 2)
        #expect(strict.err.contains("--strict"))
        #expect(!FileManager.default.fileExists(atPath: strictDB))
    }

    /// An outlet whose only article is wire copy has no own-reporting figures: the table said
    /// "0.0 (no CI)" for every share, as if measured.
    @Test func outletWithNoOwnArticlesShowsNoFigures() throws {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("w.db").path
        let line = "{\"outlet\":\"wire.example\",\"author\":\"Associated Press\",\"text\":\"The council approved the budget. It passed.\"}\n"
        #expect(slant(["ingest", "-", "--db", db], stdin: line).status == 0)
        let table = slant(["outlets", "--db", db])
        let row = try #require(table.out.split(separator: "\n").first { $0.hasPrefix("wire.example") })
        #expect(row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                == ["wire.example", "0", "0", "-", "-", "-", "-", "-", "1", "0", "too", "few"])
        #expect(table.out.contains("-: nothing to divide by"))
        #expect(!table.out.contains("no CI"))
        let csv = slant(["outlets", "--db", db, "--format", "csv"]).out
        #expect(csv.contains("\nwire.example,0,0,0,,,,,,,,,,,,,,,,1,0,true\n"), "\(csv)")
    }

    /// A scraper's header with no title or text (a page it failed on) was stored as an article
    /// of no sentences, counted in its outlet's articles.
    @Test func headerOnlyTextIsAnErrorAndTheRestGoOn() throws {
        let dir = storeTemporaryDirectory()
        try " date 2024-01-02 https://www.bbc.co.uk/news/a\n\n".write(to: dir.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        try " date 2024-01-02 https://www.bbc.co.uk/news/b\nA title\n\nThe council met.\n".write(to: dir.appendingPathComponent("b.txt"), atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("h.db").path
        let r = slant(["ingest", dir.path, "--db", db, "--jobs", "1"])
        #expect(r.status == 2)
        #expect(r.err.contains("slant: \(dir.path)/a.txt: holds only the ' date YYYY-MM-DD URL' header: no title and no text\n"))
        #expect(r.err.contains("1 new"))
        let score = slant(["score", dir.appendingPathComponent("a.txt").path])
        #expect(score.status == 2 && score.err.contains("holds only the ' date YYYY-MM-DD URL' header"))
    }

    @Test func ingestTwiceStoresEachArticleOnce() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("in.jsonl")
        try corpusLines(5).write(to: input, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        let first = slant(["ingest", input.path, "--db", db])
        #expect(first.status == 0)
        #expect(first.err.contains("5 new, 0 already stored"))
        let second = slant(["ingest", input.path, "--db", db])
        #expect(second.status == 0)
        #expect(second.err.contains("0 new, 5 already stored"))
        #expect(try Store(path: db).articleCount() == 5)
    }

    @Test func badJSONLinesAreReportedWithFileAndLineAndTheRestGoOn() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("mixed.jsonl")
        let good = corpusLines(3).split(separator: "\n").map(String.init)
        let lines = [good[0], "{not json", good[1], "{\"outlet\":\"x.example\"}", "[1,2]", good[2]]
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        let result = slant(["ingest", input.path, "--db", db])
        #expect(result.status == 2)
        #expect(result.err.contains("\(input.path):2: not valid JSON"))
        #expect(result.err.contains("\(input.path):4: no 'text', 'content' or 'content_original' field"))
        #expect(result.err.contains("\(input.path):5: not a JSON object"))
        #expect(try Store(path: db).articleCount() == 3)
    }

    /// QA pass 20, finding 18: a lone surrogate escape was reported as "not valid JSON", and
    /// `slant score` counted a line that is not JSON among the records it "holds".
    @Test func aLoneSurrogateIsNamedAndLinesThatAreNotRecordsAreNotCounted() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("s.jsonl")
        let lines = [
            #"{"outlet":"c.com","text":"Bad \ud800 surrogate."}"#,
            #"{"outlet":"c.com","text":"Low \udc00 first."}"#,
            #"{"outlet":"c.com","text":"A pair \ud83d\ude00 and a backslash \\ud800 are fine."}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: false, encoding: .utf8)
        let result = slant(["ingest", input.path, "--db", dir.appendingPathComponent("s.db").path])
        #expect(result.status == 2)
        #expect(result.err.contains("\(input.path):1: the escape '\\ud800' at byte 31 is half of a UTF-16 surrogate pair, with no other half"), "\(result.err)")
        #expect(result.err.contains("\(input.path):2: the escape '\\udc00' at byte 31 is half"), "\(result.err)")
        #expect(!result.err.contains(":3:"), "\(result.err)")

        let mixed = dir.appendingPathComponent("mixed.jsonl")
        let good = corpusLines(2).split(separator: "\n").map(String.init)
        try ([good[0], "{not json", good[1]].joined(separator: "\n") + "\n").write(to: mixed, atomically: false, encoding: .utf8)
        let score = slant(["score", mixed.path])
        #expect(score.status == 2)
        #expect(score.err.contains("holds 2 JSON Lines records and 1 line that is not one (\(mixed.path):2); slant score takes one"), "\(score.err)")
    }

    @Test func strictStopsAtTheFirstBadRecord() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("mixed.jsonl")
        let good = corpusLines(3).split(separator: "\n").map(String.init)
        try ([good[0], "{oops", good[1], good[2]].joined(separator: "\n") + "\n").write(to: input, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        let result = slant(["ingest", input.path, "--db", db, "--strict"])
        #expect(result.status == 2)
        #expect(result.err.contains("mixed.jsonl:2: not valid JSON"))
        #expect(try Store(path: db).articleCount() == 1)
    }

    @Test func directoriesAreWalkedByExtensionHTMLIncluded() throws {
        let dir = storeTemporaryDirectory()
        let nested = dir.appendingPathComponent("in/deeper")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try " date 2024-07-25 https://www.bbc.co.uk/news/x\nTitle here\nThe council approved the budget on Tuesday.\n"
            .write(to: nested.appendingPathComponent("one.txt"), atomically: false, encoding: .utf8)
        try "The mayor opened the bridge.\n".write(to: dir.appendingPathComponent("in/two.txt"), atomically: false, encoding: .utf8)
        try """
            <html><head><title>Bridge opens</title><link rel="canonical" href="https://news.example.com/bridge"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Bridge opens</h1>
            <p>The new bridge over the river opened to traffic on Monday after three years of work.</p>
            <p>Officials said the crossing would cut journey times for thousands of commuters.</p></article></body></html>
            """.write(to: dir.appendingPathComponent("in/page.html"), atomically: false, encoding: .utf8)
        try "<html><body></body></html>".write(to: dir.appendingPathComponent("in/empty.htm"), atomically: false, encoding: .utf8)
        try "ignored".write(to: dir.appendingPathComponent("in/notes.md"), atomically: false, encoding: .utf8)
        try "ignored".write(to: dir.appendingPathComponent("in/archive.tar.gz"), atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        let result = slant(["ingest", dir.appendingPathComponent("in").path, "--db", db, "--outlet", "fallback.example"])
        #expect(result.status == 2)
        // The empty page is a record error naming the file; the rest are stored.
        #expect(result.err.contains("empty.htm: "))
        #expect(result.err.contains("3 new"))
        let outlets = slant(["outlets", "--db", db, "--format", "json", "--min-articles", "1"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(outlets.out.utf8)) as? [[String: Any]])
        // The scraper header's URL names bbc.co.uk, the page's canonical link example.com; the
        // bare text falls back to --outlet.
        #expect(array.compactMap { $0["outlet"] as? String } == ["bbc.co.uk", "example.com", "fallback.example"])
    }

    @Test func standardInputIsReadAsJSONLinesOrText() throws {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("s.db").path
        let jsonl = slant(["ingest", "-", "--db", db], stdin: "\u{FEFF}" + corpusLines(2).replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(jsonl.status == 0)
        #expect(jsonl.err.contains("2 new"))
        let text = slant(["ingest", "--db", db, "--outlet", "piped.example"], stdin: "The mayor opened the bridge on Monday.\n")
        #expect(text.status == 0)
        #expect(try Store(path: db).articleCount() == 3)
    }

    /// The HTML fixtures folder, walked: plain and gzip-compressed pages are all read, and the
    /// compressed copy of broken-markup.html is the same article, stored once.
    @Test func gzipCompressedPagesAreFoundInDirectories() throws {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("s.db").path
        let result = slant(["ingest", repositoryRoot.appendingPathComponent("Tests/Fixtures/html").path, "--db", db,
                            "--outlet", "fixtures.example"])
        #expect(result.status == 0)
        #expect(result.err.contains("ingested 4 articles"), "\(result.err)")
        #expect(result.err.contains("3 new, 1 already stored"), "\(result.err)")
    }

    @Test func textWithNoOutletIsARecordError() throws {
        let dir = storeTemporaryDirectory()
        let file = dir.appendingPathComponent("bare.txt")
        try "Just a sentence.\n".write(to: file, atomically: false, encoding: .utf8)
        let result = slant(["ingest", file.path, "--db", dir.appendingPathComponent("s.db").path])
        #expect(result.status == 2)
        #expect(result.err.contains("bare.txt: no outlet"))
    }

    @Test func metadataTableFillsOutletDateTitleAndKeepsOtherColumns() throws {
        let dir = storeTemporaryDirectory()
        try "Clinton leads in poll.\n\nWASHINGTON (AP) — Hillary Clinton leads, a poll said.\n"
            .write(to: dir.appendingPathComponent("nyt_2016_poll.txt"), atomically: false, encoding: .utf8)
        try "filename\tpublisher\tpublication_date\ttitle\tauthor\twire\nnyt_2016_poll\tnytimes\t2016-03-01\tClinton leads in poll\tNone\tAP\n"
            .write(to: dir.appendingPathComponent("metadata.tsv"), atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        let result = slant(["ingest", dir.appendingPathComponent("nyt_2016_poll.txt").path, "--db", db,
                            "--metadata", dir.appendingPathComponent("metadata.tsv").path])
        #expect(result.status == 0, "\(result.err)")
        let dump = try Store(path: db).dump(omitting: ["articles.text"])
        #expect(dump.contains("nytimes"))
        #expect(dump.contains("{\"wire\":\"AP\"}"))
        #expect(dump.contains("dateline: (AP)"))
        // The title line became the headline: sentence 0 is flagged.
        #expect(dump.contains("\t0\t0\t22\t1\t"))
    }

    /// JSON Lines ingested into a new store: `slant outlets --format json` and the outlet page
    /// of `slant report` (outlet `a.example`), for the tests of who is counted as quoted.
    func topSources(of lines: String) throws -> (json: String, page: String) {
        let dir = storeTemporaryDirectory()
        let db = dir.appendingPathComponent("t.db").path
        #expect(slant(["ingest", "-", "--db", db], stdin: lines).status == 0)
        let json = slant(["outlets", "--db", db, "--format", "json", "--min-articles", "1"]).out
        let out = dir.appendingPathComponent("site").path
        #expect(slant(["report", "--db", db, "--out", out]).status == 0)
        return (json, try String(contentsOfFile: out + "/outlets/a-example.html", encoding: .utf8))
    }

    /// A pronoun resolved to a named speaker and the speaker named are one source in
    /// `top_sources`, under the named kind, as the report's "Most quoted" counts them (the
    /// store listed "Mayor Ann Lowe" twice, once as a person and once as a pronoun), and by the
    /// name without its title ("Ann Lowe").
    @Test func topSourcesCountASpeakerByName() throws {
        let (json, page) = try topSources(of: "{\"outlet\":\"a.example\",\"text\":\"Mayor Ann Lowe said the bridge would close on Monday. She said it would reopen in May.\"}\n")
        #expect(json.contains("\"top_sources\" : [\n        {\n          \"count\" : 2,\n          \"kind\" : \"person\",\n          \"source\" : \"Ann Lowe\""), "\(json)")
        #expect(page.contains("<bdi>Ann Lowe</bdi> <span class=\"count\">×2</span>"), "\(page)")
    }

    /// A surname an outlet's articles use for one person named in full is counted under the
    /// full name, in an article that never gives it too (`SourceAliases`).
    @Test func topSourcesCountASurnameUnderTheOutletsFullName() throws {
        let (json, page) = try topSources(of: "{\"outlet\":\"a.example\",\"text\":\"Senator Jo Park said the bridge would close on Monday. Mr. Park said it would reopen in May.\"}\n"
            + "{\"outlet\":\"a.example\",\"text\":\"Mr. Park said the tunnel would stay open all winter.\"}\n")
        #expect(json.contains("\"top_sources\" : [\n        {\n          \"count\" : 3,\n          \"kind\" : \"person\",\n          \"source\" : \"Jo Park\""), "\(json)")
        #expect(page.contains("<bdi>Jo Park</bdi> <span class=\"count\">×3</span>"), "\(page)")
    }

    /// Forms of one full name ("Jo R. Park", "Jo Park") are one source across an outlet, and so
    /// are a role written with "The" and with "the"; a title of office comes off a surname.
    @Test func topSourcesCountFormsOfOneNameAsOne() throws {
        let (json, page) = try topSources(of: "{\"outlet\":\"a.example\",\"text\":\"Jo R. Park said the bridge would close. The mayor said it would reopen.\"}\n"
            + "{\"outlet\":\"a.example\",\"text\":\"Jo Park said the tunnel would stay open. Later the mayor said it would not.\"}\n"
            + "{\"outlet\":\"a.example\",\"text\":\"Jo Park said the ferry would run. Senator Park said it would be free.\"}\n")
        #expect(json.contains("\"count\" : 4,\n          \"kind\" : \"person\",\n          \"source\" : \"Jo Park\""), "\(json)")
        #expect(json.contains("\"count\" : 2,\n          \"kind\" : \"role\",\n          \"source\" : \"the mayor\""), "\(json)")
        #expect(page.contains("<bdi>Jo Park</bdi> <span class=\"count\">×4</span>"), "\(page)")
        #expect(page.contains("<bdi>the mayor</bdi> <span class=\"count\">×2</span>"), "\(page)")
    }

    /// A speaker described after a comma is counted under the name ("Dan Ruiz, who chairs
    /// the board" and "Dan Ruiz, a council member" are one source, "Dan Ruiz").
    @Test func topSourcesCountADescribedSpeakerByTheName() throws {
        let (json, page) = try topSources(of: "{\"outlet\":\"a.example\",\"text\":\"“The bridge will close,” said Dan Ruiz, who chairs the board.\"}\n"
            + "{\"outlet\":\"a.example\",\"text\":\"“It will reopen in May,” said Dan Ruiz, a council member.\"}\n")
        #expect(json.contains("\"count\" : 2,\n          \"kind\" : \"person\",\n          \"source\" : \"Dan Ruiz\""), "\(json)")
        #expect(page.contains("<bdi>Dan Ruiz</bdi> <span class=\"count\">×2</span>"), "\(page)")
    }

    /// A metadata row's bad date is reported at the row (it was blamed on the article's file,
    /// which was refused), the row's other fields used; a file named twice keeps its first row.
    @Test func metadataRowProblemsNameTheTableLine() throws {
        let dir = storeTemporaryDirectory()
        try "The council met.\n\nIt voted on Tuesday.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        try "The port closed.\n\nShips waited.\n".write(to: dir.appendingPathComponent("c.txt"), atomically: false, encoding: .utf8)
        try "filename\toutlet\tdate\na\tfirst.example\t2020-13-01\nc\tsecond.example\t2020-01-02\nc\tthird.example\t2020-01-03\n"
            .write(to: dir.appendingPathComponent("m.tsv"), atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("m.db").path
        let tsv = dir.appendingPathComponent("m.tsv").path
        let r = slant(["ingest", dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("c.txt").path,
                       "--metadata", tsv, "--db", db])
        #expect(r.status == 2)
        #expect(r.err.contains("\(tsv):2: date '2020-13-01' is not a date"), "\(r.err)")
        #expect(r.err.contains("\(tsv):4: names 'c' again (first on line 3); row not used"), "\(r.err)")
        #expect(r.err.contains("2 new"), "\(r.err)")
        let json = slant(["outlets", "--db", db, "--format", "json", "--min-articles", "1"]).out
        #expect(json.contains("first.example") && json.contains("second.example") && !json.contains("third.example"), "\(json)")
    }
}

@Suite struct OutletsCommandTests {
    /// QA pass 20, finding 10: an outlet of one article had intervals of zero width in JSON
    /// and CSV ("[13.986, 13.986]") where the table says "no CI": they read as certainty.
    @Test func oneArticleHasNoIntervalInJSONOrCSV() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("in.jsonl")
        // east.example has one article, south.example two, north.example three.
        try (corpusLines(4) + corpusLines(2, prefix: "b")).write(to: input, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        #expect(slant(["ingest", input.path, "--db", db]).status == 0)
        let json = slant(["outlets", "--db", db, "--format", "json"]).out
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let east = try #require(rows.first { $0["outlet"] as? String == "east.example" })
        let south = try #require(rows.first { $0["outlet"] as? String == "south.example" })
        #expect(east["articles"] as? Int == 1 && south["articles"] as? Int == 2)
        // The figures stay; only their intervals are null.
        #expect(east["loaded_per_1k_words"] is Double && (east["share"] as? [String: Double])?.count == 3)
        for key in ["loaded_per_1k_words_ci95", "quoted_loaded_per_1k_words_ci95", "headline_body_gap_ci95"] {
            #expect(east[key] is NSNull, "\(key): \(east[key] ?? "absent")")
        }
        let shares = try #require(east["share_ci95"] as? [String: Any])
        #expect(shares.count == 3 && shares.values.allSatisfy { $0 is NSNull }, "\(shares)")
        // Two articles have an interval.
        #expect((south["loaded_per_1k_words_ci95"] as? [Double])?.count == 2)
        #expect((south["share_ci95"] as? [String: [Double]])?.count == 3)
        let csv = slant(["outlets", "--db", db, "--format", "csv"]).out.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = try #require(csv.first)
        let eastRow = try #require(csv.first { $0.first == "east.example" })
        let southRow = try #require(csv.first { $0.first == "south.example" })
        for (column, name) in header.enumerated() where name.hasSuffix("_lo") || name.hasSuffix("_hi") {
            #expect(eastRow[column].isEmpty, "\(name): \(eastRow[column])")
            if !name.hasPrefix("quoted") { #expect(!southRow[column].isEmpty, "\(name)") }
        }
        #expect(!eastRow[header.firstIndex(of: "loaded_per_1k_words")!].isEmpty)
    }

    @Test func oneArticleHasNoIntervalInTheBreakdown() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("in.jsonl")
        try (corpusLines(4) + corpusLines(2, prefix: "b")).write(to: input, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        #expect(slant(["ingest", input.path, "--db", db]).status == 0)
        let json = slant(["outlets", "--db", db, "--format", "json", "--breakdown"]).out
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let kinds = try #require(root["source_kinds"] as? [[String: Any]])
        let east = kinds.filter { $0["outlet"] as? String == "east.example" }
        let north = kinds.filter { $0["outlet"] as? String == "north.example" }
        #expect(!east.isEmpty && !north.isEmpty)
        // The share stays; a one-article outlet's interval is null, a three-article one's is not.
        for row in east {
            #expect(row["share_of_sentences"] is Double)
            #expect(row["share_of_sentences_ci95"] is NSNull, "\(row)")
        }
        for row in north { #expect((row["share_of_sentences_ci95"] as? [Double])?.count == 2, "\(row)") }
    }

    @Test func jsonHasTheContractShape() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("in.jsonl")
        try corpusLines(6).write(to: input, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("s.db").path
        #expect(slant(["ingest", input.path, "--db", db]).status == 0)
        let result = slant(["outlets", "--db", db, "--format", "json"])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
        for row in array {
            for key in ["outlet", "articles", "sentences", "words", "share", "share_ci95", "loaded_per_1k_words", "loaded_per_1k_words_ci95"] {
                #expect(row[key] != nil, "missing \(key)")
            }
            let share = try #require(row["share"] as? [String: Double])
            #expect(Set(share.keys) == ["FACTUAL", "ATTRIBUTED", "EDITORIAL"])
            #expect(abs(share.values.reduce(0, +) - 1) < 0.001)
            let ci = try #require(row["share_ci95"] as? [String: [Double]])
            #expect(Set(ci.keys) == ["FACTUAL", "ATTRIBUTED", "EDITORIAL"])
            #expect(ci.values.allSatisfy { $0.count == 2 && $0[0] <= $0[1] })
            #expect((row["loaded_per_1k_words_ci95"] as? [Double])?.count == 2)
            #expect(row["too_few_articles"] as? Bool == true)
        }
        // The same database gives the same bytes.
        #expect(slant(["outlets", "--db", db, "--format", "json"]).out == result.out)
        let csv = slant(["outlets", "--db", db, "--format", "csv"])
        #expect(csv.out.split(separator: "\n").count == 4)
        let table = slant(["outlets", "--db", db])
        #expect(table.out.contains("too few"))
    }

    @Test func missingDatabaseIsAClearError() {
        let result = slant(["outlets", "--db", storeTemporaryDirectory().appendingPathComponent("none.db").path])
        #expect(result.status == 2)
        #expect(result.err.contains("no such database"))
    }

    /// `slant outlets --db notes.txt` on an empty file migrated it into a store (135 KB of
    /// tables written by a command that only reads) and said "no articles stored yet".
    @Test func emptyFileIsNotTurnedIntoAStoreByAReader() throws {
        let path = storeTemporaryDirectory().appendingPathComponent("notes.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        for args in [["outlets", "--db", path], ["report", "--db", path, "--out", NSTemporaryDirectory() + "never-\(UUID().uuidString)"]] {
            let r = slant(args)
            #expect(r.status == 2)
            #expect(r.err == "slant: \(path): is an empty file, not a Slant database (run 'slant ingest' first, or give --db)\n")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
    }

    @Test func databaseFromSLANT_DB() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("in.jsonl")
        try corpusLines(2).write(to: input, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("env.db").path
        #expect(slant(["ingest", input.path], environment: ["SLANT_DB": db]).status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }
}

/// Robustness: real processes, killed and racing.
@Suite(.serialized) struct IngestRobustnessTests {
    func binary() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("slant")
        let candidates = [beside] + [".build/debug/slant", ".build/release/slant"].map { repositoryRoot.appendingPathComponent($0) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return found
    }

    func start(_ args: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = args
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every stored article has all its sentences, no content hash twice, and SQLite finds
    /// nothing wrong with the file.
    func expectConsistent(_ db: String) throws {
        let store = try Store(path: db)
        #expect(try store.integrityProblems().isEmpty)
        let dump = try store.dump(omitting: ["articles.text"])
        let articleLines = dump.components(separatedBy: "== sentences")[0].components(separatedBy: "== articles")[1]
            .split(separator: "\n").dropFirst()
        let hashes = articleLines.map { $0.split(separator: "\t", omittingEmptySubsequences: false)[3] }
        #expect(Set(hashes).count == hashes.count)
    }

    @Test func sigkillDuringIngestLeavesAConsistentDatabaseAndARerunCompletes() throws {
        let dir = storeTemporaryDirectory()
        let input = dir.appendingPathComponent("big.jsonl")
        let total = 300
        try corpusLines(total).write(to: input, atomically: false, encoding: .utf8)
        for (round, delay) in [0.3, 0.8, 1.5].enumerated() {
            let db = dir.appendingPathComponent("kill\(round).db").path
            let process = try start(["ingest", input.path, "--db", db, "--batch-size", "8", "--jobs", "2"])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: db) {
                try expectConsistent(db)
                #expect(try Store(path: db).articleCount() <= total)
            }
            let rerun = try start(["ingest", input.path, "--db", db, "--batch-size", "8"])
            rerun.waitUntilExit()
            #expect(rerun.terminationStatus == 0)
            try expectConsistent(db)
            #expect(try Store(path: db).articleCount() == total)
        }
    }

    @Test func twoConcurrentIngestsLoseAndDuplicateNothing() throws {
        let dir = storeTemporaryDirectory()
        let shared = dir.appendingPathComponent("shared.jsonl")
        let only = dir.appendingPathComponent("only.jsonl")
        try corpusLines(120, prefix: "s").write(to: shared, atomically: false, encoding: .utf8)
        try corpusLines(60, prefix: "o").write(to: only, atomically: false, encoding: .utf8)
        let db = dir.appendingPathComponent("race.db").path
        // Both processes ingest the shared file; one also has its own: 180 distinct articles.
        let a = try start(["ingest", shared.path, only.path, "--db", db, "--batch-size", "4", "--jobs", "1"])
        let b = try start(["ingest", shared.path, "--db", db, "--batch-size", "4", "--jobs", "1"])
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0)
        #expect(b.terminationStatus == 0)
        try expectConsistent(db)
        #expect(try Store(path: db).articleCount() == 180)
    }
}
