import SlantCore

/// Outlet figures computed in memory from the audited articles, with 95% intervals from a
/// seeded bootstrap over articles (resampling whole articles, since sentences of one article are
/// not independent). The same articles and seed give the same intervals.
public enum OutletAggregates {
    /// One article's counts, all the outlet figures need.
    public struct Counts: Sendable, Equatable {
        public var sentences = 0
        public var editorial = 0
        public var outletVoiceWords = 0
        public var loadedOutletVoice = 0
        public var maxSentenceScore = 0.0
        public var quotes = 0
        public var unsourcedQuotes = 0

        public init(_ analysis: ArticleAnalysis) {
            sentences = analysis.sentences.count
            editorial = analysis.sentences.filter { $0.label == .editorial }.count
            outletVoiceWords = analysis.summary.outlet_voice_words
            loadedOutletVoice = analysis.summary.loaded_outlet_voice
            maxSentenceScore = analysis.sentences.map(\.loaded_score).max() ?? 0
            let speech = analysis.quotes.filter { !$0.scare }
            quotes = speech.count
            unsourcedQuotes = speech.filter { $0.speaker == nil }.count
        }
    }

    /// An outlet figure: its point estimate and 95% interval.
    public struct Figure: Sendable, Equatable, Codable {
        public var value: Double
        public var low: Double
        public var high: Double
    }

    /// The outlet statistics, one per outlet rule.
    public enum Statistic: String, CaseIterable, Sendable {
        case editorialShare = "outlet-editorial-share"
        case loadedDensity = "outlet-loaded-density"
        case sentenceScore = "outlet-sentence-score"
        case unsourcedQuoteShare = "outlet-unsourced-quote-share"

        /// The statistic over a sample of articles (pooled ratios; a mean for sentence scores),
        /// or nil when it is undefined (no sentences, words or quotes).
        func compute(_ sample: [Counts]) -> Double? {
            switch self {
            case .editorialShare:
                let n = sample.reduce(0) { $0 + $1.sentences }
                return n == 0 ? nil : Double(sample.reduce(0) { $0 + $1.editorial }) / Double(n)
            case .loadedDensity:
                let words = sample.reduce(0) { $0 + $1.outletVoiceWords }
                return words == 0 ? nil : Double(sample.reduce(0) { $0 + $1.loadedOutletVoice }) * 1000 / Double(words)
            case .sentenceScore:
                return sample.isEmpty ? nil : sample.reduce(0) { $0 + $1.maxSentenceScore } / Double(sample.count)
            case .unsourcedQuoteShare:
                let n = sample.reduce(0) { $0 + $1.quotes }
                return n == 0 ? nil : Double(sample.reduce(0) { $0 + $1.unsourcedQuotes }) / Double(n)
            }
        }

        func limit(_ limits: OutletLimits) -> Double? {
            switch self {
            case .editorialShare: limits.maxEditorialShare
            case .loadedDensity: limits.maxLoadedDensity
            case .sentenceScore: limits.maxSentenceScore
            case .unsourcedQuoteShare: limits.maxUnsourcedQuoteShare
            }
        }

        var noun: String {
            switch self {
            case .editorialShare: "editorial share"
            case .loadedDensity: "loaded density per 1,000 words"
            case .sentenceScore: "mean of each article's highest sentence score"
            case .unsourcedQuoteShare: "share of quotations without a source"
            }
        }

        public var help: String {
            switch self {
            case .editorialShare: "The outlet's pooled share of EDITORIAL sentences over the audited articles."
            case .loadedDensity: "The outlet's pooled outlet-voice loaded terms per 1,000 outlet-voice words."
            case .sentenceScore: "The mean, over the outlet's audited articles, of each article's highest sentence loaded score."
            case .unsourcedQuoteShare: "The share of the outlet's direct quotations for which Slant found no speaker."
            }
        }
    }

    /// The figure for a statistic: the point estimate over all articles and a percentile
    /// interval over `samples` resamples, seeded by `seed` and the outlet's name.
    public static func figure(_ statistic: Statistic, articles: [Counts], outlet: String, samples: Int, seed: UInt64) -> Figure? {
        guard let value = statistic.compute(articles) else { return nil }
        var generator = SeededGenerator(seed: SeededGenerator.seed(outlet + "|" + statistic.rawValue, base: seed))
        var estimates: [Double] = []
        estimates.reserveCapacity(samples)
        var sample = articles
        for _ in 0..<samples {
            for i in sample.indices { sample[i] = articles[Int(generator.next() % UInt64(articles.count))] }
            if let estimate = statistic.compute(sample) { estimates.append(estimate) }
        }
        estimates.sort()
        return Figure(value: value, low: quantile(estimates, 0.025) ?? value, high: quantile(estimates, 0.975) ?? value)
    }

    /// The linearly interpolated quantile of sorted values (R's type 7).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }

    /// Checks the outlet limits; returns the findings and the checks made (outlet, rule, figure).
    public static func check(_ articles: [AuditedArticle], limits: OutletLimits) -> (findings: [Finding], checks: [OutletCheck]) {
        guard !limits.isEmpty else { return ([], []) }
        var byOutlet: [String: [Counts]] = [:]
        for article in articles where !article.rules.exemptsAll {
            guard let outlet = article.outlet else { continue }
            byOutlet[outlet, default: []].append(Counts(article.analysis))
        }
        var findings: [Finding] = []
        var checks: [OutletCheck] = []
        for outlet in byOutlet.keys.sorted() {
            guard let counts = byOutlet[outlet], counts.count >= limits.minArticles else { continue }
            for statistic in Statistic.allCases {
                guard let limit = statistic.limit(limits),
                      let figure = figure(statistic, articles: counts, outlet: outlet,
                                          samples: limits.bootstrapSamples, seed: limits.seed) else { continue }
                let judged = limits.mode == .interval ? figure.low : figure.value
                let failed = judged > limit
                var check = OutletCheck(outlet: outlet, rule: statistic.rawValue, articles: counts.count, figure: figure,
                                        limit: limit, mode: limits.mode, failed: failed)
                if failed {
                    let reason = limits.mode == .interval
                        ? "the whole 95% interval \(format(figure.low))–\(format(figure.high)) lies above \(format(limit))"
                        : "\(format(figure.value)) > \(format(limit)), 95% interval \(format(figure.low))–\(format(figure.high))"
                    let finding = Finding(rule: statistic.rawValue, file: nil, outlet: outlet, location: nil, sentence: nil,
                                          value: figure.value, limit: limit, interval: [figure.low, figure.high],
                                          message: "\(statistic.noun) \(format(figure.value)) over \(counted(counts.count, "article")): \(reason)")
                    findings.append(finding)
                    check.message = finding.message
                }
                checks.append(check)
            }
        }
        return (findings, checks)
    }
}

/// One outlet limit checked, passed or not (JUnit lists each as a test case).
public struct OutletCheck: Sendable, Equatable, Codable {
    public var outlet: String
    public var rule: String
    public var articles: Int
    public var figure: OutletAggregates.Figure
    public var limit: Double
    public var mode: OutletMode
    public var failed: Bool
    public var message: String?
}
