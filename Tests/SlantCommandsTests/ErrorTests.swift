import Foundation
import Testing

/// Bad input gets one line on stderr naming the path and the problem, and exit status 2.
@Suite struct ErrorTests {
    @Test func missingFile() {
        let r = slant(["score", "/no/such/article.txt"])
        #expect(r.status == 2)
        #expect(r.err == "slant: /no/such/article.txt: no such file\n")
        #expect(r.out.isEmpty)
    }

    /// A lexicon directory's file that `lexicon check` passes loads; what it lacks is said of it.
    @Test func lexiconDirectoryProblemsNameTheUsersFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let weights = dir.appendingPathComponent("w"), categories = dir.appendingPathComponent("c")
        for d in [weights, categories] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
        try Data("#! name: w\n#! version: 1\nthreshold\t0.4\n".utf8).write(to: weights.appendingPathComponent("editorial-weights.tsv"))
        try Data("#! name: c\n#! version: 1\nfear\tx\n".utf8).write(to: categories.appendingPathComponent("categories.tsv"))
        let check = slant(["lexicon", "check", weights.path + "/editorial-weights.tsv"])
        #expect(check.status == 2)
        #expect(check.out.contains("editorial-weights.tsv: no 'bias' row"), "\(check.out)\(check.err)")
        let w = slant(["score", "-", "--lexicons", weights.path], stdin: "The council met.")
        #expect(w.status == 2)
        #expect(w.err == "slant: \(weights.path)/editorial-weights.tsv: no 'bias' row\n")
        let c = slant(["score", "-", "--lexicons", categories.path], stdin: "The council met.")
        #expect(c.status == 2)
        #expect(c.err.hasPrefix("slant: \(categories.path)/categories.tsv: no category '"), "\(c.err)")
    }

    @Test func blankURLOrTitleFlagIsAUsageError() {
        for args in [["--url", ""], ["--title", " "]] {
            let r = slant(["score", "-"] + args, stdin: "The council met.")
            #expect(r.status == 64, "\(args)")
        }
    }

    @Test func classifyDropsAByteOrderMark() {
        let r = slant(["classify", "-", "--format", "jsonl"], stdin: "\u{FEFF}The council met.\n")
        #expect(r.status == 0)
        #expect(r.out.contains("\"text\":\"The council met.\""), "\(r.out)")
    }

    @Test func directory() {
        let r = slant(["split", NSTemporaryDirectory()])
        #expect(r.status == 2)
        #expect(r.err.contains("is a directory"))
    }

    @Test func emptyInput() {
        let r = slant(["score", "-"], stdin: "  \n")
        #expect(r.status == 2)
        #expect(r.err == "slant: <stdin>: is empty\n")
    }

    @Test func invalidUTF8() throws {
        let path = NSTemporaryDirectory() + "slant-invalid-\(UUID().uuidString).txt"
        try Data([0x48, 0x69, 0x2E, 0x0A, 0xC3, 0x28]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = slant(["score", path])
        #expect(r.status == 2)
        #expect(r.err == "slant: \(path): invalid UTF-8 at line 2, column 1 (byte 4); if it is Windows-1252 or Latin-1 text, convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8\n")
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else { return }  // root reads anything; the check is meaningless there
        let path = NSTemporaryDirectory() + "slant-unreadable-\(UUID().uuidString).txt"
        try Data("Hi.".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = slant(["score", path])
        #expect(r.status == 2)
        #expect(r.err.contains("cannot be read"))
    }

    @Test func badDateIsAUsageError() {
        let r = slant(["score", samplePath, "--date", "25/07/2024"])
        #expect(r.status == 64)
        #expect(r.err.contains("--date must be YYYY-MM-DD"))
        // The right shape and no day of the calendar: said so, not "must be YYYY-MM-DD".
        let day = slant(["score", samplePath, "--date", "2024-02-30"])
        #expect(day.status == 64 && day.err.contains("--date '2024-02-30' is not a calendar date"), "\(day.err)")
    }

    @Test func badLexiconNamesFileAndLine() throws {
        let path = NSTemporaryDirectory() + "slant-lexicon-\(UUID().uuidString).tsv"
        try "#! name: mine\n#! version: 1\nwicked\thigh\tmoral-condemnation\n".write(toFile: path, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = slant(["score", samplePath, "--lexicon", path])
        #expect(r.status == 2)
        #expect(r.err == "slant: \(path):3: weight 'high' is not a number\n")
    }
}

/// The built binary, run as a user runs it.
@Suite struct BinaryTests {
    @Test func worksFromAnyDirectoryWithStdin() throws {
        let r = try slantProcess(["score", "--format", "jsonl"], stdin: "Officials said it was over. It rained.",
                                 environment: ["PATH": "/usr/bin:/bin"], directory: URL(fileURLWithPath: "/"))
        #expect(r.status == 0)
        #expect(r.out.split(separator: "\n").count == 2)
        #expect(r.err.isEmpty)
    }

    @Test func errorExitStatusAndNoStackTrace() throws {
        let r = try slantProcess(["score", "/no/such/file"])
        #expect(r.status == 2)
        #expect(r.err == "slant: /no/such/file: no such file\n")
    }

    @Test func usageErrorKeepsArgumentParserBehaviour() throws {
        let r = try slantProcess(["score", "--format", "yaml"])
        #expect(r.status == 64)
        #expect(r.err.contains("--format"))
    }

    /// Output that cannot be written (a full disk) is one message and exit status 2, never a
    /// crash or a silent success. /dev/full fails every write with ENOSPC.
    @Test(arguments: [["score", "--format", "json"], ["score"], ["split"], ["classify", "--format", "jsonl"]])
    func unwritableOutputIsReported(command: [String]) throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
            Issue.record("/dev/full is missing on this machine")
            return
        }
        let r = try slantProcess(command + ["-"], stdin: "Officials said it was over. It rained.", standardOutput: full)
        #expect(r.status == 2)
        #expect(r.err == "slant: cannot write the output: No space left on device\n")
    }
}
