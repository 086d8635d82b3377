import SlantCore

/// Writes analyses as JSON bytes straight into a buffer, giving exactly the bytes of
/// `JSONOutput.encode` (Foundation's `JSONEncoder` with sorted keys, pretty printing and
/// unescaped slashes) at a fraction of its time and memory: `JSONEncoder` builds a tree of
/// boxed values for the whole article before writing a byte.
///
/// Keys are written in the order `JSONEncoder` sorts them (by UTF-8 bytes); keys of
/// dictionaries are sorted the same way at run time. Strings are escaped as `JSONEncoder`
/// escapes them (`"`, `\`, `\b \f \n \r \t`, other controls as `\u00xx`; nothing else), and
/// numbers use Swift's `description` with a trailing `.0` dropped, as `JSONEncoder` does.
/// `AnalysisJSONWriterTests` compares the two for fixture analyses, so a field added to
/// `Analysis.swift` and not here fails the tests.
public struct AnalysisJSONWriter {
    /// The bytes written so far (since the last `flush`).
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var indent = 0
    /// Whether the open container has no element yet. One flag suffices: when a nested
    /// container closes, its parent has at least that element.
    private var first = true
    private let sink: ([UInt8]) -> Void
    private let chunkSize: Int

    /// A writer that hands its bytes to `sink` whenever `chunkSize` bytes have gathered
    /// (at the end of a value) and on `flush()`.
    public init(pretty: Bool, chunkSize: Int = 1 << 16, sink: @escaping ([UInt8]) -> Void) {
        self.pretty = pretty
        self.chunkSize = chunkSize
        self.sink = sink
        bytes.reserveCapacity(chunkSize + chunkSize / 4)
    }

    /// Hands what is buffered to the sink.
    public mutating func flush() {
        if !bytes.isEmpty {
            sink(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    private mutating func flushIfFull() {
        if bytes.count >= chunkSize { flush() }
    }

    // MARK: Whole outputs

    /// Whether every number in the analysis can be written: `JSONEncoder` refuses NaN and
    /// infinities (and `JSONOutput.encode` then writes `null`), so such an analysis must go
    /// through `JSONOutput` to give the same bytes.
    public static func canWrite(_ a: ArticleAnalysis) -> Bool {
        let s = a.summary
        for x in [s.editorial_share, s.loaded_per_1k_words, s.quoted_loaded_per_1k_words, s.headline_loaded_score,
                  s.body_loaded_score_mean, s.body_loaded_per_1k_words] where !x.isFinite { return false }
        return a.sentences.allSatisfy(canWrite)
    }

    /// Whether every number in the sentence can be written (see `canWrite(_: ArticleAnalysis)`).
    public static func canWrite(_ s: SentenceAnalysis) -> Bool {
        guard s.confidence.isFinite, s.loaded_score.isFinite else { return false }
        if let r = s.rule, !(r.editorial.isFinite && r.threshold.isFinite && r.attribution.isFinite && r.needed.isFinite) {
            // LabelRule.text rounds through Int, which would trap; JSONOutput has the same problem,
            // so this only keeps the two paths alike.
            return false
        }
        return s.cues.allSatisfy { $0.weight.isFinite }
            && s.loaded.allSatisfy { $0.weight.isFinite && $0.score.isFinite && $0.steps.allSatisfy { $0.factor.isFinite } }
    }

    /// `slant score --format json`: the analysis and a newline.
    public mutating func document(_ a: ArticleAnalysis) {
        beginObject()
        key("article"); articleInfo(a.article)
        key("furniture"); beginArray()
        for f in a.furniture {
            item(); beginObject()
            key("end"); int(f.end)
            key("kind"); string(f.kind)
            key("line"); int(f.line)
            key("pattern"); string(f.pattern)
            key("start"); int(f.start)
            key("text"); string(f.text)
            endObject()
        }
        endArray()
        if let language = a.language {
            key("language"); beginObject()
            key("english_share"); double(language.english_share)
            if let like = language.looks_like { key("looks_like"); string(like) }
            key("verdict"); string(language.verdict.rawValue)
            endObject()
        }
        key("lexicons"); beginArray()
        for l in a.lexicons {
            item(); beginObject()
            key("file"); string(l.file)
            key("name"); string(l.name)
            key("sha256"); string(l.sha256)
            key("version"); string(l.version)
            endObject()
        }
        endArray()
        key("quotes"); beginArray()
        for q in a.quotes { item(); quote(q) }
        endArray()
        key("sentences"); beginArray()
        for s in a.sentences { item(); sentence(s); flushIfFull() }
        endArray()
        key("slant_version"); string(a.slant_version)
        key("summary"); summary(a.summary)
        endObject()
        raw(0x0A)
    }

    /// `slant score --format jsonl`: one sentence a line (the writer must not be pretty).
    public mutating func line(_ s: SentenceAnalysis) {
        sentence(s)
        endLine()
    }

    /// Ends one line of JSON Lines output.
    public mutating func endLine() {
        raw(0x0A)
        first = true
        flushIfFull()
    }

    // MARK: Types

    public mutating func articleInfo(_ i: ArticleInfo) {
        beginObject()
        if let v = i.author { key("author"); string(v) }
        if let v = i.date { key("date"); string(v) }
        if let v = i.outlet { key("outlet"); string(v) }
        key("provenance"); beginObject()
        for (k, v) in i.provenance.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            key(k); string(v)
        }
        endObject()
        key("sha256"); string(i.sha256)
        if let v = i.title { key("title"); string(v) }
        if let v = i.url { key("url"); string(v) }
        endObject()
    }

    public mutating func quote(_ q: Quote) {
        beginObject()
        key("end"); int(q.end)
        key("scare"); bool(q.scare)
        if let v = q.speaker { key("speaker"); string(v) }
        key("start"); int(q.start)
        key("text"); string(q.text)
        endObject()
    }

    public mutating func sentence(_ s: SentenceAnalysis) {
        beginObject()
        key("confidence"); double(s.confidence)
        key("cues"); cues(s.cues)
        if let dismissed = s.dismissed {
            key("dismissed"); beginArray()
            for h in dismissed { item(); loadedHit(h) }
            endArray()
        }
        key("end"); int(s.end)
        key("headline"); bool(s.headline)
        key("label"); string(s.label.rawValue)
        key("loaded"); beginArray()
        for h in s.loaded { item(); loadedHit(h) }
        endArray()
        key("loaded_score"); double(s.loaded_score)
        if let others = s.other_sources {
            key("other_sources"); beginArray()
            for o in others { item(); source(o) }
            endArray()
        }
        key("quoted_words"); int(s.quoted_words)
        if let r = s.rule { key("rule"); string(r.text) }
        key("source"); optionalSource(s.source)
        key("start"); int(s.start)
        key("text"); string(s.text)
        key("words"); int(s.words)
        endObject()
    }

    public mutating func cues(_ cues: [CueEvidence]) {
        beginArray()
        for c in cues {
            item(); beginObject()
            key("effect"); string(c.effect)
            key("end"); int(c.end)
            key("id"); string(c.id)
            if let v = c.note { key("note"); string(v) }
            key("start"); int(c.start)
            key("text"); string(c.text)
            key("weight"); double(c.weight)
            endObject()
        }
        endArray()
    }

    /// A source, or `null` (the contract has `"source": null`, not a missing key).
    public mutating func optionalSource(_ s: SourceSpan?) {
        if let s { source(s) } else { raw("null") }
    }

    public mutating func source(_ s: SourceSpan) {
        beginObject()
        key("end"); int(s.end)
        key("kind"); string(s.kind)
        if let v = s.note { key("note"); string(v) }
        if let v = s.resolved { key("resolved"); string(v) }
        key("start"); int(s.start)
        key("text"); string(s.text)
        endObject()
    }

    public mutating func loadedHit(_ h: LoadedHit) {
        beginObject()
        key("category"); string(h.category)
        key("end"); int(h.end)
        key("in_quote"); bool(h.in_quote)
        key("lexicon"); string(h.lexicon)
        key("score"); double(h.score)
        if let v = h.speaker { key("speaker"); string(v) }
        key("start"); int(h.start)
        key("steps"); beginArray()
        for step in h.steps {
            item(); beginObject()
            key("factor"); double(step.factor)
            key("note"); string(step.note)
            key("rule"); string(step.rule)
            endObject()
        }
        endArray()
        key("target"); string(h.target)
        if let v = h.target_note { key("target_note"); string(v) }
        key("term"); string(h.term)
        key("text"); string(h.text)
        key("weight"); double(h.weight)
        endObject()
    }

    public mutating func summary(_ s: ArticleSummary) {
        beginObject()
        key("body_loaded"); int(s.body_loaded)
        key("body_loaded_per_1k_words"); double(s.body_loaded_per_1k_words)
        key("body_loaded_score_mean"); double(s.body_loaded_score_mean)
        key("by_category"); counts(s.by_category)
        key("by_category_quoted"); counts(s.by_category_quoted)
        key("editorial_share"); if s.editorialShareDefined { double(s.editorial_share) } else { raw("null") }
        key("headline_loaded"); int(s.headline_loaded)
        key("headline_loaded_score"); double(s.headline_loaded_score)
        key("include_quoted"); bool(s.include_quoted)
        key("labels"); counts(s.labels)
        key("loaded_outlet_voice"); int(s.loaded_outlet_voice)
        key("loaded_per_1k_words"); if s.loadedRateDefined { double(s.loaded_per_1k_words) } else { raw("null") }
        key("loaded_quoted"); int(s.loaded_quoted)
        key("outlet_voice_words"); int(s.outlet_voice_words)
        key("quoted_loaded_per_1k_words"); if s.quotedRateDefined { double(s.quoted_loaded_per_1k_words) } else { raw("null") }
        key("quoted_words"); int(s.quoted_words)
        key("sentences"); int(s.sentences)
        key("targets"); counts(s.targets)
        key("top_terms"); beginArray()
        for t in s.top_terms {
            item(); beginObject()
            key("category"); string(t.category)
            key("count"); int(t.count)
            key("term"); string(t.term)
            endObject()
        }
        endArray()
        key("words"); int(s.words)
        endObject()
    }

    /// A `[String: Int]` with its keys sorted by UTF-8 bytes, as `JSONEncoder` sorts them.
    public mutating func counts(_ d: [String: Int]) {
        beginObject()
        for (k, v) in d.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            key(k); int(v)
        }
        endObject()
    }

    // MARK: Structure, in JSONEncoder's layout

    public mutating func beginObject() {
        raw(0x7B)
        open()
    }

    public mutating func endObject() {
        close()
        raw(0x7D)
    }

    public mutating func beginArray() {
        raw(0x5B)
        open()
    }

    public mutating func endArray() {
        close()
        raw(0x5D)
    }

    private mutating func open() {
        if pretty {
            raw(0x0A)
            indent += 1
        }
        first = true
    }

    /// An empty container is `[\n\n<indent>]` in JSONEncoder's pretty output.
    private mutating func close() {
        if pretty {
            raw(0x0A)
            indent -= 1
            writeIndent()
        }
        first = false
    }

    /// Before each element of an array.
    public mutating func item() {
        if first {
            first = false
        } else {
            raw(0x2C)
            if pretty { raw(0x0A) }
        }
        if pretty { writeIndent() }
    }

    /// Before each member of an object: the separator, the key and the colon.
    public mutating func key(_ k: String) {
        item()
        string(k)
        if pretty { raw(" : ") } else { raw(0x3A) }
    }

    private mutating func writeIndent() {
        for _ in 0..<indent {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    // MARK: Values

    public mutating func bool(_ b: Bool) {
        raw(b ? "true" : "false")
    }

    public mutating func int(_ n: Int) {
        JSONBytes.appendInt(n, to: &bytes)
    }

    /// `description`, less a trailing `.0`: `JSONEncoder` writes 2.0 as `2` and 0.5 as `0.5`.
    public mutating func double(_ x: Double) {
        var text = x.description
        text.withUTF8 { u in
            var count = u.count
            if count >= 2 && u[count - 2] == 0x2E && u[count - 1] == 0x30 { count -= 2 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[0..<count]))
        }
    }

    public mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { JSONBytes.appendEscaped($0, to: &bytes) }
        bytes.append(0x22)
    }

    /// Writes bytes that need no escaping (`null`, `true`, a number).
    public mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func raw(_ b: UInt8) {
        bytes.append(b)
    }
}
