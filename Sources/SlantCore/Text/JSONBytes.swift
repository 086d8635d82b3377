/// The pieces of JSON that Slant writes as bytes itself (`slant split --format jsonl`, the
/// analysis writer): strings escaped as `JSONEncoder` escapes them, and decimal integers.
public enum JSONBytes {
    /// Appends `text` escaped for the inside of a JSON string: `"`, `\` and control characters
    /// (as `\n`, `\t`, ... or `\u00xx` in lower-case hex); `/` and all other characters as they
    /// are. Eight bytes at a time skip text that needs nothing.
    public static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = text.baseAddress else { return }
        var runStart = 0, i = 0
        let n = text.count
        while i < n {
            if i + 8 <= n, !hasSpecial(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let c = text[i]
            guard needsEscape(c) else { i += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<i]))
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6) { escape in
                guard let p = escape.baseAddress else { return }
                out.append(contentsOf: UnsafeBufferPointer(start: p, count: writeEscape(c, to: p)))
            }
            i += 1
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<n]))
    }

    /// Whether any of the eight bytes in `w` is a quote, a backslash or a control byte (below
    /// 0x20): a zero byte of `w ^ 0x22..` or `w ^ 0x5C..`, or a byte below 0x20, borrows into its
    /// high bit; a non-ASCII byte sets only its own high bit, which `& ~w` clears. Exact: false
    /// means none of the eight needs escaping or ends a JSON string.
    @inlinable
    public static func hasSpecial(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let q = w ^ (ones &* 0x22), s = w ^ (ones &* 0x5C)
        return ((q &- ones) & ~q | (s &- ones) & ~s | (w &- ones &* 0x20) & ~w) & high != 0
    }

    /// Whether `c` is escaped inside a JSON string: `"`, `\` and control characters.
    @inlinable
    public static func needsEscape(_ c: UInt8) -> Bool { c < 0x20 || c == 0x22 || c == 0x5C }

    /// Writes the escape of `c` (one that `needsEscape`) at `p`, as JSONEncoder writes it: `\"`,
    /// `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, or `\u00xx` in lower-case hex; returns how many bytes
    /// (2 or 6; `p` needs room for 6).
    @inlinable
    public static func writeEscape(_ c: UInt8, to p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = 0x5C
        switch c {
        case 0x22: p[1] = 0x22
        case 0x5C: p[1] = 0x5C
        case 0x0A: p[1] = 0x6E
        case 0x0D: p[1] = 0x72
        case 0x09: p[1] = 0x74
        case 0x08: p[1] = 0x62
        case 0x0C: p[1] = 0x66
        default:
            let hex: StaticString = "0123456789abcdef"
            p[1] = 0x75; p[2] = 0x30; p[3] = 0x30
            p[4] = hex.utf8Start[Int(c >> 4)]; p[5] = hex.utf8Start[Int(c & 0xF)]
            return 6
        }
        return 2
    }

    /// Appends `value` in decimal, with no string made.
    public static func appendInt(_ value: Int, to out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var v = value.magnitude, n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[23 - n] = UInt8(48 + v % 10); v /= 10; n += 1 } while v > 0
            if value < 0 { out.append(0x2D) }
            out.append(contentsOf: d[(24 - n)...])
        }
    }
}
