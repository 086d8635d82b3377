/// The input text as UTF-8 bytes, with a map from byte offsets to Unicode scalar offsets.
///
/// Stages work on bytes in their hot paths and convert to scalar offsets (the public contract)
/// when they make a span, so no offset is ever recovered by searching for text again.
public struct SourceText: Sendable {
    /// The text exactly as read.
    public let string: String
    /// The UTF-8 bytes of `string`.
    public let bytes: [UInt8]
    /// Scalar count before each checkpoint (every `stride` bytes).
    private let checkpoints: [Int]
    /// Every span and token-to-offset search of the pipeline counts scalars from the
    /// checkpoint before it: 32 bytes apart, a count reads at most three words and seven bytes
    /// (at 128 it read eight words on average).
    private static let stride = 32

    public init(_ string: String) {
        self.string = string
        self.bytes = Array(string.utf8)
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 2)
        var scalars = 0
        bytes.withUnsafeBytes { raw in
            // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a scalar:
            // counted eight bytes at a time, as `scalarOffset` counts them.
            let whole = raw.count / Self.stride * Self.stride
            var i = 0
            while i < whole {
                checkpoints.append(scalars)
                // The continuation bytes' flags, moved to bit 0 of their bytes, summed over the
                // four words (at most four in a byte) and added across the bytes by one
                // multiplication: four bit counts, which this target does in software, cost
                // more than all of it.
                var flags: UInt64 = 0
                for k in Swift.stride(from: i, to: i + Self.stride, by: 8) {
                    let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    flags &+= (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
                }
                scalars += Self.stride - Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
                i += Self.stride
            }
            if i < raw.count { checkpoints.append(scalars) }
            while i < raw.count {
                if raw[i] & 0xC0 != 0x80 { scalars += 1 }
                i += 1
            }
        }
        checkpoints.append(scalars)
        self.checkpoints = checkpoints
        self.scalarCount = scalars
    }

    /// The number of Unicode scalars in the text.
    public let scalarCount: Int

    /// The scalar offset of a byte offset (which must lie on a scalar boundary or at the end).
    public func scalarOffset(ofByte byte: Int) -> Int {
        if byte >= bytes.count { return scalarCount }
        let block = byte / Self.stride
        var scalars = checkpoints[block]
        var i = block * Self.stride
        // Eight bytes at a time. A continuation byte is 10xxxxxx: bit 7 set and bit 6 (shifted
        // up into bit 7) clear.
        bytes.withUnsafeBytes { raw in
            // Summed as in `init` (at most three words before `byte` in its block).
            var flags: UInt64 = 0
            let start = i
            while i + 8 <= byte {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                flags &+= (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
                i += 8
            }
            scalars += (i - start) - Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
            while i < byte {
                if raw[i] & 0xC0 != 0x80 { scalars += 1 }
                i += 1
            }
        }
        return scalars
    }

    /// The scalar span of a byte range.
    public func span(ofBytes range: Range<Int>) -> TextSpan {
        TextSpan(start: scalarOffset(ofByte: range.lowerBound), end: scalarOffset(ofByte: range.upperBound))
    }

    /// The text of a byte range.
    public func text(ofBytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
