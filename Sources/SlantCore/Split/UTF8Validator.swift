/// Checks UTF-8 as it streams past, chunk by chunk, and says where the first invalid byte is.
///
/// Tracks line and column (Unicode scalars from the start of the line, 1-based) so the error
/// can name them without keeping the text. A sequence may be cut between chunks.
///
/// A NUL byte is valid UTF-8 but never part of a text, so it fails too (`Failure.kind`): a
/// file of zeros, other binary data or UTF-16 saved without a byte-order mark would otherwise
/// be split into sentences of control characters. So does a UTF-16 byte-order mark.
public struct UTF8Validator: Sendable {
    /// Where an invalid sequence starts.
    public struct Failure: Sendable, Equatable {
        /// What is wrong at `byte`.
        public enum Kind: Sendable, Equatable {
            /// A byte that is not valid UTF-8.
            case invalid
            /// A NUL byte: binary data.
            case nul
            /// The input starts with a UTF-16 byte-order mark.
            case utf16
        }

        public var line: Int
        public var column: Int
        /// The byte offset from the start of the input.
        public var byte: Int
        public var kind: Kind

        public init(line: Int, column: Int, byte: Int, kind: Kind = .invalid) {
            self.line = line
            self.column = column
            self.byte = byte
            self.kind = kind
        }
    }

    private var line = 1
    private var column = 1
    private var offset = 0
    private var need = 0
    private var value: UInt32 = 0
    private var minimum: UInt32 = 0
    private var sequenceStart = Failure(line: 1, column: 1, byte: 0)

    public init() {}

    /// Checks the next chunk; returns the first failure, if any.
    public mutating func feed(_ p: UnsafeBufferPointer<UInt8>) -> Failure? {
        var i = 0
        let n = p.count
        guard let base = p.baseAddress else { return nil }
        while i < n {
            // Eight ASCII bytes with no line break and no NUL at a time.
            if need == 0, i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let x = w ^ 0x0A0A_0A0A_0A0A_0A0A
                let hasNewline = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                let hasNUL = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
                if w & 0x8080_8080_8080_8080 == 0, hasNewline | hasNUL == 0 {
                    column += 8
                    i += 8
                    continue
                }
            }
            let c = p[i]
            if need == 0 {
                if c < 0x80 {
                    if c == 0x0A { line += 1; column = 1 } else if c == 0 {
                        return Failure(line: line, column: column, byte: offset + i, kind: .nul)
                    } else { column += 1 }
                } else {
                    if offset + i == 0, c == 0xFF || c == 0xFE, i + 1 < n, p[i + 1] == c ^ 0x01 {
                        return Failure(line: 1, column: 1, byte: 0, kind: .utf16)
                    }
                    sequenceStart = Failure(line: line, column: column, byte: offset + i)
                    column += 1
                    if c & 0xE0 == 0xC0 { need = 1; value = UInt32(c & 0x1F); minimum = 0x80 }
                    else if c & 0xF0 == 0xE0 { need = 2; value = UInt32(c & 0x0F); minimum = 0x800 }
                    else if c & 0xF8 == 0xF0 { need = 3; value = UInt32(c & 0x07); minimum = 0x10000 }
                    else { return sequenceStart }
                }
            } else {
                guard c & 0xC0 == 0x80 else { return sequenceStart }
                value = value << 6 | UInt32(c & 0x3F)
                need -= 1
                // Overlong forms, surrogates and values past U+10FFFF are invalid.
                if need == 0, value < minimum || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF {
                    return sequenceStart
                }
            }
            i += 1
        }
        offset += n
        return nil
    }

    /// At the end of the input: a sequence cut short is invalid.
    public func finish() -> Failure? { need > 0 ? sequenceStart : nil }
}
