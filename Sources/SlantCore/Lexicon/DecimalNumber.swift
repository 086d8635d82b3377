/// The small decimals of the data files' number columns ("2", "1.5", "0.25"), read from their
/// bytes in place: each entry of a lexicon has one, and `Double(String)` needed a string
/// and a call to `strtod` for it.
enum DecimalNumber {
    /// Exact powers of ten (every one up to 10^22 is a Double).
    private static let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    /// The value of bytes of the form `DIGITS` or `DIGITS.DIGITS`, with at most 15 digits in
    /// all; nil for anything else (a sign, an exponent, a space, a bare point, `.5`), which the
    /// caller reads with `Double(String)` instead.
    ///
    /// The same Double as `Double(String)`: the digits without the point are an integer below
    /// 2^53 and the power of ten is exact, so their quotient, rounded once by the division, is
    /// the decimal's nearest Double, which is what `strtod` returns.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0, wholeDigits = 0
        var sawPoint = false
        for byte in bytes {
            if byte &- 0x30 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                digits += 1
                if !sawPoint { wholeDigits += 1 }
            } else if byte == 0x2E && !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
        }
        let fraction = digits - wholeDigits
        guard wholeDigits > 0, digits <= 15, !sawPoint || fraction > 0 else { return nil }
        return Double(mantissa) / powers[fraction]
    }
}
