/// The three claim labels.
public enum ClaimLabel: String, Codable, Sendable, CaseIterable {
    /// A checkable statement in the outlet's own voice.
    case factual = "FACTUAL"
    /// A claim reported as someone else's: quotes, "X said", "according to Y".
    case attributed = "ATTRIBUTED"
    /// Evaluation, opinion, speculation or prediction in the outlet's own voice.
    case editorial = "EDITORIAL"
}

/// Evidence for a label: which cue matched, where, and what it pushed towards.
public struct CueEvidence: Codable, Hashable, Sendable {
    /// The cue's id (`attribution-verb`, `hedge`, ...).
    public var id: String
    /// Offsets in the input (or, for `slant classify`, within the line).
    public var start: Int
    public var end: Int
    /// The matched text.
    public var text: String
    /// What the cue is evidence of: `attribution`, `editorial` or `factual`.
    public var effect: String
    /// Why it counts, in words.
    public var note: String?
    /// The cue's weight in the decision.
    ///
    /// (Declared after `note`, so that the memberwise initializer's labels differ from the
    /// public one's and both can exist: see the extension below.)
    public var weight: Double
}

extension CueEvidence {
    /// Evidence from its fields. Written in an extension and handed to the memberwise
    /// initializer: an initializer in the type's body that assigns the fields one by one
    /// made the compiler build a temporary and copy it (each string retained, then the
    /// temporary released) for every piece of evidence appended to a list.
    public init(id: String, start: Int, end: Int, text: String, effect: String, weight: Double, note: String?) {
        self.init(id: id, start: start, end: end, text: text, effect: effect, note: note, weight: weight)
    }
}

/// Who an attributed claim belongs to.
public struct SourceSpan: Codable, Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    /// For a pronoun resolved to an earlier named speaker: that speaker's name.
    public var resolved: String?
    /// How a pronoun was resolved, or why it was not ("ambiguous: 'Smith' or 'Jones'").
    public var note: String?
    /// person, role, organisation, anonymous, document, media, pronoun or unknown.
    ///
    /// (Declared last, so that the memberwise initializer's labels differ from the public
    /// one's: see the extension below.)
    public var kind: String
}

extension SourceSpan {
    /// A source from its fields, handed to the memberwise initializer: one in the type's body
    /// that assigned the fields one by one made the compiler copy a temporary of it (every
    /// string retained, then released) for each source found.
    public init(text: String, start: Int, end: Int, kind: String, resolved: String?, note: String? = nil) {
        self.init(text: text, start: start, end: end, resolved: resolved, note: note, kind: kind)
    }

    /// The name a source is counted under in an outlet's "most quoted" list: the speaker a
    /// pronoun resolves to, or the span, up to its first comma or spaced dash. A span keeps
    /// what describes the speaker ("Liu, who moved with his family to the United States in
    /// March", "Mike Mayo, managing director ... at Wells Fargo Securities", as PolNeAR marks
    /// sources), but each such description would otherwise be counted as one more source.
    /// An opening "The" is written "the": "The president insisted" and "the president told"
    /// quote one source.
    public static func countedName(_ name: String) -> String {
        let head = countedHead(name)
        // (By its first four bytes: a generic prefix test was a tenth of this call.)
        var utf8 = head.utf8.makeIterator()
        guard utf8.next() == 0x54, utf8.next() == 0x68, utf8.next() == 0x65, utf8.next() == 0x20 else { return head }  // "The "
        return "t" + head.dropFirst()
    }

    /// `countedName` before the case of an opening "The".
    static func countedHead(_ name: String) -> String {
        var name = name
        return name.withUTF8 { b -> String? in
            var i = 1
            while i + 1 < b.count {
                // ", " or " — " / " – " (U+2014, U+2013 are E2 80 94 and E2 80 93).
                if b[i] == 0x2C && b[i + 1] == 0x20 { return String(decoding: b[0..<i], as: UTF8.self) }
                if b[i] == 0x20, i + 4 < b.count, b[i + 1] == 0xE2, b[i + 2] == 0x80, b[i + 3] == 0x94 || b[i + 3] == 0x93,
                   b[i + 4] == 0x20 {
                    return String(decoding: b[0..<i], as: UTF8.self)
                }
                i += 1
            }
            return nil
        } ?? name
    }
}

/// What an outlet's articles show a written name stands for, for counting its sources across
/// articles: where an article gives a person's full name, `PersonNames` counts "Mr. Obama" in
/// it as "Barack Obama"; an article of the same outlet that never gives the full name is
/// counted the same way, when at least three in four of the outlet's sources so written that
/// were counted under a fuller name were counted under that one ("Mr. Clinton" taken for Bill
/// Clinton in some articles and for Hillary Clinton in as many others stays as written).
public struct SourceAliases: Sendable {
    /// Written name -> the names it was counted under, with how often.
    private var targets: [String: [String: Int]] = [:]

    public init() {}

    /// Learns from a source of one article: a person counted under a fuller name.
    public mutating func learn(_ source: SourceSpan) {
        guard source.kind == "person", let resolved = source.resolved else { return }
        let written = SourceSpan.countedName(source.text)
        guard written != resolved else { return }
        targets[written, default: [:]][resolved, default: 0] += 1
    }

    /// The name a source counted as `name` is counted under across the outlet; `same` (from
    /// `sameNames`) makes forms of one full name one target ("Trump" counted as "Donald Trump"
    /// in some articles and as "Donald J. Trump" in others goes to the commoner).
    public func counted(_ name: String, same: [String: String] = [:]) -> String {
        guard let names = targets[name] else { return name }
        guard !same.isEmpty else { return Self.majority(names) ?? name }
        var merged: [String: Int] = [:]
        for (target, count) in names { merged[same[target] ?? target, default: 0] += count }
        return Self.majority(merged) ?? name
    }

    /// Counts by source name with each written name under the name the outlet's articles show
    /// it stands for (`counted`), and forms of one full name as one (`sameNames`).
    public func merged(_ counts: [String: Int]) -> [String: Int] {
        let same = Self.sameNames(counts)
        var merged: [String: Int] = [:]
        for (name, count) in counts {
            let target = counted(name, same: same)
            merged[same[target] ?? target, default: 0] += count
        }
        let again = Self.sameNames(merged)
        guard !again.isEmpty else { return merged }
        var result: [String: Int] = [:]
        for (name, count) in merged { result[again[name] ?? name, default: 0] += count }
        return result
    }

    /// Full names that differ only by middle initials or a suffix's period, counted as one
    /// across an outlet ("Donald J. Trump" and "Donald Trump"; "Joseph R. Biden Jr." and
    /// "Joseph R. Biden Jr"): each name of such a group -> the group's most counted form (ties
    /// by name). A group is merged only when its initials agree: "George W. Bush" and "George
    /// H.W. Bush" are two people, so neither is merged with "George Bush".
    public static func sameNames(_ counts: [String: Int]) -> [String: String] {
        sameNames(counts, name: { $0 }, identity: identity)
    }

    /// `sameNames` over names given by any key (`slant outlets` counts by numbers, each name's
    /// identity read once a store): `name` gives a key's name, `identity` its `identity`.
    @inlinable public static func sameNames<ID: Hashable>(_ counts: [ID: Int], name: (ID) -> String,
                                               identity: (ID) -> (key: String, initials: String)?) -> [ID: ID] {
        var groups: [String: (initials: String?, agree: Bool, ids: [ID])] = [:]
        for id in counts.keys {
            guard let (key, initials) = identity(id) else { continue }
            var group = groups[key] ?? (nil, true, [])
            if !initials.isEmpty {
                if let seen = group.initials, seen != initials { group.agree = false }
                group.initials = initials
            }
            group.ids.append(id)
            groups[key] = group
        }
        var canonical: [ID: ID] = [:]
        for group in groups.values where group.agree && group.ids.count > 1 {
            guard let top = group.ids.max(by: { (counts[$0]!, name($1)) < (counts[$1]!, name($0)) }) else { continue }
            for id in group.ids where id != top { canonical[id] = top }
        }
        return canonical
    }

    /// A full name's words without its initials, lower-cased, and the initials: nil unless two
    /// or more capitalised words are left.
    public static func identity(_ name: String) -> (key: String, initials: String)? {
        // (Asked of every name an outlet counts, in every outlet: most are one word, or open in
        // lower case, and are answered from their bytes.)
        guard let lead = name.utf8.first, lead >= 0x80 || lead >= 0x41 && lead <= 0x5A, name.utf8.contains(0x20) else { return nil }
        var words: [Substring] = []
        var initials = ""
        for word in PersonNames.words(name) {
            var bare = word
            while bare.utf8.last == UInt8(ascii: ".") { bare = bare.dropLast() }
            guard let first = bare.unicodeScalars.first,
                  first.isASCII ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase else { return nil }
            // "J.", "J", "H.W.", "H. W.": letters each alone between periods.
            if bare.utf8.count <= 8, bare.split(separator: ".").allSatisfy({ $0.count == 1 }) {
                initials += bare.filter { $0 != "." }
            } else {
                words.append(bare)
            }
        }
        guard words.count >= 2 else { return nil }
        return (words.joined(separator: " ").lowercased(), initials)
    }

    /// The key holding at least three quarters of the counts, if one does (ties by key, so the
    /// answer does not depend on the dictionary's order).
    @inlinable public static func majority<Key: Comparable>(_ counts: [Key: Int]) -> Key? {
        let total = counts.values.reduce(0, +)
        guard let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value * 4 >= total * 3 else { return nil }
        return top.key
    }
}

/// One step that changed a loaded term's weight, for the explanation of a hit.
public struct RuleStep: Codable, Hashable, Sendable {
    /// The rule's id (`negation`, `intensifier`, `all-caps`, `exclamation`, `in-quote`).
    public var rule: String
    /// The multiplier it applied.
    public var factor: Double
    /// The words that triggered it.
    public var note: String

    public init(rule: String, factor: Double, note: String) {
        self.rule = rule
        self.factor = factor
        self.note = note
    }
}

/// A loaded-language hit, explained.
public struct LoadedHit: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// The text as it appears in the input.
    public var text: String
    /// The lexicon entry that matched.
    public var term: String
    public var category: String
    /// The entry's weight, before rule steps.
    public var weight: Double
    /// The weight after rule steps.
    public var score: Double
    public var steps: [RuleStep]
    /// Inside a direct quotation: the speaker's words, not the outlet's.
    public var in_quote: Bool
    /// The quote's speaker, when in a quote and known.
    public var speaker: String?
    /// The lexicon file the entry came from.
    ///
    /// (Declared before `target`, so that the memberwise initializer's labels differ from the
    /// public one's: see the extension below.)
    public var lexicon: String
    /// The entity the term is aimed at, or `unknown`.
    public var target: String
    /// Why the target was chosen (nearest named entity in the clause, subject of the clause, none).
    public var target_note: String? = nil
}

extension LoadedHit {
    /// A hit from its fields, handed to the memberwise initializer: one in the type's body
    /// that assigned the fields one by one made the compiler copy a temporary of it (every
    /// string and the rule steps retained, then released) for each hit.
    public init(start: Int, end: Int, text: String, term: String, category: String, weight: Double, score: Double, steps: [RuleStep], in_quote: Bool, speaker: String?, target: String, lexicon: String,
                target_note: String? = nil) {
        self.init(start: start, end: end, text: text, term: term, category: category, weight: weight, score: score, steps: steps,
                  in_quote: in_quote, speaker: speaker, lexicon: lexicon, target: target, target_note: target_note)
    }
}

/// A direct quotation with its speaker.
public struct Quote: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var speaker: String?
    /// A short quoted phrase with no speaker: a distancing device in the outlet's voice.
    public var scare: Bool

    public init(start: Int, end: Int, text: String, speaker: String?, scare: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.scare = scare
    }
}

/// A sentence with its label, evidence, source and loaded terms.
public struct SentenceAnalysis: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var headline: Bool
    public var label: ClaimLabel
    public var confidence: Double
    public var cues: [CueEvidence]
    public var source: SourceSpan?
    /// Further sources when the sentence reports more than one attribution ("Clinton said
    /// Trump's claim that ..." names Clinton and Trump); absent when there is none.
    public var other_sources: [SourceSpan]?
    /// Which step of the classifier's precedence decided the label, with the figures it
    /// compared ("editorial model: probability 0.62 >= threshold 0.40"); absent in analyses
    /// read back from a store written before it kept rules (migration `v6-sentence-rule`).
    public var rule: LabelRule?
    public var loaded: [LoadedHit]
    /// Lexicon terms that a context rule found not loaded in this use (a name or title), with
    /// the step that says why; not counted anywhere. Absent when there is none.
    public var dismissed: [LoadedHit]?
    /// Words in the sentence, and how many of them lie inside quotations.
    public var words: Int
    public var quoted_words: Int
    /// The sum of outlet-voice hit scores.
    public var loaded_score: Double
    /// The gazetteer entities the sentence mentions, when the analysis was asked for them
    /// (`Analyzer.analyze(_:entities:)`, for the store's per-entity figures); not part of the
    /// JSON output.
    public var entityMentions: [EntityMention]? = nil
    /// The sentence's range in UTF-8 bytes of the article's text, as the analyzer found it
    /// (nil in an analysis read from JSON or a store); not part of the JSON output. The store
    /// keeps sentences by these offsets.
    public var bytes: Range<Int>? = nil

    enum CodingKeys: String, CodingKey {
        case start, end, text, headline, label, confidence, cues, source, other_sources, rule, loaded, dismissed, words, quoted_words, loaded_score
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(headline, forKey: .headline)
        try c.encode(label, forKey: .label)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(cues, forKey: .cues)
        // The contract has "source": null for sentences without one, not a missing key.
        try c.encode(source, forKey: .source)
        try c.encodeIfPresent(other_sources, forKey: .other_sources)
        try c.encodeIfPresent(rule, forKey: .rule)
        try c.encode(loaded, forKey: .loaded)
        try c.encodeIfPresent(dismissed, forKey: .dismissed)
        try c.encode(words, forKey: .words)
        try c.encode(quoted_words, forKey: .quoted_words)
        try c.encode(loaded_score, forKey: .loaded_score)
    }
}

extension SentenceAnalysis {
    /// A sentence's analysis, without further sources, rule, dismissed hits or mentions.
    /// Written in an extension and handed to the memberwise initializer (`rule: nil` tells it
    /// from this one): an initializer in the type's body that assigned the fields one by one
    /// made the compiler build a temporary and copy it into the analyzer's list, retaining
    /// and releasing every string and list in it, for every sentence.
    public init(start: Int, end: Int, text: String, headline: Bool, label: ClaimLabel, confidence: Double,
                cues: [CueEvidence], source: SourceSpan?, loaded: [LoadedHit], words: Int, quoted_words: Int,
                loaded_score: Double) {
        self.init(start: start, end: end, text: text, headline: headline, label: label, confidence: confidence,
                  cues: cues, source: source, rule: nil, loaded: loaded, words: words, quoted_words: quoted_words,
                  loaded_score: loaded_score)
    }
}

/// Which step of the classifier's precedence decided a sentence's label, with the figures it
/// compared. It is written out as one line of text ("editorial model: probability 0.53 >=
/// threshold 0.40"); the text is made only then, so classifying costs no string per sentence.
public struct LabelRule: Codable, Hashable, Sendable {
    public enum Step: String, Codable, Sendable {
        /// (`continuedReport` is no longer given: a sentence with no words gets no label. It
        /// stays so that rules stored by an earlier version still read back.)
        case framedAttribution, editorialModel, attributionEvidence, noEvidence, creditLine, continuedReport, decoded
    }

    public var step: Step
    public var editorial: Double
    public var threshold: Double
    public var attribution: Double
    public var needed: Double
    /// The text, for a rule read back from JSON.
    var decodedText: String?

    public init(step: Step, editorial: Double = 0, threshold: Double = 0, attribution: Double = 0, needed: Double = 0) {
        self.step = step
        self.editorial = editorial
        self.threshold = threshold
        self.attribution = attribution
        self.needed = needed
    }

    public var text: String {
        // A figure compared with another is shown with the digits that tell them apart
        // ("probability 0.415 < 0.42", not "0.42 < 0.42").
        let p = Self.figure(editorial, against: threshold), t = Self.figure(threshold)
        let a = Self.figure(attribution, against: needed), n = Self.figure(needed)
        switch step {
        case .framedAttribution: return "framed-attribution: the outlet judges the claim it reports"
        case .editorialModel: return "editorial model: probability \(p) >= threshold \(t)"
        case .attributionEvidence: return "attribution evidence \(a) >= \(n); editorial probability \(p) < \(t)"
        case .noEvidence: return "attribution evidence \(a) < \(n) and editorial probability \(p) < \(t): the outlet's own checkable statement"
        case .creditLine: return "the credit line after it names the speaker of its quotation"
        case .continuedReport: return "no words of its own: part of the attributed sentence before it in its paragraph"
        case .decoded: return decodedText ?? ""
        }
    }

    public init(from decoder: Decoder) throws {
        self.init(step: .decoded)
        decodedText = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }

    /// `x` as the text shows it beside `y`, which it was compared with: as `figure(_:)`, or,
    /// when the two would read the same but differ, with the decimals (up to six) that tell
    /// them apart.
    public static func figure(_ x: Double, against y: Double) -> String {
        guard tiesAtTwoDecimals(x, y) else { return figure(x) }
        var scale = 1000.0, digits = 3
        while digits < 6, (x * scale).rounded() == (y * scale).rounded() {
            scale *= 10
            digits += 1
        }
        let units = Int((x * scale).rounded())
        let sign = units < 0 ? "-" : ""
        let whole = abs(units) / Int(scale), part = String(abs(units) % Int(scale))
        return "\(sign)\(whole)." + String(repeating: "0", count: digits - part.count) + part
    }

    /// Whether two different figures read the same with two decimals.
    static func tiesAtTwoDecimals(_ x: Double, _ y: Double) -> Bool {
        x != y && x.isFinite && y.isFinite && (x * 100).rounded() == (y * 100).rounded()
    }

    /// A figure as the text shows it: two decimals, or one when the second would be 0 of 0.
    public static func figure(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, part = abs(hundredths) % 100
        if part == 0 { return "\(sign)\(whole).0" }
        return "\(sign)\(whole)." + (part < 10 ? "0\(part)" : "\(part)")
    }
}

extension LabelRule {
    /// Appends the rule as the store keeps it (`sentence_rows.rule`): the step's name and the
    /// four figures as `text` shows them ("editorialModel 0.62 0.42 0.0 1.0"), so the rule read
    /// back (`init(stored:)`) has the same text; a rule read from JSON keeps its text. Nothing
    /// for a rule whose figures are not finite. Written as bytes: the store writes one for
    /// every sentence it ingests.
    public func appendStored(to out: inout [UInt8]) {
        if step == .decoded {
            out.append(contentsOf: (decodedText ?? "").utf8)
            return
        }
        guard editorial.isFinite, threshold.isFinite, attribution.isFinite, needed.isFinite else { return }
        out.append(contentsOf: step.rawValue.utf8)
        Self.appendComparison(editorial, against: threshold, to: &out)
        Self.appendComparison(attribution, against: needed, to: &out)
    }

    /// " x y" for a figure and the one it was compared with, `x` with as many decimals as
    /// `text` shows it (`figure(_:against:)`).
    static func appendComparison(_ x: Double, against y: Double, to out: inout [UInt8]) {
        out.append(0x20)
        if tiesAtTwoDecimals(x, y) {
            out.append(contentsOf: figure(x, against: y).utf8)
        } else {
            appendFigure(x, to: &out)
        }
        out.append(0x20)
        appendFigure(y, to: &out)
    }

    /// A rule from its stored form (`appendStored(to:)`): a step's name and four figures, or
    /// else a rule's text kept as it is.
    public init(stored: String) {
        let parts = stored.split(separator: " ", omittingEmptySubsequences: false)
        if parts.count == 5, let step = Step(rawValue: String(parts[0])), step != .decoded,
           let e = Double(parts[1]), let t = Double(parts[2]), let a = Double(parts[3]), let n = Double(parts[4]) {
            self.init(step: step, editorial: e, threshold: t, attribution: a, needed: n)
        } else {
            self.init(step: .decoded)
            decodedText = stored
        }
    }

    /// `figure(_:)` appended as bytes.
    static func appendFigure(_ x: Double, to out: inout [UInt8]) {
        let hundredths = Int((x * 100).rounded())
        if hundredths < 0 { out.append(0x2D) }
        let whole = abs(hundredths) / 100, part = abs(hundredths) % 100
        appendDigits(whole, to: &out)
        out.append(0x2E)
        if part == 0 { out.append(0x30); return }
        if part < 10 { out.append(0x30) }
        appendDigits(part, to: &out)
    }

    private static func appendDigits(_ n: Int, to out: inout [UInt8]) {
        if n >= 10 { appendDigits(n / 10, to: &out) }
        out.append(UInt8(0x30 + n % 10))
    }
}

/// Per-article figures.
public struct ArticleSummary: Codable, Hashable, Sendable {
    public var sentences: Int
    public var labels: [String: Int]
    public var editorial_share: Double
    public var words: Int
    public var outlet_voice_words: Int
    public var quoted_words: Int
    public var loaded_outlet_voice: Int
    public var loaded_quoted: Int
    /// Outlet-voice loaded terms per 1,000 words of outlet voice.
    public var loaded_per_1k_words: Double
    /// Quoted loaded terms per 1,000 quoted words.
    public var quoted_loaded_per_1k_words: Double
    public var by_category: [String: Int]
    public var top_terms: [TermCount]
    public var headline_loaded_score: Double
    public var body_loaded_score_mean: Double
    /// Whether quoted terms were counted as the outlet's (`--include-quoted`); when they were,
    /// `loaded_per_1k_words` is over all words and all hits.
    public var include_quoted: Bool = false
    /// Quoted loaded terms per category (the speakers', not the outlet's).
    public var by_category_quoted: [String: Int] = [:]
    /// Outlet-voice loaded terms per target entity (`unknown` when no target was found).
    public var targets: [String: Int] = [:]
    /// Outlet-voice loaded terms in the headline and in the body, and the body's rate per
    /// 1,000 outlet-voice words.
    public var headline_loaded: Int = 0
    public var body_loaded: Int = 0
    public var body_loaded_per_1k_words: Double = 0
}

public struct TermCount: Codable, Hashable, Sendable {
    public var term: String
    public var category: String
    public var count: Int
}

/// The metadata block of the JSON output: values and where each came from.
public struct ArticleInfo: Codable, Hashable, Sendable {
    public var outlet: String?
    public var url: String?
    public var date: String?
    public var title: String?
    public var author: String?
    public var provenance: [String: String]
    /// SHA-256 of the input text.
    public var sha256: String

    public init(metadata: ArticleMetadata, sha256: String) {
        outlet = metadata.outlet.value
        url = metadata.url.value
        date = metadata.date.value
        title = metadata.title.value
        author = metadata.author.value
        provenance = [
            "outlet": metadata.outlet.provenance.rawValue, "url": metadata.url.provenance.rawValue,
            "date": metadata.date.provenance.rawValue, "title": metadata.title.provenance.rawValue,
            "author": metadata.author.provenance.rawValue,
        ]
        self.sha256 = sha256
    }
}

/// Everything Slant found in one article.
public struct ArticleAnalysis: Codable, Hashable, Sendable {
    public var article: ArticleInfo
    public var sentences: [SentenceAnalysis]
    public var quotes: [Quote]
    public var summary: ArticleSummary
    public var lexicons: [LexiconInfo]
    public var slant_version: String
    /// Sentences left out of the analysis as the page around the article ("Advertisement",
    /// "Sign up for our newsletter"), each with the pattern of `page-furniture.tsv` it matched.
    public var furniture: [FurnitureLine]
    /// Whether the text is in English (`LanguageCheck`); nil in an analysis written before the
    /// check.
    public var language: LanguageCheck?

    public init(article: ArticleInfo, sentences: [SentenceAnalysis], quotes: [Quote], summary: ArticleSummary, lexicons: [LexiconInfo], slant_version: String,
                furniture: [FurnitureLine] = [], language: LanguageCheck? = nil) {
        self.article = article
        self.sentences = sentences
        self.quotes = quotes
        self.summary = summary
        self.lexicons = lexicons
        self.slant_version = slant_version
        self.furniture = furniture
        self.language = language
    }

    enum CodingKeys: String, CodingKey {
        case article, sentences, quotes, summary, lexicons, slant_version, furniture, language
    }

    /// (An analysis written before furniture was listed has no `furniture`: none was left out.)
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(article: try c.decode(ArticleInfo.self, forKey: .article), sentences: try c.decode([SentenceAnalysis].self, forKey: .sentences),
                  quotes: try c.decode([Quote].self, forKey: .quotes), summary: try c.decode(ArticleSummary.self, forKey: .summary),
                  lexicons: try c.decode([LexiconInfo].self, forKey: .lexicons), slant_version: try c.decode(String.self, forKey: .slant_version),
                  furniture: try c.decodeIfPresent([FurnitureLine].self, forKey: .furniture) ?? [],
                  language: try c.decodeIfPresent(LanguageCheck.self, forKey: .language))
    }
}
