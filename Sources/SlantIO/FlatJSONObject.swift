import Foundation
import SlantCore

/// Reads a JSON Lines record that is a flat object of strings and nulls, the shape of nearly
/// every news corpus line (`{"outlet": ..., "url": ..., "text": ...}`), without
/// JSONSerialization, whose tree of values took three quarters of the reader's time on ingest.
///
/// The result has the types JSONSerialization gives for the same line (`String`, `NSNull`), so
/// the record is read the same either way. Anything else (a number, a nested value, a repeated
/// key, a lone surrogate escape, a line that is not JSON) returns nil, and the caller reads the
/// line with JSONSerialization, which also says what is wrong.
enum FlatJSONObject {
    /// The fields of `line`, which must be valid UTF-8, or nil when it is not a flat object of
    /// strings and nulls.
    static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String: Any]? {
        var scanner = JSONScanner(line)
        guard scanner.consume(0x7B) else { return nil }  // {
        var fields: [String: Any] = [:]
        if scanner.consume(0x7D) { return scanner.atEnd() ? fields : nil }
        repeat {
            scanner.skipSpace()
            guard let key = scanner.string(), scanner.consume(0x3A) else { return nil }  // :
            scanner.skipSpace()
            let value: Any
            if scanner.next == 0x22 {
                guard let s = scanner.string() else { return nil }
                value = s
            } else if scanner.null() {
                value = NSNull()
            } else {
                return nil
            }
            // JSON leaves repeated keys to the reader; JSONSerialization settles them.
            guard fields.updateValue(value, forKey: key) == nil else { return nil }
        } while scanner.consume(0x2C)  // ,
        guard scanner.consume(0x7D) else { return nil }
        return scanner.atEnd() ? fields : nil
    }
}
