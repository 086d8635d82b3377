import Foundation
import Testing

/// The command lines in docs/ci/ run against a copy of the fixture folder, exactly as written
/// there, with the built binary, in a directory laid out like a repository of articles.
@Suite struct AuditCITests {
    /// The `slant audit ...` lines of a CI file (a `run:` value or a `script:` item).
    static func auditCommands(in file: String) throws -> [String] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").compactMap { raw in
            var line = raw.trimmingCharacters(in: .whitespaces)
            for prefix in ["- ", "run: "] where line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
            return line.hasPrefix("slant audit") ? line : nil
        }
    }

    /// Splits a shell command line into words, honouring double quotes and expanding `$NAME`.
    static func words(_ line: String, environment: [String: String]) -> [String] {
        var words: [String] = []
        var current = "", inQuotes = false, started = false
        var scalars = Array(line.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if c == "\"" { inQuotes.toggle(); started = true; continue }
            if c == " " && !inQuotes {
                if started { words.append(current) }
                current = ""
                started = false
                continue
            }
            if c == "$" {
                var name = ""
                while let next = scalars.first, next == "_" || next.properties.isAlphabetic || ("0"..."9").contains(next) {
                    name.unicodeScalars.append(next)
                    scalars.removeFirst()
                }
                current += environment[name] ?? ""
            } else {
                current.unicodeScalars.append(c)
            }
            started = true
        }
        if started { words.append(current) }
        return words
    }

    /// Copies the fixture (slant-audit.yml, the house lexicon, articles/) to a fresh directory.
    static func repositoryOfArticles() throws -> URL {
        let folder = try temporaryDirectory()
        for name in ["slant-audit.yml", "house-terms.tsv", "articles"] {
            try FileManager.default.copyItem(at: auditFixture.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func githubActionsCommandLine() throws {
        let commands = try Self.auditCommands(in: "docs/ci/github-actions.yml")
        #expect(commands.count == 1)
        let command = try #require(commands.first)
        let folder = try Self.repositoryOfArticles()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stepSummary = folder.appendingPathComponent("step-summary.md").path
        let environment = ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": stepSummary, "PATH": "/usr/bin:/bin"]
        let r = try slantProcess(Array(Self.words(command, environment: environment).dropFirst()),
                                 environment: environment, directory: folder)
        #expect(r.status == 1, "the fixture exceeds its limits: \(r.out)\(r.err)")
        #expect(r.out.contains("::warning file=articles/news/cafe-reopens.txt,line=5,"))
        #expect(!r.out.contains("opinion/column.txt"), "opinion/** is exempt in the fixture's slant-audit.yml")

        let junit = try JUnitCounts.parse(Data(contentsOf: folder.appendingPathComponent("slant-junit.xml")))
        #expect(junit.cases > 0 && junit.failures > 0)
        let sarif = try jsonObject(String(contentsOf: folder.appendingPathComponent("slant.sarif"), encoding: .utf8))
        let results = (sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? []
        let uris = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any] }
            .compactMap { $0["uri"] as? String }
        #expect(uris.contains("articles/news/cafe-reopens.txt"), "SARIF paths are relative to the repository")
        let summary = try String(contentsOfFile: stepSummary, encoding: .utf8)
        #expect(summary.hasPrefix("## Slant audit: ❌ limits exceeded"))
    }

    @Test func gitlabCommandLine() throws {
        let commands = try Self.auditCommands(in: "docs/ci/gitlab-ci.yml")
        #expect(commands.count == 1)
        let command = try #require(commands.first)
        let folder = try Self.repositoryOfArticles()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["GITLAB_CI": "true", "PATH": "/usr/bin:/bin"]
        let r = try slantProcess(Array(Self.words(command, environment: environment).dropFirst()),
                                 environment: environment, directory: folder)
        #expect(r.status == 1, "\(r.out)\(r.err)")
        #expect(!r.out.contains("::warning"), "annotations are for GitHub only")
        #expect(r.out.contains("articles/news/cafe-reopens.txt:5:82: sentence-score:"))
        let junit = try JUnitCounts.parse(Data(contentsOf: folder.appendingPathComponent("slant-junit.xml")))
        #expect(junit.cases == 21 && junit.skipped == 5)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("slant-summary.md").path))
    }

    @Test func passingFolderExitsZero() throws {
        let folder = try Self.repositoryOfArticles()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Only the calm article left: the same command line passes.
        for name in ["cafe-reopens.txt", "port-deal.txt"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("articles/news/\(name)"))
        }
        let command = try #require(try Self.auditCommands(in: "docs/ci/gitlab-ci.yml").first)
        let r = try slantProcess(Array(Self.words(command, environment: [:]).dropFirst()), environment: ["PATH": "/usr/bin:/bin"],
                                 directory: folder)
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out == "slant audit: 2 articles, 0 findings: pass\n")
    }
}
