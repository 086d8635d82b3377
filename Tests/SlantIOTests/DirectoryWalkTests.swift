import Foundation
import Testing
@testable import SlantIO

/// The one directory walker every command uses: what it finds, in what order, and what it skips.
struct DirectoryWalkTests {
    /// A scratch tree whose byte order of full relative paths differs from a per-folder walk
    /// (`a.txt` before `a/...`), with hidden files, an unwanted file and a link back up.
    func tree() throws -> String {
        let root = NSTemporaryDirectory() + "slant-walk-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/a/deeper", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/.hidden", withIntermediateDirectories: true)
        for file in ["b.txt", "a.txt", "A.TXT", "a/z.jsonl", "a/deeper/page.html.gz", "a/notes.md", ".secret.txt", ".hidden/x.txt"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        // A link back up the tree must not be walked for ever.
        try fm.createSymbolicLink(atPath: root + "/a/loop", withDestinationPath: root)
        return root
    }

    @Test func findsWantedFilesInByteOrderAndSkipsHiddenOnes() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, problems) = DirectoryWalk.files(under: root, wanted: DirectoryWalk.extensions(["txt", "jsonl", "html.gz"]))
        #expect(problems.isEmpty)
        #expect(files.map(\.relativePath) == ["A.TXT", "a.txt", "a/deeper/page.html.gz", "a/z.jsonl", "b.txt"])
        #expect(files.allSatisfy { $0.path == root + "/" + $0.relativePath })
    }

    /// A pipe named like an article in a folder would block the read for ever: it is reported
    /// and left out, and the walk goes on.
    @Test func pipesInAFolderAreReportedAndLeftOut() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/stuck.txt", 0o600) == 0)
        let (files, problems) = DirectoryWalk.files(under: root, wanted: DirectoryWalk.extensions(["txt"]))
        #expect(files.map(\.relativePath) == ["A.TXT", "a.txt", "b.txt"])
        #expect(problems.map { $0.errorDescription ?? "" } == ["\(root)/stuck.txt: is not a regular file (a pipe, socket or device); left out"])
    }

    @Test func collectorAndWalkerAgree() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let expanded = try ArticleCollector.expand([root])
        #expect(expanded.problems.isEmpty)
        #expect(expanded.files.map { String($0.dropFirst(root.count + 1)) } == ["A.TXT", "a.txt", "a/deeper/page.html.gz", "a/z.jsonl", "b.txt"])
    }

    /// A .txt whose first line is a JSON object is a record (read as standard input reads it);
    /// a text that merely opens with a brace stays text.
    @Test func jsonRecordInATextFileIsJSONLines() {
        #expect(ArticleCollector.kind(of: "rec.txt", data: Data("{\"text\":\"Hello there.\"}\n".utf8)) == .jsonl)
        #expect(ArticleCollector.kind(of: "br.txt", data: Data("{Braces} open this article. It is text.\n".utf8)) == .text)
        #expect(ArticleCollector.kind(of: "plain.txt", data: Data("The council met.\n".utf8)) == .text)
    }

    @Test func whatCannotBeReadIsReportedAndTheRestFound() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A name that is not UTF-8 (latin-1 "café.txt") and a link to a file that is gone.
        let name = Array(root.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8)
        let fd = open(name.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644)
        #expect(fd >= 0)
        close(fd)
        try FileManager.default.createSymbolicLink(atPath: root + "/gone.txt", withDestinationPath: root + "/nowhere.txt")
        let (files, problems) = DirectoryWalk.files(under: root, wanted: DirectoryWalk.extensions(["txt", "jsonl", "html.gz"]))
        #expect(files.map(\.relativePath) == ["A.TXT", "a.txt", "a/deeper/page.html.gz", "a/z.jsonl", "b.txt"])
        #expect(problems.map(\.path) == [root + "/caf\u{FFFD}.txt", root + "/gone.txt"])
        #expect(problems[0].problem.contains("not valid UTF-8"))
        #expect(problems[1].problem.contains("broken symbolic link"))
    }
}
