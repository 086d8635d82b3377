import GRDB

/// The store's migrations. A migration that has shipped is never edited: a change to the
/// schema is a new migration appended to the list.
enum Schema {
    /// Migration identifiers in order. A database listing an identifier not here was written by
    /// a newer Slant and is refused.
    static let migrationNames = ["v1-initial", "v2-cues-in-sentences"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial") { db in
            try db.create(table: "outlets") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
            }
            try db.create(table: "lexicon_versions") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fingerprint", .text).notNull().unique()
                t.column("slant_version", .text).notNull()
                t.column("files", .text).notNull()
            }
            try db.create(table: "articles") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("outlet_id", .integer).notNull().indexed().references("outlets")
                t.column("lexicon_version_id", .integer).notNull().references("lexicon_versions")
                t.column("content_hash", .text).notNull().unique()
                t.column("text_sha256", .text).notNull().indexed()
                t.column("url", .text)
                t.column("date", .text)
                t.column("month", .text)
                t.column("title", .text)
                t.column("author", .text)
                t.column("provenance", .text).notNull()
                t.column("extra", .text)
                t.column("origin", .text).notNull()
                t.column("text", .text).notNull()
                for name in ["sentences", "words", "outlet_voice_words", "quoted_words", "factual", "attributed",
                             "editorial", "loaded_outlet_voice"] {
                    t.column(name, .integer).notNull()
                }
                t.column("loaded_score", .double).notNull()
                for name in ["loaded_quoted", "headline_words", "headline_loaded", "body_words", "body_loaded"] {
                    t.column(name, .integer).notNull()
                }
                t.column("wire", .text)
                t.column("wire_evidence", .text)
                t.column("simhash", .integer).notNull()
                for band in 0..<4 { t.column("band\(band)", .integer).notNull().indexed() }
                t.column("duplicate_of", .integer).references("articles")
            }
            try db.create(table: "sentences") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("article_id", .integer).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("headline", .boolean).notNull()
                t.column("label", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("words", .integer).notNull()
                t.column("quoted_words", .integer).notNull()
                t.column("loaded_score", .double).notNull()
                t.column("text", .text).notNull()
            }
            try db.create(table: "cues") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sentence_id", .integer).notNull().indexed().references("sentences", onDelete: .cascade)
                t.column("cue", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("effect", .text).notNull()
                t.column("weight", .double).notNull()
                t.column("note", .text)
            }
            try db.create(table: "quotes") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("article_id", .integer).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("speaker", .text)
                t.column("scare", .boolean).notNull()
            }
            try db.create(table: "sources") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sentence_id", .integer).notNull().unique().references("sentences", onDelete: .cascade)
                t.column("article_id", .integer).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("resolved", .text)
            }
            try db.create(table: "loaded_hits") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sentence_id", .integer).notNull().indexed().references("sentences", onDelete: .cascade)
                t.column("article_id", .integer).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("term", .text).notNull()
                t.column("category", .text).notNull()
                t.column("weight", .double).notNull()
                t.column("score", .double).notNull()
                t.column("in_quote", .boolean).notNull()
                t.column("speaker", .text)
                t.column("target", .text).notNull()
                t.column("lexicon", .text).notNull()
                t.column("steps", .text).notNull()
            }
            try db.create(table: "entity_mentions") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sentence_id", .integer).notNull().indexed().references("sentences", onDelete: .cascade)
                t.column("article_id", .integer).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("entity", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
            }
        }
        // A sentence's cues as one JSON column instead of a row each: cues are only ever read
        // with their sentence (reports, `storedArticle`), and their rows and index were a third of
        // what ingest inserted. The mentions' sentence index goes too: mentions are found by
        // article, and the per-entity figures scan them whole.
        migrator.registerMigration("v2-cues-in-sentences") { db in
            try db.execute(sql: """
                ALTER TABLE sentences ADD COLUMN cues TEXT NOT NULL DEFAULT '[]';
                UPDATE sentences SET cues = (
                    SELECT json_group_array(json(c.cue_json)) FROM (
                        SELECT CASE WHEN note IS NULL
                            THEN json_object('effect', effect, 'end', "end", 'id', cue, 'start', start, 'text', text,
                                             'weight', CASE WHEN weight = CAST(weight AS INTEGER) THEN CAST(weight AS INTEGER) ELSE weight END)
                            ELSE json_object('effect', effect, 'end', "end", 'id', cue, 'note', note, 'start', start, 'text', text,
                                             'weight', CASE WHEN weight = CAST(weight AS INTEGER) THEN CAST(weight AS INTEGER) ELSE weight END)
                            END AS cue_json
                        FROM cues WHERE cues.sentence_id = sentences.id ORDER BY cues.id) c)
                WHERE id IN (SELECT sentence_id FROM cues);
                DROP TABLE cues;
                DROP INDEX IF EXISTS entity_mentions_on_sentence_id;
                """)
        }
        return migrator
    }

    /// Tables in dependency order, for dumps.
    static let tables = ["outlets", "lexicon_versions", "articles", "sentences", "quotes", "sources",
                         "loaded_hits", "entity_mentions"]
}
