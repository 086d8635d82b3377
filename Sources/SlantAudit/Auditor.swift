import Foundation
import SlantCore
import SlantIO

/// One article rule checked on one article (JUnit lists each as a test case).
public struct ArticleCheck: Sendable, Equatable, Codable {
    public var file: String
    public var rule: String
    /// Exempted by a path rule: reported as skipped.
    public var exempt: Bool
    /// How many findings the rule made (before any baseline).
    public var findings: Int
}

/// Everything an audit found, in a deterministic order.
public struct AuditResult: Sendable {
    /// The configuration the audit ran with.
    public var config: AuditConfig
    /// Paths of the articles analysed, in input order.
    public var articles: [String]
    /// The analysed articles themselves, in input order.
    public var audited: [AuditedArticle] = []
    /// Every finding, sorted by file, position and rule; outlet findings last.
    public var findings: [Finding]
    /// The findings to report: all of them, or those not in the baseline.
    public var reported: [Finding]
    /// How many findings the baseline held back.
    public var baselined = 0
    /// Inputs that could not be read, in input order.
    public var problems: [InputError]
    /// Articles left out because they are not in English (`LanguageCheck`), in input order:
    /// not errors, so the audit's status does not count them.
    public var skipped: [InputError] = []
    public var articleChecks: [ArticleCheck]
    public var outletChecks: [OutletCheck]

    /// Whether every limit holds (for the findings reported).
    public var passed: Bool { reported.isEmpty }

    /// The article rules, in order, that any article was checked against.
    public var rulesChecked: [any ArticleRule] {
        let ids = Set(articleChecks.map(\.rule))
        return AuditRules.all.filter { ids.contains($0.id) }
    }
}

/// Runs an audit: reads the inputs, analyses them (in parallel), applies article, path and
/// outlet rules. It never touches argv, the terminal or exit codes.
public struct Auditor: Sendable {
    public var config: AuditConfig
    /// `--lexicons DIR`, if given.
    public var lexiconDirectory: String?
    /// `--any-language`: audit articles that are not in English too (by default they are left
    /// out, in `AuditResult.skipped`).
    public var anyLanguage = false
    /// The outlet of articles whose metadata and URL name none (`--outlet`).
    public var fallbackOutlet: String?

    public init(config: AuditConfig, lexiconDirectory: String? = nil) {
        self.config = config
        self.lexiconDirectory = lexiconDirectory
    }

    /// Builds an analyzer for each distinct set of lexicon overlays the inputs need, so a bad
    /// lexicon is a configuration error before any article is read.
    func analyzers(for rules: [ResolvedRules]) throws -> [[String]: Analyzer] {
        var result: [[String]: Analyzer] = [:]
        for overlays in Set(rules.map(\.overlays)).sorted(by: { $0.joined(separator: "\n") < $1.joined(separator: "\n") }) {
            let set = try LexiconLoader.load(directory: lexiconDirectory, overlays: config.lexicons + overlays, allow: config.allow)
            result[overlays] = try Analyzer(lexicons: set)
        }
        return result
    }

    /// The loaded-language categories the lexicons define, to validate `disallowed-categories`.
    public static func knownCategories(lexiconDirectory: String?) throws -> Set<String> {
        let set = try LexiconLoader.load(directory: lexiconDirectory)
        // Categories the scorer assigns itself (scare quotes) can be disallowed too.
        return Set(try LoadedLexicon(lexicons: set).categories.keys)
    }

    /// Audits the inputs. `jobs` articles are analysed at a time; `progress` is called with
    /// (done, total) from worker threads. Throws only for configuration problems; an unreadable
    /// input is recorded in `problems` and the rest go on.
    public func run(_ entries: [AuditInputEntry], jobs: Int, baseline: Baseline? = nil,
                    stdin: @escaping @Sendable () -> Data = { Data() },
                    progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> AuditResult {
        let inputs: [AuditInput] = entries.compactMap { if case .input(let i) = $0 { i } else { nil } }
        let rules = inputs.map { config.resolve(candidates: $0.globCandidates) }
        let analyzers = try analyzers(for: rules + [config.resolve(candidates: [])])

        let outcomes = Outcomes(count: inputs.count)
        let workers = max(1, min(jobs, inputs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = outcomes.claim() {
                let input = inputs[index]
                var outcome: [Outcome] = []
                do {
                    guard let analyzer = analyzers[rules[index].overlays] else {
                        throw InputError(path: input.path, problem: "no analyzer for its lexicon overlays")
                    }
                    for record in try AuditInputs.read(input, fallbackOutlet: fallbackOutlet, stdin: stdin) {
                        switch record {
                        case .success(let r):
                            let analysis = analyzer.analyze(r.article)
                            if !anyLanguage, let problem = analysis.language?.problem {
                                outcome.append(.skipped(InputError(path: r.origin, problem: problem + "; left out (--any-language audits it)")))
                                continue
                            }
                            outcome.append(.article(AuditedArticle(path: r.path, analysis: analysis,
                                                                   rules: rules[index], locator: r.locator, article: r.article)))
                        case .failure(let error):
                            outcome.append(.problem(error))
                        }
                    }
                } catch let error as InputError {
                    outcome.append(.problem(error))
                } catch {
                    outcome.append(.problem(InputError(path: input.path, problem: error.localizedDescription)))
                }
                let done = outcomes.store(outcome, at: index)
                progress?(done, inputs.count)
            }
        }

        // Problems keep their input order: those found while collecting, then those while reading,
        // merged by position in `entries`.
        var problems: [InputError] = []
        var skipped: [InputError] = []
        var articles: [AuditedArticle] = []
        var inputIndex = 0
        for entry in entries {
            switch entry {
            case .problem(let error): problems.append(error)
            case .input:
                for outcome in outcomes.results[inputIndex] ?? [] {
                    switch outcome {
                    case .article(let article): articles.append(article)
                    case .problem(let error): problems.append(error)
                    case .skipped(let error): skipped.append(error)
                    }
                }
                inputIndex += 1
            }
        }

        var findings: [Finding] = []
        var checks: [ArticleCheck] = []
        for article in articles {
            for rule in AuditRules.all where rule.isEnabled(article.rules.limits) {
                let exempt = !article.rules.applies(rule.id)
                let found = exempt ? [] : rule.check(article, limits: article.rules.limits)
                findings += found
                checks.append(ArticleCheck(file: article.path, rule: rule.id, exempt: exempt, findings: found.count))
            }
        }
        let outlet = OutletAggregates.check(articles, limits: config.outlet)
        findings.sort(by: Finding.precedes)
        findings += outlet.findings

        var result = AuditResult(config: config, articles: articles.map(\.path), findings: findings, reported: findings,
                                 problems: problems, articleChecks: checks, outletChecks: outlet.checks)
        result.audited = articles
        result.skipped = skipped
        if let baseline {
            result.reported = baseline.newFindings(findings)
            result.baselined = findings.count - result.reported.count
        }
        return result
    }

    enum Outcome: Sendable {
        case article(AuditedArticle)
        case problem(InputError)
        case skipped(InputError)
    }

    /// Work handed out to threads one index at a time, results stored by index: the output
    /// order never depends on which thread finished first.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var done = 0
        private let count: Int
        private(set) var results: [[Outcome]?]

        init(count: Int) {
            self.count = count
            results = Array(repeating: nil, count: count)
        }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ outcome: [Outcome], at index: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            results[index] = outcome
            done += 1
            return done
        }
    }
}
