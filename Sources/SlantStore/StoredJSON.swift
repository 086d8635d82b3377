import Foundation
import SlantCore

/// Reads the small JSON arrays the store keeps in a column (a sentence's `cues`, a hit's
/// `steps`): arrays of flat objects whose values are strings, numbers or null. Reading a
/// report's articles decodes one such array per sentence and per hit, and JSONDecoder's set-up
/// for each was a fifth of `slant report`'s time. Anything else (nested values, a file edited
/// by hand into another shape) returns nil, and the caller falls back to JSONDecoder, which
/// also says what is wrong.
enum StoredJSON {
    enum Value: Equatable {
        case string(String)
        case number(Double)
        case null
    }

    /// The objects of `text`, or nil when it is not an array of flat objects.
    static func objects(_ text: String) -> [[String: Value]]? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.array()
        }
    }

    /// A sentence's cues from its `cues` column.
    static func cues(_ text: String) -> [CueEvidence]? {
        array(text) { object in
            guard case .string(let id)? = object["id"], case .string(let cueText)? = object["text"],
                  case .string(let effect)? = object["effect"], case .number(let weight)? = object["weight"],
                  let start = integer(object["start"]), let end = integer(object["end"]) else { return nil }
            var note: String?
            switch object["note"] {
            case .string(let s)?: note = s
            case .null?, nil: note = nil
            case .number?: return nil
            }
            return CueEvidence(id: id, start: start, end: end, text: cueText, effect: effect, weight: weight, note: note)
        }
    }

    /// A loaded hit's rule steps from its `steps` column.
    static func steps(_ text: String) -> [RuleStep]? {
        array(text) { object in
            guard case .string(let rule)? = object["rule"], case .number(let factor)? = object["factor"],
                  case .string(let note)? = object["note"] else { return nil }
            return RuleStep(rule: rule, factor: factor, note: note)
        }
    }

    /// The elements of a column's array, each made from its object by `element`; JSONDecoder
    /// decides when the text is not an array of flat objects or an object is not an element.
    private static func array<T: Decodable>(_ text: String, _ element: ([String: Value]) -> T?) -> [T]? {
        if text == "[]" { return [] }
        guard let objects = objects(text) else { return fallback(text) }
        var result: [T] = []
        result.reserveCapacity(objects.count)
        for object in objects {
            guard let made = element(object) else { return fallback(text) }
            result.append(made)
        }
        return result
    }

    private static func fallback<T: Decodable>(_ text: String) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    /// A whole number that fits an Int, as JSONDecoder reads one into an Int field.
    private static func integer(_ value: Value?) -> Int? {
        guard case .number(let d)? = value, d == d.rounded(), abs(d) < 9e15 else { return nil }
        return Int(d)
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func consume(_ c: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.count, bytes[i] == c else { return false }
            i += 1
            return true
        }

        /// `[ {...}, ... ]` and nothing after it.
        mutating func array() -> [[String: Value]]? {
            guard consume(0x5B) else { return nil }  // [
            var result: [[String: Value]] = []
            if consume(0x5D) { return atEnd() ? result : nil }  // ]
            repeat {
                guard let object = object() else { return nil }
                result.append(object)
            } while consume(0x2C)  // ,
            guard consume(0x5D) else { return nil }
            return atEnd() ? result : nil
        }

        mutating func atEnd() -> Bool {
            skipSpace()
            return i == bytes.count
        }

        mutating func object() -> [String: Value]? {
            guard consume(0x7B) else { return nil }  // {
            var result: [String: Value] = [:]
            if consume(0x7D) { return result }  // }
            repeat {
                skipSpace()
                guard let key = string(), consume(0x3A), let value = value() else { return nil }  // :
                // A repeated key: JSONDecoder's choice is not ours to guess.
                guard result.updateValue(value, forKey: key) == nil else { return nil }
            } while consume(0x2C)
            return consume(0x7D) ? result : nil
        }

        mutating func value() -> Value? {
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case 0x22: return string().map { .string($0) }
            case 0x6E:  // null
                guard i + 4 <= bytes.count, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C else { return nil }
                i += 4
                return .null
            default: return number().map { .number($0) }
            }
        }

        /// A JSON number (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, nothing looser:
        /// `Double` alone also takes `.5`, `1.` and `07`, which JSON does not), read by `Double`'s
        /// parser (correctly rounded, as JSONDecoder's).
        mutating func number() -> Double? {
            let start = i
            func digits() -> Int {
                let from = i
                while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
                return i - from
            }
            if i < bytes.count, bytes[i] == 0x2D { i += 1 }  // -
            let integerStart = i
            let integerDigits = digits()
            guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != 0x30 else { return nil }
            if i < bytes.count, bytes[i] == 0x2E {  // .
                i += 1
                guard digits() > 0 else { return nil }
            }
            if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {  // e E
                i += 1
                if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
                guard digits() > 0 else { return nil }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            guard let d = Double(text), d.isFinite else { return nil }
            return d
        }

        /// A string literal at `i` (its opening quote), unescaped.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == 0x22 else { return nil }
            i += 1
            let start = i
            // The common case: no escapes, read in place.
            while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C, bytes[i] >= 0x20 { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == 0x22 {
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            }
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let c = bytes[i]
                if c == 0x22 {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                guard c >= 0x20 else { return nil }
                guard c == 0x5C else {
                    out.append(c)
                    i += 1
                    continue
                }
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
                    guard var scalar = hex4() else { return nil }
                    // A surrogate pair spells one scalar above U+FFFF.
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                        i += 2
                        guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: String(Character(u)).utf8)
                default: return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = bytes[i + k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            i += 4
            return v
        }
    }
}
