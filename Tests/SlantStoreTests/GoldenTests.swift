import Foundation
import SlantCore
import SlantStore
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Sentences with cues, sources and loaded hits, given as JSON so the golden files do not
/// move when the classifier's or scorer's rules change: they pin the store, not the analysis.
let goldenSentences = """
[{"start":0,"end":30,"text":"Critics slammed the Kremlin plan.","headline":true,"label":"EDITORIAL","confidence":0.8,
  "cues":[{"id":"loaded-term","start":8,"end":15,"text":"slammed","effect":"editorial","weight":1.0,"note":"loaded verb"}],
  "source":null,"rule":"editorial model: probability 0.80 >= threshold 0.42","words":5,"quoted_words":0,"loaded_score":1.5,
  "loaded":[{"start":8,"end":15,"text":"slammed","term":"slam*","category":"derision","weight":1.5,"score":1.5,"steps":[],
             "in_quote":false,"target":"Russia","lexicon":"loaded-language.tsv"}]},
 {"start":32,"end":80,"text":"The minister said the deal was \\"a disaster\\".","headline":false,"label":"ATTRIBUTED","confidence":0.9,
  "cues":[{"id":"attribution-verb","start":45,"end":49,"text":"said","effect":"attribution","weight":2.0}],
  "source":{"text":"The minister","start":32,"end":44,"kind":"role"},"words":8,"quoted_words":2,"loaded_score":0,
  "loaded":[{"start":70,"end":78,"text":"disaster","term":"disaster","category":"fear","weight":1.0,"score":0.5,
             "steps":[{"rule":"in-quote","factor":0.5,"note":"inside a quotation"}],"in_quote":true,"speaker":"The minister",
             "target":"unknown","lexicon":"loaded-language.tsv"}]},
 {"start":82,"end":120,"text":"Officials in Moscow met on Tuesday.","headline":false,"label":"FACTUAL","confidence":0.7,
  "cues":[],"source":null,"words":6,"quoted_words":0,"loaded_score":0,"loaded":[]}]
"""

func goldenStore() throws -> Store {
    let store = try Store(path: temporaryDatabase())
    let sentences = try JSONDecoder().decode([SentenceAnalysis].self, from: Data(goldenSentences.utf8))
    var batch: [PreparedArticle] = []
    for (i, outlet) in ["left.example", "right.example", "left.example"].enumerated() {
        var pair = analysis(outlet: outlet, text: "Golden article \(i).", labels: [], outletVoiceWords: 17 + i, loaded: 1 + i % 2,
                            quotedWords: 2, loadedQuoted: 1, headline: true)
        pair.0.metadata.date = MetaValue("2024-0\(i + 1)-20", .record)
        pair.0.metadata.url = MetaValue("https://\(outlet)/\(i)", .record)
        pair.1.sentences = sentences
        pair.1.quotes = try JSONDecoder().decode([Quote].self, from: Data(#"[{"start":63,"end":79,"text":"\"a disaster\"","speaker":"The minister","scare":false}]"#.utf8))
        if i == 0 { pair.1.furniture = [FurnitureLine(start: 90, end: 103, text: "Advertisement", kind: "advertisement", pattern: "advertisement", line: 12)] }
        batch.append(PreparedArticle(outlet: outlet, article: pair.0, analysis: pair.1, origin: "golden.jsonl:\(i + 1)",
                                     extra: #"{"section":"world"}"#,
                                     entities: try EntityFinder(entitiesTSV: "#! name: entities\n#! version: 1\nKremlin\tRussia\tcountry\nMoscow\tRussia\tcountry\n")))
    }
    _ = try store.write(batch)
    return store
}

/// Compares with a file under Tests/Fixtures/store; RECORD_SNAPSHOTS=1 re-records it.
func expectSnapshot(_ text: String, _ name: String) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/store/\(name)")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try Data(text.utf8).write(to: url)
    }
    #expect(text == (try String(contentsOf: url, encoding: .utf8)))
}

@Suite struct GoldenTests {
    /// Every table, rows in id order: a schema or write change shows up here as a diff.
    @Test func storeDump() throws {
        // The lexicon fingerprint and file list change with every lexicon edit; they are not the store's.
        let dump = try goldenStore().dump(omitting: ["lexicon_versions.fingerprint", "lexicon_versions.files",
                                                     "lexicon_versions.slant_version", "articles.text_sha256",
                                                     "articles.content_hash"])
        try expectSnapshot(dump, "golden.dump.txt")
    }

    /// Reading back one article gives exactly the rows the dump shows for it.
    @Test func storedArticleReadsBackItsRows() throws {
        let store = try goldenStore()
        #expect(try store.outlets().map(\.name) == ["left.example", "right.example"])
        let left = try store.articles(outlet: "left.example")
        #expect(left.map(\.id) == [1, 3])
        #expect(try store.articles(outlet: "nowhere.example").isEmpty)
        let stored = try #require(try store.storedArticle(id: 2))
        #expect(stored.outlet == "right.example")
        #expect(stored.sentences.map(\.label) == ["EDITORIAL", "ATTRIBUTED", "FACTUAL"])
        #expect(stored.cues.map(\.cue) == ["loaded-term", "attribution-verb"])
        #expect(stored.sources.map(\.text) == ["The minister"])
        #expect(stored.loaded_hits.map(\.term) == ["slam*", "disaster"])
        #expect(stored.quotes.count == 1 && stored.entity_mentions.map(\.entity) == ["Russia", "Russia"])
        #expect(try store.storedArticle(id: 99) == nil)
    }

    /// The sentences left out as page furniture come back with the analysis, so a report from
    /// the store lists them as one from JSON does; an article with none has none.
    @Test func pageFurnitureReadsBack() throws {
        let analyses = try goldenStore().analyses()
        #expect(analyses.map { $0.furniture.map(\.text) } == [["Advertisement"], [], []])
        #expect(analyses[0].furniture.first == FurnitureLine(start: 90, end: 103, text: "Advertisement", kind: "advertisement",
                                                             pattern: "advertisement", line: 12))
    }

    /// Every aggregate, with its bootstrap intervals: fixed seed, so fixed bytes.
    @Test func aggregatesJSON() throws {
        let aggregates = try goldenStore().aggregates(AggregateOptions(minArticles: 2))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try expectSnapshot(String(decoding: try encoder.encode(aggregates), as: UTF8.self) + "\n", "golden.aggregates.json")
    }
}
