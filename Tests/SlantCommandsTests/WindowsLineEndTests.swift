import Foundation
import Testing

/// Files saved on Windows end their lines with CRLF. Swift reads "\r\n" as one Character, so
/// `split(separator: "\n")` left such a file as one line: `slant classify` gave one label for
/// the whole input and `slant lexicon check` reported a missing header on line 1.
@Suite struct WindowsLineEndTests {
    func temporary(_ text: String, _ name: String) throws -> String {
        let directory = NSTemporaryDirectory() + "slant-crlf-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Classic Mac files end their lines with a carriage return alone: the scraper header, the
    /// title and each classify line are lines, offsets stay the input's, a lexicon and a VADER
    /// list are read line by line (the list had kept its first entry only, silently).
    @Test func carriageReturnsAloneAreLineEnds() throws {
        let scored = slant(["score", "-", "--format", "json"], stdin: " date 2024-01-01 https://x.com/a\rTitle here\rThe bridge opened on Monday.\r")
        #expect(scored.status == 0)
        #expect(scored.out.contains("\"outlet\" : \"x.com\"") && scored.out.contains("\"date\" : \"2024-01-01\""), "\(scored.out)")
        #expect(scored.out.contains("\"start\" : 44"), "\(scored.out)")  // after the header, title and their line ends
        let r = slant(["classify", "-"], stdin: "The vote was 7 to 2.\rThe plan is a disgrace.\r")
        #expect(r.out.split(separator: "\n").count == 2)
        let lexicon = try temporary("#! name: mine\r#! version: 1\rflimflam\t2\tderision\r", "mine.tsv")
        #expect(slant(["lexicon", "check", lexicon]).status == 0)
        #expect(slant(["score", "-", "--lexicon", lexicon], stdin: "Such flimflam.\n").out.contains("flimflam"))
        let vader = try temporary("foo\t-3\t0.5\t[]\rbar\t-3\t0.5\t[]\r", "vader.txt")
        let imported = slant(["lexicon", "import", "--from", "vader", vader])
        #expect(imported.out.contains("foo\t") && imported.out.contains("bar\t"))
    }

    @Test func classifyGivesOneLabelPerLine() {
        let r = slant(["classify", "-"], stdin: "The vote was 7 to 2.\r\nThe plan is a disgrace.\r\n")
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix("\tThe vote was 7 to 2.") == true)
        #expect(lines.last?.hasPrefix("EDITORIAL\t") == true)
    }

    @Test func lexiconCheckReadsLineByLine() throws {
        let path = try temporary("#! name: mine\r\n#! version: 1\r\nflimflam\t2\tderision\r\nflimflam\t1\tderision\r\n", "mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.status == 2)
        #expect(r.out == "\(path):4: duplicate term 'flimflam' (first on line 3)\n")
    }

    @Test func lexiconImportReadsLineByLine() throws {
        let path = try temporary("awful\t-3.4\t0.5\t[]\r\ngood\t2.0\t0.3\t[]\r\n", "vader.txt")
        let r = slant(["lexicon", "import", "--from", "vader", path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("awful\t2.6\timported\tVADER valence -3.4\n"))
        #expect(r.out.contains("good\t1.5\timported\tVADER valence 2.0\n"))
    }

    @Test func ingestMetadataTableReadsLineByLine() throws {
        let folder = try temporary("The council approved the budget on Tuesday.\r\n", "a.txt")
        let table = try temporary("filename\tpublisher\tpublication_date\r\na.txt\tcourier\t2024-03-05\r\n", "metadata.tsv")
        let db = NSTemporaryDirectory() + "slant-crlf-\(UUID().uuidString).db"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        let r = slant(["ingest", folder, "--metadata", table, "--db", db, "--jobs", "1"])
        #expect(r.status == 0, "\(r.err)")
        let outlets = slant(["outlets", "--db", db, "--format", "csv"])
        #expect(outlets.out.contains("courier,"), "\(outlets.out)")
    }
}

/// `slant classify` takes a batch of sentences: one bad line is reported and the others are
/// still labelled, each on its own line (before, one invalid byte lost the whole input).
@Suite struct ClassifyBadLineTests {
    @Test func invalidLineIsReportedAndTheRestAreLabelled() throws {
        var input = Data("The vote was 7 to 2.\n".utf8)
        input += Data([0x62, 0x61, 0x64, 0x20, 0xFF, 0x2E, 0x0A])  // "bad \xFF."
        input += Data("The plan is a disgrace.\nA\0B.\n".utf8)
        let path = NSTemporaryDirectory() + "slant-classify-\(UUID().uuidString).txt"
        try input.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = slant(["classify", path])
        #expect(r.status == 2)
        #expect(r.err == """
            slant: \(path):2: invalid UTF-8 at column 5; classified with U+FFFD in its place
            slant: \(path):4: a NUL byte at column 2; classified with U+FFFD in its place

            """)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)
        #expect(lines[1].hasSuffix("\tbad \u{FFFD}."))
        #expect(lines[2].hasPrefix("EDITORIAL\t"))
    }
}

/// Windows editors and spreadsheets start UTF-8 files with a byte-order mark: a lexicon saved
/// by Notepad was "missing header line '#! name: ...'", a metadata table exported by a
/// spreadsheet had "no 'filename' column".
@Suite struct ByteOrderMarkTests {
    func temporary(_ text: String, _ name: String) throws -> String {
        let directory = NSTemporaryDirectory() + "slant-bom-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func lexiconWithAByteOrderMark() throws {
        let path = try temporary("\u{FEFF}#! name: mine\n#! version: 1\nflimflam\t2\tderision\n", "mine.tsv")
        #expect(slant(["lexicon", "check", path]).status == 0)
        let r = slant(["score", "-", "--lexicon", path, "--format", "json"], stdin: "They sold us flimflam.\n")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("\"term\" : \"flimflam\""))
    }

    @Test func metadataTableWithAByteOrderMark() throws {
        let article = try temporary("The council approved the budget on Tuesday.\n", "a.txt")
        let table = try temporary("\u{FEFF}filename\tpublisher\na.txt\tcourier\n", "metadata.tsv")
        let db = NSTemporaryDirectory() + "slant-bom-\(UUID().uuidString).db"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        let r = slant(["ingest", article, "--metadata", table, "--db", db, "--jobs", "1"])
        #expect(r.status == 0, "\(r.err)")
        #expect(slant(["outlets", "--db", db, "--format", "csv"]).out.contains("courier,"))
    }
}
