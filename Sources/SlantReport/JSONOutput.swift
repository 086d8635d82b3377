import Foundation
import SlantCore

/// Deterministic JSON: sorted keys, no escaped slashes, so the same input gives the same bytes.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Encoding our own Codable values cannot fail: no non-finite numbers are produced.
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// One JSON object per line.
    public static func lines<T: Encodable>(_ values: [T]) -> String {
        values.map { encode($0, pretty: false) + "\n" }.joined()
    }
}
