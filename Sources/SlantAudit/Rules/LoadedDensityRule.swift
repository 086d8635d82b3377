import SlantCore

/// Outlet-voice loaded terms per 1,000 outlet-voice words must not exceed the limit.
public struct LoadedDensityRule: ArticleRule {
    public let id = "loaded-density"
    public let title = "Loaded language in the outlet's voice, per 1,000 words"
    public let help = """
        Loaded terms (from Slant's loaded-language lexicon and overlays) used in the outlet's own \
        voice, per 1,000 words outside quotations. Words inside direct quotations count for their \
        speaker, not the outlet. The finding points at the sentence with the most such terms; \
        `slant score FILE` lists every term with its category and weight.
        """

    public init() {}

    public func isEnabled(_ limits: ArticleLimits) -> Bool { limits.maxLoadedDensity != nil }

    public func check(_ article: AuditedArticle, limits: ArticleLimits) -> [Finding] {
        guard let limit = limits.maxLoadedDensity else { return [] }
        let summary = article.analysis.summary
        guard summary.outlet_voice_words > 0 else { return [] }
        let density = Double(summary.loaded_outlet_voice) * 1000 / Double(summary.outlet_voice_words)
        guard density > limit else { return [] }
        var worst: SentenceAnalysis?
        var most = 0
        for sentence in article.analysis.sentences {
            let count = sentence.loaded.filter { !$0.in_quote }.count
            if count > most { most = count; worst = sentence }
        }
        let terms = worst.map { describe($0.loaded.filter { !$0.in_quote }) } ?? ""
        return [article.articleFinding(self, sentence: worst, value: density, limit: limit,
                                       message: "loaded density \(format(density)) > \(format(limit)) per 1,000 words (\(counted(summary.loaded_outlet_voice, "term")) in \(counted(summary.outlet_voice_words, "outlet-voice word")); densest sentence shown: \(terms))")]
    }
}
