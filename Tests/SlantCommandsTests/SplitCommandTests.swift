import Foundation
import Testing

/// `slant split`: output formats, options and errors, in-process and through the binary.
@Suite struct SplitCommandTests {
    func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-split-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func binaryReadsStandardInput() throws {
        let r = try slantProcess(["split", "-"], stdin: "Senate passes bill\nThe Senate voted. Mr. Smith agreed.")
        #expect(r.status == 0)
        #expect(r.out == "Senate passes bill\nThe Senate voted.\nMr. Smith agreed.\n")
    }

    @Test func textFormatIsOneSentenceALine() {
        let r = slant(["split", "-"], stdin: "Senate passes bill\r\nThe Senate voted\r\non Tuesday. Mr. Smith agreed.")
        #expect(r.status == 0)
        #expect(r.out == "Senate passes bill\nThe Senate voted on Tuesday.\nMr. Smith agreed.\n")
    }

    @Test func explainNamesTheRule() throws {
        let r = slant(["split", "--format", "jsonl", "--explain", "-"], stdin: "Title line\nIt rose in 1967.Russia agreed.")
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(try lines.map { try jsonObject($0)["rule"] as? String } == ["headline", "default", "end-of-text"])
        #expect(try Set(jsonObject(lines[0]).keys) == ["start", "end", "text", "rule"])
    }

    @Test func jsonEscapesControlCharactersAndQuotes() throws {
        let r = slant(["split", "--format", "jsonl", "-"], stdin: "He said \"no\\yes\"\tloudly\u{01}.")
        let object = try jsonObject(String(r.out.split(separator: "\n")[0]))
        #expect(object["text"] as? String == "He said \"no\\yes\"\tloudly\u{01}.")
        #expect(r.out.contains("\\u0001"))
    }

    @Test func abbreviationsFileExtendsTheList() throws {
        let input = "Cllr. Smith voted against the plan."
        #expect(slant(["split", "-"], stdin: input).out.split(separator: "\n").count == 2)
        let file = try temporaryFile(Array("# councillors\ncllr.\ttitle\tBritish councillor\n".utf8), name: "abbreviations.tsv")
        let r = slant(["split", "--abbreviations", file, "-"], stdin: input)
        #expect(r.status == 0)
        #expect(r.out == input + "\n")
    }

    @Test func badAbbreviationsFileNamesTheLine() throws {
        let file = try temporaryFile(Array("cllr.\tboss\n".utf8), name: "bad.tsv")
        let r = slant(["split", "--abbreviations", file, "-"], stdin: "Hello.")
        #expect(r.status == 2)
        #expect(r.err.contains("bad.tsv:1:"))
        #expect(r.err.contains("boss"))
    }

    @Test func invalidUTF8NamesLineAndColumn() throws {
        let file = try temporaryFile(Array("First line.\nSecond ".utf8) + [0xFF] + Array(" line.".utf8), name: "bad.txt")
        let r = slant(["split", file])
        #expect(r.status == 2)
        #expect(r.err == "slant: \(file): invalid UTF-8 at line 2, column 8 (byte 19); if it is Windows-1252 or Latin-1 text, convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8\n")
    }

    @Test func binaryInputIsRefusedNamingTheFile() throws {
        // A NUL is valid UTF-8 but never text: the split stops there and says so.
        let file = try temporaryFile(Array("A line.\nMore ".utf8) + [0, 0, 7] + Array(" text.".utf8), name: "data.bin")
        let r = slant(["split", file])
        #expect(r.status == 2)
        #expect(r.err == "slant: \(file): is binary data, not text (a NUL byte at line 2, column 6, byte 13)\n")
    }

    @Test func utf16InputIsNamed() throws {
        let file = try temporaryFile([0xFF, 0xFE] + Array("Hi.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, name: "wide.txt")
        let r = slant(["split", file])
        #expect(r.status == 2)
        #expect(r.err.contains("\(file): is UTF-16"))
        #expect(r.err.contains("iconv"))
    }

    @Test func gzipInputToScoreIsNamed() throws {
        let file = try temporaryFile([0x1F, 0x8B, 0x08, 0x00, 0x00], name: "page.gz")
        let r = slant(["score", file])
        #expect(r.status == 2)
        #expect(r.err == "slant: \(file): is gzip-compressed; decompress it first (gunzip), or give a compressed page a name ending in .html.gz\n")
    }

    @Test func emptyInputIsAnError() {
        let r = slant(["split", "-"], stdin: " \n\t\n")
        #expect(r.status == 2)
        #expect(r.err == "slant: <stdin>: is empty\n")
    }

    @Test func missingFileIsAnError() {
        let r = slant(["split", "/no/such/file.txt"])
        #expect(r.status == 2)
        #expect(r.err == "slant: /no/such/file.txt: no such file\n")
    }

    @Test func binaryStreamsAFileWithRunningOffsets() throws {
        // About 3 MB in paragraphs, more than one read: the offsets keep running across reads.
        // (A file, not a pipe: the helper writes all of stdin before reading any output.)
        let paragraph = "Zoë’s café opened at 6 p.m. Monday. “It was great,” said Mr. Núñez.\n\n"
        let file = try temporaryFile(Array(String(repeating: paragraph, count: 40_000).utf8), name: "big.txt")
        let r = try slantProcess(["split", "--format", "jsonl", file])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 80_000)
        let last = try jsonObject(String(lines[lines.count - 1]))
        let perParagraph = paragraph.unicodeScalars.count
        #expect(last["start"] as? Int == 39_999 * perParagraph + 36)
        #expect(last["end"] as? Int == 40_000 * perParagraph - 2)
        #expect(last["text"] as? String == "“It was great,” said Mr. Núñez.")
    }
}
