import Foundation
import GRDB
import SlantCore

extension StoredArticle {
    /// The article's analysis rebuilt from its rows exactly as it was stored (labels, cues,
    /// sources, loaded hits with their rule steps, quotes), so a report shows what the
    /// figures were computed from, whatever the lexicons are today.
    public func analysis(lexicons: [LexiconInfo], slantVersion: String) -> ArticleAnalysis {
        let decoder = JSONDecoder()
        var metadata = ArticleMetadata()
        let provenance = (try? decoder.decode([String: String].self, from: Data(article.provenance.utf8))) ?? [:]
        func value(_ v: String?, _ key: String) -> MetaValue {
            MetaValue(v, provenance[key].flatMap(Provenance.init(rawValue:)) ?? .record)
        }
        metadata.outlet = value(outlet, "outlet")
        metadata.url = value(article.url, "url")
        metadata.date = value(article.date, "date")
        metadata.title = value(article.title, "title")
        metadata.author = value(article.author, "author")

        let sourceBySentence = Dictionary(grouping: sources, by: \.sentence_id)
        let hitsBySentence = Dictionary(grouping: loaded_hits, by: \.sentence_id)
        let sentences = zip(self.sentences, sentenceCues).sorted { $0.0.position < $1.0.position }.map { s, cues -> SentenceAnalysis in
            let id = s.id ?? -1
            let source = sourceBySentence[id]?.first.map {
                SourceSpan(text: $0.text, start: $0.start, end: $0.end, kind: $0.kind, resolved: $0.resolved)
            }
            let loaded = (hitsBySentence[id] ?? []).sorted { ($0.start, $0.end) < ($1.start, $1.end) }.map { h in
                LoadedHit(start: h.start, end: h.end, text: h.text, term: h.term, category: h.category, weight: h.weight,
                          score: h.score, steps: StoredJSON.steps(h.steps) ?? [],
                          in_quote: h.in_quote, speaker: h.speaker, target: h.target, lexicon: h.lexicon)
            }
            var sentence = SentenceAnalysis(start: s.start, end: s.end, text: s.text, headline: s.headline,
                                            label: ClaimLabel(rawValue: s.label) ?? .factual, confidence: s.confidence, cues: cues,
                                            source: source, loaded: loaded, words: s.words, quoted_words: s.quoted_words,
                                            loaded_score: s.loaded_score)
            if let stored = s.rule { sentence.rule = LabelRule(stored: stored) }
            return sentence
        }
        let quotes = self.quotes.sorted { ($0.start, $0.end) < ($1.start, $1.end) }.map {
            Quote(start: $0.start, end: $0.end, text: $0.text, speaker: $0.speaker, scare: $0.scare)
        }
        return ArticleAnalysis(article: ArticleInfo(metadata: metadata, sha256: article.text_sha256), sentences: sentences,
                               quotes: quotes, summary: Analyzer.summarize(sentences), lexicons: lexicons,
                               slant_version: slantVersion,
                               furniture: article.furniture == "[]" ? []
                                   : (try? decoder.decode([FurnitureLine].self, from: Data(article.furniture.utf8))) ?? [],
                               language: LanguageCheck(article.text))
    }
}

extension Store {
    /// The lexicons and Slant version an article was analysed with.
    public func lexiconVersion(id: Int64) throws -> (lexicons: [LexiconInfo], slantVersion: String)? {
        guard let record = try read({ db in try LexiconVersionRecord.fetchOne(db, key: id) }) else { return nil }
        let files = (try? JSONDecoder().decode([LexiconInfo].self, from: Data(record.files.utf8))) ?? []
        return (files, record.slant_version)
    }

    /// Every stored article's analysis, rebuilt from its rows, in the order stored.
    /// Why each stored article that is not its outlet's own reporting is left out of the
    /// figures, with its outlet and the SHA-256 of its text: "wire copy (AP, by its byline)",
    /// or "a near duplicate of an article of <outlet>".
    public func syndicationNotes() throws -> [(outlet: String, sha256: String, note: String)] {
        try read { db in
            var notes: [(outlet: String, sha256: String, note: String)] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT o.name AS outlet, a.text_sha256 AS sha, a.wire AS wire, a.wire_evidence AS evidence, d_o.name AS other
                FROM articles a JOIN outlets o ON o.id = a.outlet_id
                LEFT JOIN articles d ON d.id = a.duplicate_of LEFT JOIN outlets d_o ON d_o.id = d.outlet_id
                WHERE a.wire IS NOT NULL OR a.duplicate_of IS NOT NULL ORDER BY a.id
                """) {
                let outlet: String = row["outlet"], sha: String = row["sha"]
                let note: String
                if let wire: String = row["wire"] {
                    let evidence: String? = row["evidence"]
                    let by = evidence.flatMap { $0.split(separator: ":").first }.map { " by its \($0 == "author" ? "byline" : $0)" } ?? ""
                    note = "wire copy (\(wire)\(by.isEmpty ? "" : "," + by))"
                } else {
                    let other: String? = row["other"]
                    note = "a near duplicate of an article of \(other ?? "another outlet")"
                }
                notes.append((outlet, sha, note))
            }
            return notes
        }
    }

    public func analyses(outlet: String? = nil) throws -> [ArticleAnalysis] {
        var versions: [Int64: (lexicons: [LexiconInfo], slantVersion: String)] = [:]
        var result: [ArticleAnalysis] = []
        for record in try articles(outlet: outlet) {
            guard let id = record.id, let stored = try storedArticle(id: id) else { continue }
            if versions[record.lexicon_version_id] == nil {
                versions[record.lexicon_version_id] = try lexiconVersion(id: record.lexicon_version_id) ?? ([], "")
            }
            let version = versions[record.lexicon_version_id] ?? ([], "")
            result.append(stored.analysis(lexicons: version.lexicons, slantVersion: version.slantVersion))
        }
        return result
    }
}
