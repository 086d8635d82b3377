// Shared by every fuzz target: the analyzer built once from the embedded lexicons.
import Foundation
import SlantCore
import SlantIO

enum FuzzSupport {
    /// The built-in lexicons, as the binary loads them.
    static let lexicons: LexiconSet = {
        do { return try LexiconLoader.load() } catch { fatalError("embedded lexicons do not load: \(error)") }
    }()

    /// The pipeline over the built-in lexicons.
    static let analyzer: Analyzer = {
        do { return try Analyzer(lexicons: lexicons) } catch { fatalError("embedded lexicons do not build: \(error)") }
    }()

    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }
}
