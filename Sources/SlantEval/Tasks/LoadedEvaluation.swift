import SlantCore

/// One document of loaded-language gold: its text and gold spans, with BASIL's quote flag
/// per span when the gold has one.
public struct LoadedDocument: Sendable {
    public var name: String
    public var text: ScalarText
    public var gold: [TextSpan]
    /// Parallel to `gold`: whether annotators marked the span as inside a quotation.
    public var goldQuote: [Bool]?
    /// Every gold span by technique, where the gold has several (PTC): the mapped figure and
    /// the per-category table read them.
    public var techniques: [String: [TextSpan]]

    public init(name: String, text: ScalarText, gold: [TextSpan], goldQuote: [Bool]? = nil, techniques: [String: [TextSpan]] = [:]) {
        self.name = name
        self.text = text
        self.gold = gold
        self.goldQuote = goldQuote
        self.techniques = techniques
    }
}

/// A predicted loaded span, with whether the predictor placed it inside a quotation and, for
/// Slant, the category of the hit.
public struct PredictedSpan: Sendable, Equatable {
    public var span: TextSpan
    public var inQuote: Bool?
    public var category: String?
    /// The lexicon term (or rule) behind the hit, for the per-term table.
    public var term: String?

    public init(span: TextSpan, inQuote: Bool?, category: String? = nil, term: String? = nil) {
        self.span = span
        self.inQuote = inQuote
        self.category = category
        self.term = term
    }
}

/// Agreement of the predictor's in-quote flag with the gold quote flag, over the gold spans
/// the predictor found.
public struct QuoteAgreement: Encodable, Equatable, Sendable {
    /// Found gold spans with a quote flag, where the overlapping predictions carry one.
    public var compared: Int
    public var agreed: Int
    public var rate: Double? { compared == 0 ? nil : Double(agreed) / Double(compared) }

    enum CodingKeys: String, CodingKey { case compared, agreed, rate }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(compared, forKey: .compared)
        try c.encode(agreed, forKey: .agreed)
        try c.encode(rate.map(PRF.round), forKey: .rate)
    }
}

/// The result of scoring loaded-language spans.
public struct LoadedReport: Encodable, Sendable {
    public var gold: String
    public var documents: Int
    public var characters: PRF
    public var overlap: PRF
    public var exact: PRF
    public var quote_agreement: QuoteAgreement?
    public var errors: [ErrorExample]
    /// The figure under a technique mapping, with the per-category table (PTC gold only).
    public var mapped: MappedReport?
    /// The terms with the most hits outside the gold (`--terms N`).
    public var terms: [TermPrecision]?

    enum CodingKeys: String, CodingKey { case gold, documents, characters, overlap, exact, quote_agreement, errors, mapped, terms }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(gold, forKey: .gold)
        try c.encode(documents, forKey: .documents)
        try c.encode(characters, forKey: .characters)
        try c.encode(overlap, forKey: .overlap)
        try c.encode(exact, forKey: .exact)
        try c.encodeIfPresent(quote_agreement, forKey: .quote_agreement)
        try c.encode(errors, forKey: .errors)
        try c.encodeIfPresent(mapped, forKey: .mapped)
        try c.encodeIfPresent(terms, forKey: .terms)
    }
}

/// Scores loaded-language spans.
public enum LoadedEvaluation {
    /// Scores predictions by document name, micro-averaged over documents.
    ///
    /// The listed misses and false alarms are grouped by their lower-cased text and the most
    /// frequent come first; then come found spans whose quote flag disagrees, in document order (a word the lexicon lacks, or a neutral sense it keeps flagging, shows up once
    /// with its count rather than filling the list).
    public static func evaluate(documents: [LoadedDocument], predictions: [String: [PredictedSpan]],
                                gold: String, errors limit: Int) -> LoadedReport {
        var characters = PRF.zero, overlap = PRF.zero, exact = PRF.zero
        var quote = QuoteAgreement(compared: 0, agreed: 0)
        var hasQuote = false
        var missed: [String: (count: Int, example: ErrorExample)] = [:]
        var alarms: [String: (count: Int, example: ErrorExample)] = [:]
        var disagreements: [ErrorExample] = []
        for doc in documents {
            // Predictions come from other tools: clamp them to the text so a bad range cannot
            // make the character count huge.
            let predicted = (predictions[doc.name] ?? []).map { p in
                PredictedSpan(span: TextSpan(start: max(0, p.span.start), end: min(doc.text.count, p.span.end)), inQuote: p.inQuote)
            }.filter { $0.span.length > 0 }
            let spans = predicted.map(\.span)
            characters = characters + SpanMatching.characters(gold: doc.gold, predicted: spans)
            overlap = overlap + SpanMatching.overlap(gold: doc.gold, predicted: spans)
            exact = exact + SpanMatching.exact(gold: doc.gold, predicted: spans)
            for (k, g) in doc.gold.enumerated() where g.length > 0 {
                let hits = predicted.filter { $0.span.overlaps(g) }
                if hits.isEmpty {
                    record(&missed, ErrorExample(kind: "miss", document: doc.name, offset: g.start, text: ScalarText.oneLine(doc.text.text(g)),
                                                 detail: doc.text.context(at: g.start)))
                } else if let flags = doc.goldQuote, k < flags.count {
                    hasQuote = true
                    // A found span agrees when the overlapping predictions say the same as the gold.
                    let said = hits.compactMap(\.inQuote)
                    if !said.isEmpty {
                        quote.compared += 1
                        if said.contains(flags[k]) && Set(said).count == 1 {
                            quote.agreed += 1
                        } else if disagreements.count < limit {
                            disagreements.append(ErrorExample(kind: "quote-disagreement", document: doc.name, offset: g.start,
                                                              text: ScalarText.oneLine(doc.text.text(g)),
                                                              detail: "gold quote \(flags[k] ? "yes" : "no"), predicted in_quote \(said.map(String.init).joined(separator: ",")); "
                                                                  + doc.text.context(at: g.start)))
                        }
                    }
                }
            }
            for p in predicted where !doc.gold.contains(where: { $0.overlaps(p.span) }) {
                record(&alarms, ErrorExample(kind: "false-alarm", document: doc.name, offset: p.span.start,
                                             text: ScalarText.oneLine(doc.text.text(p.span)), detail: doc.text.context(at: p.span.start)))
            }
        }
        return LoadedReport(gold: gold, documents: documents.count, characters: characters, overlap: overlap, exact: exact,
                            quote_agreement: hasQuote ? quote : nil, errors: top(missed, limit) + top(alarms, limit) + disagreements)
    }

    private static func record(_ table: inout [String: (count: Int, example: ErrorExample)], _ e: ErrorExample) {
        let key = e.text.lowercased()
        if let existing = table[key] { table[key] = (existing.count + 1, existing.example) } else { table[key] = (1, e) }
    }

    private static func top(_ table: [String: (count: Int, example: ErrorExample)], _ limit: Int) -> [ErrorExample] {
        table.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.prefix(limit).map { entry in
            var e = entry.value.example
            e.detail = "\(entry.value.count)x; e.g. " + e.detail
            return e
        }
    }

    /// BABE's biased words as gold spans: the first whole-word, case-insensitive occurrence of
    /// each listed word in the sentence. Returns the spans and how many words were not found.
    public static func locate(words: [String], in text: ScalarText) -> (spans: [TextSpan], notFound: Int) {
        var spans: [TextSpan] = [], notFound = 0
        for word in words {
            let hits = WordListBaseline(list: word).spans(in: text)
            if let first = hits.first(where: { h in !spans.contains(h) }) ?? hits.first { spans.append(first) } else { notFound += 1 }
        }
        return (spans, notFound)
    }
}
