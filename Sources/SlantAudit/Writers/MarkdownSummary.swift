import SlantCore

/// A Markdown summary for `$GITHUB_STEP_SUMMARY` (or a merge-request note): the verdict, counts
/// per rule, and a table of findings.
public enum MarkdownSummary {
    /// At most this many findings are listed; the rest are counted.
    static let rowLimit = 100

    public static func render(_ result: AuditResult) -> String {
        let status = AuditStatus(result)
        let headline: String
        switch status {
        case .pass: headline = "✅ every limit holds"
        case .fail: headline = "❌ limits exceeded"
        case .error: headline = "⚠️ inputs could not be read"
        }
        var md = "## Slant audit: \(headline)\n\n"
        md += "\(counted(result.articles.count, "article")) audited, \(counted(result.reported.count, "finding"))"
        if result.baselined > 0 { md += " (\(result.baselined) more in the baseline)" }
        md += ", \(counted(result.problems.count, "input error"))"
        if !result.skipped.isEmpty { md += ", \(result.skipped.count) not in English (left out)" }
        md += ".\n\n"

        if !result.reported.isEmpty {
            var counts: [String: Int] = [:]
            for finding in result.reported { counts[finding.rule, default: 0] += 1 }
            md += "| Rule | Findings |\n|---|---:|\n"
            for rule in counts.keys.sorted() { md += "| `\(rule)` | \(counts[rule] ?? 0) |\n" }
            md += "\n### Findings\n\n| Where | Rule | Figure | Limit | Sentence |\n|---|---|---:|---:|---|\n"
            for finding in result.reported.prefix(rowLimit) {
                let place: String
                if let file = finding.file {
                    place = "`\(cell(file))`" + (finding.location.map { ":\($0.line):\($0.column)" } ?? "")
                } else {
                    place = "outlet \(cell(finding.outlet ?? "?"))"
                }
                md += "| \(place) | `\(finding.rule)` | \(format(finding.value)) | \(format(finding.limit)) | \(cell(finding.sentence.map(TextWriter.shortened) ?? finding.message)) |\n"
            }
            if result.reported.count > rowLimit { md += "\n…and \(result.reported.count - rowLimit) more.\n" }
            md += "\n"
        }
        if !result.problems.isEmpty {
            md += "### Input errors\n\n"
            for problem in result.problems { md += "- `\(cell(problem.path))`: \(cell(problem.problem))\n" }
            md += "\n"
        }
        if !result.skipped.isEmpty {
            md += "### Left out: not in English\n\n"
            for skipped in result.skipped.prefix(rowLimit) { md += "- `\(cell(skipped.path))`: \(cell(skipped.problem))\n" }
            if result.skipped.count > rowLimit { md += "\n…and \(result.skipped.count - rowLimit) more.\n" }
            md += "\n"
        }
        return md
    }

    /// Text safe inside a table cell: pipes escaped, line breaks flattened, HTML brackets escaped.
    static func cell(_ text: String) -> String {
        Finding.normalized(text).replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "`", with: "'")
    }
}
