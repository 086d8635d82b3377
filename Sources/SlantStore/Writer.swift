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
    /// The writer's page cache in KiB during ingest: room for a whole batch's dirty pages (a
    /// 128-article batch of news-10mb dirties about 4 MB). 64 MB wrote no less and held 58 MB
    /// more memory on news-10mb; 16 MB holds 17 MB more than SQLite's default.
    static let writerCacheKiB = 16_384

    /// Whether any article is stored.
    public func hasArticles() throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM articles)") ?? false }
    }

    /// The content hashes among `hashes` that are already stored, so a rerun skips analysis.
    public func existingHashes(_ hashes: [String]) throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try read { db in
            var found: Set<String> = []
            // SQLite limits bound parameters; 500 at a time stays far below it. A worker asks
            // for a few hashes at a time, so the statement for each count is prepared once.
            for start in stride(from: 0, to: hashes.count, by: 500) {
                let chunk = Array(hashes[start..<min(hashes.count, start + 500)])
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                let statement = try db.cachedStatement(sql: "SELECT content_hash FROM articles WHERE content_hash IN (\(placeholders))")
                found.formUnion(try String.fetchAll(statement, arguments: StatementArguments(chunk)))
            }
            return found
        }
    }

    /// Ids a writer has found or made in committed batches, for the next batches of the same
    /// run: an outlet's row and a lexicon version's row are never deleted, so their ids stay
    /// valid. Looking them up again cost every batch some 0.3M instructions (the lexicon
    /// version through GRDB's query interface) plus one query per outlet, most of it in the
    /// small batches at the end of an ingest, which the workers wait for.
    public final class KnownIDs {
        var outlets: [String: Int64] = [:]
        var lexicons: [String: Int64] = [:]
        var fingerprint: (lexicons: [LexiconInfo], version: String, fingerprint: String)?

        public init() {}
    }

    /// Writes a batch of articles in one transaction: all of it is stored or none of it, so a
    /// killed process leaves either the whole batch or nothing. An article whose content hash
    /// is already stored (by an earlier run or a concurrent process) is skipped. `known`: ids
    /// from the caller's earlier batches, and where the ids of this one go once it is committed
    /// (a batch rolled back adds none).
    public func write(_ batch: [PreparedArticle], known: KnownIDs? = nil) throws -> BatchResult {
        var newOutlets: [String: Int64] = [:], newLexicons: [String: Int64] = [:]
        let result = try write(checkingForeignKeys: false) { db in
            // A batch dirties a few megabytes of pages (article text, sentences, indexes):
            // with SQLite's default 2 MB cache the writer spilled pages to the WAL in the middle
            // of the transaction and wrote many of them again before the commit (news-10mb:
            // 100,021 pwrite and 30,797 pread calls, 49,622 and 16,981 with this cache). The
            // cache is a limit, allocated as pages are used; set per batch, on the writer's
            // connection only, so readers keep the default.
            try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
            var result = BatchResult()
            var outletIDs = known?.outlets ?? [:]
            var lexiconIDs = known?.lexicons ?? [:]
            var lastFingerprint = known?.fingerprint
            let children = try ChildRows(db)
            for prepared in batch {
                if try Self.isStored(db, contentHash: prepared.article.content_hash) {
                    result.skipped += 1
                    continue
                }
                let outletID: Int64
                if let id = outletIDs[prepared.outlet] {
                    outletID = id
                } else {
                    outletID = try Self.outletID(db, name: prepared.outlet)
                    outletIDs[prepared.outlet] = outletID
                    newOutlets[prepared.outlet] = outletID
                }
                // Every article of a run has the same lexicons: hash them once per batch, not per article.
                let fingerprint: String
                if let last = lastFingerprint, last.lexicons == prepared.lexicons, last.version == prepared.slantVersion {
                    fingerprint = last.fingerprint
                } else {
                    fingerprint = Self.fingerprint(prepared.lexicons, version: prepared.slantVersion)
                    lastFingerprint = (prepared.lexicons, prepared.slantVersion, fingerprint)
                }
                let lexiconID: Int64
                if let id = lexiconIDs[fingerprint] {
                    lexiconID = id
                } else {
                    lexiconID = try Self.lexiconID(db, fingerprint: fingerprint, prepared: prepared)
                    lexiconIDs[fingerprint] = lexiconID
                    newLexicons[fingerprint] = lexiconID
                }

                var article = prepared.article
                article.outlet_id = outletID
                article.lexicon_version_id = lexiconID
                // (An article with a lead SimHash has 100 words at least, so it is comparable.)
                let duplicates = prepared.comparable ? try Self.nearDuplicates(db, of: article) : []
                article.duplicate_of = duplicates.min()
                let articleID = try Self.insertArticle(db, article)
                if !duplicates.isEmpty {
                    // The earlier copies are syndicated too: the same text ran in more than one outlet.
                    try db.execute(sql: "UPDATE articles SET duplicate_of = ? WHERE duplicate_of IS NULL AND id IN (\(duplicates.map { String($0) }.joined(separator: ",")))",
                                   arguments: [articleID])
                    // This copy and every earlier one marked now: the count the outlets' `dup`
                    // columns add up to (both copies are marked).
                    result.nearDuplicates += 1 + db.changesCount
                }
                if article.wire != nil { result.wire += 1 }
                try children.add(prepared, articleID: articleID)
                result.inserted += 1
            }
            try children.finish()
            known?.fingerprint = lastFingerprint
            return result
        }
        if let known {
            known.outlets.merge(newOutlets) { old, _ in old }
            known.lexicons.merge(newLexicons) { old, _ in old }
        }
        return result
    }

    /// The rows under the articles of one batch (sentences with their cues, sources, hits,
    /// mentions and quotes), collected as the articles are written and inserted many rows to a
    /// statement (`RowBatch`): these are most of the rows ingest writes.
    ///
    /// A sentence's id is given, not left to SQLite, so its children can be collected before
    /// it is inserted: the next id is read once per batch, inside the batch's transaction, and
    /// is the id SQLite would assign (`AUTOINCREMENT`: one more than the largest id ever used).
    final class ChildRows {
        let sentences, sources, hits, mentions, quotes: RowBatch
        private var nextSentenceID: Int64

        init(_ db: Database) throws {
            // The sentence's text is not stored: the `sentences` view cuts it from the article's
            // by `byte_start` and `byte_end` (migration `v4-sentence-text-from-article`).
            sentences = RowBatch(db, table: "sentence_rows", columns: ["id", "article_id", "position", "start", "end", "headline", "label",
                                                                       "confidence", "words", "quoted_words", "loaded_score", "cues",
                                                                       "byte_start", "byte_end", "own_text", "rule"])
            sources = RowBatch(db, table: "sources", columns: ["sentence_id", "article_id", "start", "end", "text", "kind", "resolved"])
            hits = RowBatch(db, table: "loaded_hits", columns: ["sentence_id", "article_id", "start", "end", "text", "term", "category",
                                                                 "weight", "score", "in_quote", "speaker", "target", "lexicon", "steps"])
            mentions = RowBatch(db, table: "entity_mentions", columns: ["sentence_id", "article_id", "entity", "kind", "start", "end", "text"])
            quotes = RowBatch(db, table: "quotes", columns: ["article_id", "start", "end", "text", "speaker", "scare"])
            let largest = try Int64.fetchOne(db, sql: """
                SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'sentence_rows'), 0),
                           COALESCE((SELECT MAX(id) FROM sentence_rows), 0))
                """) ?? 0
            nextSentenceID = largest + 1
        }

        /// Collects an article's rows.
        func add(_ prepared: PreparedArticle, articleID: Int64) throws {
            for sentence in prepared.sentences {
                let r = sentence.record
                let sentenceID = nextSentenceID
                nextSentenceID += 1
                sentences.add(sentenceID); sentences.add(articleID); sentences.add(r.position); sentences.add(r.start)
                sentences.add(r.end); sentences.add(r.headline); sentences.add(r.label); sentences.add(r.confidence)
                sentences.add(r.words); sentences.add(r.quoted_words); sentences.add(r.loaded_score)
                sentences.add(prepared.cueBytes, sentence.cues)
                sentences.add(sentence.bytes.lowerBound); sentences.add(sentence.bytes.upperBound); sentences.add(sentence.ownText)
                sentences.add(prepared.cueBytes, orNull: sentence.rule)
                try sentences.endRow()
                if let src = sentence.source {
                    sources.add(sentenceID); sources.add(articleID); sources.add(src.start); sources.add(src.end)
                    sources.add(src.text); sources.add(src.kind); sources.add(src.resolved)
                    try sources.endRow()
                }
                for h in sentence.hits {
                    hits.add(sentenceID); hits.add(articleID); hits.add(h.start); hits.add(h.end); hits.add(h.text); hits.add(h.term)
                    hits.add(h.category); hits.add(h.weight); hits.add(h.score); hits.add(h.in_quote); hits.add(h.speaker)
                    hits.add(h.target); hits.add(h.lexicon); hits.add(h.steps)
                    try hits.endRow()
                }
                for m in sentence.mentions {
                    mentions.add(sentenceID); mentions.add(articleID); mentions.add(m.entity); mentions.add(m.kind)
                    mentions.add(m.start); mentions.add(m.end); mentions.add(m.text)
                    try mentions.endRow()
                }
            }
            for q in prepared.quotes {
                quotes.add(articleID); quotes.add(q.start); quotes.add(q.end); quotes.add(q.text); quotes.add(q.speaker)
                quotes.add(q.scare)
                try quotes.endRow()
            }
        }

        /// Inserts the rows still collected.
        func finish() throws {
            for table in [sentences, sources, hits, mentions, quotes] { try table.finish() }
        }
    }

    /// Inserts an article row (every column but the id, which SQLite assigns) and returns its id:
    /// the same row as `ArticleRecord.insert`, without encoding the record column by column.
    static func insertArticle(_ db: Database, _ a: ArticleRecord) throws -> Int64 {
        let row = try RowBinder(db, sql: """
            INSERT INTO articles (outlet_id, lexicon_version_id, content_hash, text_sha256, url, date, month, title, author,
                                  provenance, extra, origin, text, sentences, words, outlet_voice_words, quoted_words, factual,
                                  attributed, editorial, loaded_outlet_voice, loaded_score, loaded_quoted, headline_words,
                                  headline_loaded, body_words, body_loaded, wire, wire_evidence, simhash, band0, band1, band2,
                                  band3, duplicate_of, furniture, lead_simhash, lead_band0, lead_band1, lead_band2, lead_band3)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?)
            """)
        row.bind(1, a.outlet_id); row.bind(2, a.lexicon_version_id); row.bind(3, a.content_hash); row.bind(4, a.text_sha256)
        row.bind(5, a.url); row.bind(6, a.date); row.bind(7, a.month); row.bind(8, a.title); row.bind(9, a.author)
        row.bind(10, a.provenance); row.bind(11, a.extra); row.bind(12, a.origin); row.bind(13, a.text)
        row.bind(14, a.sentences); row.bind(15, a.words); row.bind(16, a.outlet_voice_words); row.bind(17, a.quoted_words)
        row.bind(18, a.factual); row.bind(19, a.attributed); row.bind(20, a.editorial); row.bind(21, a.loaded_outlet_voice)
        row.bind(22, a.loaded_score); row.bind(23, a.loaded_quoted); row.bind(24, a.headline_words)
        row.bind(25, a.headline_loaded); row.bind(26, a.body_words); row.bind(27, a.body_loaded); row.bind(28, a.wire)
        row.bind(29, a.wire_evidence); row.bind(30, a.simhash); row.bind(31, a.band0); row.bind(32, a.band1)
        row.bind(33, a.band2); row.bind(34, a.band3); row.bind(35, a.duplicate_of)
        row.bind(36, a.furniture); row.bind(37, a.lead_simhash); row.bind(38, a.lead_band0); row.bind(39, a.lead_band1)
        row.bind(40, a.lead_band2); row.bind(41, a.lead_band3)
        try row.insert()
        return db.lastInsertedRowID
    }

    /// Whether an article with this content hash is stored (a cached statement: asked once per article).
    static func isStored(_ db: Database, contentHash: String) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1")
        return try Int64.fetchOne(statement, arguments: [contentHash]) != nil
    }

    /// An outlet's id, inserting the outlet when it is new. Asked once per outlet per batch:
    /// a cached statement, because building the query through GRDB's query interface cost
    /// more than the rest of an article's row.
    static func outletID(_ db: Database, name: String) throws -> Int64 {
        let statement = try db.cachedStatement(sql: "SELECT id FROM outlets WHERE name = ?")
        if let id = try Int64.fetchOne(statement, arguments: [name]) {
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

    /// Ids of stored articles from other outlets whose SimHash, or whose lead's SimHash, is
    /// within `maxDistance` bits of the article's. A hash the article lacks (-1 bands) is asked
    /// for as NULL, which no band equals.
    static func nearDuplicates(_ db: Database, of article: ArticleRecord) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: """
            SELECT id, simhash, band0, lead_simhash FROM articles
            WHERE (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?
                   OR lead_band0 = ? OR lead_band1 = ? OR lead_band2 = ? OR lead_band3 = ?) AND outlet_id != ?
            """)
        func band(_ b: Int) -> Int? { b < 0 ? nil : b }
        let hash = UInt64(bitPattern: article.simhash)
        let whole = article.band0 >= 0
        let lead = article.lead_simhash.map { UInt64(bitPattern: $0) }
        var found: [Int64] = []
        let rows = try Row.fetchCursor(statement, arguments: [
            band(article.band0), band(article.band1), band(article.band2), band(article.band3),
            band(article.lead_band0), band(article.lead_band1), band(article.lead_band2), band(article.lead_band3),
            article.outlet_id])
        while let row = try rows.next() {
            let otherWhole = (row[2] as Int) >= 0
            if whole && otherWhole && Syndication.distance(hash, UInt64(bitPattern: row[1] as Int64)) <= Syndication.maxDistance {
                found.append(row[0])
            } else if let lead, let other = row[3] as Int64?,
                      Syndication.distance(lead, UInt64(bitPattern: other)) <= Syndication.maxDistance {
                found.append(row[0])
            }
        }
        return found
    }
}
