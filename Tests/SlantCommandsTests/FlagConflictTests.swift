import Foundation
import SlantCommands
import Testing

/// Flags that contradict each other, or that another flag makes meaningless, are usage errors
/// (exit 64) that say what to do, instead of one of them being silently ignored.
@Suite struct FlagConflictTests {
    @Test func auditConfigAndNoConfig() {
        let r = slant(["audit", "-", "--config", "x.yml", "--no-config"], stdin: "Text.\n")
        #expect(r.status == 64)
        #expect(r.err.contains("--config and --no-config contradict each other"))
    }

    /// Before, this said only "x.json: cannot read the baseline".
    @Test func auditBaselineAndWriteBaseline() {
        let r = slant(["audit", "-", "--no-config", "--baseline", "x.json", "--write-baseline", "y.json"], stdin: "Text.\n")
        #expect(r.status == 64)
        #expect(r.err.contains("--baseline and --write-baseline contradict each other"))
    }

    /// Flags that did nothing in the company of others, said nothing about it.
    @Test func flagsThatWouldBeIgnored() {
        let templates = slant(["score", "-", "--templates", "/tmp"], stdin: "Text.\n")
        #expect(templates.status == 64 && templates.err.contains("--templates is for --format html"))
        let outlet = slant(["report", "--db", "x.db", "--out", "x", "--outlet", "a"])
        #expect(outlet.status == 64 && outlet.err.contains("--outlet is for article files"))
        let zero = slant(["outlets", "--db", "x.db", "--min-articles", "0"])
        #expect(zero.status == 64 && zero.err.contains("--min-articles must be at least 1"))
    }

    /// `slant split` offered --lexicon, --allow and --include-quoted, which cannot change a split.
    @Test func splitOffersOnlyTheListsItReads() {
        let help = SplitCommand.helpMessage(columns: 200)
        #expect(help.contains("--lexicons <DIR>") && help.contains("--abbreviations <FILE>"))
        #expect(!help.contains("--lexicon <FILE>") && !help.contains("--allow") && !help.contains("--include-quoted"))
        #expect(slant(["split", "-", "--allow", "x.tsv"], stdin: "A. B.\n").status == 64)
    }

    /// `--outlet ""` stored and reported articles under a blank outlet name.
    @Test func blankOutletIsRefused() {
        for args in [["ingest", "-", "--db", "x.db"], ["score", "-"], ["report", "-", "--out", "x"], ["extract", "-"]] {
            let r = slant(args + ["--outlet", "  "], stdin: "Text.\n")
            #expect(r.status == 64, "\(args)")
            #expect(r.err.contains("--outlet must name an outlet, not '  '"), "\(args)")
        }
    }

    /// Before, `--breakdown` printed JSON whatever --format said.
    @Test func outletsBreakdownNeedsJSON() {
        for format in [[], ["--format", "csv"], ["--format", "table"]] {
            let r = slant(["outlets", "--db", "absent.db", "--breakdown"] + format)
            #expect(r.status == 64)
            #expect(r.err.contains("--breakdown prints JSON: add --format json"))
        }
    }
}

/// Small wording found by using the commands.
@Suite struct WordingTests {
    /// Said only "cannot write the file".
    @Test func auditOutputFileNamesTheReason() {
        let r = slant(["audit", "-", "--no-config", "--sarif", "/nonexistent/folder/x.sarif"], stdin: "The council met.\n")
        #expect(r.status == 2)
        #expect(r.err == "slant: /nonexistent/folder/x.sarif: cannot write the file (No such file or directory)\n")
    }

    @Test func oneSentenceIsSingular() {
        let r = slant(["score", "-"], stdin: "The council met on Tuesday.\n", environment: ["NO_COLOR": "1"])
        #expect(r.out.contains("\n1 sentence: FACTUAL 1"), "\(r.out)")
    }

    /// A .html.gz cut short gave "gzip: zlib error -5".
    @Test func truncatedGzipSaysSo() throws {
        let page = "<!doctype html><html><body><article><p>" + String(repeating: "The council met on Tuesday and approved the budget. ", count: 40) + "</p></article></body></html>"
        let path = NSTemporaryDirectory() + "slant-gz-\(UUID().uuidString).html"
        try Data(page.utf8).write(to: URL(fileURLWithPath: path))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-f", path]
        try gzip.run()
        gzip.waitUntilExit()
        let compressed = try Data(contentsOf: URL(fileURLWithPath: path + ".gz"))
        defer { try? FileManager.default.removeItem(atPath: path + ".gz") }
        for length in [30, 60, 100, compressed.count - 4] {
            try compressed.prefix(length).write(to: URL(fileURLWithPath: path + ".gz"))
            let r = slant(["score", path + ".gz"])
            #expect(r.status == 2)
            #expect(r.err == "slant: \(path).gz: gzip: the data ends early (a truncated file?)\n", "\(length) bytes")
        }
    }
}
