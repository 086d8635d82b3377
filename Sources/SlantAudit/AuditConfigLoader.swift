import Foundation
import Yams

/// Reads `slant-audit.yml`. Every key is checked: an unknown key, a value of the wrong type or
/// out of range is an error naming the file, line and column (from Yams' node marks).
public enum AuditConfigLoader {
    /// Bootstrap resamples allowed for outlet intervals: below 100 the interval is noise; the
    /// bootstrap's time and memory grow with the count (a huge one failed to allocate).
    public static let bootstrapSampleRange = 100...1_000_000

    /// Rule ids a path rule may exempt, besides `*`.
    public static var ruleIDs: [String] { AuditRules.all.map { $0.id } }

    /// Parses configuration text; `file` names it in errors and anchors relative lexicon paths.
    /// `categories`, when given, are the loaded-language categories `disallowed-categories` may name.
    public static func parse(_ text: String, file: String, categories: Set<String>? = nil) throws -> AuditConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlProblem(error, file: file)
        }
        var config = AuditConfig()
        config.file = file
        guard let root else { return config }
        let reader = Reader(file: file, directory: (file as NSString).deletingLastPathComponent, categories: categories)
        let top = try reader.mapping(root, what: "the configuration")
        for (key, value) in try reader.entries(top, allowed: ["version", "article", "outlet", "paths", "lexicons", "allow", "extensions"]) {
            switch key {
            case "version":
                let version = try reader.int(value, key: key)
                guard version == 1 else { throw reader.error(value, "version \(version) is not supported (this slant reads version 1)") }
            case "article": config.article = try reader.articleLimits(value)
            case "outlet": config.outlet = try reader.outletLimits(value)
            case "paths":
                guard let sequence = value.sequence else { throw reader.error(value, "'paths' must be a list of path rules") }
                config.paths = try sequence.map { try reader.pathRule($0) }
            case "lexicons": config.lexicons = try reader.paths(value, key: key)
            case "allow": config.allow = try reader.paths(value, key: key)
            case "extensions":
                config.extensions = try reader.strings(value, key: key).map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
                guard !config.extensions.isEmpty else { throw reader.error(value, "'extensions' must name at least one extension") }
            default: break
            }
        }
        return config
    }

    /// Reads and parses a configuration file.
    public static func load(path: String, categories: Set<String>? = nil) throws -> AuditConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AuditError(file: path, problem: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AuditError(file: path, problem: "the configuration is not UTF-8")
        }
        return try parse(text, file: path, categories: categories)
    }

    static func yamlProblem(_ error: YamlError, file: String) -> AuditError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            // libyaml's nesting limit names its own API ("... set with yaml_set_max_nest_level())").
            let said = problem.contains("yaml_set_max_nest_level") ? "nested too deeply" : problem
            return AuditError(file: file, line: mark.line, column: mark.column, problem: "invalid YAML: \(said)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return AuditError(file: file, line: context.mark.line, column: context.mark.column,
                              problem: "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return AuditError(file: file, problem: "invalid YAML: \(error)")
        }
    }

    struct Reader {
        var file: String
        var directory: String
        var categories: Set<String>?

        func error(_ node: Node, _ problem: String) -> AuditError {
            AuditError(file: file, line: node.mark?.line, column: node.mark?.column, problem: problem)
        }

        func mapping(_ node: Node, what: String) throws -> Node.Mapping {
            guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping of keys to values") }
            return mapping
        }

        /// The entries of a mapping in file order, rejecting keys not in `allowed`.
        func entries(_ mapping: Node.Mapping, allowed: [String]) throws -> [(String, Node)] {
            try mapping.map { key, value in
                guard let name = key.scalar?.string, allowed.contains(name) else {
                    throw error(key, "unknown key '\(key.string ?? "?")' (expected one of: \(allowed.joined(separator: ", ")))")
                }
                return (name, value)
            }
        }

        func double(_ node: Node, key: String, range: ClosedRange<Double>? = nil) throws -> Double {
            guard let scalar = node.scalar, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                throw error(node, "'\(key)' must be a number, not '\(node.string ?? "a \(kind(node))")'")
            }
            if let range, !range.contains(value) {
                throw error(node, "'\(key)' must be between \(format(range.lowerBound)) and \(format(range.upperBound)), not \(scalar.string)")
            }
            return value
        }

        func int(_ node: Node, key: String, minimum: Int = 0, maximum: Int = Int.max) throws -> Int {
            guard let scalar = node.scalar, let value = Int(scalar.string) else {
                throw error(node, "'\(key)' must be a whole number, not '\(node.string ?? "a \(kind(node))")'")
            }
            guard value >= minimum else { throw error(node, "'\(key)' must be at least \(minimum), not \(value)") }
            guard value <= maximum else { throw error(node, "'\(key)' must be at most \(maximum), not \(value)") }
            return value
        }

        func bool(_ node: Node, key: String) throws -> Bool {
            switch node.scalar?.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: throw error(node, "'\(key)' must be true or false, not '\(node.string ?? "a \(kind(node))")'")
            }
        }

        /// A list of strings; a single string is taken as a list of one.
        func strings(_ node: Node, key: String) throws -> [String] {
            if let scalar = node.scalar { return [scalar.string] }
            guard let sequence = node.sequence else { throw error(node, "'\(key)' must be a list of strings") }
            return try sequence.map { item in
                guard let s = item.scalar?.string, !s.isEmpty else { throw error(item, "'\(key)' must be a list of strings") }
                return s
            }
        }

        /// File paths, resolved against the configuration file's directory.
        func paths(_ node: Node, key: String) throws -> [String] {
            try strings(node, key: key).map { path in
                path.hasPrefix("/") || directory.isEmpty ? path : (directory as NSString).appendingPathComponent(path)
            }
        }

        func kind(_ node: Node) -> String {
            node.mapping != nil ? "mapping" : node.sequence != nil ? "list" : "value"
        }

        func articleLimits(_ node: Node) throws -> ArticleLimits {
            var limits = ArticleLimits()
            let keys = ["max-editorial-share", "max-loaded-density", "max-sentence-score", "disallowed-categories", "quotes-need-source"]
            for (key, value) in try entries(try mapping(node, what: "'article'"), allowed: keys) {
                switch key {
                case "max-editorial-share": limits.maxEditorialShare = try double(value, key: key, range: 0...1)
                case "max-loaded-density": limits.maxLoadedDensity = try double(value, key: key, range: 0...1000)
                case "max-sentence-score": limits.maxSentenceScore = try double(value, key: key, range: 0...1000)
                case "disallowed-categories":
                    let names = try strings(value, key: key)
                    if let categories, let unknown = names.first(where: { !categories.contains($0) }) {
                        throw error(value, "'disallowed-categories' names unknown category '\(unknown)' (categories: \(categories.sorted().joined(separator: ", ")))")
                    }
                    limits.disallowedCategories = names
                case "quotes-need-source": limits.quotesNeedSource = try bool(value, key: key)
                default: break
                }
            }
            return limits
        }

        func outletLimits(_ node: Node) throws -> OutletLimits {
            var limits = OutletLimits()
            let keys = ["max-editorial-share", "max-loaded-density", "max-sentence-score", "max-unsourced-quote-share",
                        "mode", "min-articles", "bootstrap-samples", "seed"]
            for (key, value) in try entries(try mapping(node, what: "'outlet'"), allowed: keys) {
                switch key {
                case "max-editorial-share": limits.maxEditorialShare = try double(value, key: key, range: 0...1)
                case "max-loaded-density": limits.maxLoadedDensity = try double(value, key: key, range: 0...1000)
                case "max-sentence-score": limits.maxSentenceScore = try double(value, key: key, range: 0...1000)
                case "max-unsourced-quote-share": limits.maxUnsourcedQuoteShare = try double(value, key: key, range: 0...1)
                case "mode":
                    guard let mode = value.scalar.flatMap({ OutletMode(rawValue: $0.string) }) else {
                        throw error(value, "'mode' must be point or interval, not '\(value.string ?? "a \(kind(value))")'")
                    }
                    limits.mode = mode
                case "min-articles": limits.minArticles = try int(value, key: key, minimum: 1)
                case "bootstrap-samples":
                    limits.bootstrapSamples = try int(value, key: key, minimum: AuditConfigLoader.bootstrapSampleRange.lowerBound,
                                                      maximum: AuditConfigLoader.bootstrapSampleRange.upperBound)
                case "seed": limits.seed = UInt64(try int(value, key: key))
                default: break
                }
            }
            return limits
        }

        func pathRule(_ node: Node) throws -> PathRule {
            var rule = PathRule(glob: "")
            var sawGlob = false
            for (key, value) in try entries(try mapping(node, what: "a path rule"), allowed: ["glob", "exempt", "article", "lexicons"]) {
                switch key {
                case "glob":
                    guard let glob = value.scalar?.string, !glob.isEmpty else { throw error(value, "'glob' must be a non-empty string") }
                    rule.glob = glob
                    sawGlob = true
                case "exempt":
                    if let scalar = value.scalar, ["true", "false", "yes", "no"].contains(scalar.string.lowercased()) {
                        rule.exempt = try bool(value, key: key) ? ["*"] : []
                    } else {
                        rule.exempt = try strings(value, key: key)
                        if let unknown = rule.exempt.first(where: { $0 != "*" && !ruleIDs.contains($0) }) {
                            throw error(value, "'exempt' names unknown rule '\(unknown)' (rules: \(ruleIDs.joined(separator: ", ")))")
                        }
                    }
                case "article": rule.article = try articleLimits(value)
                case "lexicons": rule.lexicons = try paths(value, key: key)
                default: break
                }
            }
            guard sawGlob else { throw error(node, "a path rule needs a 'glob'") }
            return rule
        }
    }
}

func format(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    let s = String(format: "%.3f", value)
    var trimmed = s
    while trimmed.hasSuffix("0") { trimmed.removeLast() }
    if trimmed.hasSuffix(".") { trimmed.removeLast() }
    return trimmed
}
