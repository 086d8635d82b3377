import Foundation
import GRDB
import SlantCore

/// What writing one batch did.
public struct BatchResult: Sendable, Equatable {
    /// Articles newly stored.
    public var inserted = 0
    /// Articles already in the database (same content hash): skipped.
    public var skipped = 0
    /// Newly stored articles found to be near duplicates of another outlet's article.
    public var nearDuplicates = 0
    /// Newly stored articles carrying a wire byline or dateline.
    public var wire = 0

    public init(inserted: Int = 0, skipped: Int = 0, nearDuplicates: Int = 0, wire: Int = 0) {
        self.inserted = inserted
        self.skipped = skipped
        self.nearDuplicates = nearDuplicates
        self.wire = wire
    }
}

extension Store {
    /// The content hashes among `hashes` that are already stored, so a rerun skips analysis.
    public func existingHashes(_ hashes: [String]) throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try read { db in
            var found: Set<String> = []
            // SQLite limits bound parameters; 500 at a time stays far below it.
            for start in stride(from: 0, to: hashes.count, by: 500) {
                let chunk = Array(hashes[start..<min(hashes.count, start + 500)])
                let rows = try String.fetchAll(db, ArticleRecord.select(ArticleRecord.Columns.content_hash)
                    .filter(chunk.contains(ArticleRecord.Columns.content_hash)))
                found.formUnion(rows)
            }
            return found
        }
    }

    /// Writes a batch of articles in one transaction: all of it is stored or none of it, so a
    /// killed process leaves either the whole batch or nothing. An article whose content hash
    /// is already stored (by an earlier run or a concurrent process) is skipped.
    public func write(_ batch: [PreparedArticle]) throws -> BatchResult {
        try write { db in
            var result = BatchResult()
            var outletIDs: [String: Int64] = [:]
            var lexiconIDs: [String: Int64] = [:]
            for prepared in batch {
                if try ArticleRecord.filter(ArticleRecord.Columns.content_hash == prepared.article.content_hash).fetchCount(db) > 0 {
                    result.skipped += 1
                    continue
                }
                let outletID = try outletIDs[prepared.outlet] ?? Self.outletID(db, name: prepared.outlet)
                outletIDs[prepared.outlet] = outletID
                let fingerprint = Self.fingerprint(prepared.lexicons, version: prepared.slantVersion)
                let lexiconID = try lexiconIDs[fingerprint] ?? Self.lexiconID(db, fingerprint: fingerprint, prepared: prepared)
                lexiconIDs[fingerprint] = lexiconID

                var article = prepared.article
                article.outlet_id = outletID
                article.lexicon_version_id = lexiconID
                let duplicates = prepared.comparable ? try Self.nearDuplicates(db, of: article) : []
                article.duplicate_of = duplicates.min()
                try article.insert(db)
                guard let articleID = article.id else { continue }
                if !duplicates.isEmpty {
                    // The earlier copies are syndicated too: the same text ran in more than one outlet.
                    try db.execute(sql: "UPDATE articles SET duplicate_of = ? WHERE duplicate_of IS NULL AND id IN (\(duplicates.map { String($0) }.joined(separator: ",")))",
                                   arguments: [articleID])
                    result.nearDuplicates += 1
                }
                if article.wire != nil { result.wire += 1 }
                try Self.insertChildren(db, prepared, articleID: articleID)
                result.inserted += 1
            }
            return result
        }
    }

    /// Sentences, cues, sources, hits, mentions and quotes, through cached prepared statements:
    /// these are most of the rows, and a reused statement is several times faster than a
    /// record insert.
    static func insertChildren(_ db: Database, _ prepared: PreparedArticle, articleID: Int64) throws {
        let sentenceStatement = try db.cachedStatement(sql: """
            INSERT INTO sentences (article_id, position, start, "end", headline, label, confidence, words, quoted_words, loaded_score, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let cueStatement = try db.cachedStatement(sql: """
            INSERT INTO cues (sentence_id, cue, start, "end", text, effect, weight, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let sourceStatement = try db.cachedStatement(sql: """
            INSERT INTO sources (sentence_id, article_id, start, "end", text, kind, resolved) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let hitStatement = try db.cachedStatement(sql: """
            INSERT INTO loaded_hits (sentence_id, article_id, start, "end", text, term, category, weight, score, in_quote,
                                     speaker, target, lexicon, steps)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let mentionStatement = try db.cachedStatement(sql: """
            INSERT INTO entity_mentions (sentence_id, article_id, entity, kind, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let quoteStatement = try db.cachedStatement(sql: """
            INSERT INTO quotes (article_id, start, "end", text, speaker, scare) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for sentence in prepared.sentences {
            let r = sentence.record
            try sentenceStatement.execute(arguments: [articleID, r.position, r.start, r.end, r.headline, r.label, r.confidence,
                                                      r.words, r.quoted_words, r.loaded_score, r.text])
            let sentenceID = db.lastInsertedRowID
            for c in sentence.cues {
                try cueStatement.execute(arguments: [sentenceID, c.cue, c.start, c.end, c.text, c.effect, c.weight, c.note])
            }
            if let src = sentence.source {
                try sourceStatement.execute(arguments: [sentenceID, articleID, src.start, src.end, src.text, src.kind, src.resolved])
            }
            for h in sentence.hits {
                try hitStatement.execute(arguments: [sentenceID, articleID, h.start, h.end, h.text, h.term, h.category, h.weight,
                                                     h.score, h.in_quote, h.speaker, h.target, h.lexicon, h.steps])
            }
            for m in sentence.mentions {
                try mentionStatement.execute(arguments: [sentenceID, articleID, m.entity, m.kind, m.start, m.end, m.text])
            }
        }
        for q in prepared.quotes {
            try quoteStatement.execute(arguments: [articleID, q.start, q.end, q.text, q.speaker, q.scare])
        }
    }

    static func outletID(_ db: Database, name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, OutletRecord.select(OutletRecord.Columns.id).filter(OutletRecord.Columns.name == name)) {
            return id
        }
        var outlet = OutletRecord(id: nil, name: name)
        try outlet.insert(db)
        return outlet.id ?? db.lastInsertedRowID
    }

    static func lexiconID(_ db: Database, fingerprint: String, prepared: PreparedArticle) throws -> Int64 {
        if let id = try Int64.fetchOne(db, LexiconVersionRecord.select(LexiconVersionRecord.Columns.id)
            .filter(LexiconVersionRecord.Columns.fingerprint == fingerprint)) {
            return id
        }
        var record = LexiconVersionRecord(id: nil, fingerprint: fingerprint, slant_version: prepared.slantVersion,
                                          files: PreparedArticle.json(prepared.lexicons))
        try record.insert(db)
        return record.id ?? db.lastInsertedRowID
    }

    static func fingerprint(_ lexicons: [LexiconInfo], version: String) -> String {
        let text = ([version] + lexicons.map { "\($0.file)\t\($0.name)\t\($0.version)\t\($0.sha256)" }).joined(separator: "\n")
        return SHA256.hex(Array(text.utf8))
    }

    /// Ids of stored articles from other outlets whose SimHash is within `maxDistance` bits.
    static func nearDuplicates(_ db: Database, of article: ArticleRecord) throws -> [Int64] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, simhash FROM articles
            WHERE (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?) AND outlet_id != ?
            """, arguments: [article.band0, article.band1, article.band2, article.band3, article.outlet_id])
        let hash = UInt64(bitPattern: article.simhash)
        return rows.compactMap { row -> Int64? in
            let other = UInt64(bitPattern: row["simhash"] as Int64)
            return Syndication.distance(hash, other) <= Syndication.maxDistance ? row["id"] : nil
        }
    }
}
