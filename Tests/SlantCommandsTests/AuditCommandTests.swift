import Foundation
import SlantCommands
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

let auditFixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/audit")
let auditArticles = auditFixture.appendingPathComponent("articles").path
let auditConfig = auditFixture.appendingPathComponent("slant-audit.yml").path
let houseTerms = auditFixture.appendingPathComponent("house-terms.tsv").path
/// The fixture whose flagged sentence follows "Café Ñandú 🎉 … São João ☕" on the same line.
let cafePath = auditArticles + "/news/cafe-reopens.txt"
let calmPath = auditArticles + "/news/council-budget.txt"

/// A fresh temporary directory, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("slant-audit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Exit codes: 0 when every limit holds, 1 when one is exceeded, 2 on input or configuration errors.
@Suite struct AuditExitCodeTests {
    @Test func passWhenEveryLimitHolds() {
        let r = slant(["audit", calmPath, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4",
                       "--max-loaded-density", "40", "--disallow-category", "name-calling"])
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out == "slant audit: 1 article, 0 findings: pass\n")
    }

    @Test func failWhenALimitIsExceeded() {
        // The house lexicon gives "shameless" 3 and "cronies" 2.5: the sentence scores 5.5.
        let r = slant(["audit", cafePath, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"])
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first == "\(cafePath):5:82: sentence-score: \"The owners' shameless cronies staged a party on the quay.\" sentence loaded score 5.5 > 4 (shameless +3, cronies +2.5)")
        #expect(lines.last == "slant audit: 1 article, 1 finding: fail (limits exceeded)")
    }

    @Test func errorForAMissingInputButTheRestAreAudited() {
        let r = slant(["audit", "/no/such/folder", cafePath, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"])
        #expect(r.status == 2)
        #expect(r.out.contains("\(cafePath):5:82: sentence-score:"))
        #expect(r.err.contains("slant: /no/such/folder: no such file or directory\n") && !r.out.contains("no such file"))
        #expect(r.out.hasSuffix("slant audit: 1 article, 1 finding, 1 input error: error\n"))
    }

    /// With no limit from a file or a flag an audit checks nothing: it passes, and says so.
    @Test func anAuditWithNoLimitsSaysItChecksNothing() {
        let r = slant(["audit", cafePath, "--no-config"])
        #expect(r.status == 0)
        #expect(r.err.contains("slant audit: no limits are set"), "\(r.err)")
        let limited = slant(["audit", cafePath, "--no-config", "--max-editorial-share", "1"])
        #expect(!limited.err.contains("no limits are set"), "\(limited.err)")
    }

    /// QA pass 20, finding 17: "1 terms", `"passed": true` beside `"status": "error"`, and a
    /// no-limits notice that promised a pass above an audit that ended in an error.
    @Test func wordingAndStatusAgreeWithTheOutcome() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = folder.appendingPathComponent("one.txt")
        try Data("The shameless plan went ahead on Tuesday at the council offices in town.\n".utf8).write(to: one)
        try Data([0x4F, 0x6B, 0x2E, 0x0A, 0xFF]).write(to: folder.appendingPathComponent("z-bad.txt"))
        let density = slant(["audit", one.path, "--no-config", "--lexicon", houseTerms, "--max-loaded-density", "10"])
        #expect(density.status == 1)
        #expect(density.out.contains("(1 term in 13 outlet-voice words;"), "\(density.out)")
        let json = slant(["audit", folder.path, "--no-config", "--max-editorial-share", "0.9", "--format", "json"])
        #expect(json.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "error")
        #expect(object["passed"] as? Bool == false)
        let unlimited = slant(["audit", folder.path, "--no-config"])
        #expect(unlimited.status == 2)
        #expect(!unlimited.err.contains("so the audit passes"), "\(unlimited.err)")
        #expect(unlimited.err.contains("nothing is checked, but 1 input could not be read, so the audit ends in an error"), "\(unlimited.err)")
        let clean = slant(["audit", one.path, "--no-config", "--format", "json"])
        #expect(clean.status == 0 && clean.err.contains("nothing is checked, so the audit passes"))
        #expect((try JSONSerialization.jsonObject(with: Data(clean.out.utf8)) as? [String: Any])?["passed"] as? Bool == true)
    }

    @Test func errorForABadFileInAFolder() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x4F, 0x6B, 0x2E, 0x0A, 0xFF]).write(to: folder.appendingPathComponent("a-bad.txt"))
        try Data("Fine and calm. Nothing here.\n".utf8).write(to: folder.appendingPathComponent("b-good.txt"))
        let r = slant(["audit", folder.path, "--no-config", "--max-editorial-share", "1"])
        #expect(r.status == 2)
        #expect(r.err.contains("slant: \(folder.path)/a-bad.txt: invalid UTF-8 at line 2, column 1 (byte 4); if it is Windows-1252 or Latin-1 text, convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8\n"))
        #expect(r.out.hasSuffix("slant audit: 1 article, 0 findings, 1 input error: error\n"))
    }

    @Test func errorForABadConfigurationNamesFileAndLine() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("slant-audit.yml").path
        try Data("article:\n  max-editorial-share: 0.3\n  max-loaded-densty: 8\n".utf8).write(to: URL(fileURLWithPath: config))
        let r = slant(["audit", calmPath, "--config", config])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("slant: \(config):3:3: unknown key 'max-loaded-densty'"), "\(r.err)")
        #expect(r.out.isEmpty)
    }

    /// A flag value out of its range is a malformed command line (64), as for every command.
    @Test func errorForAFlagOutOfRange() {
        // A negative number is a value out of range, not a missing value and a flag.
        for (args, message) in [(["--max-editorial-share", "1.5"], "--max-editorial-share must be between 0 and 1, not 1.5"),
                                (["--max-editorial-share", "-0.5"], "--max-editorial-share must be between 0 and 1, not -0.5"),
                                (["--outlet-max-loaded-density", "-2.5"], "--outlet-max-loaded-density must be between 0 and 1000, not -2.5"),
                                (["--outlet-mode", "bogus"], "--outlet-mode must be point or interval, not 'bogus'"),
                                (["--jobs", "0"], "--jobs must be at least 1, not 0"),
                                (["--bootstrap-samples", "100000000000000000"], "--bootstrap-samples must be from 100 to 1000000")] {
            let r = slant(["audit", calmPath, "--no-config"] + args)
            #expect(r.status == 64, "\(args)")
            #expect(r.err.hasPrefix("Error: \(message)"), "\(r.err)")
        }
    }

    /// A file reached twice is audited once (its findings were listed twice).
    @Test func aFileReachedTwiceIsAuditedOnce() {
        let once = slant(["audit", cafePath, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"])
        let twice = slant(["audit", auditArticles + "/news", cafePath, auditArticles, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"])
        let all = slant(["audit", auditArticles, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"])
        #expect(once.status == 1 && twice.status == 1)
        #expect(twice.out.components(separatedBy: "\(cafePath):5:82: sentence-score").count == 2, "\(twice.out)")
        #expect(twice.out.split(separator: "\n").last == all.out.split(separator: "\n").last)
    }

    @Test func tooManyBootstrapSamplesInTheConfigurationNameTheLine() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("slant-audit.yml").path
        try Data("version: 1\noutlet:\n  bootstrap-samples: 100000000000000000\n".utf8).write(to: URL(fileURLWithPath: config))
        let r = slant(["audit", calmPath, "--config", config])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("slant: \(config):3:"), "\(r.err)")
        #expect(r.err.contains("at most 1000000"))
    }

    @Test func helpDocumentsExitCodes() {
        let r = slant(["audit", "--help"])
        #expect(r.status == 0)
        #expect(r.out.contains("Exit status:"))
        #expect(r.out.contains("0  every limit holds"))
        #expect(r.out.contains("1  a limit is exceeded"))
        #expect(r.out.contains("2  an input could not be read"))
        #expect(r.out.contains("--max-editorial-share"))
    }

    @Test func pathRuleExemptsOpinion() {
        let base = ["audit", auditArticles + "/opinion", "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "0"]
        #expect(slant(base).status == 1)
        let exempt = slant(base + ["--exempt", "opinion/**"])
        #expect(exempt.status == 0, "\(exempt.out)")
    }
}

/// Every output format, parsed back.
@Suite struct AuditFormatTests {
    let fixtureArgs = ["audit", auditArticles, "--config", auditConfig]

    @Test func jsonLists5FindingsInOrder() throws {
        let r = slant(fixtureArgs + ["--format", "json"])
        #expect(r.status == 1)
        let json = try jsonObject(r.out)
        #expect(json["status"] as? String == "fail")
        #expect(json["version"] as? Int == 1)
        let articles = try #require(json["articles"] as? [String])
        #expect(articles == ["news/cafe-reopens.txt", "news/council-budget.txt", "news/port-deal.txt", "opinion/column.txt"].map { auditArticles + "/" + $0 })
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        // Sorted by file, then position: the order never depends on threads.
        let places: [(file: String, start: Int)] = findings.map { finding in
            let location = finding["location"] as? [String: Any]
            return (finding["file"] as? String ?? "", location?["start"] as? Int ?? -1)
        }
        for (a, b) in zip(places, places.dropFirst()) {
            #expect(a.file < b.file || (a.file == b.file && a.start <= b.start), "\(a) before \(b)")
        }
        #expect(!findings.contains { ($0["file"] as? String ?? "").contains("/opinion/") }, "opinion/** is exempt")
        let cafe = try #require(findings.first { $0["rule"] as? String == "sentence-score" && ($0["file"] as? String)?.hasSuffix("cafe-reopens.txt") == true })
        #expect(cafe["value"] as? Double == 5.5 && cafe["limit"] as? Double == 4)
        let location = try #require(cafe["location"] as? [String: Any])
        #expect(location["line"] as? Int == 5 && location["column"] as? Int == 82 && location["utf16_column"] as? Int == 83)
    }

    @Test func sameBytesWhateverTheJobs() {
        let one = slant(fixtureArgs + ["--format", "json", "--jobs", "1"])
        let four = slant(fixtureArgs + ["--format", "json", "--jobs", "4"])
        #expect(one.out == four.out && !one.out.isEmpty)
    }

    @Test func junitIsWellFormedWithTheRightCounts() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("junit.xml").path
        let r = slant(fixtureArgs + ["--junit", path, "--format", "json"])
        #expect(r.status == 1)
        let json = try jsonObject(r.out)
        let findings = try #require(json["findings"] as? [[String: Any]])

        let parsed = try JUnitCounts.parse(Data(contentsOf: URL(fileURLWithPath: path)))
        // 4 articles x 5 article rules switched on by the fixture configuration, and one outlet
        // (3 articles once opinion/** is left out) x 1 outlet rule.
        #expect(parsed.cases == 21)
        #expect(parsed.rootTests == parsed.cases)
        #expect(parsed.skipped == 5, "opinion/column.txt is exempt from all five")
        // One failing case per (file, rule) with findings.
        let failing = Set(findings.compactMap { f in (f["file"] as? String).map { $0 + "|" + (f["rule"] as? String ?? "") } })
        #expect(parsed.failures == failing.count)
        #expect(parsed.rootFailures == failing.count)
        #expect(parsed.errors == 0)
    }

    @Test func junitCountsInputErrors() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("junit.xml").path
        let r = slant(["audit", "/no/such.txt", calmPath, "--no-config", "--max-editorial-share", "1", "--junit", path])
        #expect(r.status == 2)
        let parsed = try JUnitCounts.parse(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(parsed.cases == 2 && parsed.errors == 1 && parsed.failures == 0)
    }

    @Test func sarifHasRequiredFieldsAndUTF16Columns() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("audit.sarif").path
        let r = slant(["audit", cafePath, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4", "--sarif", path])
        #expect(r.status == 1)
        let sarif = try jsonObject(String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
        #expect(sarif["version"] as? String == "2.1.0")
        #expect((sarif["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "slant")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "sentence-score" })
        for rule in rules {
            #expect(((rule["help"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            #expect(((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let result = results[0]
        #expect(result["ruleId"] as? String == "sentence-score")
        #expect(rules[result["ruleIndex"] as? Int ?? -1]["id"] as? String == "sentence-score")
        #expect(((result["message"] as? [String: Any])?["text"] as? String)?.contains("5.5 > 4") == true)
        let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == String(cafePath.dropFirst()).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed).map { "file:///" + $0 })
        let region = try #require(physical["region"] as? [String: Any])
        // Line 5 is "The Café Ñandú 🎉 on Rua São João ☕ reopened … January. The owners' …": the
        // 81 code points before the flagged sentence are 82 UTF-16 code units (🎉 takes two);
        // ☕ (U+2615) and the accented letters take one each.
        #expect(region["startLine"] as? Int == 5)
        #expect(region["startColumn"] as? Int == 83)
        #expect(region["endLine"] as? Int == 5)
        #expect(region["endColumn"] as? Int == 140)
        #expect((region["snippet"] as? [String: Any])?["text"] as? String == "The owners' shameless cronies staged a party on the quay.")
    }

    @Test func githubAnnotationsOnlyInActions() {
        let args = ["audit", cafePath, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"]
        let plain = slant(args)
        #expect(!plain.out.contains("::warning"))
        let actions = slant(args, environment: ["GITHUB_ACTIONS": "true"])
        #expect(actions.status == 1)
        let annotation = actions.out.split(separator: "\n").first { $0.hasPrefix("::warning ") }
        #expect(annotation == "::warning file=\(cafePath),line=5,endLine=5,col=82,endColumn=139,title=slant sentence-score::sentence loaded score 5.5 > 4 (shameless +3, cronies +2.5)%0A\"The owners' shameless cronies staged a party on the quay.\"")
    }

    @Test func markdownSummary() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("summary.md").path
        let r = slant(["audit", cafePath, "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4", "--summary", path])
        #expect(r.status == 1)
        let md = try String(contentsOfFile: path, encoding: .utf8)
        #expect(md.hasPrefix("## Slant audit: ❌ limits exceeded\n"))
        #expect(md.contains("1 article audited, 1 finding, 0 input errors."))
        #expect(md.contains("| `sentence-score` | 1 |"))
        #expect(md.contains("| `\(cafePath)`:5:82 | `sentence-score` | 5.5 | 4 | The owners' shameless cronies staged a party on the quay. |"))
    }
}

/// A baseline written today holds back today's findings; a new one still fails.
@Suite struct AuditBaselineTests {
    @Test func roundTrip() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("cafe.txt")
        try FileManager.default.copyItem(atPath: cafePath, toPath: article.path)
        let baseline = folder.appendingPathComponent("baseline.json").path
        let limits = ["--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4", "--disallow-category", "name-calling"]

        let write = slant(["audit", article.path, "--write-baseline", baseline] + limits)
        #expect(write.status == 0, "writing a baseline accepts today's findings")
        #expect(write.err == "slant audit: wrote 2 findings to the baseline \(baseline)\n")
        let json = try jsonObject(String(contentsOfFile: baseline, encoding: .utf8))
        #expect(json["version"] as? Int == 1)
        #expect((json["findings"] as? [Any])?.count == 2)

        let again = slant(["audit", article.path, "--baseline", baseline] + limits)
        #expect(again.status == 0)
        #expect(again.out == "slant audit: 1 article, 0 findings (2 more in the baseline): pass\n")

        // Lines added above move the old sentence down: it stays known. The new sentence is new.
        var text = try String(contentsOf: article, encoding: .utf8)
        text = text.replacingOccurrences(of: "Café Reopens on the Quay\n", with: "Café Reopens on the Quay\n\nThe shameless, shameless mayor came.\n")
        try Data(text.utf8).write(to: article)
        let after = slant(["audit", article.path, "--baseline", baseline] + limits)
        #expect(after.status == 1)
        let lines = after.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("\(article.path):5:1: sentence-score: \"The shameless, shameless mayor came.\""))
        #expect(lines[1] == "slant audit: 1 article, 1 finding (2 more in the baseline): fail (limits exceeded)")
    }

    @Test func badBaselineIsAnError() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = folder.appendingPathComponent("baseline.json").path
        try Data(#"{"findings": []}"#.utf8).write(to: URL(fileURLWithPath: baseline))
        let r = slant(["audit", calmPath, "--no-config", "--baseline", baseline])
        #expect(r.status == 2)
        #expect(r.err == "slant: \(baseline): baseline version missing is not supported (expected 1)\n")
        // A version given as a string, and a baseline missing a field: each said as such (the
        // first was "not a JSON object", the second "The data is missing.").
        try Data(#"{"version": "1"}"#.utf8).write(to: URL(fileURLWithPath: baseline))
        #expect(slant(["audit", calmPath, "--no-config", "--baseline", baseline]).err
                == "slant: \(baseline): baseline version \"1\" (a string) is not supported (expected 1)\n")
        try Data(#"{"version": 1}"#.utf8).write(to: URL(fileURLWithPath: baseline))
        #expect(slant(["audit", calmPath, "--no-config", "--baseline", baseline]).err.hasPrefix("slant: \(baseline): the baseline is malformed: no '"))
    }
}

/// Counts from a JUnit file, read with Foundation's XML parser (which fails on malformed XML).
final class JUnitCounts: NSObject, XMLParserDelegate {
    var cases = 0, failures = 0, errors = 0, skipped = 0
    var rootTests = -1, rootFailures = -1

    static func parse(_ data: Data) throws -> JUnitCounts {
        let counts = JUnitCounts()
        let parser = XMLParser(data: data)
        parser.delegate = counts
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return counts
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "testsuites":
            rootTests = Int(attributes["tests"] ?? "") ?? -1
            rootFailures = Int(attributes["failures"] ?? "") ?? -1
        case "testcase": cases += 1
        case "failure": failures += 1
        case "error": errors += 1
        case "skipped": skipped += 1
        default: break
        }
    }
}

/// Outlet limits: the point estimate fails where the interval mode, with a wide interval over
/// three articles, does not.
@Suite struct AuditOutletTests {
    let args = ["audit", auditArticles + "/news", "--no-config", "--lexicon", houseTerms, "--outlet-max-loaded-density", "10"]

    @Test func pointModeFails() {
        let r = slant(args + ["--outlet-mode", "point"])
        #expect(r.status == 1)
        let line = r.out.split(separator: "\n").first { $0.hasPrefix("outlet harbourgazette.co.uk: outlet-loaded-density: ") }
        #expect(line?.contains("over 3 articles: 44.025 > 10, 95% interval") == true, "\(r.out)")
    }

    @Test func intervalModeNeedsTheWholeInterval() {
        // Pooled over three articles the density is 44.0 (with lexicon 1.1.0), but one article has none: the
        // interval reaches 0, so it does not lie wholly above 10.
        let r = slant(args + ["--outlet-mode", "interval"])
        #expect(r.status == 0, "\(r.out)")
        let json = try? jsonObject(slant(args + ["--outlet-mode", "interval", "--format", "json"]).out)
        let outlets = json?["outlets"] as? [[String: Any]]
        #expect(outlets?.count == 1 && outlets?.first?["failed"] as? Bool == false)
    }

    @Test func tooFewArticlesAreNotJudged() {
        let r = slant(args + ["--outlet-min-articles", "4"])
        #expect(r.status == 0)
    }
}

/// Standard input is one article named <stdin>; nothing goes to stderr off a terminal.
@Suite struct AuditStdinTests {
    @Test func readsStandardInput() throws {
        let text = try String(contentsOfFile: cafePath, encoding: .utf8)
        let r = slant(["audit", "-", "--no-config", "--lexicon", houseTerms, "--max-sentence-score", "4"], stdin: text)
        #expect(r.status == 1)
        #expect(r.out.hasPrefix("<stdin>:5:82: sentence-score: "))
        #expect(r.err.isEmpty, "no progress off a terminal")
    }
}

/// Progress goes to standard error only when it is a terminal, and is cleared at the end.
@Suite struct AuditProgressTests {
    @Test func progressOnATerminal() {
        let box = ProgressBox()
        let io = CommandIO(writeOut: { box.append(out: $0) }, writeErr: { box.append(err: $0) }, readStdin: { Data() },
                           environment: [:], stdoutIsTerminal: false, stderrIsTerminal: true)
        let status = runSlant(["audit", calmPath, "--no-config", "--max-editorial-share", "1", "--jobs", "1"], io: io)
        #expect(status == 0)
        #expect(box.err == "\rslant audit: 1/1 articles\r\u{1B}[K")
        #expect(box.out == "slant audit: 1 article, 0 findings: pass\n")
    }

    final class ProgressBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var out = "", err = ""
        func append(out text: String) { lock.lock(); out += text; lock.unlock() }
        func append(err text: String) { lock.lock(); err += text; lock.unlock() }
    }
}
