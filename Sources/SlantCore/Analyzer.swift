/// Slant's pipeline: split -> quotes -> loaded terms -> cues and label -> sources -> summary.
///
/// Each stage keeps ranges into the original input, so every label and score can point at
/// exactly what decided it.
public struct Analyzer: Sendable {
    public let splitter: SentenceSplitter
    public let classifier: ClaimClassifier
    public let scorer: LoadedLanguageScorer
    /// The lexicons this analyzer was built from: name, version and content hash of each.
    public let lexicons: [LexiconInfo]
    public static let version = "0.1.0"

    /// Builds the pipeline from lexicon texts, validating each file.
    public init(lexicons set: LexiconSet) throws {
        let abbreviationFile = try DataFile.parse(try set.text("abbreviations.tsv"), name: "abbreviations.tsv",
                                                  minColumns: 2, maxColumns: 3)
        var entries: [(String, Abbreviations.Kind)] = []
        for row in abbreviationFile.rows {
            guard let kind = Abbreviations.Kind(rawValue: row.fields[1]) else {
                throw LexiconError(file: abbreviationFile.name, line: row.line, problem: "unknown abbreviation kind '\(row.fields[1])'")
            }
            entries.append((row.fields[0], kind))
        }
        let openerFile = try DataFile.parse(try set.text("sentence-starters.tsv"), name: "sentence-starters.tsv",
                                            minColumns: 1, maxColumns: 2)
        splitter = SentenceSplitter(abbreviations: Abbreviations(entries: entries, sentenceOpeners: openerFile.rows.map { $0.fields[0] }))
        let words = try CueWords(lexicons: set)
        classifier = ClaimClassifier(words: words)
        let lexicon = try LoadedLexicon(lexicons: set)
        let modifiers = try Modifiers(lexicons: set)
        let entities = try EntityGazetteer(lexicons: set)
        scorer = LoadedLanguageScorer(lexicon: lexicon, modifiers: modifiers, entities: entities)
        lexicons = ([abbreviationFile.info, openerFile.info] + words.infos + lexicon.infos
                    + [modifiers.info, entities.info].compactMap { $0 }).sorted { $0.file < $1.file }
    }

    /// Analyses one article.
    public func analyze(_ article: Article) -> ArticleAnalysis {
        let source = SourceText(article.text)
        var sentences: [Sentence] = []
        if let headline = article.headline {
            sentences.append(Sentence(bytes: headline, span: source.span(ofBytes: headline),
                                      text: source.text(ofBytes: headline), isHeadline: true))
        }
        for range in article.body { sentences += splitter.sentences(in: source, range: range) }
        let quoteRanges = QuoteFinder.quotes(in: source.bytes, ranges: (article.headline.map { [$0] } ?? []) + article.body)

        var results: [SentenceAnalysis] = []
        var quoteSpeakers: [Range<Int>: String] = [:]
        var scare: Set<Range<Int>> = []
        var lastSpeaker: String?
        for sentence in sentences {
            let tokens = Tokenizer.tokens(in: source, range: sentence.bytes)
            let overlapping = quoteRanges.filter { $0.overlaps(sentence.bytes) }
            let scareHere = overlapping.filter { isScareQuote($0, tokens: tokens, allQuotes: overlapping) }
            scare.formUnion(scareHere)
            let speech = overlapping.filter { !scareHere.contains($0) }
            let inQuote = tokens.map { token in speech.contains { $0.contains(token.bytes.lowerBound) && $0.contains(token.bytes.upperBound - 1) } }
            var loaded = scorer.score(source: source, tokens: tokens, inQuote: inQuote, scareQuotes: scareHere)
            let context = SentenceContext(source: source, sentence: sentence, tokens: tokens, inQuote: inQuote,
                                          quotes: speech, outletVoiceLoaded: loaded.filter { !$0.in_quote },
                                          words: classifier.words)
            let decision = classifier.classify(context, lastSpeaker: lastSpeaker)
            var speaker: String?
            if let src = decision.source {
                speaker = src.kind == "pronoun" ? src.resolved : src.text
                if src.kind == "person" || src.kind == "role" { lastSpeaker = src.text }
            }
            for quote in speech where quoteSpeakers[quote] == nil {
                if let speaker { quoteSpeakers[quote] = speaker }
            }
            for k in loaded.indices where loaded[k].in_quote { loaded[k].speaker = speaker }
            let wordCount = tokens.filter { $0.kind != .punctuation }.count
            let quotedWords = zip(tokens, inQuote).filter { $0.0.kind != .punctuation && $0.1 }.count
            let outletScore = loaded.filter { !$0.in_quote }.reduce(0) { $0 + $1.score }
            results.append(SentenceAnalysis(start: sentence.span.start, end: sentence.span.end, text: sentence.text,
                                            headline: sentence.isHeadline, label: decision.label,
                                            confidence: decision.confidence, cues: decision.cues, source: decision.source,
                                            loaded: loaded, words: wordCount, quoted_words: quotedWords,
                                            loaded_score: (outletScore * 1000).rounded() / 1000))
        }
        let quotes = quoteRanges.map { range -> Quote in
            let span = source.span(ofBytes: range)
            return Quote(start: span.start, end: span.end, text: source.text(ofBytes: range),
                         speaker: quoteSpeakers[range], scare: scare.contains(range))
        }
        return ArticleAnalysis(article: ArticleInfo(metadata: article.metadata, sha256: SHA256.hex(source.bytes)),
                               sentences: results, quotes: quotes, summary: Self.summarize(results),
                               lexicons: lexicons, slant_version: Self.version)
    }

    /// Classifies one sentence given on its own (for `slant classify`): offsets are within it.
    public func classify(sentence text: String) -> SentenceAnalysis {
        let article = Article(text: text)
        return analyze(article).sentences.first.map { first in
            var merged = first
            merged.end = SourceText(text).scalarCount
            merged.text = text
            return merged
        } ?? SentenceAnalysis(start: 0, end: 0, text: text, headline: false, label: .factual, confidence: 0.5,
                              cues: [], source: nil, loaded: [], words: 0, quoted_words: 0, loaded_score: 0)
    }

    /// A short quotation (a few words) in a sentence with no verb of saying outside quotes is a
    /// scare quote: the outlet's own distancing, not someone's speech.
    func isScareQuote(_ quote: Range<Int>, tokens: [Token], allQuotes: [Range<Int>]) -> Bool {
        let inside = tokens.filter { $0.kind != .punctuation && quote.contains($0.bytes.lowerBound) }
        guard !inside.isEmpty, inside.count <= QuotedSpeechCue.scareQuoteMaxWords else { return false }
        var i = 0
        while i < tokens.count {
            let outside = !allQuotes.contains { $0.contains(tokens[i].bytes.lowerBound) }
            if outside, let (entry, length) = classifier.words.attribution.match(tokens, at: i) {
                if entry.value.kind == "verb" || entry.value.kind == "phrase" || entry.value.kind == "anonymous" { return false }
                i += length
            } else {
                i += 1
            }
        }
        return true
    }

    /// Per-article figures from analysed sentences.
    public static func summarize(_ sentences: [SentenceAnalysis]) -> ArticleSummary {
        var labels: [String: Int] = [:]
        for label in ClaimLabel.allCases { labels[label.rawValue] = 0 }
        var words = 0, quoted = 0, loadedOutlet = 0, loadedQuoted = 0
        var byCategory: [String: Int] = [:]
        var terms: [String: (category: String, count: Int)] = [:]
        var bodyScores: [Double] = []
        var headlineScore = 0.0
        for s in sentences {
            labels[s.label.rawValue, default: 0] += 1
            words += s.words
            quoted += s.quoted_words
            for hit in s.loaded {
                if hit.in_quote {
                    loadedQuoted += 1
                    continue
                }
                loadedOutlet += 1
                byCategory[hit.category, default: 0] += 1
                terms[hit.term, default: (hit.category, 0)].count += 1
            }
            if s.headline { headlineScore = s.loaded_score } else { bodyScores.append(s.loaded_score) }
        }
        let outletWords = words - quoted
        let top = terms.map { TermCount(term: $0.key, category: $0.value.category, count: $0.value.count) }
            .sorted { ($1.count, $0.term) < ($0.count, $1.term) }
        func rate(_ count: Int, _ words: Int) -> Double { words == 0 ? 0 : (Double(count) * 1000 / Double(words) * 1000).rounded() / 1000 }
        let editorialShare = sentences.isEmpty ? 0 : Double(labels["EDITORIAL"] ?? 0) / Double(sentences.count)
        let bodyMean = bodyScores.isEmpty ? 0 : bodyScores.reduce(0, +) / Double(bodyScores.count)
        return ArticleSummary(sentences: sentences.count, labels: labels,
                              editorial_share: (editorialShare * 1000).rounded() / 1000, words: words,
                              outlet_voice_words: outletWords, quoted_words: quoted, loaded_outlet_voice: loadedOutlet,
                              loaded_quoted: loadedQuoted, loaded_per_1k_words: rate(loadedOutlet, outletWords),
                              quoted_loaded_per_1k_words: rate(loadedQuoted, quoted), by_category: byCategory,
                              top_terms: Array(top.prefix(10)), headline_loaded_score: headlineScore,
                              body_loaded_score_mean: (bodyMean * 1000).rounded() / 1000)
    }
}
