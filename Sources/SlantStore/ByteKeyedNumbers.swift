import Foundation

/// Numbers for byte strings read in place (a column's text as SQLite hands it over), remembered
/// by their bytes: a string seen before gets its number back from one hash of its bytes, one
/// probe and one comparison, with no `String` made. The number of a string not seen before is
/// the caller's (`number(_:miss:)`), asked once per distinct byte string.
///
/// The source scan of `slant outlets` reads about twenty source rows an article, and the same
/// few thousand names come back in every outlet: made into strings, cut to their counted
/// name and hashed by Swift's seeded hasher row by row, they were most of the scan's own time.
struct ByteKeyedNumbers {
    /// Entry index + 1 for each slot (0: empty), at the top bits of the bytes' hash.
    private var slots: [Int32]
    private var shift: UInt64
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var numbers: [Int32] = []
    /// Every distinct byte string, one after another.
    private var bytes: [UInt8] = []

    init() {
        slots = Array(repeating: 0, count: 1024)
        shift = 64 - 10
    }

    /// The number of `key`'s bytes: remembered, or `miss(key)` the first time.
    mutating func number(_ key: UnsafeRawBufferPointer, miss: (UnsafeRawBufferPointer) throws -> Int32) rethrows -> Int32 {
        let h = Self.hash(key)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h >> shift)
        while true {
            let slot = Int(slots[i])
            if slot == 0 { break }
            let e = slot - 1
            if hashes[e] == h, lengths[e] == key.count, same(e, key) { return numbers[e] }
            i = (i + 1) & mask
        }
        let number = try miss(key)
        slots[i] = Int32(truncatingIfNeeded: numbers.count + 1)
        hashes.append(h)
        starts.append(bytes.count)
        lengths.append(key.count)
        numbers.append(number)
        bytes.append(contentsOf: key)
        if numbers.count * 2 > slots.count { grow() }
        return number
    }

    private func same(_ e: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        guard let base = key.baseAddress, key.count > 0 else { return true }
        return bytes.withUnsafeBytes { stored in memcmp(stored.baseAddress! + starts[e], base, key.count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for e in hashes.indices {
            var i = Int(truncatingIfNeeded: hashes[e] >> shift)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(truncatingIfNeeded: e + 1)
        }
    }

    /// Eight bytes at a time, each step a multiply and a shift (names are a few dozen bytes);
    /// the slot is read from the top bits.
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        let n = key.count
        var h = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: n)
        guard let p = key.baseAddress else { return h &* 0x9E37_79B9_7F4A_7C15 }
        var i = 0
        while i + 8 <= n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var s: UInt64 = 0
            while i < n {
                tail |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << s
                s += 8
                i += 1
            }
            h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        return h &* 0xBF58_476D_1CE4_E5B9
    }
}
