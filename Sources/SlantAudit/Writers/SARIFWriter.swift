import Foundation

/// SARIF 2.1.0 for code-scanning tools: the rules with help text, and one result per reported
/// finding with the flagged sentence's region. Columns are UTF-16 code units (SARIF's default
/// `columnKind`, stated explicitly), so a line with emoji or accented letters lines up in
/// viewers that count as JavaScript does.
public enum SARIFWriter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    struct Log: Encodable {
        var schema = SARIFWriter.schema
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable {
        var tool: Tool
        var columnKind = "utf16CodeUnits"
        var results: [Result]
        var invocations: [Invocation]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name = "slant"
        var version: String
        var rules: [Rule]
    }
    struct Text: Encodable { var text: String }
    struct Help: Encodable { var text: String; var markdown: String }
    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Help
        var defaultConfiguration = Configuration()
    }
    struct Configuration: Encodable { var level = "warning" }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level = "warning"
        var message: Text
        var locations: [Location]?
        var partialFingerprints: [String: String]
        var baselineState: String?
        var properties: Properties
    }
    struct Properties: Encodable {
        var value: Double
        var limit: Double
        var interval: [Double]?
        var outlet: String?
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var snippet: Text
    }
    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }
    struct Notification: Encodable {
        var level = "error"
        var message: Text
        var locations: [NotificationLocation]
    }
    struct NotificationLocation: Encodable {
        var physicalLocation: ArtifactOnly
    }
    struct ArtifactOnly: Encodable { var artifactLocation: ArtifactLocation }

    /// Every rule the report can name: the article rules, then the outlet rules.
    static func rules() -> [Rule] {
        AuditRules.all.map { rule in
            Rule(id: rule.id, name: camelCase(rule.id), shortDescription: Text(text: rule.title),
                 fullDescription: Text(text: rule.help), help: Help(text: rule.help, markdown: rule.help))
        } + OutletAggregates.Statistic.allCases.map { statistic in
            Rule(id: statistic.rawValue, name: camelCase(statistic.rawValue), shortDescription: Text(text: statistic.help),
                 fullDescription: Text(text: statistic.help + " Judged on the point estimate, or (mode: interval) only when the whole 95% bootstrap interval over articles lies beyond the limit."),
                 help: Help(text: statistic.help, markdown: statistic.help))
        }
    }

    public static func render(_ result: AuditResult, version: String, baselineUsed: Bool = false) -> String {
        let rules = rules()
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        let results = result.reported.map { finding -> Result in
            var locations: [Location]?
            if let file = finding.file, let location = finding.location {
                locations = [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: uri(file)),
                    region: Region(startLine: location.line, startColumn: location.utf16Column, endLine: location.endLine,
                                   endColumn: location.utf16EndColumn, snippet: Text(text: finding.sentence ?? ""))))]
            }
            return Result(ruleId: finding.rule, ruleIndex: index[finding.rule] ?? 0, message: Text(text: finding.message),
                          locations: locations, partialFingerprints: ["slantFindingKey/v1": finding.key],
                          baselineState: baselineUsed ? "new" : nil,
                          properties: Properties(value: finding.value, limit: finding.limit, interval: finding.interval, outlet: finding.outlet))
        }
        let notifications = result.problems.map { problem in
            Notification(message: Text(text: problem.problem),
                          locations: [NotificationLocation(physicalLocation: ArtifactOnly(artifactLocation: ArtifactLocation(uri: uri(problem.path))))])
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: version, rules: rules)), results: results,
                                 invocations: [Invocation(executionSuccessful: result.problems.isEmpty, toolExecutionNotifications: notifications)])])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(log)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// A relative URI reference for a path: `./` dropped, characters outside a URI path escaped.
    static func uri(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: ";"))
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    static func camelCase(_ id: String) -> String {
        let parts = id.split(separator: "-")
        return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined()
    }
}
