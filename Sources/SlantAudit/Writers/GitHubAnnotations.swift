/// GitHub Actions workflow commands (`::warning file=...,line=...,col=...::message`): each
/// finding becomes an annotation on the flagged lines; an unreadable input an `::error`.
/// Columns are code points, as in the text report.
public enum GitHubAnnotations {
    public static func render(_ result: AuditResult) -> String {
        var out = ""
        for finding in result.reported {
            var properties: [String] = []
            if let file = finding.file {
                properties.append("file=\(property(file))")
                if let l = finding.location {
                    properties += ["line=\(l.line)", "endLine=\(l.endLine)"]
                    // GitHub accepts columns only for a region on one line.
                    if l.line == l.endLine { properties += ["col=\(l.column)", "endColumn=\(l.endColumn)"] }
                }
            }
            properties.append("title=\(property("slant " + finding.rule))")
            var message = finding.message
            if let sentence = finding.sentence { message += "\n\"\(TextWriter.shortened(sentence))\"" }
            out += "::warning \(properties.joined(separator: ","))::\(data(message))\n"
        }
        for problem in result.problems {
            out += "::error file=\(property(problem.path)),title=\(property("slant audit input"))::\(data(problem.problem))\n"
        }
        return out
    }

    /// Escapes a message as the runner expects (`%`, CR and LF).
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value: as `data`, plus `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
