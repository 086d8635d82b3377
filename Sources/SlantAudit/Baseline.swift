import Foundation

/// Findings accepted on the day the baseline was written; later audits report only new ones.
/// Findings are matched by key (file, rule, a hash of the sentence), as many times as the
/// baseline holds them, so moving a sentence to another line does not make it new.
public struct Baseline: Codable, Sendable, Equatable {
    /// The format's version; a file with another version is refused.
    public static let currentVersion = 1

    public struct Entry: Codable, Sendable, Equatable {
        public var key: String
        public var rule: String
        public var file: String?
        public var outlet: String?
        /// The message when the baseline was written, for people reading the file.
        public var message: String
    }

    public var version: Int
    public var tool: String
    public var findings: [Entry]

    /// A baseline of the given findings.
    public init(findings: [Finding]) {
        version = Self.currentVersion
        tool = "slant audit"
        self.findings = findings.map { Entry(key: $0.key, rule: $0.rule, file: $0.file, outlet: $0.outlet, message: $0.message) }
            .sorted { ($0.key, $0.message) < ($1.key, $1.message) }
    }

    /// The findings not accounted for by the baseline, in their original order.
    public func newFindings(_ all: [Finding]) -> [Finding] {
        var remaining: [String: Int] = [:]
        for entry in findings { remaining[entry.key, default: 0] += 1 }
        return all.filter { finding in
            guard let left = remaining[finding.key], left > 0 else { return true }
            remaining[finding.key] = left - 1
            return false
        }
    }

    /// The baseline as JSON text (sorted keys, one finding a line block: stable under re-runs).
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// Reads a baseline file, refusing unreadable files, bad JSON and other versions.
    /// A coding path as `findings[2].rule`.
    static func `where`(_ path: [CodingKey]) -> String {
        path.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }

    public static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AuditError(file: path, problem: "cannot read the baseline")
        }
        // The version first, read leniently: "1" (a string) is a wrong version, not "not a JSON object".
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw AuditError(file: path, problem: "the baseline is not a JSON object (write one with slant audit --write-baseline)")
        }
        let versioned = (version: object["version"] as? Int,
                         given: object["version"].map { $0 is String ? "\"\($0)\" (a string)" : "\($0)" })
        guard versioned.version == currentVersion else {
            throw AuditError(file: path, problem: "baseline version \(versioned.given ?? "missing") is not supported (expected \(currentVersion))")
        }
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw AuditError(file: path, problem: "the baseline is malformed: no '\(Self.where(context.codingPath + [key]))'")
        } catch let DecodingError.typeMismatch(_, context) {
            throw AuditError(file: path, problem: "the baseline is malformed: '\(Self.where(context.codingPath))' has the wrong type")
        } catch let DecodingError.valueNotFound(_, context) {
            throw AuditError(file: path, problem: "the baseline is malformed: '\(Self.where(context.codingPath))' is null")
        } catch {
            throw AuditError(file: path, problem: "the baseline is malformed (write one with slant audit --write-baseline)")
        }
    }
}
