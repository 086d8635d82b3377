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
        #expect(r.err == "slant: \(path): invalid UTF-8 at line 2, column 1 (byte 4)\n")
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
    }

    @Test func badLexiconNamesFileAndLine() throws {
        let path = NSTemporaryDirectory() + "slant-lexicon-\(UUID().uuidString).tsv"
        try "#! name: mine\n#! version: 1\nwicked\thigh\tmoral-condemnation\n".write(toFile: path, atomically: true, encoding: .utf8)
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
}

/// `slant lexicon check` and `slant lexicon import` from the command line.
@Suite struct LexiconCommandTests {
    func temporary(_ text: String, _ name: String) throws -> String {
        let directory = NSTemporaryDirectory() + "slant-lexicon-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func checkListsEveryProblemAndExitsTwo() throws {
        let path = try temporary("#! name: mine\n#! version: 1\nwicked\thigh\tfear\nvile\t2\tspite\nvile\t2\tfear\n", "mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.status == 2)
        #expect(r.out == """
            \(path):3: weight 'high' is not a number
            \(path):4: unknown category 'spite'
            \(path):5: duplicate term 'vile' (first on line 4)

            """)
        #expect(r.err == "3 problems found\n")
    }

    @Test func checkPassesAValidFile() throws {
        let path = try temporary("#! name: mine\n#! version: 1\nflimflam\t2\tderision\n", "mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.status == 0)
        #expect(r.out.isEmpty)
    }

    @Test func checkKnowsAllowListsByName() throws {
        let path = try temporary("#! name: a\n#! version: 1\nred menace\tnickname\nred menace\n", "allow-mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.status == 2)
        #expect(r.out == "\(path):4: duplicate term 'red menace' (first on line 3)\n")
    }

    @Test func importedListLoadsAsAnOverlay() throws {
        let list = try temporary("# my words\nflimflam\nhornswoggle\n", "words.txt")
        let r = slant(["lexicon", "import", "--from", "list", list, "--weight", "2"])
        #expect(r.status == 0)
        #expect(r.out.contains("flimflam\t2.0\timported\tword list\n"))
        let overlay = try temporary(r.out, "words.tsv")
        #expect(slant(["lexicon", "check", overlay]).status == 0)
        let scored = slant(["score", "-", "--lexicon", overlay, "--format", "json"], stdin: "They sold us flimflam.\n")
        #expect(scored.status == 0)
        #expect(scored.out.contains("\"term\" : \"flimflam\""))
        #expect(scored.out.contains("\"file\" : \"\(overlay)\""))
    }

    @Test func importRejectsAnUnknownFormat() {
        let r = slant(["lexicon", "import", "--from", "csv", samplePath])
        #expect(r.status == 64)
        #expect(r.err.contains("--from must be vader, mpqa or list"))
    }
}
