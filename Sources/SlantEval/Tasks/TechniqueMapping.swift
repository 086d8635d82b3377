import SlantCore

/// How Slant's loaded-language categories map onto a gold corpus's techniques.
///
/// Slant's categories and PTC's techniques are different phenomena: PTC files a pejorative
/// label under its own technique, `Name_Calling,Labeling`, not under `Loaded_Language`, and has
/// no technique for scare quotes. The mapped figure scores each hit against the spans of the
/// technique its category maps to, so a label is neither a false alarm for `Loaded_Language`
/// nor lost.
public struct TechniqueMapping: Sendable {
    /// The technique for categories not listed in `byCategory`.
    public var fallback: String
    /// Categories with a technique of their own; `nil` leaves the category out.
    public var byCategory: [String: String?]

    public init(fallback: String, byCategory: [String: String?]) {
        self.fallback = fallback
        self.byCategory = byCategory
    }

    /// The PTC mapping: name-calling to `Name_Calling,Labeling`, scare quotes left out, every
    /// other category to `Loaded_Language`.
    public static let ptc = TechniqueMapping(fallback: "Loaded_Language",
                                             byCategory: ["name-calling": "Name_Calling,Labeling", "scare-quote": nil])

    /// The technique a hit of this category is scored against, or `nil` when it is left out.
    public func technique(for category: String?) -> String? {
        guard let category, let mapped = byCategory[category] else { return fallback }
        return mapped
    }

    /// The techniques that receive hits, the fallback first, then the others by name.
    public var techniques: [String] {
        [fallback] + Set(byCategory.values.compactMap { $0 }).subtracting([fallback]).sorted()
    }

    /// A one-line description for reports: `name-calling -> Name_Calling,Labeling; scare-quote left out; others -> Loaded_Language`.
    public var summary: String {
        let listed = byCategory.keys.sorted().map { key in byCategory[key].flatMap { $0 }.map { "\(key) -> \($0)" } ?? "\(key) left out" }
        return (listed + ["others -> \(fallback)"]).joined(separator: "; ")
    }
}

/// One technique's share of the mapped figure.
public struct TechniqueScore: Encodable, Equatable, Sendable {
    public var technique: String
    public var overlap: PRF
    public var characters: PRF
}

/// One Slant category's hits against the gold.
public struct CategoryPrecision: Encodable, Equatable, Sendable {
    public var category: String
    public var hits: Int
    /// Hits sharing a character with a span of the report's gold techniques (by default
    /// `Loaded_Language`).
    public var overlap_gold: Int
    /// Hits sharing a character with a span of the technique the mapping sends them to (0 for a
    /// category the mapping leaves out).
    public var overlap_mapped: Int
    /// Hits sharing a character with a span of any technique.
    public var overlap_any: Int

    public init(category: String, hits: Int, overlap_gold: Int, overlap_mapped: Int, overlap_any: Int) {
        self.category = category
        self.hits = hits
        self.overlap_gold = overlap_gold
        self.overlap_mapped = overlap_mapped
        self.overlap_any = overlap_any
    }
}

/// The mapped figure: each hit scored against its category's technique, gold spans of every
/// mapped technique counted; plus the per-category precision table.
public struct MappedReport: Encodable, Sendable {
    public var mapping: String
    /// Summed over the mapped techniques: a hit is correct when it overlaps a span of its
    /// technique, a gold span is found when a hit mapped to its technique overlaps it.
    public var overlap: PRF
    public var characters: PRF
    public var techniques: [TechniqueScore]
    public var categories: [CategoryPrecision]
}

extension LoadedEvaluation {
    /// Scores categorised predictions with a technique mapping, over documents that carry their
    /// spans by technique (`LoadedDocument.techniques`). Characters are counted per technique:
    /// a character marked by two techniques counts once for each.
    public static func mapped(documents: [LoadedDocument], predictions: [String: [PredictedSpan]],
                              mapping: TechniqueMapping) -> MappedReport {
        let names = mapping.techniques
        var overlap = [String: PRF](), characters = [String: PRF]()
        var table: [String: CategoryPrecision] = [:]
        for doc in documents {
            let predicted = (predictions[doc.name] ?? []).map { p in
                PredictedSpan(span: TextSpan(start: max(0, p.span.start), end: min(doc.text.count, p.span.end)), inQuote: p.inQuote,
                              category: p.category)
            }.filter { $0.span.length > 0 }
            for name in names {
                let gold = doc.techniques[name] ?? []
                let mine = predicted.filter { mapping.technique(for: $0.category) == name }.map(\.span)
                overlap[name, default: .zero] = overlap[name, default: .zero] + SpanMatching.overlap(gold: gold, predicted: mine)
                characters[name, default: .zero] = characters[name, default: .zero] + SpanMatching.characters(gold: gold, predicted: mine)
            }
            let every = doc.techniques.values.flatMap { $0 }
            for p in predicted {
                let category = p.category ?? "-"
                var row = table[category] ?? CategoryPrecision(category: category, hits: 0, overlap_gold: 0, overlap_mapped: 0, overlap_any: 0)
                row.hits += 1
                if doc.gold.contains(where: { $0.overlaps(p.span) }) { row.overlap_gold += 1 }
                if let t = mapping.technique(for: p.category), (doc.techniques[t] ?? []).contains(where: { $0.overlaps(p.span) }) {
                    row.overlap_mapped += 1
                }
                if every.contains(where: { $0.overlaps(p.span) }) { row.overlap_any += 1 }
                table[category] = row
            }
        }
        let scores = names.map { TechniqueScore(technique: $0, overlap: overlap[$0] ?? .zero, characters: characters[$0] ?? .zero) }
        return MappedReport(mapping: mapping.summary,
                            overlap: scores.reduce(PRF.zero) { $0 + $1.overlap },
                            characters: scores.reduce(PRF.zero) { $0 + $1.characters },
                            techniques: scores,
                            categories: table.values.sorted { ($1.hits, $0.category) < ($0.hits, $1.category) })
    }
}

/// One lexicon term's hits against the gold: what a lexicon editor reads to find entries whose
/// neutral senses outnumber their loaded ones (on a tuning part of the data only).
public struct TermPrecision: Encodable, Equatable, Sendable {
    public var term: String
    public var category: String
    public var hits: Int
    /// Hits sharing a character with a gold span.
    public var overlap_gold: Int
    /// Hits sharing a character with a span of any technique (PTC), or with a gold span.
    public var overlap_any: Int

    public init(term: String, category: String, hits: Int, overlap_gold: Int, overlap_any: Int) {
        self.term = term
        self.category = category
        self.hits = hits
        self.overlap_gold = overlap_gold
        self.overlap_any = overlap_any
    }
}

extension LoadedEvaluation {
    /// The `limit` terms with the most hits that overlap no gold span, most first (ties by
    /// term). Hits without a term are grouped under their category.
    public static func terms(documents: [LoadedDocument], predictions: [String: [PredictedSpan]], limit: Int) -> [TermPrecision] {
        var table: [String: TermPrecision] = [:]
        for doc in documents {
            let every = doc.gold + doc.techniques.values.flatMap { $0 }
            for p in predictions[doc.name] ?? [] where p.span.length > 0 {
                let category = p.category ?? "-"
                let term = p.term ?? category
                let key = term + "\t" + category
                var row = table[key] ?? TermPrecision(term: term, category: category, hits: 0, overlap_gold: 0, overlap_any: 0)
                row.hits += 1
                if doc.gold.contains(where: { $0.overlaps(p.span) }) { row.overlap_gold += 1 }
                if every.contains(where: { $0.overlaps(p.span) }) { row.overlap_any += 1 }
                table[key] = row
            }
        }
        return table.values.sorted {
            ($1.hits - $1.overlap_gold, $0.term, $0.category) < ($0.hits - $0.overlap_gold, $1.term, $1.category)
        }.prefix(limit).map { $0 }
    }
}
