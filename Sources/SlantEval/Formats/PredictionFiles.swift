import Foundation
import SlantCore

/// Readers for predictions written by another tool in Slant's own output shapes, so the same
/// metric code scores Slant and its peers. Offsets are Unicode scalar offsets, end exclusive.
///
/// - split: one line per gold case, in gold order: a JSON array of sentences, each either
///   `{"start","end"[,"text"]}` (what `slant split --format jsonl` writes per line) or a plain
///   string; or an object `{"sentences": [...]}` holding that array.
/// - classify: one line per gold data record, in file order (records the map ignores too):
///   `{"label"[,"confidence"]}`, as `slant classify --format jsonl` writes.
/// - attribution: one line per document: `{"document": NAME, "sentences": [{"start","end",
///   "label","source": {"start","end"} | null, "other_sources": [{"start","end"}] (optional)}]}`, the
///   sentences of `slant score --format json`.
/// - loaded: one line per document: `{"document": NAME, "spans": [{"start","end"[,"in_quote"]}]}`;
///   `"loaded"` is accepted for `"spans"`.
public enum PredictionFiles {
    /// Split predictions, one list per line. When a sentence gives both offsets and text and
    /// `texts` (the gold texts, by line) is given, the text must match the document there,
    /// which catches predictions made on another version of the text.
    /// `skip` holds the places (0-based, among non-blank lines) of lines to leave out: those
    /// answering gold lines that could not be read.
    public static func split(_ text: String, file: String, texts: [ScalarText]? = nil, skip: Set<Int> = []) throws -> [[PredictedSentence]] {
        let entries = try JSONLines.parse(text, file: file).enumerated().filter { !skip.contains($0.offset) }.map(\.element)
        return try entries.enumerated().map { index, entry in
            var list = entry.value as? [Any]
            if list == nil, let object = entry.value as? [String: Any] { list = object["sentences"] as? [Any] }
            guard let list else {
                throw EvalError(file: file, line: entry.line, problem: "expected an array of sentences or {\"sentences\": [...]}")
            }
            return try list.enumerated().map { k, item in
                if let s = item as? String { return PredictedSentence(span: nil, text: s) }
                guard let o = item as? [String: Any], let start = JSONLines.int(o["start"]), let end = JSONLines.int(o["end"]), start <= end else {
                    throw EvalError(file: file, line: entry.line, problem: "sentence \(k + 1) is neither a string nor {\"start\",\"end\"}")
                }
                let span = TextSpan(start: start, end: end)
                if let texts, index < texts.count {
                    guard start >= 0, end <= texts[index].count else {
                        throw EvalError(file: file, line: entry.line, problem: "sentence \(k + 1) range \(start)..<\(end) is outside the document (\(texts[index].count) characters)")
                    }
                    if let given = o["text"] as? String, given != texts[index].text(span) {
                        throw EvalError(file: file, line: entry.line, problem: "sentence \(k + 1) text does not match the document at \(start)..<\(end) (predicted on another text?)")
                    }
                    return PredictedSentence(span: span, text: texts[index].text(span))
                }
                return PredictedSentence(span: span, text: (o["text"] as? String) ?? "")
            }
        }
    }

    /// Classification predictions, by record index (line order, blank lines skipped).
    public static func classify(_ text: String, file: String) throws -> [Int: ClassPrediction] {
        var out: [Int: ClassPrediction] = [:]
        for (index, entry) in try JSONLines.objects(text, file: file).enumerated() {
            guard let label = entry.object["label"] as? String else {
                throw EvalError(file: file, line: entry.line, problem: "missing string field 'label'")
            }
            var confidence: Double?
            if let c = entry.object["confidence"], !(c is NSNull) {
                guard let d = c as? Double, d.isFinite, d >= 0, d <= 1 else {
                    throw EvalError(file: file, line: entry.line, problem: "'confidence' is not a number from 0 to 1")
                }
                confidence = d
            }
            out[index] = ClassPrediction(label: label, confidence: confidence, file: file, line: entry.line)
        }
        return out
    }

    /// Attribution predictions by document name.
    public static func attribution(_ text: String, file: String) throws -> [String: [AttributedSentence]] {
        var out: [String: [AttributedSentence]] = [:]
        for entry in try JSONLines.objects(text, file: file) {
            let name = try document(entry.object, file: file, line: entry.line)
            guard let list = entry.object["sentences"] as? [[String: Any]] else {
                throw EvalError(file: file, line: entry.line, problem: "missing array field 'sentences'")
            }
            out[name] = try list.enumerated().map { k, o in
                guard let start = JSONLines.int(o["start"]), let end = JSONLines.int(o["end"]), let label = o["label"] as? String else {
                    throw EvalError(file: file, line: entry.line, problem: "sentence \(k + 1) needs 'start', 'end' and 'label'")
                }
                var source: TextSpan?
                if let s = o["source"] as? [String: Any] {
                    guard let a = JSONLines.int(s["start"]), let b = JSONLines.int(s["end"]) else {
                        throw EvalError(file: file, line: entry.line, problem: "sentence \(k + 1): 'source' needs 'start' and 'end'")
                    }
                    source = TextSpan(start: a, end: b)
                }
                var others: [TextSpan] = []
                for s in o["other_sources"] as? [[String: Any]] ?? [] {
                    guard let a = JSONLines.int(s["start"]), let b = JSONLines.int(s["end"]) else {
                        throw EvalError(file: file, line: entry.line, problem: "sentence \(k + 1): 'other_sources' entries need 'start' and 'end'")
                    }
                    others.append(TextSpan(start: a, end: b))
                }
                // The attribution evidence, from the cues when the file lists them (Slant's own
                // --write-predictions does): the weights of those whose effect is attribution.
                var evidence: Double?
                if let cues = o["cues"] as? [[String: Any]] {
                    evidence = cues.reduce(0.0) { sum, cue in
                        guard cue["effect"] as? String == "attribution", let w = cue["weight"] as? Double ?? JSONLines.int(cue["weight"]).map(Double.init) else { return sum }
                        return sum + w
                    }
                }
                return AttributedSentence(span: TextSpan(start: start, end: end), label: label, source: source, otherSources: others,
                                          attributionEvidence: evidence)
            }
        }
        return out
    }

    /// Loaded-language predictions by document name.
    public static func loaded(_ text: String, file: String) throws -> [String: [PredictedSpan]] {
        var out: [String: [PredictedSpan]] = [:]
        for entry in try JSONLines.objects(text, file: file) {
            let name = try document(entry.object, file: file, line: entry.line)
            guard let list = (entry.object["spans"] ?? entry.object["loaded"]) as? [[String: Any]] else {
                throw EvalError(file: file, line: entry.line, problem: "missing array field 'spans'")
            }
            out[name] = try list.enumerated().map { k, o in
                guard let start = JSONLines.int(o["start"]), let end = JSONLines.int(o["end"]) else {
                    throw EvalError(file: file, line: entry.line, problem: "span \(k + 1) needs 'start' and 'end'")
                }
                return PredictedSpan(span: TextSpan(start: start, end: end), inQuote: o["in_quote"] as? Bool)
            }
        }
        return out
    }

    static func document(_ object: [String: Any], file: String, line: Int) throws -> String {
        if let name = (object["document"] ?? object["doc"]) as? String { return name }
        if let n = JSONLines.int(object["document"] ?? object["doc"]) { return String(n) }
        throw EvalError(file: file, line: line, problem: "missing field 'document'")
    }
}
