import Foundation
import SlantCore

/// One article turned into rows, ready for the single writer. Built by the analysis workers,
/// so everything costly (analysis, entity mentions, SimHash, JSON) happens in parallel.
public struct PreparedArticle: Sendable {
    public struct PreparedSentence: Sendable {
        /// The sentence's row; its `cues` is left empty: the cues' JSON is `cues` in the
        /// article's `cueBytes`.
        var record: SentenceRecord
        /// Where the sentence's cues JSON is in `cueBytes`.
        var cues: Range<Int>
        /// Where the sentence's rule is in `cueBytes` (`LabelRule.appendStored`); empty when it
        /// has none, stored as NULL.
        var rule: Range<Int>
        /// The sentence's range in UTF-8 bytes of the article's text (`byte_start`, `byte_end`).
        var bytes: Range<Int>
        /// The sentence's text when it is not the article's text over `bytes` (`own_text`; never
        /// for an analysis's sentences), else nil.
        var ownText: String?
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
    /// The cues JSON of every sentence, one after another (UTF-8). One buffer per article,
    /// bound in place by the writer: a string per sentence cost an allocation and a UTF-8
    /// validation of its bytes, which the JSON written here needs neither of.
    var cueBytes: [UInt8]
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
        var factual = 0, attributed = 0, editorial = 0
        var loadedScore = 0.0
        var headlineWords = 0, headlineLoaded = 0, bodyWords = 0, bodyLoaded = 0
        var prepared: [PreparedSentence] = []
        prepared.reserveCapacity(analysis.sentences.count)
        let byteRanges = Self.byteRanges(of: analysis.sentences, in: article.text)
        var scratch: [UInt8] = []
        var cueBytes: [UInt8] = []
        cueBytes.reserveCapacity(160 * analysis.sentences.count)  // news-10mb: 136 bytes a sentence
        var articleText = article.text
        articleText.withUTF8 { articleBytes in
            // Fields are read through the index: binding each sentence (`for s in ...`) copied
            // it whole, retaining every string and list in it.
            let all = analysis.sentences
            for position in all.indices {
                switch all[position].label {
                case .factual: factual += 1
                case .attributed: attributed += 1
                case .editorial: editorial += 1
                }
                var outletHits = 0
                for h in all[position].loaded.indices where !all[position].loaded[h].in_quote { outletHits += 1 }
                let words = all[position].words - all[position].quoted_words
                if all[position].headline {
                    headlineWords += words
                    headlineLoaded += outletHits
                } else {
                    bodyWords += words
                    bodyLoaded += outletHits
                }
                loadedScore += all[position].loaded_score
                let (bytes, isSlice) = byteRanges[position]
                let start = all[position].start
                let record = SentenceRecord(id: nil, article_id: 0, position: position, start: start, end: all[position].end,
                                            headline: all[position].headline, label: all[position].label.rawValue,
                                            confidence: all[position].confidence, words: all[position].words,
                                            quoted_words: all[position].quoted_words, loaded_score: all[position].loaded_score,
                                            text: "", cues: "")
                let cuesStart = cueBytes.count
                var mentions: [EntityMentionRecord] = []
                // The cues and mentions read the sentence's text as bytes: the article's over the
                // sentence's range (every sentence of an analysis: its own `text` may be empty,
                // `Analyzer.sentenceTexts`), else its own.
                if isSlice {
                    let sentenceBytes = UnsafeBufferPointer(rebasing: articleBytes[bytes])
                    Self.appendCuesJSON(all[position].cues, sentenceStart: start, sentenceBytes: sentenceBytes, to: &cueBytes, scratch: &scratch)
                    mentions = Self.mentions(all[position].entityMentions, sentenceStart: start, sentenceBytes: sentenceBytes, entities: entities)
                } else {
                    var text = all[position].text
                    text.withUTF8 { sentenceBytes in
                        Self.appendCuesJSON(all[position].cues, sentenceStart: start, sentenceBytes: sentenceBytes, to: &cueBytes, scratch: &scratch)
                        mentions = Self.mentions(all[position].entityMentions, sentenceStart: start, sentenceBytes: sentenceBytes, entities: entities)
                    }
                }
                let ruleStart = cueBytes.count
                all[position].rule?.appendStored(to: &cueBytes)
                let source = all[position].source.map { src in
                    SourceRecord(id: nil, sentence_id: 0, article_id: 0, start: src.start, end: src.end, text: src.text,
                                 kind: src.kind, resolved: src.resolved)
                }
                let hits = all[position].loaded.map { h in
                    LoadedHitRecord(id: nil, sentence_id: 0, article_id: 0, start: h.start, end: h.end, text: h.text,
                                    term: h.term, category: h.category, weight: h.weight, score: h.score, in_quote: h.in_quote,
                                    speaker: h.speaker, target: h.target, lexicon: h.lexicon, steps: Self.stepsJSON(h.steps))
                }
                prepared.append(PreparedSentence(record: record, cues: cuesStart..<ruleStart, rule: ruleStart..<cueBytes.count, bytes: bytes,
                                                 ownText: isSlice ? nil : all[position].text,
                                                 source: source, hits: hits, mentions: mentions))
            }
        }
        sentences = prepared
        self.cueBytes = cueBytes
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
        var provenance = JSONText()
        provenance.raw("{\"author\":"); provenance.string(meta.author.provenance.rawValue)
        provenance.raw(",\"date\":"); provenance.string(meta.date.provenance.rawValue)
        provenance.raw(",\"outlet\":"); provenance.string(meta.outlet.provenance.rawValue)
        provenance.raw(",\"title\":"); provenance.string(meta.title.provenance.rawValue)
        provenance.raw(",\"url\":"); provenance.string(meta.url.provenance.rawValue)
        provenance.raw("}")
        // Keys in sorted order, as the JSON output writes `furniture`.
        var furniture = JSONText()
        furniture.raw("[")
        for (k, f) in analysis.furniture.enumerated() {
            if k > 0 { furniture.raw(",") }
            furniture.raw("{\"end\":"); furniture.rawText(String(f.end))
            furniture.raw(",\"kind\":"); furniture.string(f.kind)
            furniture.raw(",\"line\":"); furniture.rawText(String(f.line))
            furniture.raw(",\"pattern\":"); furniture.string(f.pattern)
            furniture.raw(",\"start\":"); furniture.rawText(String(f.start))
            furniture.raw(",\"text\":"); furniture.string(f.text)
            furniture.raw("}")
        }
        furniture.raw("]")
        let date = meta.date.value
        self.article = ArticleRecord(
            id: nil, outlet_id: 0, lexicon_version_id: 0,
            content_hash: contentHash ?? Self.contentHash(outlet: outlet, text: article.text), text_sha256: analysis.article.sha256,
            url: meta.url.value, date: date, month: date.flatMap(Self.month), title: meta.title.value,
            author: meta.author.value, provenance: provenance.text, extra: extra, origin: origin, text: article.text,
            sentences: analysis.sentences.count, words: summary.words, outlet_voice_words: summary.outlet_voice_words,
            quoted_words: summary.quoted_words, factual: factual, attributed: attributed,
            editorial: editorial, loaded_outlet_voice: summary.loaded_outlet_voice,
            loaded_score: (loadedScore * 1000).rounded() / 1000,
            loaded_quoted: summary.loaded_quoted, headline_words: headlineWords, headline_loaded: headlineLoaded,
            body_words: bodyWords, body_loaded: bodyLoaded, wire: wire?.agency, wire_evidence: wire?.evidence,
            simhash: Int64(bitPattern: hash), band0: bands[0], band1: bands[1], band2: bands[2], band3: bands[3],
            duplicate_of: nil, furniture: furniture.text)
        if let lead = Syndication.leadSimhash(article.text, bodyStart: bodyStart) {
            let leadBands = Syndication.bands(lead)
            self.article.lead_simhash = Int64(bitPattern: lead)
            self.article.lead_band0 = leadBands[0]
            self.article.lead_band1 = leadBands[1]
            self.article.lead_band2 = leadBands[2]
            self.article.lead_band3 = leadBands[3]
        }
    }

    /// The sentences' ranges in UTF-8 bytes of `text`, from their ranges in code points, and
    /// whether each sentence's text is `text` over its range: the byte offsets by which the
    /// `sentences` view cuts a sentence's text out of its article's (migration
    /// `v4-sentence-text-from-article`). A sentence whose text is the article's over its range
    /// (every sentence of an analysis) is found by comparing its bytes and counting its code
    /// points eight bytes at a time; only the gaps between sentences are walked code point by
    /// code point. Another is walked whole. A range past the end of the text (never, from the
    /// analysis) is cut at the end, as SQLite's `substr` cuts it.
    static func byteRanges(_ sentences: [(start: Int, end: Int, text: String)], in text: String) -> [(bytes: Range<Int>, isSlice: Bool)] {
        var text = text
        return text.withUTF8 { bytes in
            var ranges: [(bytes: Range<Int>, isSlice: Bool)] = []
            ranges.reserveCapacity(sentences.count)
            // A code point boundary of `bytes` and its code point offset.
            var byte = 0, scalar = 0
            for s in sentences {
                let start = max(0, s.start), end = max(start, s.end)
                if start < scalar { (byte, scalar) = (0, 0) }
                guard let from = byteOffset(ofScalar: start, in: bytes, from: byte, scalar: scalar) else {
                    ranges.append((bytes.count..<bytes.count, false))
                    continue
                }
                (byte, scalar) = (from, start)
                var sentenceText = s.text
                let length = sentenceText.utf8.count
                let isSlice = sentenceText.withUTF8 { t in
                    guard from + t.count <= bytes.count else { return false }
                    guard let tb = t.baseAddress, let ab = bytes.baseAddress else { return start == end }
                    guard memcmp(tb, ab + from, t.count) == 0 else { return false }
                    var b = 0, n = 0
                    countScalars(t, upTo: t.count, byte: &b, scalars: &n)
                    // The text must end where a code point of the article starts (the byte after
                    // it is not a continuation byte) for its code points to be the article's.
                    return n == end - start && (from + t.count == bytes.count || bytes[from + t.count] & 0xC0 != 0x80)
                }
                if isSlice {
                    ranges.append((from..<(from + length), true))
                    (byte, scalar) = (from + length, end)
                } else {
                    ranges.append((from..<(byteOffset(ofScalar: end, in: bytes, from: from, scalar: start) ?? bytes.count), false))
                }
            }
            return ranges
        }
    }

    /// The sentences' ranges in UTF-8 bytes of `text` and whether each sentence's text is
    /// `text` over its range: the analyzer's own ranges (`SentenceAnalysis.bytes`) when every
    /// sentence has one inside the text, else found from the code point offsets and texts
    /// (`byteRanges(_:in:)`: an analysis read back from JSON, or made by hand).
    static func byteRanges(of sentences: [SentenceAnalysis], in text: String) -> [(bytes: Range<Int>, isSlice: Bool)] {
        let length = text.utf8.count
        var ranges: [(bytes: Range<Int>, isSlice: Bool)] = []
        ranges.reserveCapacity(sentences.count)
        for k in sentences.indices {
            guard let bytes = sentences[k].bytes, bytes.lowerBound >= 0, bytes.upperBound <= length else {
                // The offsets and texts alone are passed: the sentences themselves would be copied.
                return byteRanges(sentences.map { (start: $0.start, end: $0.end, text: $0.text) }, in: text)
            }
            ranges.append((bytes, true))
        }
        return ranges
    }

    /// `YYYY-MM` from a date that starts `YYYY-MM-DD` (or `YYYY-MM`), else nil.
    static func month(_ date: String) -> String? {
        let bytes = Array(date.utf8.prefix(7))
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || ($0.element >= 0x30 && $0.element <= 0x39) }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Entity mentions in a sentence whose UTF-8 text is `sentenceBytes`, with offsets in the
    /// article (code points): `found`, the analysis's own when it was asked for them (the
    /// ingest workers), else found here. The code point offsets are counted over the bytes
    /// between one mention and the next, without building the sentence's offset map.
    static func mentions(_ found: [EntityMention]?, sentenceStart: Int, sentenceBytes b: UnsafeBufferPointer<UInt8>,
                         entities: EntityFinder) -> [EntityMentionRecord] {
        // The analysis's mentions are read where they are: mapped to the finder's tuples first,
        // they were copied into a new array per sentence.
        if let found {
            return records(count: found.count, sentenceStart: sentenceStart, sentenceBytes: b) {
                (found[$0].entity, found[$0].kind, found[$0].bytes)
            }
        }
        let other = entities.mentions(inUTF8: b)
        return records(count: other.count, sentenceStart: sentenceStart, sentenceBytes: b) { other[$0] }
    }

    /// The rows of `count` mentions, the `k`th one `mention(k)`, in the sentence whose UTF-8
    /// text is `b`.
    @inline(__always)
    private static func records(count: Int, sentenceStart: Int, sentenceBytes b: UnsafeBufferPointer<UInt8>,
                                _ mention: (Int) -> (entity: String, kind: String, bytes: Range<Int>)) -> [EntityMentionRecord] {
        guard count > 0 else { return [] }
        // The counters are passed inout to a static function: counted in a nested
        // function they were captured boxes, with an exclusivity check on each access.
        var byte = 0, scalar = 0
        var records: [EntityMentionRecord] = []
        records.reserveCapacity(count)
        for k in 0..<count {
            let m = mention(k)
            Self.countScalars(b, upTo: m.bytes.lowerBound, byte: &byte, scalars: &scalar)
            let start = scalar
            Self.countScalars(b, upTo: m.bytes.upperBound, byte: &byte, scalars: &scalar)
            records.append(EntityMentionRecord(id: nil, sentence_id: 0, article_id: 0, entity: m.entity, kind: m.kind,
                                               start: sentenceStart + start, end: sentenceStart + scalar,
                                               text: String(decoding: UnsafeBufferPointer(rebasing: b[m.bytes]), as: UTF8.self)))
        }
        return records
    }

    /// Counts the code points that start in `bytes[byte..<end]` into `scalars` and moves `byte`
    /// to `end`. Eight bytes at a time: a byte starts a code point unless it is a continuation
    /// byte (10xxxxxx: its top bit set, the next one clear).
    @inline(__always)
    static func countScalars(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int, byte: inout Int, scalars: inout Int) {
        if let base = bytes.baseAddress {
            while byte + 8 <= end {
                let w = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                scalars += 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                byte += 8
            }
        }
        while byte < end {
            if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
            byte += 1
        }
    }

    /// Rule steps as a JSON array, written directly: a hit is the most common row after a
    /// sentence, and a JSONEncoder per hit costs more than the rest of its row.
    static func stepsJSON(_ steps: [RuleStep]) -> String {
        guard !steps.isEmpty else { return "[]" }
        var out = JSONText()
        out.raw("[")
        for (k, step) in steps.enumerated() {
            if k > 0 { out.raw(",") }
            out.raw("{\"factor\":")
            out.rawText(String(step.factor))
            out.raw(",\"note\":"); out.string(step.note)
            out.raw(",\"rule\":"); out.string(step.rule)
            out.raw("}")
        }
        out.raw("]")
        return out.text
    }

    /// A sentence's cues as the JSON of its `cues` column (migration `v3-compact-cues`): an
    /// array with one positional array per cue, `[id, start, end, effect, weight, note]`, with
    /// `start` and `end` in code points from the sentence's start and `note` null when there is
    /// none. The cue's text is the sentence's text over that range, so it is not stored; a cue
    /// whose text is not (a range outside the sentence) gets it as a seventh element. Written by
    /// the workers, so the one writer binds one string per sentence.
    static func cuesJSON(_ cues: [CueEvidence], sentenceStart: Int, sentenceText: String) -> String {
        var scratch: [UInt8] = []
        return cuesJSON(cues, sentenceStart: sentenceStart, sentenceText: sentenceText, scratch: &scratch)
    }

    /// `cuesJSON(_:sentenceStart:sentenceText:)` written through `scratch`, a buffer the caller
    /// keeps for the next sentence.
    static func cuesJSON(_ cues: [CueEvidence], sentenceStart: Int, sentenceText: String, scratch: inout [UInt8]) -> String {
        var bytes: [UInt8] = []
        var text = sentenceText
        text.withUTF8 { appendCuesJSON(cues, sentenceStart: sentenceStart, sentenceBytes: $0, to: &bytes, scratch: &scratch) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON of `cuesJSON(_:sentenceStart:sentenceText:)` to `bytes`, for the
    /// sentence whose UTF-8 text is `sentenceBytes`; written byte by byte through `scratch`
    /// (kept by the caller for the next sentence) and copied once.
    static func appendCuesJSON(_ cues: [CueEvidence], sentenceStart: Int, sentenceBytes: UnsafeBufferPointer<UInt8>,
                               to bytes: inout [UInt8], scratch: inout [UInt8]) {
        guard !cues.isEmpty else {
            bytes.append(0x5B)  // [
            bytes.append(0x5D)  // ]
            return
        }
        // Room for the syntax and numbers of every cue, and for its strings escaped at the
        // most (six bytes per byte, `\u00xx`). The cues are read through their index, here and
        // below: binding each (`for c in cues`) copied it, retaining its four strings.
        var bound = 2
        for k in cues.indices {
            bound += 200 + 6 * (cues[k].effect.utf8.count + cues[k].id.utf8.count + (cues[k].note?.utf8.count ?? 0)
                                + cues[k].text.utf8.count)
        }
        if scratch.count < bound { scratch = [UInt8](repeating: 0, count: max(bound, 2 * scratch.count)) }
        // In an ASCII sentence (two in three of news-10mb's with cues) code points are bytes.
        let ascii = Self.isASCII(sentenceBytes)
        scratch.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }  // never: the buffer has `bound` bytes
            var out = JSONWriter(base: base)
            var mark = (byte: 0, scalar: 0)
            for k in cues.indices {
                let start = cues[k].start - sentenceStart, end = cues[k].end - sentenceStart
                if k == 0 { out.raw("[[\"") } else { out.raw(",[\"") }
                out.escaped(cues[k].id)
                out.raw("\","); out.int(start)
                out.raw(","); out.int(end)
                out.raw(",\""); out.escaped(cues[k].effect)
                out.raw("\","); out.number(cues[k].weight)
                if let note = cues[k].note {
                    out.raw(",\""); out.escaped(note); out.raw("\"")
                } else {
                    out.raw(",null")
                }
                if !Self.textIsSentenceRange(cues[k].text, sentenceBytes, ascii: ascii, start: start, end: end, mark: &mark) {
                    out.raw(",\""); out.escaped(cues[k].text); out.raw("\"")
                }
                out.raw("]")
            }
            out.raw("]")
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: out.count))
        }
    }

    /// Whether `text` is the sentence's text from code point `start` to `end`; `ascii` says
    /// that the sentence is all ASCII. `mark` is a code point's byte offset and code point
    /// offset in the sentence (the start of the cue before): a cue that starts at or after it is
    /// found counting on from there, not from the sentence's start (most cues of a sentence
    /// come in order).
    static func textIsSentenceRange(_ text: String, _ sentence: UnsafeBufferPointer<UInt8>, ascii: Bool, start: Int, end: Int,
                                    mark: inout (byte: Int, scalar: Int)) -> Bool {
        guard start >= 0, end >= start else { return false }
        let from: Int, to: Int
        if ascii {
            guard end <= sentence.count else { return false }
            (from, to) = (start, end)
        } else {
            let (byte, scalar) = start >= mark.scalar ? mark : (0, 0)
            guard let f = byteOffset(ofScalar: start, in: sentence, from: byte, scalar: scalar),
                  let t = byteOffset(ofScalar: end, in: sentence, from: f, scalar: start) else { return false }
            mark = (f, start)
            (from, to) = (f, t)
        }
        var text = text
        return text.withUTF8 { t in
            guard t.count == to - from else { return false }
            guard let a = t.baseAddress, let b = sentence.baseAddress else { return t.count == 0 }
            return memcmp(a, b + from, t.count) == 0
        }
    }

    /// Whether every byte is ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var byte = 0
        if let base = bytes.baseAddress {
            while byte + 8 <= bytes.count {
                if UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                byte += 8
            }
        }
        while byte < bytes.count {
            if bytes[byte] >= 0x80 { return false }
            byte += 1
        }
        return true
    }

    /// The byte offset in `bytes` where code point `n` starts (the end of the bytes for the
    /// count of code points), counting on from byte `from`, where code point `scalar` starts;
    /// nil past the end. Eight bytes at a time, as `countScalars`.
    static func byteOffset(ofScalar n: Int, in bytes: UnsafeBufferPointer<UInt8>, from: Int, scalar: Int) -> Int? {
        var byte = from, scalars = scalar
        if let base = bytes.baseAddress {
            while byte + 8 <= bytes.count {
                let w = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                let starts = 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                if scalars + starts > n { break }
                scalars += starts
                byte += 8
            }
        }
        while byte < bytes.count {
            if bytes[byte] & 0xC0 != 0x80 {
                if scalars == n { return byte }
                scalars += 1
            }
            byte += 1
        }
        return scalars == n ? bytes.count : nil
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}

/// JSON text built as UTF-8 bytes, for the small JSON values of a row (rule steps,
/// provenance): appending to a byte buffer and escaping through `JSONBytes` costs a fraction of
/// building a `String` scalar by scalar.
struct JSONText {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(128) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON syntax as it is. (Only a `StaticString` overload: with a `String` one
    /// beside it, every literal took the `String` path, a generic append over a UTF-8 view.)
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends text that is already valid JSON (a number's digits) as it is.
    mutating func rawText(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a string literal, escaped as JSONEncoder escapes it.
    mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { JSONBytes.appendEscaped($0, to: &bytes) }
        bytes.append(0x22)
    }
}

/// JSON written byte by byte into memory the caller has sized for it (`cuesJSON`), escaped
/// as `JSONBytes.appendEscaped` (and so JSONEncoder) escapes: the cues of every sentence go
/// through it, and appends to a growing array cost more than the bytes themselves.
struct JSONWriter {
    let base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0

    init(base: UnsafeMutablePointer<UInt8>) { self.base = base }

    /// Appends JSON syntax as it is.
    mutating func raw(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        (base + count).update(from: s.utf8Start, count: n)
        count += n
    }

    /// Appends a string's characters escaped for the inside of a JSON string: `"`, `\` and
    /// control characters (as `\n`, `\t`, ... or `\u00xx` in lower-case hex); `/` and all
    /// other characters as they are.
    mutating func escaped(_ s: String) {
        var s = s
        s.withUTF8 { bytes in
            guard let from = bytes.baseAddress else { return }
            let p = base
            var n = count, i = 0
            let end = bytes.count
            if end >= 8, Self.copyPlain(from, count: end, to: p + n) {
                count = n + end
                return
            }
            while i < end {
                if i + 8 <= end {
                    // Eight bytes at a time while none needs escaping.
                    let w = UnsafeRawPointer(from + i).loadUnaligned(as: UInt64.self)
                    if !JSONBytes.hasSpecial(w) {
                        UnsafeMutableRawPointer(p + n).storeBytes(of: w, as: UInt64.self)
                        n += 8
                        i += 8
                        continue
                    }
                }
                let c = from[i]
                i += 1
                if JSONBytes.needsEscape(c) {
                    n += JSONBytes.writeEscape(c, to: p + n)
                } else {
                    p[n] = c
                    n += 1
                }
            }
            count = n
        }
    }

    /// Copies `count` (at least 8) bytes from `from` to `to` eight at a time, the last eight
    /// overlapping the ones before when `count` is not a multiple of eight, and returns true
    /// when none of them needs escaping; else false, with some bytes at `to` written (the
    /// caller writes them again). Most cue ids, effects and notes need no escape, and the bytes
    /// after the last whole eight cost a loop round each.
    @inline(__always)
    private static func copyPlain(_ from: UnsafePointer<UInt8>, count: Int, to: UnsafeMutablePointer<UInt8>) -> Bool {
        var i = 0
        while i + 8 <= count {
            let w = UnsafeRawPointer(from + i).loadUnaligned(as: UInt64.self)
            if JSONBytes.hasSpecial(w) { return false }
            UnsafeMutableRawPointer(to + i).storeBytes(of: w, as: UInt64.self)
            i += 8
        }
        if i < count {
            let w = UnsafeRawPointer(from + count - 8).loadUnaligned(as: UInt64.self)
            if JSONBytes.hasSpecial(w) { return false }
            UnsafeMutableRawPointer(to + count - 8).storeBytes(of: w, as: UInt64.self)
        }
        return true
    }

    /// `d` in thousandths when that is exact, for a number that is not whole and below a
    /// million: `d` is then the double nearest to a decimal with at most three digits after
    /// the point, and no shorter decimal is (doubles that size are far closer together than a
    /// thousandth), so those digits are the shortest round-trip form that `String(d)` writes.
    static func thousandths(_ d: Double) -> Int? {
        guard abs(d) < 1e6 else { return nil }
        let n = (d * 1000).rounded()
        return Double(Int(n)) / 1000 == d ? Int(n) : nil
    }

    /// Appends an integer in decimal.
    mutating func int(_ value: Int) {
        var unit: UInt = 1, rest = value.magnitude
        if value < 0 {
            base[count] = 0x2D
            count += 1
        }
        while unit <= rest / 10 { unit *= 10 }
        while unit > 0 {
            base[count] = UInt8(truncatingIfNeeded: 0x30 + rest / unit)
            count += 1
            rest %= unit
            unit /= 10
        }
    }

    /// Appends a number as JSONEncoder writes it: whole numbers without a fraction, others in
    /// Swift's shortest round-trip form; a value that is not finite (never a cue weight) as null.
    mutating func number(_ d: Double) {
        if !d.isFinite {
            raw("null")
        } else if d == d.rounded(), abs(d) < 1e15 {
            int(Int(d))
        } else if let thousandths = Self.thousandths(d) {
            // Most weights have a short decimal form (1.5, 0.75, -0.35): written from the digits,
            // without the general conversion to a string (600 instructions a weight).
            let magnitude = thousandths.magnitude
            if thousandths < 0 {
                base[count] = 0x2D  // -
                count += 1
            }
            int(Int(magnitude / 1000))
            var fraction = Int(magnitude % 1000), digits = 3
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            base[count] = 0x2E  // .
            count += 1
            var unit = 1
            for _ in 1..<digits { unit *= 10 }
            while unit > 0 {
                base[count] = UInt8(truncatingIfNeeded: 0x30 + fraction / unit % 10)
                count += 1
                unit /= 10
            }
        } else {
            var text = String(d)
            text.withUTF8 { bytes in
                guard let from = bytes.baseAddress else { return }
                (base + count).update(from: from, count: bytes.count)
                count += bytes.count
            }
        }
    }
}
