import Foundation
import SlantCore
@testable import SlantIO
import Testing

/// The JSON Lines fast path must read every line it accepts exactly as JSONSerialization does,
/// and accept the flat string records corpora are made of.
@Suite struct FlatJSONObjectTests {
    func fast(_ line: String) -> [String: Any]? {
        Array(line.utf8).withUnsafeBufferPointer { FlatJSONObject.fields($0) }
    }

    func foundation(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])) as? [String: Any]
    }

    /// The same keys, each a string equal to the other's or null in both.
    func same(_ a: [String: Any], _ b: [String: Any]) -> Bool {
        guard a.count == b.count else { return false }
        for (key, value) in a {
            guard let other = b[key] else { return false }
            if value is NSNull, other is NSNull { continue }
            guard let s = value as? String, let t = other as? String, s.unicodeScalars.elementsEqual(t.unicodeScalars) else { return false }
        }
        return true
    }

    @Test func readsRecordsWithEscapes() throws {
        let line = #"{"outlet": "Example", "text": "Line one.\nShe said \"no\" \u00e9\ud83d\ude00 \/ \\ end", "title": null}"#
        let fields = try #require(fast(line))
        #expect(fields["outlet"] as? String == "Example")
        #expect(fields["text"] as? String == "Line one.\nShe said \"no\" é😀 / \\ end")
        #expect(fields["title"] is NSNull)
        #expect(same(fields, try #require(foundation(line))))
    }

    @Test func leavesOtherShapesToJSONSerialization() {
        for line in [#"{"id": 5, "text": "x"}"#, #"{"text": "x", "text": "y"}"#, #"{"text": "lone \ud800"}"#,
                     #"{"text": "bad \q"}"#, #"{"text": "x"} trailing"#, #"["text"]"#, #"{"a": {"b": "c"}}"#,
                     "{\"text\": \"raw\u{09}tab\"}", #"{"text": "unterminated"#, #"{"text": true}"#,
                     #"{"text": "\qnull}"#, #"{"text": "bad \u12x4"}"#] {
            #expect(fast(line) == nil, "\(line)")
        }
    }

    /// Seeded random records, written by JSONSerialization and then mangled a byte at a time:
    /// whatever the fast path accepts, JSONSerialization reads the same.
    @Test func agreesWithJSONSerializationOnMangledRecords() throws {
        var random = SeededGenerator(seed: 2026)
        let alphabet: [Character] = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "é", "€", "😀", "\u{1}", "\u{7F}", "{", "}", ":", ","]
        var accepted = 0
        for _ in 0..<2_000 {
            var object: [String: Any] = [:]
            for k in 0..<Int.random(in: 1...4, using: &random) {
                let value = String((0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
                object["k\(k)"] = Bool.random(using: &random) ? value : NSNull()
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            let line = String(decoding: data, as: UTF8.self)
            let fields = try #require(fast(line), "\(line)")
            #expect(same(fields, object), "\(line)")
            accepted += 1
            var bytes = Array(data)
            for _ in 0..<3 {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                bytes[at] = [0x22, 0x5C, 0x75, 0x7B, 0x7D, 0x2C, 0x30, 0x20, 0x0A][Int.random(in: 0..<9, using: &random)]
            }
            guard InputReader.firstInvalidUTF8(bytes) == nil else { continue }
            let mangled = String(decoding: bytes, as: UTF8.self)
            if let fields = fast(mangled) {
                let reference = try #require(foundation(mangled), "\(mangled)")
                #expect(same(fields, reference), "\(mangled)")
            }
        }
        #expect(accepted == 2_000)
    }
}
