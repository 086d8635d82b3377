/// Reads JSON's tokens from UTF-8 bytes in place: the one reader behind Slant's fast paths for
/// the JSON it reads most (JSON Lines records of strings, the store's cue and rule-step columns).
/// Each method reads one token at `offset` and moves past it, or returns nil or false for
/// anything else; the callers then hand the whole text to Foundation, which also says what is
/// wrong. So every method reads exactly JSON's grammar and never guesses.
public struct JSONScanner {
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    public var offset = 0

    /// A scanner at the start of `bytes`, which must be valid UTF-8.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The byte at `offset`, nil at the end: which token comes next. A caller decides by it
    /// before reading, since a token that fails to read leaves `offset` inside it.
    public var next: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// Steps over JSON's whitespace (space, tab, line feed, carriage return).
    public mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    /// Steps over whitespace and then `byte` if it comes next; false, having moved past the
    /// whitespace only, if it does not.
    public mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    /// Whether nothing but whitespace is left.
    public mutating func atEnd() -> Bool {
        skipSpace()
        return offset == bytes.count
    }

    /// Steps over the literal `null` if it comes next.
    public mutating func null() -> Bool {
        guard offset + 4 <= bytes.count, bytes[offset] == 0x6E, bytes[offset + 1] == 0x75, bytes[offset + 2] == 0x6C,
              bytes[offset + 3] == 0x6C else { return false }
        offset += 4
        return true
    }

    /// The string literal whose opening quote is next, unescaped; nil for a raw control
    /// character, a bad escape, a lone surrogate or no closing quote.
    public mutating func string() -> String? {
        guard offset < bytes.count, bytes[offset] == 0x22 else { return nil }
        offset += 1
        let start = offset
        offset = plainRunEnd(from: offset)
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case 0x22:
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            offset += 1
            return s
        case 0x5C:
            return escapedString(from: start)
        default:
            return nil
        }
    }

    /// A JSON number (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, nothing looser:
    /// `Double` alone also takes `.5`, `1.` and `07`, which JSON does not), read by `Double`'s
    /// parser (correctly rounded, as Foundation's).
    public mutating func number() -> Double? {
        let start = offset
        if offset < bytes.count, bytes[offset] == 0x2D { offset += 1 }  // -
        let integerStart = offset
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != 0x30 else { return nil }
        if offset < bytes.count, bytes[offset] == 0x2E {  // .
            offset += 1
            guard digits() > 0 else { return nil }
        }
        if offset < bytes.count, bytes[offset] == 0x65 || bytes[offset] == 0x45 {  // e E
            offset += 1
            if offset < bytes.count, bytes[offset] == 0x2B || bytes[offset] == 0x2D { offset += 1 }
            guard digits() > 0 else { return nil }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { return nil }
        return d
    }

    private mutating func digits() -> Int {
        let from = offset
        while offset < bytes.count, bytes[offset] >= 0x30 && bytes[offset] <= 0x39 { offset += 1 }
        return offset - from
    }

    /// The rest of a string that has an escape at `offset`, from its first byte `start`.
    private mutating func escapedString(from start: Int) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(offset - start + 256)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            // The run up to the next quote, backslash or control byte is copied whole.
            let run = offset
            offset = plainRunEnd(from: offset)
            if offset > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<offset])) }
            guard offset < bytes.count else { return nil }
            let b = bytes[offset]
            if b == 0x22 {
                offset += 1
                return String(decoding: out, as: UTF8.self)
            }
            guard b == 0x5C, offset + 1 < bytes.count else { return nil }
            let e = bytes[offset + 1]
            offset += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard var unit = hex4() else { return nil }
                // A surrogate pair spells one scalar above U+FFFF; a lone half is no character.
                if unit >= 0xD800 && unit < 0xDC00 {
                    guard offset + 1 < bytes.count, bytes[offset] == 0x5C, bytes[offset + 1] == 0x75 else { return nil }
                    offset += 2
                    guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(unit), let encoded = UTF8.encode(scalar) else { return nil }
                out.append(contentsOf: encoded)
            default: return nil
            }
        }
        return nil
    }

    /// The first offset from `start` of a quote, a backslash or a control byte, or the end;
    /// eight bytes at a time while none of them is one (article text is long, escapes few).
    private func plainRunEnd(from start: Int) -> Int {
        var i = start
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= bytes.count, !JSONBytes.hasSpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        while i < bytes.count, !JSONBytes.needsEscape(bytes[i]) { i += 1 }
        return i
    }

    private mutating func hex4() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in 0..<4 {
            let c = bytes[offset + k]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        offset += 4
        return value
    }
}
