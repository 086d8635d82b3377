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
            if i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                let q = w ^ (ones &* 0x22), s = w ^ (ones &* 0x5C)
                // A quote, a backslash or a byte below 0x20 (a non-ASCII byte sets only its own
                // high bit, which `& ~w` clears).
                let special = ((q &- ones) & ~q | (s &- ones) & ~s | (w &- ones &* 0x20) & ~w) & high
                if special == 0 { i += 8; continue }
            }
            let c = text[i]
            guard c < 0x20 || c == 0x22 || c == 0x5C else { i += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<i]))
            switch c {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            default:
                let hex: StaticString = "0123456789abcdef"
                out += [0x5C, 0x75, 0x30, 0x30, hex.utf8Start[Int(c >> 4)], hex.utf8Start[Int(c & 0xF)]]
            }
            i += 1
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<n]))
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
