import Foundation

/// The JSON report: every reported finding, input errors and the checks made, with sorted keys
/// so the same audit gives the same bytes.
public enum JSONWriter {
    struct Report: Encodable {
        var version = 1
        var status: String
        var passed: Bool
        var articles: [String]
        var findings: [Finding]
        var baselined: Int
        var errors: [Problem]
        /// Articles left out, not audited: those not in English (no error).
        var skipped: [Problem]
        var outlets: [OutletCheck]
        var limits: Limits
    }

    struct Problem: Encodable {
        var path: String
        var problem: String
    }

    struct Limits: Encodable {
        var article: ArticleLimits
        var outlet: OutletLimits
        var paths: [PathRule]
    }

    public static func render(_ result: AuditResult) -> String {
        // `passed` is what the exit status says: an audit with an input error did not pass,
        // whatever the articles it could read show (it read `true` beside "status": "error").
        let status = AuditStatus(result)
        let report = Report(status: status.rawValue, passed: status == .pass, articles: result.articles,
                            findings: result.reported, baselined: result.baselined,
                            errors: result.problems.map { Problem(path: $0.path, problem: $0.problem) },
                            skipped: result.skipped.map { Problem(path: $0.path, problem: $0.problem) },
                            outlets: result.outletChecks,
                            limits: Limits(article: result.config.article, outlet: result.config.outlet, paths: result.config.paths))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// The audit's verdict: what the exit status reports.
public enum AuditStatus: String, Sendable {
    /// Every limit holds.
    case pass
    /// A limit is exceeded.
    case fail
    /// An input could not be read (checked first: a partial audit cannot pass).
    case error

    public init(_ result: AuditResult) {
        self = !result.problems.isEmpty ? .error : result.passed ? .pass : .fail
    }
}
