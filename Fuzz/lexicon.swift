// The lexicon loader on arbitrary text: as a user overlay (--lexicon), an allow-list (--allow),
// or in place of one built-in file (--lexicons DIR). The first byte picks which.
import Foundation
import SlantCore

let replaceable = [
    "loaded-language.tsv", "categories.tsv", "allow.tsv", "abbreviations.tsv", "sentence-starters.tsv",
    "attribution-cues.tsv", "editorial-cues.tsv", "source-words.tsv", "modifiers.tsv", "entities.tsv",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let choice = Int(data[0])
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    _ = try? DataFile.parse(text, name: "fuzz.tsv", minColumns: 1, maxColumns: 4)
    var set = FuzzSupport.lexicons
    switch choice % 4 {
    case 0: set.overlays = [(name: "fuzz.tsv", text: text)]
    case 1: set.allowOverlays = [(name: "fuzz.tsv", text: text)]
    default: set.files[replaceable[(choice / 4) % replaceable.count]] = text
    }
    _ = LoadedLexicon.check(text, name: "fuzz.tsv", categories: ["insult", "fear"])
    if let analyzer = try? Analyzer(lexicons: set) {
        _ = analyzer.analyze(Article(text: "Critics slammed the \"reckless\" plan, officials said. It is a disaster."))
    }
    return 0
}
