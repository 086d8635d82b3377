import Foundation
import SlantCore
import SlantIO

/// The repository's root, found from this file's path (tests never read outside it).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ path: String) -> String {
    (try? String(contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/\(path)"), encoding: .utf8)) ?? ""
}

/// One analyzer built from the embedded lexicons, shared by all tests.
let sharedAnalyzer: Analyzer = {
    do {
        return try Analyzer(lexicons: LexiconLoader.load())
    } catch {
        fatalError("the built-in lexicons do not load: \(error)")
    }
}()

/// True when the sentence, classified alone, has attribution evidence whose text is `word`.
func attributes(_ word: String, in text: String) -> Bool {
    sharedAnalyzer.classify(sentence: text).cues.contains { $0.effect == "attribution" && $0.text == word }
}

let sampleArticle = "articles/sputnikglobe-2024-07-25-asean-summit.txt"
