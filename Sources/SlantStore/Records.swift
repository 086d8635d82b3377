import GRDB

// One record struct per table. Property names are the column names, so a row read with
// `sqlite3` or Datasette reads the same as the Swift code.

/// An outlet: a publication, named by its metadata or by its URL's registrable domain.
public struct OutletRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "outlets"
    public var id: Int64?
    public var name: String

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The lexicons an article was analysed with: a fingerprint over every file's name, version
/// and content hash, so figures from different lexicon versions can be told apart.
public struct LexiconVersionRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "lexicon_versions"
    public var id: Int64?
    public var fingerprint: String
    public var slant_version: String
    /// JSON array of `{"file","name","version","sha256"}`.
    public var files: String

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let fingerprint = Column(CodingKeys.fingerprint)
        public static let slant_version = Column(CodingKeys.slant_version)
        public static let files = Column(CodingKeys.files)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// An article with its metadata (and where each value came from), its per-article counts
/// (so aggregates read one table) and its syndication status.
public struct ArticleRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "articles"
    public var id: Int64?
    public var outlet_id: Int64
    public var lexicon_version_id: Int64
    /// SHA-256 of outlet name, a NUL byte and the text: the same text under the same outlet is
    /// the same article, while one wire story printed by two outlets is two articles.
    public var content_hash: String
    /// SHA-256 of the text alone (as `slant score` reports it).
    public var text_sha256: String
    public var url: String?
    public var date: String?
    /// `YYYY-MM` from the date, for per-month figures.
    public var month: String?
    public var title: String?
    public var author: String?
    /// JSON object: metadata field -> provenance (`header`, `url`, `flag`, `record`, `html`, ...).
    public var provenance: String
    /// JSON object of the input record's other fields (JSON Lines, metadata TSV), or null.
    public var extra: String?
    /// Where the article was read: `path` or `path:line`.
    public var origin: String
    /// The analysed text; every offset in the other tables refers to it (code points).
    public var text: String
    public var sentences: Int
    public var words: Int
    public var outlet_voice_words: Int
    public var quoted_words: Int
    public var factual: Int
    public var attributed: Int
    public var editorial: Int
    /// Outlet-voice loaded hits (not inside quotations) and their summed score.
    public var loaded_outlet_voice: Int
    public var loaded_score: Double
    public var loaded_quoted: Int
    /// Outlet-voice words and hits in the headline, and in the body.
    public var headline_words: Int
    public var headline_loaded: Int
    public var body_words: Int
    public var body_loaded: Int
    /// The wire service named by a byline or dateline (`AP`, `Reuters`, `AFP`, `UPI`), or null.
    public var wire: String?
    /// What named the wire service: `author: ...` or `dateline: ...`.
    public var wire_evidence: String?
    /// 64-bit SimHash of the text's word 4-shingles, stored as a signed integer.
    public var simhash: Int64
    /// The SimHash's four 16-bit bands: a near duplicate (at most 3 bits differ) shares one.
    public var band0: Int
    public var band1: Int
    public var band2: Int
    public var band3: Int
    /// The lowest id of a near-duplicate article in another outlet, or null: this text was
    /// published by more than one outlet, so it is not counted as this outlet's own reporting.
    public var duplicate_of: Int64?
    /// JSON array of the sentences left out as page furniture (`ArticleAnalysis.furniture`).
    public var furniture: String = "[]"
    /// 64-bit SimHash of the body's first `Syndication.leadWords` words (null when the body is
    /// shorter, or the article was stored before migration `v7-lead-simhash`), and its four
    /// bands (-1 without one): a copy cut short or lengthened at the end keeps its lead.
    public var lead_simhash: Int64? = nil
    public var lead_band0: Int = -1
    public var lead_band1: Int = -1
    public var lead_band2: Int = -1
    public var lead_band3: Int = -1

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let outlet_id = Column(CodingKeys.outlet_id)
        public static let content_hash = Column(CodingKeys.content_hash)
        public static let text_sha256 = Column(CodingKeys.text_sha256)
        public static let date = Column(CodingKeys.date)
        public static let month = Column(CodingKeys.month)
        public static let wire = Column(CodingKeys.wire)
        public static let simhash = Column(CodingKeys.simhash)
        public static let duplicate_of = Column(CodingKeys.duplicate_of)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A sentence with its label, confidence, range, headline flag and the source it is attributed to.
/// Read from the `sentences` view (migration `v4-sentence-text-from-article`), whose `text` is
/// cut from the article's text; the writer inserts into the table `sentence_rows` directly.
public struct SentenceRecord: Codable, Hashable, Sendable, FetchableRecord, TableRecord {
    public static let databaseTableName = "sentences"
    public var id: Int64?
    public var article_id: Int64
    /// 0-based position in the article (the headline, when there is one, is 0).
    public var position: Int
    public var start: Int
    public var end: Int
    public var headline: Bool
    public var label: String
    public var confidence: Double
    public var words: Int
    public var quoted_words: Int
    public var loaded_score: Double
    public var text: String
    /// The cues that decided the label, as a JSON array with one array per cue, `[id, start,
    /// end, effect, weight, note]`: `start` and `end` in code points from the sentence's start,
    /// `note` null when there is none; the cue's text is the sentence's text over that range
    /// (a seventh element when it is not). `[]` when there are none. `decodedCues()` reads it;
    /// the `cues` view lists them with SQL.
    public var cues: String
    /// The step of the classifier's precedence that decided the label, with its figures
    /// (`LabelRule(stored:)` reads it); nil for a sentence stored before `v6-sentence-rule`.
    public var rule: String? = nil

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let article_id = Column(CodingKeys.article_id)
        public static let position = Column(CodingKeys.position)
        public static let label = Column(CodingKeys.label)
        public static let headline = Column(CodingKeys.headline)
    }
}

/// A cue that pushed a sentence towards its label, read from its sentence's `cues` column.
public struct CueRecord: Codable, Hashable, Sendable {
    public var sentence_id: Int64
    public var cue: String
    public var start: Int
    public var end: Int
    public var text: String
    public var effect: String
    public var weight: Double
    public var note: String?

    public init(sentence_id: Int64, cue: String, start: Int, end: Int, text: String, effect: String, weight: Double, note: String?) {
        self.sentence_id = sentence_id
        self.cue = cue
        self.start = start
        self.end = end
        self.text = text
        self.effect = effect
        self.weight = weight
        self.note = note
    }
}

/// A direct quotation with its speaker.
public struct QuoteRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "quotes"
    public var id: Int64?
    public var article_id: Int64
    public var start: Int
    public var end: Int
    public var text: String
    public var speaker: String?
    public var scare: Bool

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let article_id = Column(CodingKeys.article_id)
        public static let speaker = Column(CodingKeys.speaker)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Who a sentence's claim is attributed to.
public struct SourceRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "sources"
    public var id: Int64?
    public var sentence_id: Int64
    public var article_id: Int64
    public var start: Int
    public var end: Int
    public var text: String
    /// person, role, organisation, anonymous, document, media, pronoun or unknown.
    public var kind: String
    /// For a pronoun: the named speaker it was resolved to.
    public var resolved: String?

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let sentence_id = Column(CodingKeys.sentence_id)
        public static let article_id = Column(CodingKeys.article_id)
        public static let kind = Column(CodingKeys.kind)
        public static let text = Column(CodingKeys.text)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A loaded-language hit, with the rule steps that produced its score.
public struct LoadedHitRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "loaded_hits"
    public var id: Int64?
    public var sentence_id: Int64
    public var article_id: Int64
    public var start: Int
    public var end: Int
    public var text: String
    public var term: String
    public var category: String
    public var weight: Double
    public var score: Double
    /// Inside a direct quotation: the speaker's words, not the outlet's.
    public var in_quote: Bool
    public var speaker: String?
    public var target: String
    public var lexicon: String
    /// JSON array of `{"rule","factor","note"}`.
    public var steps: String

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let sentence_id = Column(CodingKeys.sentence_id)
        public static let article_id = Column(CodingKeys.article_id)
        public static let term = Column(CodingKeys.term)
        public static let category = Column(CodingKeys.category)
        public static let in_quote = Column(CodingKeys.in_quote)
        public static let target = Column(CodingKeys.target)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A mention of a known entity (Lexicons/entities.tsv) in a sentence.
public struct EntityMentionRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "entity_mentions"
    public var id: Int64?
    public var sentence_id: Int64
    public var article_id: Int64
    public var entity: String
    public var kind: String
    public var start: Int
    public var end: Int
    public var text: String

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let sentence_id = Column(CodingKeys.sentence_id)
        public static let article_id = Column(CodingKeys.article_id)
        public static let entity = Column(CodingKeys.entity)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
