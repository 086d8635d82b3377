// The whole pipeline on arbitrary input: bytes -> InputReader.text -> ScraperTextReader -> Analyzer.
import Foundation
import SlantCore
import SlantIO

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    // The reader must reject or accept any bytes without trapping.
    _ = try? InputReader.text(Data(bytes), name: "fuzz.txt")
    // The analyzer takes any valid UTF-8 (invalid sequences repaired, as a String always is).
    let text = String(decoding: bytes, as: UTF8.self)
    let article = ScraperTextReader.article(from: text)
    let analysis = FuzzSupport.analyzer.analyze(article)
    // Every span the analysis reports must lie inside the text.
    let scalars = article.text.unicodeScalars.count
    for sentence in analysis.sentences {
        precondition(sentence.start <= sentence.end && sentence.end <= scalars, "sentence span outside the text")
    }
    return 0
}
