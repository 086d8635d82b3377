/// The loaded-language figures of an article summary beyond the spine's: per category in
/// quotes, per target, headline against body, and the `--include-quoted` rate.
enum LoadedSummary {
    static func extend(_ summary: inout ArticleSummary, sentences: [SentenceAnalysis], includeQuoted: Bool) {
        var quotedCategories: [String: Int] = [:]
        var targets: [String: Int] = [:]
        var headline = 0, body = 0, bodyWords = 0
        for s in sentences {
            if !s.headline { bodyWords += s.words - (includeQuoted ? 0 : s.quoted_words) }
            for hit in s.loaded {
                if hit.in_quote { quotedCategories[hit.category, default: 0] += 1 }
                guard !hit.in_quote || includeQuoted else { continue }
                targets[hit.target, default: 0] += 1
                if s.headline { headline += 1 } else { body += 1 }
            }
        }
        summary.include_quoted = includeQuoted
        summary.by_category_quoted = quotedCategories
        summary.targets = targets
        summary.headline_loaded = headline
        summary.body_loaded = body
        summary.body_loaded_per_1k_words = rate(body, bodyWords)
        if includeQuoted {
            summary.loaded_per_1k_words = rate(summary.loaded_outlet_voice + summary.loaded_quoted, summary.words)
        }
    }

    static func rate(_ count: Int, _ words: Int) -> Double {
        words == 0 ? 0 : (Double(count) * 1000 / Double(words) * 1000).rounded() / 1000
    }
}
