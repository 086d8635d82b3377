/// JUnit XML as CI systems read it: one test case per article and rule (and per outlet and
/// outlet rule); a case fails when the rule reports a finding, is skipped when a path rule
/// exempts the article; an unreadable input is a case with an error.
public enum JUnitWriter {
    public static func render(_ result: AuditResult) -> String {
        var reportedByCase: [String: [Finding]] = [:]
        for finding in result.reported {
            reportedByCase[caseKey(finding.file ?? "outlet:\(finding.outlet ?? "")", finding.rule), default: []].append(finding)
        }

        var articleCases = ""
        var articleFailures = 0, articleSkipped = 0
        for check in result.articleChecks {
            let found = reportedByCase[caseKey(check.file, check.rule)] ?? []
            articleCases += "    <testcase classname=\"\(xmlEscaped(check.file))\" name=\"\(xmlEscaped(check.rule))\" file=\"\(xmlEscaped(check.file))\">\n"
            if check.exempt {
                articleSkipped += 1
                articleCases += "      <skipped message=\"exempted by a path rule\"/>\n"
            } else if !found.isEmpty {
                articleFailures += 1
                articleCases += failure(found)
            }
            articleCases += "    </testcase>\n"
        }

        var outletCases = ""
        var outletFailures = 0
        for check in result.outletChecks {
            let found = reportedByCase[caseKey("outlet:\(check.outlet)", check.rule)] ?? []
            outletCases += "    <testcase classname=\"outlet \(xmlEscaped(check.outlet))\" name=\"\(xmlEscaped(check.rule))\">\n"
            if !found.isEmpty {
                outletFailures += 1
                outletCases += failure(found)
            }
            outletCases += "    </testcase>\n"
        }

        var inputCases = ""
        for problem in result.problems {
            inputCases += "    <testcase classname=\"\(xmlEscaped(problem.path))\" name=\"read\" file=\"\(xmlEscaped(problem.path))\">\n"
            inputCases += "      <error message=\"\(xmlEscaped(problem.problem))\" type=\"input\">\(xmlEscaped(problem.path)): \(xmlEscaped(problem.problem))</error>\n"
            inputCases += "    </testcase>\n"
        }

        let tests = result.articleChecks.count + result.outletChecks.count + result.problems.count
        let failures = articleFailures + outletFailures
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"slant audit\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(result.problems.count)\" skipped=\"\(articleSkipped)\">\n"
        xml += suite("articles", tests: result.articleChecks.count, failures: articleFailures, errors: 0, skipped: articleSkipped, cases: articleCases)
        xml += suite("outlets", tests: result.outletChecks.count, failures: outletFailures, errors: 0, skipped: 0, cases: outletCases)
        xml += suite("inputs", tests: result.problems.count, failures: 0, errors: result.problems.count, skipped: 0, cases: inputCases)
        return xml + "</testsuites>\n"
    }

    static func caseKey(_ subject: String, _ rule: String) -> String { subject + "\u{0}" + rule }

    static func suite(_ name: String, tests: Int, failures: Int, errors: Int, skipped: Int, cases: String) -> String {
        "  <testsuite name=\"slant audit: \(name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n"
            + cases + "  </testsuite>\n"
    }

    static func failure(_ findings: [Finding]) -> String {
        let first = findings[0]
        let message = findings.count == 1 ? first.message : "\(findings.count) findings; first: \(first.message)"
        let body = findings.map { xmlEscaped(TextWriter.line($0)) }.joined(separator: "\n")
        return "      <failure message=\"\(xmlEscaped(message))\" type=\"\(xmlEscaped(first.rule))\">\(body)</failure>\n"
    }
}
