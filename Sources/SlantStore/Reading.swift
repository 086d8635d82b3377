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

    /// One article with its sentences, cues, sources, hits, quotes and entity mentions, each
    /// in order; nil when there is no article with that id.
    public func storedArticle(id: Int64) throws -> StoredArticle? {
        try read { db in
            guard let article = try ArticleRecord.fetchOne(db, key: id),
                  let outlet = try OutletRecord.fetchOne(db, key: article.outlet_id) else { return nil }
            let sentences = try SentenceRecord.filter(SentenceRecord.Columns.article_id == id).order(SentenceRecord.Columns.id).fetchAll(db)
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
