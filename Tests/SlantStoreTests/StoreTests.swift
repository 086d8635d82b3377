import Foundation
import GRDB
import SlantCore
import SlantIO
@testable import SlantStore
import Testing

/// A fresh database path in a temporary directory.
func temporaryDatabase(_ name: String = "test.db") -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-store-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(name).path
}

let sharedAnalyzer: Analyzer = {
    // The built-in lexicons always load; a failure here is a broken build, not user input.
    try! Analyzer(lexicons: LexiconLoader.load())
}()

/// An analysis with chosen labels and counts, so aggregates have known answers whatever the
/// classifier's current rules say.
func analysis(outlet: String, text: String, labels: [ClaimLabel], outletVoiceWords: Int, loaded: Int,
              quotedWords: Int = 0, loadedQuoted: Int = 0, headline: Bool = false) -> (Article, ArticleAnalysis) {
    var metadata = ArticleMetadata()
    metadata.outlet = MetaValue(outlet, .record)
    let article = Article(text: text, metadata: metadata)
    var result = sharedAnalyzer.analyze(article)
    result.sentences = labels.enumerated().map { index, label in
        SentenceAnalysis(start: index, end: index + 1, text: "s\(index)", headline: headline && index == 0, label: label,
                         confidence: 0.9, cues: [], source: nil, loaded: [], words: 10, quoted_words: 0, loaded_score: 0)
    }
    result.quotes = []
    result.summary.words = outletVoiceWords + quotedWords
    result.summary.outlet_voice_words = outletVoiceWords
    result.summary.quoted_words = quotedWords
    result.summary.loaded_outlet_voice = loaded
    result.summary.loaded_quoted = loadedQuoted
    return (article, result)
}

/// `count` words drawn from a vocabulary of 400 by a fixed generator: text whose shingles are
/// nearly all distinct, as a real article's are, unlike a sentence repeated with a number.
func pseudoWords(_ count: Int, seed: UInt64) -> [String] {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return "w\((state >> 33) % 400)"
    }
}

func prepared(_ pair: (Article, ArticleAnalysis), origin: String = "test") -> PreparedArticle {
    PreparedArticle(outlet: pair.0.metadata.outlet.value ?? "x", article: pair.0, analysis: pair.1, origin: origin,
                    extra: nil, entities: EntityFinder())
}

@Suite struct MigrationTests {
    @Test func newDatabaseHasEveryMigrationAndEveryTable() throws {
        let path = temporaryDatabase()
        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Schema.migrationNames)
        let dump = try store.dump()
        for table in ["outlets", "lexicon_versions", "articles", "sentences", "quotes", "sources", "loaded_hits", "entity_mentions"] {
            #expect(dump.contains("== \(table) ("))
        }
        #expect(!dump.contains("== cues ("))
        // Opening again applies nothing and changes nothing.
        _ = try Store(path: path)
        #expect(try Store(path: path).appliedMigrations() == Schema.migrationNames)
        #expect(try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 8192)
    }

    /// A database made with SQLite's default pages keeps them: the page size of a new file is
    /// Slant's, an existing file's is not changed.
    @Test func existingDatabaseKeepsItsPageSize() throws {
        let path = temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096")
            try db.execute(sql: "CREATE TABLE placeholder (x)")
            try db.execute(sql: "DROP TABLE placeholder")
        }
        try queue.close()
        let store = try Store(path: path)
        #expect(try store.appliedMigrations().count == Schema.migrationNames.count)
        #expect(try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
    }

    /// The `sentences` view's columns before `v6-sentence-rule` added `rule`, in order.
    static let sentencesBeforeRules = """
        SELECT id, article_id, position, start, "end", headline, label, confidence, words, quoted_words, loaded_score, text, cues
        FROM sentences ORDER BY id
        """

    /// The outlet, lexicon version and article rows an old-schema database is given before its
    /// sentences: one article of two sentences with `text`.
    static func oldArticleSQL(text: String) -> String {
        """
        INSERT INTO outlets (name) VALUES ('old.example');
        INSERT INTO lexicon_versions (fingerprint, slant_version, files) VALUES ('f', '0.1', '[]');
        INSERT INTO articles (outlet_id, lexicon_version_id, content_hash, text_sha256, provenance, origin, text,
            sentences, words, outlet_voice_words, quoted_words, factual, attributed, editorial, loaded_outlet_voice,
            loaded_score, loaded_quoted, headline_words, headline_loaded, body_words, body_loaded, simhash,
            band0, band1, band2, band3)
        VALUES (1, 1, 'h', 's', '{}', 'old.jsonl:1', '\(text)', 2, 4, 4, 0, 1, 1, 0, 0, 0, 0, 0, 0, 4, 0, 0, -1, -1, -1, -1);
        """
    }

    /// A database written before the cues moved into their sentences (v1) keeps every cue: each
    /// sentence's `cues` column gets the JSON array the writer would write for it today (through
    /// v2's keyed objects and v3's positional arrays), and the `cues` view lists them as v1's
    /// table had them.
    @Test func firstSchemaDatabaseIsMigratedWithItsCues() throws {
        let path = temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1-initial")
        try queue.write { db in
            try db.execute(sql: """
                \(Self.oldArticleSQL(text: "A said b. C."))
                INSERT INTO sentences (article_id, position, start, "end", headline, label, confidence, words, quoted_words, loaded_score, text)
                VALUES (1, 0, 0, 9, 0, 'ATTRIBUTED', 0.9, 3, 0, 0, 'A said b.'), (1, 1, 10, 12, 0, 'FACTUAL', 0.6, 1, 0, 0, 'C.');
                INSERT INTO cues (sentence_id, cue, start, "end", text, effect, weight, note)
                VALUES (1, 'attribution-verb', 2, 6, 'said', 'attribution', 1.2, 'verb of "saying"'),
                       (1, 'source', 0, 1, 'A', 'attribution', 2.0, NULL);
                """)
        }
        try queue.close()

        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Schema.migrationNames)
        let stored = try #require(try store.storedArticle(id: 1))
        let expected = [CueEvidence(id: "attribution-verb", start: 2, end: 6, text: "said", effect: "attribution", weight: 1.2,
                                    note: "verb of \"saying\""),
                        CueEvidence(id: "source", start: 0, end: 1, text: "A", effect: "attribution", weight: 2, note: nil)]
        #expect(stored.sentences.map(\.cues) == [PreparedArticle.cuesJSON(expected, sentenceStart: 0, sentenceText: "A said b."), "[]"])
        #expect(stored.sentenceCues == [expected, []])
        #expect(stored.cues.map(\.cue) == ["attribution-verb", "source"] && stored.cues.allSatisfy { $0.sentence_id == 1 })
        #expect(try store.integrityProblems().isEmpty)
        let view = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT sentence_id, cue, start, \"end\", text, effect, weight, note FROM cues ORDER BY sentence_id, cue_index")
        }
        #expect(view == [["sentence_id": 1, "cue": "attribution-verb", "start": 2, "end": 6, "text": "said", "effect": "attribution",
                          "weight": 1.2, "note": "verb of \"saying\""],
                         ["sentence_id": 1, "cue": "source", "start": 0, "end": 1, "text": "A", "effect": "attribution",
                          "weight": 2, "note": nil]])
    }

    /// A database written with v2's keyed cue objects is migrated to v3's positional arrays with
    /// every cue kept: text that is its range is dropped, text that is not (a range outside the
    /// sentence, a text that differs) is kept as the seventh element, and the cues read back
    /// as they were written.
    @Test func secondSchemaDatabaseIsMigratedWithItsCues() throws {
        let path = temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v2-cues-in-sentences")
        let cues = [CueEvidence(id: "attribution-verb", start: 13, end: 17, text: "said", effect: "attribution", weight: 1.5,
                                note: "verb of \"saying\""),
                    CueEvidence(id: "speaker", start: 0, end: 7, text: "Earlier", effect: "attribution", weight: 2, note: nil),
                    CueEvidence(id: "odd", start: 17, end: 18, text: "x", effect: "editorial", weight: 0.35, note: ""),
                    CueEvidence(id: "quote", start: 9, end: 19, text: "\u{201C}A\u{201D} said b", effect: "attribution", weight: 1,
                                note: "q")]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let keyed = String(decoding: try encoder.encode(cues), as: UTF8.self)
        try queue.write { db in
            try db.execute(sql: """
                \(Self.oldArticleSQL(text: "Earlier. \u{201C}A\u{201D} said b."))
                INSERT INTO sentences (article_id, position, start, "end", headline, label, confidence, words, quoted_words, loaded_score, text, cues)
                VALUES (1, 0, 0, 8, 0, 'FACTUAL', 0.6, 1, 0, 0, 'Earlier.', '[]'),
                       (1, 1, 9, 20, 0, 'ATTRIBUTED', 0.9, 3, 1, 0, '\u{201C}A\u{201D} said b.', ?);
                """, arguments: [keyed])
        }
        try queue.close()

        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Schema.migrationNames)
        let stored = try #require(try store.storedArticle(id: 1))
        #expect(stored.sentenceCues == [[], cues])
        #expect(stored.sentences[1].cues == #"[["attribution-verb",4,8,"attribution",1.5,"verb of \"saying\""],"#
                + #"["speaker",-9,-2,"attribution",2,null,"Earlier"],["odd",8,9,"editorial",0.35,"","x"],"#
                + #"["quote",0,10,"attribution",1,"q"]]"#)
        #expect(stored.sentences[1].cues == PreparedArticle.cuesJSON(cues, sentenceStart: 9, sentenceText: "\u{201C}A\u{201D} said b."))
    }

    /// A database written with v3's `sentences` table, each sentence's text stored, is migrated
    /// to rows without the text: the `sentences` view gives every column and value the table
    /// had (the text cut from the article by byte offsets, multi-byte characters included), the
    /// `cues` view lists the same cues, and the byte offsets are those the writer computes.
    @Test func thirdSchemaDatabaseIsMigratedWithTheSameSentences() throws {
        let path = temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v3-compact-cues")
        let text = "Caf\u{E9} \u{1F600} news. \u{201C}A\u{201D} said b."
        let cues = [CueEvidence(id: "quote", start: 13, end: 16, text: "\u{201C}A\u{201D}", effect: "attribution", weight: 1, note: nil),
                    CueEvidence(id: "odd", start: 0, end: 4, text: "Caf\u{E9}", effect: "editorial", weight: 0.5, note: "n")]
        let cuesJSON = PreparedArticle.cuesJSON(cues, sentenceStart: 13, sentenceText: "\u{201C}A\u{201D} said b.")
        try queue.write { db in
            try db.execute(sql: """
                \(Self.oldArticleSQL(text: text))
                INSERT INTO sentences (article_id, position, start, "end", headline, label, confidence, words, quoted_words, loaded_score, text, cues)
                VALUES (1, 0, 0, 12, 1, 'FACTUAL', 0.6, 2, 0, 0.5, 'Caf\u{E9} \u{1F600} news.', '[]'),
                       (1, 1, 13, 24, 0, 'ATTRIBUTED', 0.9, 3, 1, 0, '\u{201C}A\u{201D} said b.', ?);
                """, arguments: [cuesJSON])
        }
        let before = try queue.read { db in
            (try Row.fetchAll(db, sql: "SELECT * FROM sentences ORDER BY id"), try Row.fetchAll(db, sql: "SELECT * FROM cues ORDER BY sentence_id, cue_index"))
        }
        try queue.close()

        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Schema.migrationNames)
        #expect(try store.integrityProblems().isEmpty)
        // The columns v3's table had (v6 adds `rule` to the view, NULL for these sentences).
        let after = try DatabaseQueue(path: path).read { db in
            (try Row.fetchAll(db, sql: Self.sentencesBeforeRules),
             try Row.fetchAll(db, sql: "SELECT * FROM cues ORDER BY sentence_id, cue_index"),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('sentence_rows')"),
             try Row.fetchAll(db, sql: "SELECT byte_start, byte_end FROM sentence_rows ORDER BY id"))
        }
        #expect(after.0 == before.0 && after.1 == before.1)
        #expect(after.0.map { $0["text"] as String } == ["Caf\u{E9} \u{1F600} news.", "\u{201C}A\u{201D} said b."])
        #expect(!after.2.contains("text") && after.2.contains("byte_start"))
        let ranges = PreparedArticle.byteRanges([(0, 12, "Caf\u{E9} \u{1F600} news."), (13, 24, "\u{201C}A\u{201D} said b.")], in: text)
        #expect(ranges.map(\.bytes) == [0..<16, 17..<32] && ranges.allSatisfy(\.isSlice))
        #expect(after.3.map { ($0["byte_start"] as Int)..<($0["byte_end"] as Int) } == ranges.map(\.bytes))
        let stored = try #require(try store.storedArticle(id: 1))
        #expect(stored.sentenceCues == [[], cues])
    }

    /// A database written before the store kept rules (v5) is migrated with its sentences as
    /// they were and no rule for them: their report pages show no rule, as before.
    @Test func fifthSchemaDatabaseIsMigratedWithoutRules() throws {
        let path = temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v5-page-furniture")
        try queue.write { db in
            try db.execute(sql: """
                \(Self.oldArticleSQL(text: "A said b. C."))
                INSERT INTO sentence_rows (article_id, position, start, "end", headline, label, confidence, words, quoted_words,
                                           loaded_score, cues, byte_start, byte_end)
                VALUES (1, 0, 0, 9, 0, 'ATTRIBUTED', 0.9, 3, 0, 0, '[]', 0, 9), (1, 1, 10, 12, 0, 'FACTUAL', 0.6, 1, 0, 0, '[]', 10, 12);
                """)
        }
        let before = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM sentences ORDER BY id") }
        try queue.close()
        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Schema.migrationNames)
        #expect(try store.integrityProblems().isEmpty)
        let after = try DatabaseQueue(path: path).read { db in
            (try Row.fetchAll(db, sql: Self.sentencesBeforeRules), try String?.fetchAll(db, sql: "SELECT rule FROM sentences ORDER BY id"))
        }
        #expect(after.0 == before && after.1 == [nil, nil])
        let stored = try #require(try store.storedArticle(id: 1))
        #expect(stored.analysis(lexicons: [], slantVersion: "0.1").sentences.map(\.rule) == [nil, nil])
    }

    /// Each sentence's rule is stored and read back with the text the analysis gave it, so a
    /// report from the store says why a sentence got its label as one from JSON does; a rule
    /// read from JSON (text only) keeps its text.
    @Test func rulesReadBackWithTheirText() throws {
        var metadata = ArticleMetadata()
        metadata.outlet = MetaValue("rules.example", .record)
        let article = Article(text: """
            Officials said the plan would fail. The plan is undoubtedly a disaster. The council met on Tuesday.
            “We will win,” he said.
            """, metadata: metadata)
        var result = sharedAnalyzer.analyze(article)
        let rules = result.sentences.map { $0.rule?.text }
        #expect(rules.count == 4 && rules.allSatisfy { $0 != nil && !$0!.isEmpty })
        #expect(Set(result.sentences.compactMap { $0.rule?.step }).count >= 3)
        let store = try Store(path: temporaryDatabase())
        _ = try store.write([PreparedArticle(outlet: "rules.example", article: article, analysis: result, origin: "t",
                                             extra: nil, entities: EntityFinder())])
        let back = try #require(try store.storedArticle(id: 1)).analysis(lexicons: [], slantVersion: "t")
        #expect(back.sentences.map { $0.rule?.text } == rules)
        #expect(back.sentences.map { $0.rule?.step } == result.sentences.map { $0.rule?.step })

        result.sentences[0].rule = try JSONDecoder().decode(LabelRule.self, from: Data(#""a rule from JSON""#.utf8))
        result.sentences[1].rule = nil
        let other = try Store(path: temporaryDatabase())
        _ = try other.write([PreparedArticle(outlet: "rules.example", article: article, analysis: result, origin: "t",
                                             extra: nil, entities: EntityFinder())])
        let again = try #require(try other.storedArticle(id: 1))
        #expect(Array(again.sentences.map(\.rule).prefix(2)) == ["a rule from JSON", nil])
        #expect(again.analysis(lexicons: [], slantVersion: "t").sentences.prefix(2).map { $0.rule?.text } == ["a rule from JSON", nil])
    }

    /// A rule's stored form reads back with the same text, for every step and for figures that
    /// round, are whole or are negative.
    @Test func storedRuleFormRoundTrips() {
        let cases = [LabelRule(step: .editorialModel, editorial: 0.625, threshold: 0.42),
                     LabelRule(step: .attributionEvidence, editorial: 0.1, threshold: 0.42, attribution: 2.5, needed: 1),
                     LabelRule(step: .noEvidence, editorial: 0.05, threshold: 0.42, attribution: -0.25, needed: 1),
                     LabelRule(step: .noEvidence, editorial: 0.4150, threshold: 0.42, attribution: 0.996, needed: 1),
                     LabelRule(step: .editorialModel, editorial: 0.42001, threshold: 0.42),
                     LabelRule(step: .framedAttribution), LabelRule(step: .creditLine), LabelRule(step: .continuedReport)]
        for rule in cases {
            var bytes: [UInt8] = []
            rule.appendStored(to: &bytes)
            let stored = String(decoding: bytes, as: UTF8.self)
            #expect(LabelRule(stored: stored).text == rule.text, "\(stored)")
            #expect(LabelRule(stored: stored).step == rule.step)
        }
        var bytes: [UInt8] = []
        LabelRule(step: .attributionEvidence, editorial: 0.1, threshold: 0.42, attribution: 12.5, needed: 1).appendStored(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "attributionEvidence 0.10 0.42 12.50 1.0")
        bytes = []
        LabelRule(step: .editorialModel, editorial: .nan).appendStored(to: &bytes)
        #expect(bytes.isEmpty)
        #expect(LabelRule(stored: "editorialModel 0.62").text == "editorialModel 0.62")
        // Figures that would read the same as what they were compared with get the digits that
        // tell them apart, in the text and in the stored form.
        let close = LabelRule(step: .noEvidence, editorial: 0.4150, threshold: 0.42, attribution: 0.996, needed: 1)
        #expect(close.text.hasPrefix("attribution evidence 0.996 < 1.0 and editorial probability 0.415 < 0.42"), "\(close.text)")
        #expect(LabelRule(step: .editorialModel, editorial: 0.42001, threshold: 0.42).text.hasPrefix("editorial model: probability 0.42001 >= threshold 0.42"))
    }

    /// A sentence whose stored text is not the article's text over its range (a file edited
    /// by hand) keeps its text through the migration, in `own_text`, and so do the cues read
    /// against it; so does one written today from such an analysis.
    @Test func sentenceTextThatIsNotTheArticlesIsKept() throws {
        let path = temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v3-compact-cues")
        try queue.write { db in
            try db.execute(sql: """
                \(Self.oldArticleSQL(text: "A said b. C."))
                INSERT INTO sentences (article_id, position, start, "end", headline, label, confidence, words, quoted_words, loaded_score, text, cues)
                VALUES (1, 0, 0, 9, 0, 'ATTRIBUTED', 0.9, 3, 0, 0, 'A told b.', '[["attribution-verb",2,6,"attribution",1.2,null]]'),
                       (1, 1, 10, 12, 0, 'FACTUAL', 0.6, 1, 0, 0, 'C.', '[]');
                """)
        }
        try queue.close()
        let store = try Store(path: path)
        let stored = try #require(try store.storedArticle(id: 1))
        #expect(stored.sentences.map(\.text) == ["A told b.", "C."])
        #expect(stored.cues.map(\.text) == ["told"])
        let own = try DatabaseQueue(path: path).read { db in try String?.fetchAll(db, sql: "SELECT own_text FROM sentence_rows ORDER BY id") }
        #expect(own == ["A told b.", nil])

        let fresh = try Store(path: temporaryDatabase())
        let written = prepared(analysis(outlet: "a.com", text: "Golden.", labels: [.factual, .editorial], outletVoiceWords: 10, loaded: 0))
        _ = try fresh.write([written])
        let back = try #require(try fresh.storedArticle(id: 1))
        #expect(back.sentences.map(\.text) == ["s0", "s1"])
    }

    /// Byte offsets for sentences out of order, past the end or empty: cut as SQLite's `substr`
    /// cuts the migrated rows.
    @Test func byteRangesOfUnusualSentences() {
        func sentence(_ start: Int, _ end: Int, _ text: String = "") -> (start: Int, end: Int, text: String) { (start, end, text) }
        let text = "\u{E9}t\u{E9} \u{1F600}x"  // code points: é t é ␠ 😀 x; bytes 2 1 2 1 4 1
        let ranges = PreparedArticle.byteRanges([sentence(4, 6, "\u{1F600}x"), sentence(0, 2, "\u{E9}t"), sentence(5, 9), sentence(7, 8),
                                                 sentence(3, 3), sentence(1, 3, "t"), sentence(2, 3, "\u{E9}"), sentence(0, 1, "\u{65}")],
                                                in: text)
        #expect(ranges.map(\.bytes) == [6..<11, 0..<3, 10..<11, 11..<11, 5..<5, 2..<5, 3..<5, 0..<2])
        #expect(ranges.map(\.isSlice) == [true, true, false, false, true, false, true, false])
        // A text that stops inside a code point of the article is not its text over the range.
        let split = PreparedArticle.byteRanges([sentence(0, 1, String(decoding: [0xC3], as: UTF8.self))], in: "\u{E9}")
        #expect(split.map(\.bytes) == [0..<2] && split.map(\.isSlice) == [false])
        #expect(PreparedArticle.byteRanges([sentence(0, 1)], in: "").map(\.bytes) == [0..<0])
    }

    @Test func databaseFromANewerSlantIsRefused() throws {
        let path = temporaryDatabase()
        _ = try Store(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
        try queue.close()
        #expect {
            _ = try Store(path: path)
        } throws: { error in
            (error as? StoreError)?.problem.contains("newer version of Slant") == true
        }
    }

    @Test func corruptFileIsReportedNotCrashedOn() throws {
        let path = temporaryDatabase()
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try Store(path: path)
        } throws: { error in
            let message = (error as? StoreError)?.errorDescription ?? ""
            return message.hasPrefix(path) && message.contains("not a SQLite database or is corrupt")
        }
    }

    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        let path = temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)") }
        try queue.close()
        #expect {
            _ = try Store(path: path)
        } throws: { error in
            (error as? StoreError)?.problem.contains("not a Slant store") == true
        }
    }

    @Test func missingDatabaseIsAnErrorWhenNotCreating() {
        #expect {
            _ = try Store(path: temporaryDatabase(), create: false)
        } throws: { error in
            (error as? StoreError)?.problem.contains("no such database") == true
        }
    }
}

@Suite struct WriteTests {
    @Test func sameArticleTwiceIsStoredOnce() throws {
        let store = try Store(path: temporaryDatabase())
        let one = prepared(analysis(outlet: "a.com", text: "Alpha text.", labels: [.factual], outletVoiceWords: 10, loaded: 0))
        #expect(try store.write([one]) == BatchResult(inserted: 1, skipped: 0, nearDuplicates: 0, wire: 0))
        #expect(try store.write([one, one]) == BatchResult(inserted: 0, skipped: 2, nearDuplicates: 0, wire: 0))
        #expect(try store.articleCount() == 1)
    }

    @Test func sameTextInTwoOutletsIsTwoArticlesAndNearDuplicates() throws {
        let store = try Store(path: temporaryDatabase())
        let text = (1...80).map { "Sentence number \($0) about the harbour project and its budget." }.joined(separator: " ")
        let a = prepared(analysis(outlet: "a.com", text: text, labels: [.factual], outletVoiceWords: 10, loaded: 0))
        let b = prepared(analysis(outlet: "b.com", text: text + " Extra closing line.", labels: [.factual], outletVoiceWords: 10, loaded: 0))
        _ = try store.write([a])
        let result = try store.write([b])
        // Both copies are marked, so both are counted: the outlets' `dup` columns add up to it.
        #expect(result.inserted == 1 && result.nearDuplicates == 2)
        let figures = try store.outletFigures(AggregateOptions(minArticles: 1))
        #expect(figures.map(\.outlet) == ["a.com", "b.com"])
        // Neither copy counts as its outlet's own reporting.
        #expect(figures.map(\.articles) == [0, 0])
        #expect(figures.map(\.near_duplicate_articles) == [1, 1])
        let all = try store.outletFigures(AggregateOptions(scope: .all, minArticles: 1))
        #expect(all.map(\.articles) == [1, 1])
        let syndicated = try store.outletFigures(AggregateOptions(scope: .syndicated, minArticles: 1))
        #expect(syndicated.map(\.articles) == [1, 1])
    }

    /// A copy cut short in another outlet (the last two fifths gone, a line added) is a near
    /// duplicate by its lead, though its whole-text SimHash is far from the original's; a text
    /// with another opening is not, nor is a copy in the same outlet.
    @Test func trimmedCopyInAnotherOutletIsANearDuplicateByItsLead() throws {
        let words = pseudoWords(300, seed: 11)
        let text = words.joined(separator: " ")
        let trimmed = words.prefix(180).joined(separator: " ") + " This story has been updated."
        #expect(Syndication.distance(Syndication.simhash(text).hash, Syndication.simhash(trimmed).hash) > Syndication.maxDistance)
        let store = try Store(path: temporaryDatabase())
        _ = try store.write([prepared(analysis(outlet: "a.com", text: text, labels: [.factual], outletVoiceWords: 10, loaded: 0))])
        let other = pseudoWords(300, seed: 12).joined(separator: " ")
        #expect(try store.write([prepared(analysis(outlet: "c.com", text: other, labels: [.factual], outletVoiceWords: 10, loaded: 0)),
                                 prepared(analysis(outlet: "a.com", text: trimmed, labels: [.factual], outletVoiceWords: 10, loaded: 0))])
                .nearDuplicates == 0)
        let result = try store.write([prepared(analysis(outlet: "b.com", text: trimmed + " More.", labels: [.factual],
                                                        outletVoiceWords: 10, loaded: 0))])
        // Both a.com copies and b.com's are marked.
        #expect(result.inserted == 1 && result.nearDuplicates == 3)
        let figures = try store.outletFigures(AggregateOptions(minArticles: 1))
        #expect(figures.map(\.outlet) == ["a.com", "b.com", "c.com"])
        #expect(figures.map(\.near_duplicate_articles) == [2, 1, 0])
    }

    /// Articles stored before `v7-lead-simhash` have no lead SimHash; a later copy cut short is
    /// not found by its lead, and one of the same text still is by its whole text.
    @Test func articlesStoredBeforeLeadHashesAreComparedByTheirWholeText() throws {
        let path = temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v6-sentence-rule")
        try queue.close()
        let words = pseudoWords(300, seed: 21)
        let text = words.joined(separator: " ")
        do {
            // Written by this Slant, then made to look like an article of the old schema.
            let store = try Store(path: path)
            _ = try store.write([prepared(analysis(outlet: "a.com", text: text, labels: [.factual], outletVoiceWords: 10, loaded: 0))])
        }
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE articles SET lead_simhash = NULL, lead_band0 = -1, lead_band1 = -1, lead_band2 = -1, lead_band3 = -1")
        }
        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Schema.migrationNames)
        let trimmed = words.prefix(180).joined(separator: " ")
        #expect(try store.write([prepared(analysis(outlet: "b.com", text: trimmed, labels: [.factual], outletVoiceWords: 10, loaded: 0))])
                .nearDuplicates == 0)
        // c.com's copy finds a.com's by its whole text and b.com's by its lead: all three marked.
        #expect(try store.write([prepared(analysis(outlet: "c.com", text: text + " More.", labels: [.factual], outletVoiceWords: 10,
                                                   loaded: 0))]).nearDuplicates == 3)
        let marked = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") }
        #expect(marked == 3)
    }

    @Test func dumpIsStableAcrossIdenticalRuns() throws {
        func build() throws -> String {
            let store = try Store(path: temporaryDatabase())
            let article = ScraperTextReader.article(from: " date 2024-07-25 https://www.example.co.uk/x\nA title\nThe minister said the plan was \"a disaster\". Critics slammed the shameful deal in Moscow.\n")
            let item = IngestItem(outlet: "example.co.uk", article: article, origin: "x.txt")
            let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, jobs: 2, batchSize: 1)
            try ingestor.add(item)
            _ = try ingestor.finish()
            return try store.dump()
        }
        let first = try build()
        #expect(first == (try build()))
        #expect(first.contains("example.co.uk"))
    }
}

@Suite struct StoredJSONTests {
    /// The cues column holds one positional array per cue, offsets from the sentence's start,
    /// no text where the sentence's text over the range is the cue's: valid JSON that any
    /// library reads, escaped as JSONEncoder escapes, and read back as the same cues.
    @Test func cuesColumnIsPositionalJSON() throws {
        let hostile = "a \"quoted\" \\ back/slash\n\t\u{1} caf\u{E9} \u{201C}curly\u{201D}"
        let sentence = "Caf\u{E9} \u{1F600} may say \u{201C}no\u{201D}."
        let cues = [CueEvidence(id: "loaded-term", start: 100, end: 107, text: hostile, effect: "editorial", weight: 1.2, note: hostile),
                    CueEvidence(id: "source", start: 105, end: 106, text: "\u{1F600}", effect: "attribution", weight: 2, note: nil),
                    CueEvidence(id: "hedge", start: 107, end: 110, text: "may", effect: "editorial", weight: -0.35, note: ""),
                    CueEvidence(id: "quoted-speech", start: 115, end: 119, text: "\u{201C}no\u{201D}", effect: "attribution", weight: 1e-7,
                                note: "q"),
                    CueEvidence(id: "outside", start: 90, end: 95, text: "elsewhere", effect: "attribution", weight: 1, note: nil)]
        let json = PreparedArticle.cuesJSON(cues, sentenceStart: 100, sentenceText: sentence)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let hostileJSON = String(decoding: try encoder.encode(hostile), as: UTF8.self)
        #expect(json == "[[\"loaded-term\",0,7,\"editorial\",1.2,\(hostileJSON),\(hostileJSON)],"
                + #"["source",5,6,"attribution",2,null],["hedge",7,10,"editorial",-0.35,""],"#
                + #"["quoted-speech",15,19,"attribution",1e-07,"q"],["outside",-10,-5,"attribution",1,null,"elsewhere"]]"#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]])
        #expect(parsed.map(\.count) == [7, 6, 6, 6, 7] && parsed[0][5] as? String == hostile)
        #expect(StoredJSON.cues(json, sentenceStart: 100, sentenceText: sentence) == cues)
        #expect(PreparedArticle.cuesJSON([], sentenceStart: 0, sentenceText: "") == "[]")
        #expect(StoredJSON.cues("[]", sentenceStart: 0, sentenceText: "") == [])
    }

    /// Cue weights are written as JSONEncoder writes them (Swift's shortest round-trip form),
    /// also those written from their thousandths without the general conversion: every decimal
    /// with up to three digits after the point in a wide range, values near them that are not
    /// such decimals, and the edges (tiny, huge, negative).
    @Test func cueWeightsWrittenAsJSONEncoderWritesThem() {
        var weights: [Double] = []
        for n in -30_000...30_000 { weights.append(Double(n) / 1000) }
        for n in stride(from: -999_999_999, through: 999_999_999, by: 7_777_777) { weights.append(Double(n) / 1000) }
        for w in Array(weights) where w != 0 { weights += [w.nextUp, w.nextDown, w * (1 + 1e-12)] }
        weights += [1e-7, -1e-7, 0.0001, 0.00015, 999_999.999, 1_000_000.5, 1e15 + 0.5, 123_456_789.125, -0.0, 1.0 / 3]
        var scratch = [UInt8](repeating: 0, count: 64)
        for w in weights {
            let written = scratch.withUnsafeMutableBufferPointer { buffer -> String in
                var out = JSONWriter(base: buffer.baseAddress!)
                out.number(w)
                return String(decoding: UnsafeBufferPointer(start: buffer.baseAddress!, count: out.count), as: UTF8.self)
            }
            let expected = w == w.rounded() && abs(w) < 1e15 ? String(Int(w)) : String(w)
            #expect(written == expected, "\(w)")
        }
    }

    /// The ingest workers write each sentence's cues through one scratch buffer per article:
    /// a shorter sentence after a longer one must not keep the longer one's bytes.
    @Test func cuesColumnThroughAReusedScratchBuffer() throws {
        let controls = "r\r b\u{8} f\u{C} unit\u{1F} nul\u{0} del\u{7F} \u{1F600}"
        let long = [CueEvidence(id: "loaded-term", start: 120_000, end: 1_234_567_890_123, text: String(repeating: controls, count: 40),
                                effect: "editorial", weight: 1e-7, note: controls)]
        let short = [CueEvidence(id: "hedge", start: 4, end: 7, text: "may", effect: "editorial", weight: 10, note: nil)]
        var scratch: [UInt8] = []
        for (cues, start, text) in [(long, 0, "x"), (short, 4, "may be"), (long, 0, "x")] {
            let json = PreparedArticle.cuesJSON(cues, sentenceStart: start, sentenceText: text, scratch: &scratch)
            #expect(json == PreparedArticle.cuesJSON(cues, sentenceStart: start, sentenceText: text))
            #expect(StoredJSON.cues(json, sentenceStart: start, sentenceText: text) == cues)
        }
    }

    /// The store's own reader of its JSON columns reads hand-written spellings too; what it
    /// cannot read is nil (rule steps: what JSONDecoder reads).
    @Test func storedJSONReadsHandWrittenColumns() throws {
        let handWritten = #"[ [ "x" , 1, 2.0, "e", 1e-7, null ], ["y",0,1,"e",2,"\u00e9\ud83d\ude00\/","z"] ]"#
        #expect(StoredJSON.cues(handWritten, sentenceStart: 10, sentenceText: "abc")
                == [CueEvidence(id: "x", start: 11, end: 12, text: "b", effect: "e", weight: 1e-7, note: nil),
                    CueEvidence(id: "y", start: 10, end: 11, text: "z", effect: "e", weight: 2, note: "\u{E9}\u{1F600}/")])
        // Not flat, the wrong shape, or a range past the sentence without a text: nil.
        for bad in [#"[["x",0,1,"e",1,null,["z"]]]"#, #"[{"id":"x"}]"#, "[[", "[] x", #"[["x",0,1,"e",1]]"#,
                    #"[["x",0,9,"e",1,null]]"#, #"[["x",-1,1,"e",1,null]]"#, #"[["x",0,1,"e","1",null]]"#, #"[["x",0.5,1,"e",1,null]]"#] {
            #expect(StoredJSON.cues(bad, sentenceStart: 0, sentenceText: "abc") == nil, "\(bad)")
        }
        let steps = [RuleStep(rule: "negation", factor: -0.5, note: "negated by 'not'"), RuleStep(rule: "in-quote", factor: 0.5, note: "")]
        #expect(StoredJSON.steps(PreparedArticle.stepsJSON(steps)) == steps)
        #expect(StoredJSON.steps("[]") == [])
    }

    /// A hand-edited database is input too: mangled column values (seeded, so the cases are the
    /// same every run) never crash the reader, and whenever it reads one, JSONSerialization
    /// reads the same ids and weights from it.
    @Test func storedJSONSurvivesMangledColumns() throws {
        let sentence = "a \"b\" \\ c\u{1}\u{E9} A."
        let cues = [CueEvidence(id: "loaded-term", start: 0, end: 7, text: "a \"b\" \\", effect: "editorial", weight: 1.25, note: "n"),
                    CueEvidence(id: "source", start: 13, end: 14, text: "A", effect: "attribution", weight: 2, note: nil)]
        let valid = Array(PreparedArticle.cuesJSON(cues, sentenceStart: 0, sentenceText: sentence).utf8)
        #expect(StoredJSON.cues(String(decoding: valid, as: UTF8.self), sentenceStart: 0, sentenceText: sentence) == cues)
        let alphabet = Array(#"[]{}":,\u0123456789abcdefnrtlsE.-+ "#.utf8) + [0xC3, 0xA9, 0x00, 0x1F, 0xFF]
        var random = SeededGenerator(seed: 0x5EED)
        for _ in 0..<3000 {
            var bytes = valid
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let at = Int(random.next() % UInt64(bytes.count + 1))
                switch random.next() % 3 {
                case 0 where at < bytes.count: bytes.remove(at: at)
                case 1 where at < bytes.count: bytes[at] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                default: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: at)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if let read = StoredJSON.cues(text, sentenceStart: 0, sentenceText: sentence) {
                let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]], "\(Array(text.utf8))")
                #expect(read.map(\.id) == parsed.map { $0[0] as? String ?? "" }, "\(Array(text.utf8))")
                #expect(read.map(\.weight) == parsed.map { ($0[4] as? NSNumber)?.doubleValue ?? .nan }, "\(Array(text.utf8))")
            }
        }
    }

    @Test func loadedHitStepsAreValidJSON() throws {
        let path = temporaryDatabase()
        let store = try Store(path: path)
        let article = ScraperTextReader.article(from: "Critics said it was NOT a \"shameful\" deal!\nThe DISASTROUS plan failed.\nHe never slammed the very corrupt regime.\n")
        let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, jobs: 1)
        try ingestor.add(IngestItem(outlet: "x.example", article: article, origin: "x"))
        _ = try ingestor.finish()
        let analysis = sharedAnalyzer.analyze(article)
        let expected = analysis.sentences.flatMap(\.loaded).map(\.steps)
        let stored = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT steps FROM loaded_hits ORDER BY id") }
        #expect(stored.count == expected.count)
        #expect(expected.contains { !$0.isEmpty })
        let decoded = try stored.map { try JSONDecoder().decode([RuleStep].self, from: Data($0.utf8)) }
        #expect(decoded == expected)
    }
}

@Suite struct AggregateTests {
    /// Outlet a.com: article 1 has F, F, E (30 outlet-voice words, 3 loaded); article 2 has
    /// A, E (20 words, 0 loaded). Shares are sentence-weighted: F 2/5, A 1/5, E 2/5; loaded
    /// 3 per 50 words = 60 per 1,000. With two articles a resample is {1,1}, {1,2} or {2,2}
    /// (probabilities 1/4, 1/2, 1/4), so the 2.5th and 97.5th percentiles are the
    /// single-article values: E in [1/3, 1/2], F in [0, 2/3], loaded in [0, 100].
    @Test func knownSharesAndIntervalsOnATinyFixture() throws {
        let store = try Store(path: temporaryDatabase())
        _ = try store.write([
            prepared(analysis(outlet: "a.com", text: "one", labels: [.factual, .factual, .editorial], outletVoiceWords: 30, loaded: 3)),
            prepared(analysis(outlet: "a.com", text: "two", labels: [.attributed, .editorial], outletVoiceWords: 20, loaded: 0,
                              quotedWords: 10, loadedQuoted: 1)),
        ])
        let figures = try store.outletFigures(AggregateOptions(minArticles: 2))
        #expect(figures.count == 1)
        let a = try #require(figures.first)
        #expect(a.outlet == "a.com" && a.articles == 2 && a.sentences == 5 && a.words == 60)
        #expect(a.share == LabelValues(FACTUAL: 0.4, ATTRIBUTED: 0.2, EDITORIAL: 0.4))
        #expect(a.share_ci95.EDITORIAL == Interval(0.3333, 0.5))
        #expect(a.share_ci95.FACTUAL == Interval(0, 0.6667))
        #expect(a.share_ci95.ATTRIBUTED == Interval(0, 0.5))
        #expect(a.loaded_per_1k_words == 60)
        #expect(a.loaded_per_1k_words_ci95 == Interval(0, 100))
        #expect(a.quoted_loaded_per_1k_words == 100)
        #expect(a.too_few_articles == false)
        #expect(try store.outletFigures(AggregateOptions(minArticles: 3)).first?.too_few_articles == true)
        // Without details the figures are the same and the lists empty.
        let light = try #require(try store.outletFigures(AggregateOptions(minArticles: 2, details: false)).first)
        #expect(light.share == a.share && light.share_ci95 == a.share_ci95 && light.loaded_per_1k_words_ci95 == a.loaded_per_1k_words_ci95)
    }

    @Test func aggregatesAreDeterministicAndCoverEveryBreakdown() throws {
        let store = try Store(path: temporaryDatabase())
        var batch: [PreparedArticle] = []
        for i in 0..<40 {
            var pair = analysis(outlet: i % 2 == 0 ? "even.org" : "odd.org", text: "article \(i)",
                                labels: Array(repeating: ClaimLabel.factual, count: 1 + i % 3) + [i % 4 == 0 ? .editorial : .attributed],
                                outletVoiceWords: 100 + i, loaded: i % 5)
            pair.0.metadata.date = MetaValue("2024-0\(1 + i % 3)-15", .record)
            batch.append(prepared(pair))
        }
        _ = try store.write(batch)
        let first = try store.aggregates(AggregateOptions(minArticles: 10))
        let second = try store.aggregates(AggregateOptions(minArticles: 10))
        #expect(first == second)
        #expect(first.outlets.map(\.outlet) == ["even.org", "odd.org"])
        #expect(first.months.count == 6)
        #expect(first.months.allSatisfy { $0.share_ci95.FACTUAL.lo <= $0.share.FACTUAL && $0.share.FACTUAL <= $0.share_ci95.FACTUAL.hi })
        // A different seed moves the interval bounds a little but not the point estimates.
        let reseeded = try store.aggregates(AggregateOptions(minArticles: 10, seed: 7))
        #expect(reseeded.outlets.map(\.share) == first.outlets.map(\.share))
    }
}

@Suite struct BootstrapTests {
    @Test func identicalArticlesGiveAZeroWidthInterval() {
        let intervals = Bootstrap.ratioIntervals(columns: [[1, 1, 1, 1], [4, 4, 4, 4]], ratios: [.init(numerator: 0, denominator: 1)])
        #expect(intervals == [Interval(0.25, 0.25)])
    }

    @Test func noArticlesGiveZeroIntervals() {
        #expect(Bootstrap.ratioIntervals(columns: [[], []], ratios: [.init(numerator: 0, denominator: 1)]) == [Interval(0, 0)])
    }

    @Test func percentileInterpolatesLikeNumPy() {
        #expect(Bootstrap.percentile([1, 2, 3, 4], 0.5) == 2.5)
        #expect(Bootstrap.percentile([1, 2, 3, 4], 0.025) == 1.075)
    }

    /// Ten articles, each all-editorial or all-factual: the sentences are perfectly clustered.
    /// Resampling articles must give a wide interval; a sentence-level interval with 1,000
    /// sentences would be about ±3 points.
    @Test func clusteredSentencesWidenTheInterval() {
        let editorial: [Double] = (0..<10).map { $0 < 5 ? 100 : 0 }
        let sentences: [Double] = Array(repeating: 100, count: 10)
        let interval = Bootstrap.ratioIntervals(columns: [editorial, sentences], ratios: [.init(numerator: 0, denominator: 1)])[0]
        #expect(interval.hi - interval.lo > 0.4)
    }

    @Test func sameSeedSameInterval() {
        let a: [Double] = (0..<50).map { Double($0 % 7) }
        let b: [Double] = (0..<50).map { Double(5 + $0 % 3) }
        let ratio = Bootstrap.Ratio(numerator: 0, denominator: 1)
        #expect(Bootstrap.ratioIntervals(columns: [a, b], ratios: [ratio], seed: 3) == Bootstrap.ratioIntervals(columns: [a, b], ratios: [ratio], seed: 3))
    }
}

@Suite struct SyndicationTests {
    @Test(arguments: [
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", nil, "AP"),
        ("LONDON (Reuters) - Prices rose.", nil, "Reuters"),
        ("The Senate voted on Tuesday.", "Associated Press", "AP"),
        ("The Senate voted on Tuesday.", "By Jane Doe, AFP", "AFP"),
        ("The Senate voted on Tuesday.", "Jane Doe", nil),
        ("Our reporter asked the AP style editor.", nil, nil),
    ] as [(String, String?, String?)])
    func wireBylinesAndDatelines(text: String, author: String?, agency: String?) {
        #expect(Syndication.wire(author: author, text: text, bodyStart: 0)?.agency == agency)
    }

    @Test func nearDuplicateTextsHaveCloseSimHashes() {
        let base = (1...60).map { "Paragraph \($0) reports on the council vote and the reaction to it." }.joined(separator: " ")
        let edited = base.replacingOccurrences(of: "Paragraph 30 ", with: "Section 30 ")
        let other = (1...60).map { "Line \($0) describes a football match with several goals in it." }.joined(separator: " ")
        let (a, _) = Syndication.simhash(base)
        let (b, _) = Syndication.simhash(edited)
        let (c, _) = Syndication.simhash(other)
        #expect(Syndication.distance(a, b) <= Syndication.maxDistance)
        #expect(Syndication.distance(a, c) > Syndication.maxDistance)
    }

    /// The lead SimHash is the whole-text SimHash of the body's first `leadWords` words: the
    /// same for a copy cut short or lengthened at the end, or with another headline before the
    /// body; none for a body of fewer words.
    @Test func leadSimHashIsTheOpeningsSimHash() {
        let words = pseudoWords(300, seed: 7)
        let body = words.joined(separator: " ")
        let opening = words.prefix(Syndication.leadWords).joined(separator: " ")
        let lead = Syndication.leadSimhash(body, bodyStart: 0)
        #expect(lead != nil && lead == Syndication.simhash(opening).hash)
        #expect(Syndication.leadSimhash(words.prefix(150).joined(separator: " ") + " An editor's note.", bodyStart: 0) == lead)
        let headline = "A different headline\n"
        #expect(Syndication.leadSimhash(headline + body, bodyStart: headline.utf8.count) == lead)
        #expect(Syndication.leadSimhash(headline + body, bodyStart: 0) != lead)
        #expect(Syndication.leadSimhash(words.prefix(Syndication.leadWords - 1).joined(separator: " "), bodyStart: 0) == nil)
        #expect(Syndication.leadSimhash(body, bodyStart: body.utf8.count + 5) == nil)
    }

    /// The SimHash counts each bit over the shingle hashes in carry-save adders, sixteen hashes at
    /// a time, and the rest one by one: every count of words from 0 to 300 (blocks of sixteen and
    /// every remainder), and a text past the flush of the carries' byte counters (255 blocks),
    /// gives the hash of counting bit by bit. Words are FNV-1a over ASCII-lowered runs of
    /// letters, digits and non-ASCII bytes.
    @Test func simHashIsTheBitByBitMajority() {
        func reference(_ text: String) -> (UInt64, Int) {
            var words: [UInt64] = []
            var h: UInt64 = 0xCBF2_9CE4_8422_2325, inWord = false
            for b in text.utf8 {
                let digit: Bool = b >= 0x30 && b <= 0x39
                let upper: Bool = b >= 0x41 && b <= 0x5A
                let lower: Bool = b >= 0x61 && b <= 0x7A
                if digit || upper || lower || b >= 0x80 {
                    let lowered: UInt8 = upper ? b | 0x20 : b
                    h = (h ^ UInt64(lowered)) &* 0x100_0000_01B3
                    inWord = true
                } else if inWord {
                    words.append(h)
                    (h, inWord) = (0xCBF2_9CE4_8422_2325, false)
                }
            }
            if inWord { words.append(h) }
            guard words.count >= 4 else { return (0, words.count) }
            var counts = [Int](repeating: 0, count: 64)
            for i in 0...(words.count - 4) {
                var s: UInt64 = Syndication.mix(0x9E37_79B9_7F4A_7C15 ^ words[i])
                for k in 1..<4 { s = Syndication.mix(s ^ words[i + k]) }
                for bit in 0..<64 where (s >> UInt64(bit)) & 1 == 1 { counts[bit] += 1 }
            }
            var result: UInt64 = 0
            for bit in 0..<64 where 2 * counts[bit] > words.count - 3 { result |= 1 << UInt64(bit) }
            return (result, words.count)
        }
        let vocabulary = ["Council", "vote", "río", "2024", "the", "Ünited", "a", "x9", "reaction", "MAYOR", "said"]
        var text = ""
        for n in 0...300 {
            let (hash, words) = Syndication.simhash(text)
            let expected = reference(text)
            #expect(hash == expected.0 && words == expected.1, "\(n) words")
            text += (n % 7 == 0 ? ", " : " ") + vocabulary[(n * 7 + n / 3) % vocabulary.count]
        }
        // Past 255 blocks of sixteen, where the byte counters of the carries are flushed.
        let long = (0..<4_500).map { vocabulary[($0 * 5 + $0 / 11) % vocabulary.count] + String($0 % 13) }.joined(separator: " ")
        #expect(Syndication.simhash(long) == reference(long))
    }
}

@Suite struct EntityFinderTests {
    @Test func aliasesMatchWholeWordsCaseSensitively() throws {
        let finder = try EntityFinder(entitiesTSV: "#! name: entities\n#! version: 1\nUS\tUnited States\tcountry\nU.S.\tUnited States\tcountry\nUnited States\tUnited States\tcountry\nRussia\tRussia\tcountry\n")
        let found = finder.mentions(in: "The U.S. and Russia met; the USB stick and us stayed home. United States officials left.")
        #expect(found.map(\.entity) == ["United States", "Russia", "United States"])
    }
}

/// The stored mentions are the scorer's: an alias that opens a longer capitalised name is not
/// a row of its entity ("Homeland Security" in "the Homeland Security Departments").
@Suite struct StoredEntityMentionTests {
    @Test func aliasOpeningALongerNameIsNoRow() throws {
        let text = "Officials at the State and Homeland Security Departments told U.S. President Donald Trump that Russia's envoy read the Washington Post."
        var metadata = ArticleMetadata()
        metadata.outlet = MetaValue("example.org", .record)
        let article = Article(text: text, metadata: metadata)
        let finder = try EntityFinder(entitiesTSV: LexiconLoader.load().text("entities.tsv"))
        let store = try Store(path: temporaryDatabase())
        _ = try store.write([PreparedArticle(outlet: "example.org", article: article, analysis: sharedAnalyzer.analyze(article),
                                             origin: "test", extra: nil, entities: finder)])
        let rows = try #require(try store.storedArticle(id: 1)).entity_mentions
        #expect(rows.map { "\($0.entity) \($0.kind) \($0.start)-\($0.end) \($0.text)" } == [
            "United States country 62-66 U.S.", "Donald Trump person 77-89 Donald Trump",
            "Russia country 95-101 Russia", "The Washington Post organisation 119-134 Washington Post",
        ])
        for row in rows { #expect(Array(text.unicodeScalars)[row.start..<row.end].map(String.init).joined() == row.text) }
    }
}
