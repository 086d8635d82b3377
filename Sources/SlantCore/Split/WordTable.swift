/// A lookup table keyed by short byte strings, without allocating or hashing with SipHash on
/// lookup.
///
/// Words of up to eight bytes (nearly all abbreviations and sentence openers) are packed into a
/// `UInt64` and found by open addressing with a multiplicative hash; longer ones fall back to a
/// dictionary with an array key. The splitter looks words up at every period, so this matters.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 64)
    private var values: [Value?] = Array(repeating: nil, count: 64)
    private var used = 0
    private var long: [[UInt8]: Value] = [:]

    init() {}

    var count: Int { used + long.count }

    subscript(word: [UInt8]) -> Value? {
        get {
            if let key = Self.pack(word) { return find(key) }
            return long[word]
        }
        set {
            if let key = Self.pack(word) { insert(key, newValue) } else { long[word] = newValue }
        }
    }

    /// Looks up `bytes[range]` lower-cased (ASCII letters only).
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let n = range.count
        guard n > 0 else { return nil }
        if n <= 8 {
            var key: UInt64 = 0
            for i in range { key = key << 8 | UInt64(lowerASCII(bytes[i])) }
            return find(key | UInt64(n) << 59)
        }
        if long.isEmpty { return nil }
        return long[bytes[range].map(lowerASCII)]
    }

    /// Packs up to eight bytes and the length (in the top bits, so "a" and "\0a" differ and no
    /// key is 0, the empty slot).
    static func pack(_ word: [UInt8]) -> UInt64? {
        guard word.count <= 8, !word.isEmpty else { return nil }
        var key: UInt64 = 0
        for c in word { key = key << 8 | UInt64(c) }
        return key | UInt64(word.count) << 59
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & (keys.count - 1)
    }

    private func find(_ key: UInt64) -> Value? {
        var h = slot(key)
        while true {
            let k = keys[h]
            if k == key { return values[h] }
            if k == 0 { return nil }
            h = (h + 1) & (keys.count - 1)
        }
    }

    private mutating func insert(_ key: UInt64, _ value: Value?) {
        if (used + 1) * 2 > keys.count {
            let oldKeys = keys, oldValues = values
            keys = Array(repeating: 0, count: oldKeys.count * 2)
            values = Array(repeating: nil, count: oldKeys.count * 2)
            used = 0
            for (k, v) in zip(oldKeys, oldValues) where k != 0 { insert(k, v) }
        }
        var h = slot(key)
        while keys[h] != 0, keys[h] != key { h = (h + 1) & (keys.count - 1) }
        if keys[h] == 0 { used += 1 }
        keys[h] = key
        values[h] = value
    }
}

@inline(__always) func lowerASCII(_ c: UInt8) -> UInt8 { c &- 65 < 26 ? c | 0x20 : c }
