/// A lookup table keyed by short byte strings, without allocating on lookup.
///
/// Words of up to eight bytes (nearly all abbreviations and sentence openers) are packed into a
/// `UInt64`; longer ones fall back to an array key. The splitter looks words up at every period,
/// so a lookup must not allocate.
struct WordTable<Value: Sendable>: Sendable {
    private var short: [UInt64: Value] = [:]
    private var long: [[UInt8]: Value] = [:]

    init() {}

    var count: Int { short.count + long.count }

    subscript(word: [UInt8]) -> Value? {
        get {
            if let key = Self.pack(word) { return short[key] }
            return long[word]
        }
        set {
            if let key = Self.pack(word) { short[key] = newValue } else { long[word] = newValue }
        }
    }

    /// Looks up `bytes[range]` lower-cased (ASCII letters only).
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let n = range.count
        guard n > 0 else { return nil }
        if n <= 8 {
            var key: UInt64 = 0
            for i in range { key = key << 8 | UInt64(lowerASCII(bytes[i])) }
            return short[key | UInt64(n) << 59]
        }
        if long.isEmpty { return nil }
        return long[bytes[range].map(lowerASCII)]
    }

    /// Packs up to eight bytes and the length (in the top bits, so "a" and "\0a" differ).
    static func pack(_ word: [UInt8]) -> UInt64? {
        guard word.count <= 8, !word.isEmpty else { return nil }
        var key: UInt64 = 0
        for c in word { key = key << 8 | UInt64(c) }
        return key | UInt64(word.count) << 59
    }
}

@inline(__always) func lowerASCII(_ c: UInt8) -> UInt8 { c &- 65 < 26 ? c | 0x20 : c }
