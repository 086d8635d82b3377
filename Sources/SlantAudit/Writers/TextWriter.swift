import SlantCore

/// The plain-text report: one line per finding (`file:line:col: rule: "sentence" figure > limit`)
/// and a summary line that counts the input errors (the command writes each of them to stderr,
/// as every command does).
public enum TextWriter {
    /// The longest sentence shown in full; longer ones are cut with an ellipsis.
    static let sentenceLimit = 160

    public static func render(_ result: AuditResult) -> String {
        var out = ""
        for finding in result.reported { out += line(finding) + "\n" }
        out += summary(result) + "\n"
        return out
    }

    /// One finding on one line.
    public static func line(_ finding: Finding) -> String {
        var place: String
        if let file = finding.file {
            place = file
            if let location = finding.location { place += ":\(location.line):\(location.column)" }
        } else {
            place = "outlet \(finding.outlet ?? "?")"
        }
        var text = "\(place): \(finding.rule): "
        if let sentence = finding.sentence { text += "\"\(shortened(sentence))\" " }
        return text + finding.message
    }

    /// The closing line: counts and the verdict.
    public static func summary(_ result: AuditResult) -> String {
        var text = "slant audit: \(counted(result.articles.count, "article")), \(counted(result.reported.count, "finding"))"
        if result.baselined > 0 { text += " (\(result.baselined) more in the baseline)" }
        if !result.problems.isEmpty { text += ", \(counted(result.problems.count, "input error"))" }
        if !result.skipped.isEmpty { text += ", \(result.skipped.count) not in English (left out)" }
        return text + ": " + verdict(result)
    }

    static func verdict(_ result: AuditResult) -> String {
        if !result.problems.isEmpty { return "error" }
        return result.passed ? "pass" : "fail (limits exceeded)"
    }

    /// The sentence on one line, cut to `sentenceLimit` characters.
    static func shortened(_ sentence: String) -> String {
        let flat = Finding.normalized(sentence)
        return flat.count <= sentenceLimit ? flat : String(flat.prefix(sentenceLimit - 1)) + "…"
    }
}

