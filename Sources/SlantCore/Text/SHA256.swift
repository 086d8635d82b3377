import CSlantSHA

/// SHA-256 of bytes, for the content hashes of lexicons and articles (FIPS 180-4).
public enum SHA256 {
    /// The 64 round constants, from the C target's one table (a C array comes in as a tuple).
    private static let k: [UInt32] = withUnsafeBytes(of: slant_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }

    /// Whether the CPU has SHA instructions, asked once: CPUID traps to the host in a virtual
    /// machine, and asking per digest cost more than the hashing saved.
    static let hasExtensions = slant_sha256_available() == 1

    /// The hex digest of `bytes`.
    public static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let digest = digest(Array(bytes))
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 64) { out in
            digits.withUTF8Buffer { d in
                for (i, byte) in digest.enumerated() {
                    out[2 * i] = d[Int(byte >> 4)]
                    out[2 * i + 1] = d[Int(byte & 0x0F)]
                }
            }
            return 64
        }
    }

    public static func digest(_ input: [UInt8]) -> [UInt8] {
        digest(input, extensions: true)
    }

    /// The digest, with the CPU's SHA instructions when `extensions` is true and the CPU has
    /// them (CSlantSHA: several times faster), else with the portable code below.
    static func digest(_ input: [UInt8], extensions: Bool) -> [UInt8] {
        // Whole blocks are read from the input in place; only the padded tail (one or two
        // blocks) is copied. Article texts are hashed twice on ingest, so this is on the hot path.
        let whole = input.count / 64 * 64
        var tail = Array(input[whole...])
        let bitLength = UInt64(input.count) * 8
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        if extensions && hasExtensions {
            h.withUnsafeMutableBufferPointer { h in
                input.withUnsafeBufferPointer { body in
                    if whole > 0 { slant_sha256_blocks(h.baseAddress, body.baseAddress, whole / 64) }
                }
                tail.withUnsafeBufferPointer { tail in slant_sha256_blocks(h.baseAddress, tail.baseAddress, tail.count / 64) }
            }
            return bigEndianBytes(h)
        }
        var state = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        k.withUnsafeBufferPointer { k in
            var w = [UInt32](repeating: 0, count: 64)
            w.withUnsafeMutableBufferPointer { w in
                input.withUnsafeBufferPointer { body in
                    var chunk = 0
                    while chunk < whole { compress(&state, UnsafeBufferPointer(rebasing: body[chunk..<(chunk + 64)]), w, k); chunk += 64 }
                }
                tail.withUnsafeBufferPointer { tail in
                    var chunk = 0
                    while chunk < tail.count { compress(&state, UnsafeBufferPointer(rebasing: tail[chunk..<(chunk + 64)]), w, k); chunk += 64 }
                }
            }
        }
        return bigEndianBytes([state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7])
    }

    private static func bigEndianBytes(_ h: [UInt32]) -> [UInt8] {
        h.flatMap { v in [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)] }
    }

    /// One 64-byte block of FIPS 180-4's compression function.
    @inline(__always) private static func compress(_ h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
                                                   _ block: UnsafeBufferPointer<UInt8>, _ w: UnsafeMutableBufferPointer<UInt32>,
                                                   _ k: UnsafeBufferPointer<UInt32>) {
        for t in 0..<16 {
            let j = t * 4
            w[t] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h.0, b = h.1, c = h.2, d = h.3, e = h.4, f = h.5, g = h.6, hh = h.7
        // Eight rounds a turn with the working variables' roles rotated in the arguments instead
        // of moved from one variable to the next every round.
        var t = 0
        while t < 64 {
            round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
            round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
            round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
            round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
            round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
            round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
            round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
            round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
            t += 8
        }
        h.0 &+= a; h.1 &+= b; h.2 &+= c; h.3 &+= d; h.4 &+= e; h.5 &+= f; h.6 &+= g; h.7 &+= hh
    }

    /// One round: `d` gains T1 and `h` becomes T1 + T2 (FIPS 180-4, 6.2.2 step 3, with the
    /// shift of the eight variables left to the caller). `kw` is K[t] + W[t].
    @inline(__always) private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                                _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
        d &+= t1
        h = t1 &+ t2
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
