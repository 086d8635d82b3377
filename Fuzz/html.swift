// HTML extraction (libxml2 plus our content extractor) on arbitrary bytes.
import Foundation
import SlantCore
import SlantIO

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes: data, count: size)
    _ = HTMLArticleReader.looksLikeHTML(input, path: "fuzz.html")
    if let article = try? HTMLArticleReader.article(from: input, path: "fuzz.html") {
        _ = FuzzSupport.analyzer.analyze(article)
    }
    return 0
}
