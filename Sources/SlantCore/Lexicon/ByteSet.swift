/// A set of byte values (0...255) in four words: one shift and one test to ask, the "may this
/// start a match" filter in front of the lexicon tables (a phrase's possible second words by a
/// byte of their hash, the first bytes of the entity aliases).
struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    mutating func insert(_ byte: UInt8) {
        let mask = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= mask
        case 1: words.1 |= mask
        case 2: words.2 |= mask
        default: words.3 |= mask
        }
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        let part: UInt64
        switch byte >> 6 {
        case 0: part = words.0
        case 1: part = words.1
        case 2: part = words.2
        default: part = words.3
        }
        return part & (1 << UInt64(byte & 63)) != 0
    }
}
