import Foundation
import SlantCore
import GRDB

/// One stored article with everything found in it, for reports that show why a figure is
/// what it is.
public struct StoredArticle: Codable, Hashable, Sendable {
    public var outlet: String
    public var article: ArticleRecord
    public var sentences: [SentenceRecord]
    /// Each sentence's cues, decoded from its `cues` column once, in the order of `sentences`.
    public var sentenceCues: [[CueEvidence]]
    public var sources: [SourceRecord]
    public var loaded_hits: [LoadedHitRecord]
    public var quotes: [QuoteRecord]
    public var entity_mentions: [EntityMentionRecord]
}

extension StoredArticle {
    /// The cues of every sentence, in order, each with its sentence's id.
    public var cues: [CueRecord] {
        zip(sentences, sentenceCues).flatMap { sentence, cues in
            cues.map {
                CueRecord(sentence_id: sentence.id ?? -1, cue: $0.id, start: $0.start, end: $0.end, text: $0.text,
                          effect: $0.effect, weight: $0.weight, note: $0.note)
            }
        }
    }
}

extension SentenceRecord {
    /// The sentence's cues read from its `cues` column, each with its range in the article and
    /// its text; nil when the column is not a JSON array of cues (a file edited by hand).
    public func decodedCues() -> [CueEvidence]? {
        StoredJSON.cues(cues, sentenceStart: start, sentenceText: text)
    }
}

extension DerivableRequest<ArticleRecord> {
    /// Articles of one outlet.
    public func filter(outlet id: Int64) -> Self { filter(ArticleRecord.Columns.outlet_id == id) }
}

extension Store {
    /// Every outlet, by name.
    public func outlets() throws -> [OutletRecord] {
        try read { db in try OutletRecord.order(OutletRecord.Columns.name).fetchAll(db) }
    }

    /// The articles of an outlet (all articles for nil), in the order they were stored.
    /// With `ownReportingOnly`, wire copy and near duplicates are left out, as in the aggregates.
    public func articles(outlet name: String? = nil, ownReportingOnly: Bool = false) throws -> [ArticleRecord] {
        try read { db in
            var request = ArticleRecord.order(ArticleRecord.Columns.id)
            if let name {
                guard let outlet = try OutletRecord.filter(OutletRecord.Columns.name == name).fetchOne(db), let id = outlet.id else { return [] }
                request = request.filter(outlet: id)
            }
            if ownReportingOnly { request = request.ownReporting() }
            return try request.fetchAll(db)
        }
    }

    /// An article's sentences, in order, as the `sentences` view gives them, with each text
    /// cut from the article's text here: through the view SQLite read the whole article's text
    /// for each sentence, so one long article took time in the square of its length (an
    /// article of 40,000 sentences, 2.7 MB: 23 s to report).
    static func sentences(_ db: Database, of article: ArticleRecord) throws -> [SentenceRecord] {
        guard let id = article.id else { return [] }
        let bytes = Array(article.text.utf8)
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, article_id, position, start, "end", headline, label, confidence, words, quoted_words, loaded_score, cues,
                   rule, byte_start, byte_end, own_text
            FROM sentence_rows WHERE article_id = ? ORDER BY id
            """, arguments: [id])
        return rows.map { row in
            let text: String
            if let own = row["own_text"] as String? {
                text = own
            } else {
                let lower = min(max(row["byte_start"] as Int, 0), bytes.count)
                let upper = min(max(row["byte_end"] as Int, lower), bytes.count)
                text = String(decoding: bytes[lower..<upper], as: UTF8.self)
            }
            return SentenceRecord(id: row["id"], article_id: row["article_id"], position: row["position"], start: row["start"],
                                  end: row["end"], headline: row["headline"], label: row["label"], confidence: row["confidence"],
                                  words: row["words"], quoted_words: row["quoted_words"], loaded_score: row["loaded_score"],
                                  text: text, cues: row["cues"], rule: row["rule"])
        }
    }

    /// One article with its sentences, cues, sources, hits, quotes and entity mentions, each
    /// in order; nil when there is no article with that id.
    public func storedArticle(id: Int64) throws -> StoredArticle? {
        try read { db in
            guard let article = try ArticleRecord.fetchOne(db, key: id),
                  let outlet = try OutletRecord.fetchOne(db, key: article.outlet_id) else { return nil }
            let sentences = try Self.sentences(db, of: article)
            let cues = try sentences.map { sentence in
                guard let cues = sentence.decodedCues() else {
                    throw StoreError(path: path, problem: "sentence \(sentence.id ?? -1) has a 'cues' value that is not a JSON array of cues")
                }
                return cues
            }
            return StoredArticle(
                outlet: outlet.name, article: article, sentences: sentences, sentenceCues: cues,
                sources: try SourceRecord.filter(SourceRecord.Columns.article_id == id).order(SourceRecord.Columns.id).fetchAll(db),
                loaded_hits: try LoadedHitRecord.filter(LoadedHitRecord.Columns.article_id == id).order(LoadedHitRecord.Columns.id).fetchAll(db),
                quotes: try QuoteRecord.filter(QuoteRecord.Columns.article_id == id).order(QuoteRecord.Columns.id).fetchAll(db),
                entity_mentions: try EntityMentionRecord.filter(EntityMentionRecord.Columns.article_id == id)
                    .order(EntityMentionRecord.Columns.id).fetchAll(db))
        }
    }
}
