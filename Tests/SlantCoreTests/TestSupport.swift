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

let sampleArticle = "articles/sputnikglobe-2024-07-25-asean-summit.txt"
