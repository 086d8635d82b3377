import Foundation
import SlantCore

/// One BASIL article with its phrase-level annotations placed in a single text.
///
/// BASIL stores an article as `title` and `body-paragraphs` (a list of paragraphs, each a list
/// of sentences) and each annotation as an `id` (`pN`: the N-th sentence counted from 0 over
/// all paragraphs, or `title`) with `start`/`end` inside that sentence. The text built here is
/// the title, a blank line, then the paragraphs separated by blank lines with their sentences
/// joined by one space; annotation offsets are shifted into it.
public struct BASILArticle: Sendable {
    public struct Span: Sendable, Equatable {
        public var span: TextSpan
        /// `lex` (lexical) or `inf` (informational).
        public var bias: String
        /// Whether annotators marked the span as inside a quotation.
        public var quote: Bool
    }

    public var name: String
    public var text: String
    /// The title's and the body's scalar spans in `text`.
    public var title: TextSpan
    public var paragraphs: [TextSpan]
    public var spans: [Span]

    /// Builds the article from its two JSON files. Annotations whose `txt` does not match the
    /// text at their place are errors naming the annotation's position.
    public static func parse(article: Data, articleFile: String, annotations: Data, annotationFile: String,
                             name: String) throws -> BASILArticle {
        guard let a = try? JSONSerialization.jsonObject(with: article) as? [String: Any] else {
            throw EvalError(file: articleFile, problem: "not a JSON object")
        }
        guard let b = try? JSONSerialization.jsonObject(with: annotations) as? [String: Any] else {
            throw EvalError(file: annotationFile, problem: "not a JSON object")
        }
        let title = (a["title"] as? String) ?? ""
        guard let body = a["body-paragraphs"] as? [[String]] else {
            throw EvalError(file: articleFile, problem: "missing 'body-paragraphs' (a list of lists of sentences)")
        }
        var text = String.UnicodeScalarView()
        var sentenceStarts: [Int] = [], sentenceTexts: [[Unicode.Scalar]] = []
        text.append(contentsOf: title.unicodeScalars)
        let titleSpan = TextSpan(start: 0, end: text.count)
        var paragraphs: [TextSpan] = []
        for paragraph in body {
            text.append(contentsOf: "\n\n".unicodeScalars)
            let start = text.count
            for (k, sentence) in paragraph.enumerated() {
                if k > 0 { text.append(" ") }
                sentenceStarts.append(text.count)
                sentenceTexts.append(Array(sentence.unicodeScalars))
                text.append(contentsOf: sentence.unicodeScalars)
            }
            paragraphs.append(TextSpan(start: start, end: text.count))
        }
        guard let list = b["phrase-level-annotations"] as? [[String: Any]] else {
            throw EvalError(file: annotationFile, problem: "missing 'phrase-level-annotations'")
        }
        var spans: [Span] = []
        for (k, item) in list.enumerated() {
            let place = "annotation \(k + 1)"
            guard let id = item["id"] as? String, let start = JSONLines.int(item["start"]), let end = JSONLines.int(item["end"]),
                  start >= 0, start <= end else {
                throw EvalError(file: annotationFile, problem: "\(place): needs 'id', 'start' and 'end'")
            }
            let base: Int, sentence: [Unicode.Scalar]
            if id == "title" {
                base = 0
                sentence = Array(title.unicodeScalars)
            } else if id.hasPrefix("p"), let n = Int(id.dropFirst()), n >= 0, n < sentenceStarts.count {
                base = sentenceStarts[n]
                sentence = sentenceTexts[n]
            } else {
                throw EvalError(file: annotationFile, problem: "\(place): id '\(id)' names no sentence of the article (\(sentenceStarts.count) sentences)")
            }
            guard end <= sentence.count else {
                throw EvalError(file: annotationFile, problem: "\(place) (\(id)): range \(start)..<\(end) is outside its sentence")
            }
            if let txt = item["txt"] as? String {
                var got = String.UnicodeScalarView()
                got.append(contentsOf: sentence[start..<end])
                if String(got) != txt {
                    throw EvalError(file: annotationFile, problem: "\(place) (\(id)): 'txt' does not match the sentence at \(start)..<\(end)")
                }
            }
            let quote = ((item["quote"] as? String) ?? "").lowercased() == "yes"
            spans.append(Span(span: TextSpan(start: base + start, end: base + end), bias: (item["bias"] as? String) ?? "", quote: quote))
        }
        return BASILArticle(name: name, text: String(text), title: titleSpan, paragraphs: paragraphs, spans: spans)
    }
}
