/// The loaded-language figures of an article summary beyond the spine's: per category in
/// quotes, per target, headline against body, and the `--include-quoted` rate.
enum LoadedSummary {
    static func extend(_ summary: inout ArticleSummary, sentences: [SentenceAnalysis], includeQuoted: Bool) {
        var quotedCategories: [String: Int] = [:]
        var targets: [String: Int] = [:]
        var headline = 0, body = 0, bodyWords = 0
        // Read through the index, not `for s in sentences`, which copies each sentence whole.
        for k in sentences.indices {
            let isHeadline = sentences[k].headline
            if !isHeadline { bodyWords += sentences[k].words - (includeQuoted ? 0 : sentences[k].quoted_words) }
            // And each hit read in place, not bound (a copy of its strings and rule steps).
            for h in sentences[k].loaded.indices {
                let inQuote = sentences[k].loaded[h].in_quote
                if inQuote { quotedCategories[sentences[k].loaded[h].category, default: 0] += 1 }
                guard !inQuote || includeQuoted else { continue }
                targets[sentences[k].loaded[h].target, default: 0] += 1
                if isHeadline { headline += 1 } else { body += 1 }
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

extension ArticleSummary {
    /// Reads a summary written before the loaded-language fields existed (stored analyses,
    /// report fixtures): the newer fields take their defaults when absent.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: SummaryKeys.self)
        sentences = try c.decode(Int.self, forKey: .sentences)
        labels = try c.decode([String: Int].self, forKey: .labels)
        editorial_share = try c.decode(Double.self, forKey: .editorial_share)
        words = try c.decode(Int.self, forKey: .words)
        outlet_voice_words = try c.decode(Int.self, forKey: .outlet_voice_words)
        quoted_words = try c.decode(Int.self, forKey: .quoted_words)
        loaded_outlet_voice = try c.decode(Int.self, forKey: .loaded_outlet_voice)
        loaded_quoted = try c.decode(Int.self, forKey: .loaded_quoted)
        loaded_per_1k_words = try c.decode(Double.self, forKey: .loaded_per_1k_words)
        quoted_loaded_per_1k_words = try c.decode(Double.self, forKey: .quoted_loaded_per_1k_words)
        by_category = try c.decode([String: Int].self, forKey: .by_category)
        top_terms = try c.decode([TermCount].self, forKey: .top_terms)
        headline_loaded_score = try c.decode(Double.self, forKey: .headline_loaded_score)
        body_loaded_score_mean = try c.decode(Double.self, forKey: .body_loaded_score_mean)
        include_quoted = try c.decodeIfPresent(Bool.self, forKey: .include_quoted) ?? false
        by_category_quoted = try c.decodeIfPresent([String: Int].self, forKey: .by_category_quoted) ?? [:]
        targets = try c.decodeIfPresent([String: Int].self, forKey: .targets) ?? [:]
        headline_loaded = try c.decodeIfPresent(Int.self, forKey: .headline_loaded) ?? 0
        body_loaded = try c.decodeIfPresent(Int.self, forKey: .body_loaded) ?? 0
        body_loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .body_loaded_per_1k_words) ?? 0
    }
}

/// The keys of `ArticleSummary`'s JSON (the synthesised ones are private to its file).
private enum SummaryKeys: String, CodingKey {
    case sentences, labels, editorial_share, words, outlet_voice_words, quoted_words, loaded_outlet_voice,
         loaded_quoted, loaded_per_1k_words, quoted_loaded_per_1k_words, by_category, top_terms,
         headline_loaded_score, body_loaded_score_mean, include_quoted, by_category_quoted, targets,
         headline_loaded, body_loaded, body_loaded_per_1k_words
}
