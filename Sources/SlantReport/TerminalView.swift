import SlantCore

/// The readable terminal view of an analysis: per sentence its label, the text with loaded
/// terms marked, the source and the cues; then the article's figures.
public struct TerminalView: Sendable {
    /// Use ANSI colours (only on a terminal, never when NO_COLOR is set: the caller decides).
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    func labelTag(_ label: ClaimLabel) -> String {
        switch label {
        case .factual: return paint("FACTUAL   ", "32")
        case .attributed: return paint("ATTRIBUTED", "36")
        case .editorial: return paint("EDITORIAL ", "35")
        }
    }

    /// The sentence text with loaded terms marked: ⟦term⟧ without colour, red underline with it.
    func marked(_ s: SentenceAnalysis) -> String {
        let scalars = Array(s.text.unicodeScalars)
        var out = ""
        var pos = 0
        for hit in s.loaded where hit.category != "scare-quote" {
            let a = hit.start - s.start, b = hit.end - s.start
            guard a >= pos, b <= scalars.count else { continue }
            out += String(String.UnicodeScalarView(scalars[pos..<a]))
            let term = String(String.UnicodeScalarView(scalars[a..<b]))
            out += color ? paint(term, hit.in_quote ? "4;33" : "4;31") : "⟦\(term)⟧"
            pos = b
        }
        out += String(String.UnicodeScalarView(scalars[pos...]))
        return out
    }

    public func render(_ analysis: ArticleAnalysis) -> String {
        var out = ""
        let a = analysis.article
        let meta = [a.outlet, a.date, a.url].compactMap { $0 }.joined(separator: " · ")
        if !meta.isEmpty { out += paint(meta, "2") + "\n" }
        if let title = a.title { out += paint(title, "1") + "\n" }
        // A blank line between the heading and the sentences, none above a text with no heading.
        if !out.isEmpty { out += "\n" }
        for (n, s) in analysis.sentences.enumerated() {
            let number = String(n + 1).leftPad(3)
            let confidence = String(format2(s.confidence))
            let head = s.headline ? " " + paint("HEADLINE", "1") : ""
            out += "\(number) \(labelTag(s.label)) \(confidence)\(head)  \(marked(s))\n"
            if let source = s.source {
                var line = "source: \(source.text) (\(source.kind)"
                if let resolved = source.resolved { line += " → \(resolved)" }
                out += "      " + paint(line + ")", "2") + "\n"
            }
            if !s.cues.isEmpty {
                let cues = s.cues.map { "\($0.id) “\($0.text)”" }.joined(separator: "; ")
                out += "      " + paint("cues: \(cues)", "2") + "\n"
            }
            for hit in s.loaded {
                var line = "loaded: \(hit.text) → \(hit.term) [\(hit.category) \(format2(hit.weight))"
                if hit.score != hit.weight { line += " → \(format2(hit.score))" }
                line += "]"
                for step in hit.steps { line += " \(step.rule)" }
                if hit.in_quote { line += " in quote" + (hit.speaker.map { " (\($0))" } ?? "") }
                if hit.target != "unknown" { line += " → aimed at \(hit.target)" }
                out += "      " + paint(line, "2") + "\n"
            }
            // A listed word a context rule found not loaded here: said, so the reader sees why.
            for hit in s.dismissed ?? [] {
                let reason = hit.steps.map { "\($0.rule): \($0.note)" }.joined(separator: "; ")
                out += "      " + paint("not counted: \(hit.text) → \(hit.term) [\(hit.category)] \(reason)", "2") + "\n"
            }
        }
        let sm = analysis.summary
        out += "\n"
        out += "\(counted(sm.sentences, "sentence")): FACTUAL \(sm.labels["FACTUAL"] ?? 0) · ATTRIBUTED \(sm.labels["ATTRIBUTED"] ?? 0) · EDITORIAL \(sm.labels["EDITORIAL"] ?? 0) (editorial share \(format2(sm.editorial_share)))\n"
        if sm.include_quoted {
            // --include-quoted: the rate is over every hit and every word, so the count beside it is too.
            out += "loaded terms, quotes included: \(sm.loaded_outlet_voice + sm.loaded_quoted) in \(counted(sm.words, "word")) (\(format2(sm.loaded_per_1k_words)) per 1,000); of them in quotes: \(sm.loaded_quoted) in \(counted(sm.quoted_words, "word"))\n"
        } else {
            out += "loaded terms in the outlet's voice: \(sm.loaded_outlet_voice) in \(counted(sm.outlet_voice_words, "word")) (\(format2(sm.loaded_per_1k_words)) per 1,000); in quotes: \(sm.loaded_quoted) in \(counted(sm.quoted_words, "word"))\n"
        }
        if !sm.top_terms.isEmpty {
            out += "top terms: " + sm.top_terms.map { "\($0.term) (\($0.category)) ×\($0.count)" }.joined(separator: ", ") + "\n"
        }
        if !analysis.furniture.isEmpty {
            // Sentences left out as the page around the article: how many of each kind, and
            // the first few, so the reader sees what was not counted.
            var kinds: [String: Int] = [:]
            for f in analysis.furniture { kinds[f.kind, default: 0] += 1 }
            let byKind = kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let shown = analysis.furniture.prefix(3).map { "“\($0.text)”" }.joined(separator: ", ")
            let more = analysis.furniture.count > 3 ? ", ..." : ""
            out += paint("left out as page furniture: \(counted(analysis.furniture.count, "sentence")) (\(byKind)): \(shown)\(more)", "2") + "\n"
        }
        return out
    }
}

/// Formats a number with two decimals, deterministically.
public func format2(_ x: Double) -> String {
    let scaled = (x * 100).rounded()
    let negative = scaled < 0
    let v = Int(abs(scaled))
    let s = "\(v / 100).\(String(v % 100).leftPad(2, with: "0"))"
    return negative ? "-" + s : s
}

extension String {
    func leftPad(_ width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
