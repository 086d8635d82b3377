// The sentence splitter on raw bytes (it scans bytes, so invalid UTF-8 too) and on decoded text.
import Foundation
import SlantCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    let splitter = FuzzSupport.analyzer.splitter
    var previous = 0
    for range in splitter.split(bytes) {
        precondition(range.lowerBound >= previous && range.upperBound <= bytes.count, "ranges overlap or leave the input")
        previous = range.upperBound
    }
    let source = SourceText(String(decoding: bytes, as: UTF8.self))
    _ = splitter.sentences(in: source)
    return 0
}
