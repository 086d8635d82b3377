import Foundation

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
        var reader = Reader(bytes: line)
        return reader.object()
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func object() -> [String: Any]? {
            guard take(0x7B) else { return nil }  // {
            var fields: [String: Any] = [:]
            if take(0x7D) { return end() ? fields : nil }
            repeat {
                skipSpace()
                guard let key = string(), take(0x3A) else { return nil }  // :
                skipSpace()
                let value: Any
                if i < bytes.count, bytes[i] == 0x22 {
                    guard let s = string() else { return nil }
                    value = s
                } else if literalNull() {
                    value = NSNull()
                } else {
                    return nil
                }
                // JSON leaves repeated keys to the reader; JSONSerialization settles them.
                guard fields.updateValue(value, forKey: key) == nil else { return nil }
            } while take(0x2C)  // ,
            guard take(0x7D) else { return nil }
            return end() ? fields : nil
        }

        mutating func end() -> Bool {
            skipSpace()
            return i == bytes.count
        }

        mutating func literalNull() -> Bool {
            guard i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C,
                  bytes[i + 3] == 0x6C else { return false }
            i += 4
            return true
        }

        /// A string starting at the quote under `i`: its text with escapes read, or nil for a
        /// raw control character, a bad escape or no closing quote.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == 0x22 else { return nil }
            i += 1
            let start = i
            i = plainRunEnd(from: i)
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case 0x22:
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            case 0x5C:
                return escapedString(from: start)
            default:
                return nil
            }
        }

        /// The rest of a string that has an escape, from its first byte `start`.
        mutating func escapedString(from start: Int) -> String? {
            var out: [UInt8] = []
            out.reserveCapacity(i - start + 256)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                // Copies the run up to the next quote, backslash or control byte whole.
                let run = i
                i = plainRunEnd(from: i)
                if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                guard i < bytes.count else { return nil }
                let b = bytes[i]
                if b == 0x22 {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                guard i + 1 < bytes.count else { return nil }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard var unit = hex4() else { return nil }
                    if unit >= 0xDC00 && unit < 0xE000 { return nil }
                    if unit >= 0xD800 && unit < 0xDC00 {
                        guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                        i += 2
                        guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(unit), let encoded = UTF8.encode(scalar) else { return nil }
                    out.append(contentsOf: encoded)
                default: return nil
                }
            }
            return nil
        }

        /// The first offset from `start` of a quote, a backslash or a control byte, or the end.
        /// Eight bytes at a time while none of them is one: article text is long and escapes few.
        func plainRunEnd(from start: Int) -> Int {
            var i = start
            let raw = UnsafeRawBufferPointer(bytes)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= bytes.count {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let quote = x ^ (0x22 &* ones), backslash = x ^ (0x5C &* ones)
                // A byte is zero (found) or below 0x20 exactly when these borrow into its high bit.
                let found = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (x &- 0x20 &* ones) & ~x) & highs
                if found != 0 { break }
                i += 8
            }
            while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C, bytes[i] >= 0x20 { i += 1 }
            return i
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[i]
                let digit: UInt32
                switch c {
                case 0x30...0x39: digit = UInt32(c - 0x30)
                case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
                i += 1
            }
            return value
        }
    }
}
