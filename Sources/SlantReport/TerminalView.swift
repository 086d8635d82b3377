import Foundation
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

    /// The sentence text with loaded terms and scare quotes marked: ⟦term⟧ without colour, red
    /// underline with it.
    func marked(_ s: SentenceAnalysis) -> String {
        guard !s.loaded.isEmpty else { return clean(s.text) }
        // Slices of the text's own scalar view, walked forward once: a copy of its scalars
        // rebuilt into strings one scalar at a time was most of `slant score`'s time on a long text.
        let scalars = s.text.unicodeScalars
        let count = scalars.count
        var out = ""
        var pos = 0
        var at = scalars.startIndex
        for hit in s.loaded {
            let a = hit.start - s.start, b = hit.end - s.start
            guard a >= pos, b >= a, b <= count else { continue }
            let from = scalars.index(at, offsetBy: a - pos)
            let to = scalars.index(from, offsetBy: b - a)
            out += clean(String(scalars[at..<from]))
            let term = clean(String(scalars[from..<to]))
            out += color ? paint(term, hit.in_quote ? "4;33" : "4;31") : "⟦\(term)⟧"
            pos = b
            at = to
        }
        out += clean(String(scalars[at...]))
        return out
    }

    /// Text from the input with its control characters made visible in caret notation (ESC as
    /// `^[`, BEL as `^G`, DEL as `^?`; C1 controls as `\u{85}`), so that scraped text cannot
    /// recolour, retitle or hide the terminal's output. Line feeds and tabs stay.
    func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { Self.isControl($0) }) else { return text }
        var out = ""
        for u in text.unicodeScalars {
            if !Self.isControl(u) {
                out.unicodeScalars.append(u)
            } else if u.value == 0x7F {
                out += "^?"
            } else if u.value < 0x20 {
                out += "^" + String(UnicodeScalar(UInt8(u.value + 0x40)))
            } else {
                out += "\\u{" + String(u.value, radix: 16) + "}"
            }
        }
        return out
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\n" && u != "\t") || (u.value >= 0x7F && u.value < 0xA0)
    }

    /// A cue as the view lists it: its id and words, and what it counts for when that is not
    /// plain ("figure “57” (against EDITORIAL)", "evaluative “shameful” (not counted: inside
    /// reported speech: the speaker's, not the outlet's)").
    func cueText(_ c: CueEvidence) -> String {
        var text = "\(c.id) “\(clean(c.text))”"
        if c.weight == 0 {
            // The note's last clause says why ("evaluation; inside reported speech: ...").
            let note = c.note ?? ""
            // (Up to its own colon: "inside reported speech: the speaker's, ..." says enough in
            // its first words.)
            let reason = Self.lastClause(note)
            text += reason.isEmpty ? " (not counted)" : " (not counted: \(reason))"
        } else if c.effect == "factual" {
            text += " (against EDITORIAL)"
        }
        return text
    }

    /// The words of a note's last clause after its last ";", trimmed of spaces and tabs, up to
    /// the clause's first ":" ("evaluation; inside reported speech: the speaker's" -> "inside
    /// reported speech"); "" for a note of one clause. Read by bytes (both marks are ASCII).
    static func lastClause(_ note: String) -> String {
        let utf8 = note.utf8
        guard let semicolon = utf8.lastIndex(of: UInt8(ascii: ";")) else { return "" }
        var start = utf8.index(after: semicolon)
        var end = utf8.endIndex
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
        while end > start, utf8[utf8.index(before: end)] == 0x20 || utf8[utf8.index(before: end)] == 0x09 { end = utf8.index(before: end) }
        if let colon = utf8[start..<end].firstIndex(of: UInt8(ascii: ":")) { end = colon }
        return String(note[start..<end])
    }

    /// A rate with nothing to divide by is `-`, never 0 by fiat.
    func rate(_ count: Int, _ words: Int) -> String {
        words == 0 ? "-" : format2(Double(count) * 1000 / Double(words))
    }

    public func render(_ analysis: ArticleAnalysis) -> String {
        var out = ""
        let a = analysis.article
        let meta = clean([a.outlet, a.date, a.url].compactMap { $0 }.joined(separator: " · "))
        if !meta.isEmpty { out += paint(meta, "2") + "\n" }
        if let title = a.title { out += paint(clean(title), "1") + "\n" }
        if let problem = analysis.language?.problem {
            out += paint("warning: this text \(problem): Slant's rules and lexicons are English, so these labels and scores say little", "33") + "\n"
        }
        // A blank line between the heading and the sentences, none above a text with no heading.
        if !out.isEmpty { out += "\n" }
        for (n, s) in analysis.sentences.enumerated() {
            let number = String(n + 1).leftPad(3)
            let confidence = String(format2(s.confidence))
            let head = s.headline ? " " + paint("HEADLINE", "1") : ""
            out += "\(number) \(labelTag(s.label)) \(confidence)\(head)  \(marked(s))\n"
            if let source = s.source {
                // A FACTUAL sentence's speaker had too little attribution evidence to make it
                // someone else's claim (the "why" line gives the figures).
                var line = (s.label == .factual ? "possible source: " : "source: ") + "\(clean(source.text)) (\(source.kind)"
                if let resolved = source.resolved { line += " → \(clean(resolved))" }
                // A source named outside the sentence (a post's signature, a transcript's label,
                // a credit line, the quotation's speaker) says how it was credited: the sentence
                // itself cannot show it.
                if let note = source.note, source.start < s.start || source.end > s.end { line += "; \(clean(note))" }
                out += "      " + paint(line + ")", "2") + "\n"
            }
            // The sentence's further attributions, each with its own speaker ("Ruiz said ...,
            // the Gazette reported").
            if let others = s.other_sources, !others.isEmpty {
                let list = others.map { other in
                    "\(clean(other.text)) (\(other.kind)" + (other.resolved.map { " → \(clean($0))" } ?? "") + ")"
                }
                out += "      " + paint("other sources: " + list.joined(separator: "; "), "2") + "\n"
            }
            if !s.cues.isEmpty {
                let cues = s.cues.map(cueText).joined(separator: "; ")
                out += "      " + paint("cues: \(cues)", "2") + "\n"
            }
            if let rule = s.rule?.text, !rule.isEmpty {
                out += "      " + paint("why: \(rule)", "2") + "\n"
            }
            for hit in s.loaded {
                let scare = hit.category == "scare-quote"
                var line = "loaded: \(clean(hit.text)) → " + (scare ? "scare quote" : clean(hit.term))
                line += " [\(hit.category) \(format2(hit.weight))"
                if hit.score != hit.weight { line += " → \(format2(hit.score))" }
                line += "]"
                // Each rule step with its factor ("intensifier ×1.5"); the quotation and the
                // scare quote are said below and by the category.
                for step in hit.steps where step.rule != "in-quote" && step.rule != "scare-quote" {
                    line += " \(step.rule)" + (step.factor == 1 ? "" : " ×\(LabelRule.figure(step.factor))")
                }
                if scare { line += " (a short quotation with no speaker: the outlet distances itself)" }
                // Reported speech ("She said the plan was a shameful waste"): the label credits
                // the evaluation to the speaker, but the words are the outlet's paraphrase, and
                // the outlet-voice count keeps them.
                if !hit.in_quote, s.cues.contains(where: { $0.weight == 0 && $0.start <= hit.start && hit.end <= $0.end
                    && ($0.note ?? "").contains("reported speech") }) {
                    line += " (in reported speech: the outlet's wording, counted as its voice)"
                }
                if hit.in_quote { line += " in quote" + (hit.speaker.map { " (\(clean($0)))" } ?? "") }
                if hit.target != "unknown" { line += " → aimed at \(clean(hit.target))" }
                out += "      " + paint(line, "2") + "\n"
            }
            // A listed word a context rule found not loaded here: said, so the reader sees why.
            for hit in s.dismissed ?? [] {
                let reason = hit.steps.map { "\($0.rule): \($0.note)" }.joined(separator: "; ")
                out += "      " + paint("not counted: \(clean(hit.text)) → \(hit.term) [\(hit.category)] \(reason)", "2") + "\n"
            }
        }
        let sm = analysis.summary
        out += "\n"
        // (Shares and rates from the counts, so the two decimals are rounded once; `-` where
        // there is nothing to divide by.)
        let share = sm.sentences == 0 ? "-" : format2(Double(sm.labels["EDITORIAL"] ?? 0) / Double(sm.sentences))
        out += "\(counted(sm.sentences, "sentence")): FACTUAL \(sm.labels["FACTUAL"] ?? 0) · ATTRIBUTED \(sm.labels["ATTRIBUTED"] ?? 0) · EDITORIAL \(sm.labels["EDITORIAL"] ?? 0) (editorial share \(share))\n"
        if sm.include_quoted {
            // --include-quoted: the rate is over every hit and every word, so the count beside it is too.
            let all = sm.loaded_outlet_voice + sm.loaded_quoted
            out += "loaded terms, quotes included: \(all) in \(counted(sm.words, "word")) (\(rate(all, sm.words)) per 1,000); of them in quotes: \(sm.loaded_quoted) in \(counted(sm.quoted_words, "word"))\n"
        } else {
            out += "loaded terms in the outlet's voice: \(sm.loaded_outlet_voice) in \(counted(sm.outlet_voice_words, "word")) (\(rate(sm.loaded_outlet_voice, sm.outlet_voice_words)) per 1,000); in quotes: \(sm.loaded_quoted) in \(counted(sm.quoted_words, "word"))\n"
        }
        if !sm.top_terms.isEmpty {
            out += "top terms: " + sm.top_terms.map {
                $0.category == "scare-quote" ? "scare quotes ×\($0.count)" : "\(clean($0.term)) (\($0.category)) ×\($0.count)"
            }.joined(separator: ", ") + "\n"
        }
        if !analysis.furniture.isEmpty {
            // Sentences left out as the page around the article: how many of each kind, and
            // the first few, so the reader sees what was not counted.
            var kinds: [String: Int] = [:]
            for f in analysis.furniture { kinds[f.kind, default: 0] += 1 }
            let byKind = kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let shown = analysis.furniture.prefix(3).map { "“\(clean($0.text))”" }.joined(separator: ", ")
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
