import Foundation
import SlantCore
import Testing

/// Three Wikinews articles from GUM with gold sentence offsets (`Tests/Fixtures/gum-news/`,
/// CC BY, see NOTICE there): the splitter must find every gold sentence start and no other,
/// apart from the differences listed here with their reason. Accuracy over the whole corpus is
/// measured by `scripts/split-eval.py`, not here.
@Suite struct GumNewsRegressionTests {
    struct Doc: Decodable {
        struct Gold: Decodable {
            let start: Int
            let end: Int
        }

        let doc_id: String
        let text: String
        let sentences: [Gold]
    }

    /// Known differences: (document, "miss" or "extra", the first words of the sentence).
    static let known: [(doc: String, kind: String, starts: String, reason: String)] = [
        ("GUM_news_clock", "miss", "\"Hoping that", "GUM splits before a quotation introduced by 'commented,' inside a sentence"),
    ]

    @Test func gumArticlesSplitLikeTheGold() throws {
        let docs = fixture("gum-news/gum_news_sample.jsonl").split(separator: "\n").compactMap {
            try? JSONDecoder().decode(Doc.self, from: Data($0.utf8))
        }
        #expect(docs.count == 3)
        var found: [(String, String, String)] = []
        for doc in docs {
            let scalars = Array(doc.text.unicodeScalars)
            let gold = Set(doc.sentences.dropFirst().map(\.start))
            let got = Set(sharedAnalyzer.splitter.sentences(in: SourceText(doc.text)).dropFirst().map(\.span.start))
            func words(_ at: Int) -> String {
                String(String.UnicodeScalarView(scalars[at..<min(scalars.count, at + 12)]))
            }
            for start in gold.subtracting(got).sorted() { found.append((doc.doc_id, "miss", words(start))) }
            for start in got.subtracting(gold).sorted() { found.append((doc.doc_id, "extra", words(start))) }
        }
        for (doc, kind, words) in found where !Self.known.contains(where: { $0.doc == doc && $0.kind == kind && words.hasPrefix($0.starts) }) {
            Issue.record("\(doc): \(kind) boundary before '\(words)'")
        }
        for k in Self.known where !found.contains(where: { $0.0 == k.doc && $0.1 == k.kind && $0.2.hasPrefix(k.starts) }) {
            Issue.record("\(k.doc): the known \(k.kind) before '\(k.starts)' is fixed: remove it from the list")
        }
    }
}
