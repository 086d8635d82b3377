import Foundation
import SlantCore

/// Reads the small JSON arrays the store keeps in a column (a sentence's `cues`, a hit's
/// `steps`): arrays of flat arrays or flat objects whose values are strings, numbers or null. Reading a
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

    /// A sentence's cues from its `cues` column (`PreparedArticle.cuesJSON`: one positional
    /// array per cue, `[id, start, end, effect, weight, note]` with offsets from the sentence's
    /// start, and the cue's text as a seventh element when it is not the sentence's text over
    /// that range), given the sentence's start and text. Nil when the column is not such an
    /// array or a range falls outside the sentence without a text of its own.
    static func cues(_ text: String, sentenceStart: Int, sentenceText: String) -> [CueEvidence]? {
        if text == "[]" { return [] }
        var text = text
        guard let rows = text.withUTF8({ bytes -> [[Value]]? in
            var reader = Reader(bytes: bytes)
            return reader.arrays()
        }) else { return nil }
        var result: [CueEvidence] = []
        result.reserveCapacity(rows.count)
        let scalars = sentenceText.unicodeScalars
        for row in rows {
            guard row.count == 6 || row.count == 7, case .string(let id) = row[0], let start = integer(row[1]),
                  let end = integer(row[2]), case .string(let effect) = row[3], case .number(let weight) = row[4] else { return nil }
            var note: String?
            switch row[5] {
            case .string(let s): note = s
            case .null: note = nil
            case .number: return nil
            }
            let cueText: String
            if row.count == 7 {
                guard case .string(let s) = row[6] else { return nil }
                cueText = s
            } else {
                guard start >= 0, end >= start,
                      let from = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
                      let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex) else { return nil }
                cueText = String(scalars[from..<to])
            }
            result.append(CueEvidence(id: id, start: sentenceStart + start, end: sentenceStart + end, text: cueText,
                                      effect: effect, weight: weight, note: note))
        }
        return result
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

    /// Arrays of flat objects over `JSONScanner`, which reads the strings, numbers and nulls.
    private struct Reader {
        var scanner: JSONScanner

        init(bytes: UnsafeBufferPointer<UInt8>) { scanner = JSONScanner(bytes) }

        /// `[ {...}, ... ]` and nothing after it.
        mutating func array() -> [[String: Value]]? {
            guard scanner.consume(0x5B) else { return nil }  // [
            var result: [[String: Value]] = []
            if scanner.consume(0x5D) { return scanner.atEnd() ? result : nil }  // ]
            repeat {
                guard let object = object() else { return nil }
                result.append(object)
            } while scanner.consume(0x2C)  // ,
            guard scanner.consume(0x5D) else { return nil }
            return scanner.atEnd() ? result : nil
        }

        /// `[ [...], ... ]` of flat arrays and nothing after it.
        mutating func arrays() -> [[Value]]? {
            guard scanner.consume(0x5B) else { return nil }  // [
            var result: [[Value]] = []
            if scanner.consume(0x5D) { return scanner.atEnd() ? result : nil }  // ]
            repeat {
                guard scanner.consume(0x5B) else { return nil }
                var row: [Value] = []
                if !scanner.consume(0x5D) {
                    repeat {
                        guard let value = value() else { return nil }
                        row.append(value)
                    } while scanner.consume(0x2C)  // ,
                    guard scanner.consume(0x5D) else { return nil }
                }
                result.append(row)
            } while scanner.consume(0x2C)
            guard scanner.consume(0x5D) else { return nil }
            return scanner.atEnd() ? result : nil
        }

        mutating func object() -> [String: Value]? {
            guard scanner.consume(0x7B) else { return nil }  // {
            var result: [String: Value] = [:]
            if scanner.consume(0x7D) { return result }  // }
            repeat {
                scanner.skipSpace()
                guard let key = scanner.string(), scanner.consume(0x3A), let value = value() else { return nil }  // :
                // A repeated key: JSONDecoder's choice is not ours to guess.
                guard result.updateValue(value, forKey: key) == nil else { return nil }
            } while scanner.consume(0x2C)
            return scanner.consume(0x7D) ? result : nil
        }

        mutating func value() -> Value? {
            scanner.skipSpace()
            switch scanner.next {
            case 0x22?: return scanner.string().map { .string($0) }
            case 0x6E?: return scanner.null() ? .null : nil
            default: return scanner.number().map { .number($0) }
            }
        }
    }
}
