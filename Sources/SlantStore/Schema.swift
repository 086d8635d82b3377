import GRDB

/// The store's migrations. A migration that has shipped is never edited: a change to the
/// schema is a new migration appended to the list.
enum Schema {
    /// Migration identifiers in order. A database listing an identifier not here was written by
    /// a newer Slant and is refused.
    static let migrationNames = ["v1-initial", "v2-cues-in-sentences", "v3-compact-cues", "v4-sentence-text-from-article",
                                  "v5-page-furniture", "v6-sentence-rule", "v7-lead-simhash"]

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
        // A cue as a positional array with its range from the sentence's start, and without its
        // text, which is the sentence's text over that range: the keyed objects of v2 were 22 MB
        // of a 64 MB database per 10 MB of news (twice the sentences' own text), written twice
        // through the WAL; these are 10.7 MB. A cue whose text is not the sentence's over its
        // range keeps it as a seventh element. The `cues` view gives one row per cue with
        // article offsets and text, for `sqlite3` and Datasette; it uses `json_extract`, not
        // `->>`, so that a SQLite older than 3.38 can still read the schema.
        migrator.registerMigration("v3-compact-cues") { db in
            try db.execute(sql: """
                UPDATE sentences SET cues = (
                    SELECT json_group_array(json(c.cue_json)) FROM (
                        SELECT CASE
                            WHEN e.value ->> 'start' >= sentences.start AND e.value ->> 'end' >= e.value ->> 'start'
                                 AND e.value ->> 'text' IS substr(sentences.text, e.value ->> 'start' - sentences.start + 1,
                                                                  e.value ->> 'end' - (e.value ->> 'start'))
                            THEN json_array(e.value ->> 'id', e.value ->> 'start' - sentences.start,
                                            e.value ->> 'end' - sentences.start, e.value ->> 'effect', e.value ->> 'weight',
                                            e.value ->> 'note')
                            ELSE json_array(e.value ->> 'id', e.value ->> 'start' - sentences.start,
                                            e.value ->> 'end' - sentences.start, e.value ->> 'effect', e.value ->> 'weight',
                                            e.value ->> 'note', e.value ->> 'text')
                            END AS cue_json
                        FROM json_each(sentences.cues) e ORDER BY e.key) c)
                WHERE cues != '[]';
                CREATE VIEW cues AS
                    SELECT s.id AS sentence_id, s.article_id AS article_id, c.key AS cue_index,
                           json_extract(c.value, '$[0]') AS cue,
                           s.start + json_extract(c.value, '$[1]') AS start, s.start + json_extract(c.value, '$[2]') AS "end",
                           coalesce(json_extract(c.value, '$[6]'),
                                    substr(s.text, json_extract(c.value, '$[1]') + 1,
                                           json_extract(c.value, '$[2]') - json_extract(c.value, '$[1]'))) AS text,
                           json_extract(c.value, '$[3]') AS effect, json_extract(c.value, '$[4]') AS weight,
                           json_extract(c.value, '$[5]') AS note
                    FROM sentences s, json_each(s.cues) c;
                """)
        }
        // A sentence's text is the article's text over the sentence's range, so it is not stored
        // twice: the rows are the table `sentence_rows`, with the range's UTF-8 byte offsets in
        // `articles.text` instead of the text (10 MB of a 52 MB database per 10 MB of news,
        // written through the WAL and again into the file), and the view `sentences` has the
        // columns and values the table had, `text` cut from the article by those byte offsets
        // (`substr` on the text itself counts characters from the start of the article: 0.17 s
        // of CPU to read every sentence of news-10mb, against 0.02 s by bytes). A text that is
        // not the article's over the range (none that Slant wrote; a file edited by hand) is
        // kept in `own_text`, so the view gives every sentence the text it had. The view joins
        // the article with LEFT JOIN so that a query not asking for `text` does not look it
        // up (SQLite leaves such a join out). Offsets are computed from the article's text, so a
        // migrated database has the byte offsets a new ingest writes. The `cues` view is made
        // again over the new `sentences` view, as v3 made it.
        migrator.registerMigration("v4-sentence-text-from-article") { db in
            try db.execute(sql: """
                DROP VIEW cues;
                ALTER TABLE sentences RENAME TO sentence_rows;
                ALTER TABLE sentence_rows ADD COLUMN byte_start INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE sentence_rows ADD COLUMN byte_end INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE sentence_rows ADD COLUMN own_text TEXT;
                UPDATE sentence_rows SET
                    byte_start = (SELECT length(CAST(substr(a.text, 1, sentence_rows.start) AS BLOB))
                                  FROM articles a WHERE a.id = sentence_rows.article_id),
                    byte_end = (SELECT length(CAST(substr(a.text, 1, sentence_rows."end") AS BLOB))
                                FROM articles a WHERE a.id = sentence_rows.article_id);
                UPDATE sentence_rows SET own_text = text
                WHERE text IS NOT (SELECT CAST(substr(CAST(a.text AS BLOB), sentence_rows.byte_start + 1,
                                                      sentence_rows.byte_end - sentence_rows.byte_start) AS TEXT)
                                   FROM articles a WHERE a.id = sentence_rows.article_id);
                ALTER TABLE sentence_rows DROP COLUMN text;
                CREATE VIEW sentences AS
                    SELECT s.id AS id, s.article_id AS article_id, s.position AS position, s.start AS start,
                           s."end" AS "end", s.headline AS headline, s.label AS label, s.confidence AS confidence,
                           s.words AS words, s.quoted_words AS quoted_words, s.loaded_score AS loaded_score,
                           coalesce(s.own_text, CAST(substr(CAST(a.text AS BLOB), s.byte_start + 1, s.byte_end - s.byte_start) AS TEXT)) AS text,
                           s.cues AS cues
                    FROM sentence_rows s LEFT JOIN articles a ON a.id = s.article_id;
                CREATE VIEW cues AS
                    SELECT s.id AS sentence_id, s.article_id AS article_id, c.key AS cue_index,
                           json_extract(c.value, '$[0]') AS cue,
                           s.start + json_extract(c.value, '$[1]') AS start, s.start + json_extract(c.value, '$[2]') AS "end",
                           coalesce(json_extract(c.value, '$[6]'),
                                    substr(s.text, json_extract(c.value, '$[1]') + 1,
                                           json_extract(c.value, '$[2]') - json_extract(c.value, '$[1]'))) AS text,
                           json_extract(c.value, '$[3]') AS effect, json_extract(c.value, '$[4]') AS weight,
                           json_extract(c.value, '$[5]') AS note
                    FROM sentences s, json_each(s.cues) c;
                """)
        }
        // The sentences an analysis left out as page furniture ("Advertisement", "Sign up for
        // our newsletter"), so a report from the store says what it left out as one from JSON
        // does: a JSON array of objects with `start`, `end`, `text`, `kind`, `pattern` and
        // `line` (of page-furniture.tsv), as the JSON output's `furniture`. An article stored
        // before has none.
        migrator.registerMigration("v5-page-furniture") { db in
            try db.execute(sql: "ALTER TABLE articles ADD COLUMN furniture TEXT NOT NULL DEFAULT '[]'")
        }
        // The step of the classifier's precedence that decided each sentence's label, with the
        // figures it compared, so a report from the store says why as one from JSON does:
        // `rule` is the step's name and four figures, "editorialModel 0.62 0.42 0.0 1.0"
        // (editorial probability, threshold, attribution evidence, evidence needed;
        // `LabelRule(stored:)`), NULL for a sentence stored before. The `sentences` view gains
        // the column at its end; the `cues` view is made again over it, as v4 made it.
        migrator.registerMigration("v6-sentence-rule") { db in
            try db.execute(sql: """
                DROP VIEW cues;
                DROP VIEW sentences;
                ALTER TABLE sentence_rows ADD COLUMN rule TEXT;
                CREATE VIEW sentences AS
                    SELECT s.id AS id, s.article_id AS article_id, s.position AS position, s.start AS start,
                           s."end" AS "end", s.headline AS headline, s.label AS label, s.confidence AS confidence,
                           s.words AS words, s.quoted_words AS quoted_words, s.loaded_score AS loaded_score,
                           coalesce(s.own_text, CAST(substr(CAST(a.text AS BLOB), s.byte_start + 1, s.byte_end - s.byte_start) AS TEXT)) AS text,
                           s.cues AS cues, s.rule AS rule
                    FROM sentence_rows s LEFT JOIN articles a ON a.id = s.article_id;
                CREATE VIEW cues AS
                    SELECT s.id AS sentence_id, s.article_id AS article_id, c.key AS cue_index,
                           json_extract(c.value, '$[0]') AS cue,
                           s.start + json_extract(c.value, '$[1]') AS start, s.start + json_extract(c.value, '$[2]') AS "end",
                           coalesce(json_extract(c.value, '$[6]'),
                                    substr(s.text, json_extract(c.value, '$[1]') + 1,
                                           json_extract(c.value, '$[2]') - json_extract(c.value, '$[1]'))) AS text,
                           json_extract(c.value, '$[3]') AS effect, json_extract(c.value, '$[4]') AS weight,
                           json_extract(c.value, '$[5]') AS note
                    FROM sentences s, json_each(s.cues) c;
                """)
        }
        // A SimHash of each body's first 100 words beside the whole text's, with its bands
        // indexed as the whole text's are, so a copy cut short or lengthened at the end is
        // found (`Syndication.leadSimhash`). An article stored before has none (-1 bands): it
        // is still compared by its whole text.
        migrator.registerMigration("v7-lead-simhash") { db in
            try db.execute(sql: """
                ALTER TABLE articles ADD COLUMN lead_simhash INTEGER;
                ALTER TABLE articles ADD COLUMN lead_band0 INTEGER NOT NULL DEFAULT -1;
                ALTER TABLE articles ADD COLUMN lead_band1 INTEGER NOT NULL DEFAULT -1;
                ALTER TABLE articles ADD COLUMN lead_band2 INTEGER NOT NULL DEFAULT -1;
                ALTER TABLE articles ADD COLUMN lead_band3 INTEGER NOT NULL DEFAULT -1;
                CREATE INDEX articles_on_lead_band0 ON articles(lead_band0);
                CREATE INDEX articles_on_lead_band1 ON articles(lead_band1);
                CREATE INDEX articles_on_lead_band2 ON articles(lead_band2);
                CREATE INDEX articles_on_lead_band3 ON articles(lead_band3);
                """)
        }
        return migrator
    }

    /// Tables in dependency order, for dumps.
    static let tables = ["outlets", "lexicon_versions", "articles", "sentences", "quotes", "sources",
                         "loaded_hits", "entity_mentions"]
}
