import Foundation
import SlantCore

/// One article turned into rows, ready for the single writer. Built by the analysis workers,
/// so everything costly (analysis, entity mentions, SimHash, JSON) happens in parallel.
public struct PreparedArticle: Sendable {
    public struct PreparedSentence: Sendable {
        var record: SentenceRecord
        var cues: [CueRecord]
        var source: SourceRecord?
        var hits: [LoadedHitRecord]
        var mentions: [EntityMentionRecord]
    }

    public var outlet: String
    public var lexicons: [LexiconInfo]
    public var slantVersion: String
    public var article: ArticleRecord
    var sentences: [PreparedSentence]
    var quotes: [QuoteRecord]
    /// Long enough for near-duplicate detection.
    var comparable: Bool

    /// The content hash of an article: SHA-256 over the outlet, a NUL byte and the text.
    public static func contentHash(outlet: String, text: String) -> String {
        SHA256.hex(Array(outlet.utf8) + [0] + Array(text.utf8))
    }

    /// Builds the rows for an analysed article. `extra` is a JSON object of the input record's
    /// other fields, or nil.
    /// `contentHash`, when the caller has computed it already, saves hashing the text again.
    public init(outlet: String, article: Article, analysis: ArticleAnalysis, origin: String, extra: String?,
                entities: EntityFinder, contentHash: String? = nil) {
        self.outlet = outlet
        lexicons = analysis.lexicons
        slantVersion = analysis.slant_version
        let meta = article.metadata
        var counts: [ClaimLabel: Int] = [:]
        var headlineWords = 0, headlineLoaded = 0, bodyWords = 0, bodyLoaded = 0
        var prepared: [PreparedSentence] = []
        for (position, s) in analysis.sentences.enumerated() {
            counts[s.label, default: 0] += 1
            let outletHits = s.loaded.filter { !$0.in_quote }.count
            if s.headline {
                headlineWords += s.words - s.quoted_words
                headlineLoaded += outletHits
            } else {
                bodyWords += s.words - s.quoted_words
                bodyLoaded += outletHits
            }
            let record = SentenceRecord(id: nil, article_id: 0, position: position, start: s.start, end: s.end,
                                        headline: s.headline, label: s.label.rawValue, confidence: s.confidence,
                                        words: s.words, quoted_words: s.quoted_words, loaded_score: s.loaded_score,
                                        text: s.text)
            let cues = s.cues.map { c in
                CueRecord(id: nil, sentence_id: 0, cue: c.id, start: c.start, end: c.end, text: c.text, effect: c.effect,
                          weight: c.weight, note: c.note)
            }
            let source = s.source.map { src in
                SourceRecord(id: nil, sentence_id: 0, article_id: 0, start: src.start, end: src.end, text: src.text,
                             kind: src.kind, resolved: src.resolved)
            }
            let hits = s.loaded.map { h in
                LoadedHitRecord(id: nil, sentence_id: 0, article_id: 0, start: h.start, end: h.end, text: h.text,
                                term: h.term, category: h.category, weight: h.weight, score: h.score, in_quote: h.in_quote,
                                speaker: h.speaker, target: h.target, lexicon: h.lexicon, steps: Self.stepsJSON(h.steps))
            }
            prepared.append(PreparedSentence(record: record, cues: cues, source: source, hits: hits,
                                             mentions: Self.mentions(in: s, entities: entities)))
        }
        sentences = prepared
        quotes = analysis.quotes.map { q in
            QuoteRecord(id: nil, article_id: 0, start: q.start, end: q.end, text: q.text, speaker: q.speaker, scare: q.scare)
        }
        let summary = analysis.summary
        let (hash, words) = Syndication.simhash(article.text)
        comparable = words >= Syndication.minWords
        let bands = comparable ? Syndication.bands(hash) : [-1, -1, -1, -1]
        let bodyStart = article.body.first?.lowerBound ?? 0
        let wire = Syndication.wire(author: meta.author.value, text: article.text, bodyStart: bodyStart)
        // Written directly, keys in sorted order as JSONEncoder's `.sortedKeys` wrote them:
        // an encoder per article cost more than the rest of the article's row.
        let provenance = "{\"author\":\(Self.jsonString(meta.author.provenance.rawValue)),"
            + "\"date\":\(Self.jsonString(meta.date.provenance.rawValue)),"
            + "\"outlet\":\(Self.jsonString(meta.outlet.provenance.rawValue)),"
            + "\"title\":\(Self.jsonString(meta.title.provenance.rawValue)),"
            + "\"url\":\(Self.jsonString(meta.url.provenance.rawValue))}"
        let date = meta.date.value
        self.article = ArticleRecord(
            id: nil, outlet_id: 0, lexicon_version_id: 0,
            content_hash: contentHash ?? Self.contentHash(outlet: outlet, text: article.text), text_sha256: analysis.article.sha256,
            url: meta.url.value, date: date, month: date.flatMap(Self.month), title: meta.title.value,
            author: meta.author.value, provenance: provenance, extra: extra, origin: origin, text: article.text,
            sentences: analysis.sentences.count, words: summary.words, outlet_voice_words: summary.outlet_voice_words,
            quoted_words: summary.quoted_words, factual: counts[.factual] ?? 0, attributed: counts[.attributed] ?? 0,
            editorial: counts[.editorial] ?? 0, loaded_outlet_voice: summary.loaded_outlet_voice,
            loaded_score: (analysis.sentences.reduce(0) { $0 + $1.loaded_score } * 1000).rounded() / 1000,
            loaded_quoted: summary.loaded_quoted, headline_words: headlineWords, headline_loaded: headlineLoaded,
            body_words: bodyWords, body_loaded: bodyLoaded, wire: wire?.agency, wire_evidence: wire?.evidence,
            simhash: Int64(bitPattern: hash), band0: bands[0], band1: bands[1], band2: bands[2], band3: bands[3],
            duplicate_of: nil)
    }

    /// `YYYY-MM` from a date that starts `YYYY-MM-DD` (or `YYYY-MM`), else nil.
    static func month(_ date: String) -> String? {
        let bytes = Array(date.utf8.prefix(7))
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || ($0.element >= 0x30 && $0.element <= 0x39) }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Entity mentions in a sentence, with offsets in the article (code points).
    static func mentions(in sentence: SentenceAnalysis, entities: EntityFinder) -> [EntityMentionRecord] {
        let found = entities.mentions(in: sentence.text)
        guard !found.isEmpty else { return [] }
        let source = SourceText(sentence.text)
        return found.map { m in
            let span = source.span(ofBytes: m.bytes)
            return EntityMentionRecord(id: nil, sentence_id: 0, article_id: 0, entity: m.entity, kind: m.kind,
                                       start: sentence.start + span.start, end: sentence.start + span.end,
                                       text: source.text(ofBytes: m.bytes))
        }
    }

    /// Rule steps as a JSON array, written directly: a hit is the most common row after a
    /// sentence, and a JSONEncoder per hit costs more than the rest of its row.
    static func stepsJSON(_ steps: [RuleStep]) -> String {
        guard !steps.isEmpty else { return "[]" }
        return "[" + steps.map { step in
            "{\"factor\":\(step.factor),\"note\":\(jsonString(step.note)),\"rule\":\(jsonString(step.rule))}"
        }.joined(separator: ",") + "]"
    }

    /// A JSON string literal.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
