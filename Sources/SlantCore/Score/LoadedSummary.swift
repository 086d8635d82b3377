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
        // (The rates are `null` where nothing was there to divide by: read as 0, which the
        // `...Defined` properties tell from a real 0.)
        editorial_share = try c.decodeIfPresent(Double.self, forKey: .editorial_share) ?? 0
        words = try c.decode(Int.self, forKey: .words)
        outlet_voice_words = try c.decode(Int.self, forKey: .outlet_voice_words)
        quoted_words = try c.decode(Int.self, forKey: .quoted_words)
        loaded_outlet_voice = try c.decode(Int.self, forKey: .loaded_outlet_voice)
        loaded_quoted = try c.decode(Int.self, forKey: .loaded_quoted)
        loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .loaded_per_1k_words) ?? 0
        quoted_loaded_per_1k_words = try c.decodeIfPresent(Double.self, forKey: .quoted_loaded_per_1k_words) ?? 0
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

extension ArticleSummary {
    /// Whether the editorial share has sentences to divide by.
    public var editorialShareDefined: Bool { sentences > 0 }
    /// Whether the loaded-term rate has words to divide by (outlet-voice words, or every word
    /// with `--include-quoted`).
    public var loadedRateDefined: Bool { include_quoted ? words > 0 : outlet_voice_words > 0 }
    /// Whether the quoted loaded-term rate has quoted words to divide by.
    public var quotedRateDefined: Bool { quoted_words > 0 }

    /// The synthesised encoding, but a rate with nothing to divide by is `null`, never 0 by fiat
    /// (as the outlet figures are).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: SummaryKeys.self)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(labels, forKey: .labels)
        try c.encode(editorialShareDefined ? editorial_share : nil, forKey: .editorial_share)
        try c.encode(words, forKey: .words)
        try c.encode(outlet_voice_words, forKey: .outlet_voice_words)
        try c.encode(quoted_words, forKey: .quoted_words)
        try c.encode(loaded_outlet_voice, forKey: .loaded_outlet_voice)
        try c.encode(loaded_quoted, forKey: .loaded_quoted)
        try c.encode(loadedRateDefined ? loaded_per_1k_words : nil, forKey: .loaded_per_1k_words)
        try c.encode(quotedRateDefined ? quoted_loaded_per_1k_words : nil, forKey: .quoted_loaded_per_1k_words)
        try c.encode(by_category, forKey: .by_category)
        try c.encode(top_terms, forKey: .top_terms)
        try c.encode(headline_loaded_score, forKey: .headline_loaded_score)
        try c.encode(body_loaded_score_mean, forKey: .body_loaded_score_mean)
        try c.encode(include_quoted, forKey: .include_quoted)
        try c.encode(by_category_quoted, forKey: .by_category_quoted)
        try c.encode(targets, forKey: .targets)
        try c.encode(headline_loaded, forKey: .headline_loaded)
        try c.encode(body_loaded, forKey: .body_loaded)
        try c.encode(body_loaded_per_1k_words, forKey: .body_loaded_per_1k_words)
    }
}

/// The keys of `ArticleSummary`'s JSON (the synthesised ones are private to its file).
private enum SummaryKeys: String, CodingKey {
    case sentences, labels, editorial_share, words, outlet_voice_words, quoted_words, loaded_outlet_voice,
         loaded_quoted, loaded_per_1k_words, quoted_loaded_per_1k_words, by_category, top_terms,
         headline_loaded_score, body_loaded_score_mean, include_quoted, by_category_quoted, targets,
         headline_loaded, body_loaded, body_loaded_per_1k_words
}
