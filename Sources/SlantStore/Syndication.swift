import SlantCore

/// Signs that an article is not the outlet's own reporting: a wire service's byline or
/// dateline, and near-duplicate text (SimHash over word shingles).
public enum Syndication {
    /// Word shingle length: four words tell a copied paragraph from a shared phrase.
    public static let shingleWords = 4
    /// Two texts whose SimHashes differ in at most this many of 64 bits are near duplicates.
    /// With four 16-bit bands, any such pair shares at least one band exactly (pigeonhole),
    /// which is what lets the store find candidates with an index.
    public static let maxDistance = 3
    /// Texts shorter than this many words are too short for a SimHash to mean anything.
    public static let minWords = 50

    /// The 64-bit SimHash of a text's word 4-shingles (words: runs of letters, digits and
    /// non-ASCII bytes, ASCII lower-cased), and its word count.
    public static func simhash(_ text: String) -> (hash: UInt64, words: Int) {
        let wordHashes = text.utf8.withContiguousStorageIfAvailable(wordHashes) ?? wordHashes(Array(text.utf8))
        guard wordHashes.count >= shingleWords else { return (0, wordHashes.count) }
        // A bit of the SimHash is set when more than half of the shingle hashes have it set
        // (the sum of +1 per set bit and -1 per clear one is positive). The 64 counts of set
        // bits are kept bit-sliced: `planes[level]` holds bit `level` of every count, so adding
        // a shingle hash is a ripple-carry increment of all 64 counts at once, a few word
        // operations instead of one addition per bit.
        let shingles = wordHashes.count - shingleWords + 1
        var planes = [UInt64](repeating: 0, count: 64)
        planes.withUnsafeMutableBufferPointer { planes in
            for i in 0..<shingles {
                var s: UInt64 = 0x9E37_79B9_7F4A_7C15
                for k in 0..<shingleWords { s = mix(s ^ wordHashes[i + k]) }
                var carry = s, level = 0
                while carry != 0 {
                    let next = planes[level] & carry
                    planes[level] ^= carry
                    carry = next
                    level += 1
                }
            }
        }
        // No count exceeds `shingles`: the levels above its bit width are all zero.
        let levels = Int.bitWidth - shingles.leadingZeroBitCount
        var result: UInt64 = 0
        for bit in 0..<64 {
            var count = 0
            for level in 0..<levels { count |= Int((planes[level] >> UInt64(bit)) & 1) << level }
            if 2 * count > shingles { result |= 1 << UInt64(bit) }
        }
        return (result, wordHashes.count)
    }

    /// FNV-1a hashes of the words (runs of ASCII letters, digits and non-ASCII bytes, ASCII
    /// lower-cased) of UTF-8 text.
    private static func wordHashes(_ bytes: some Collection<UInt8>) -> [UInt64] {
        var wordHashes: [UInt64] = []
        wordHashes.reserveCapacity(bytes.count / 5)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        wordBytes.withUnsafeBufferPointer { table in
            for b in bytes {
                let hashed = table[Int(b)]
                if hashed != 0 {
                    h = (h ^ UInt64(hashed)) &* 0x100_0000_01B3
                    inWord = true
                } else if inWord {
                    wordHashes.append(h)
                    h = 0xCBF2_9CE4_8422_2325
                    inWord = false
                }
            }
        }
        if inWord { wordHashes.append(h) }
        return wordHashes
    }

    /// For each byte value, 0 when the byte is not part of a word, else the byte as hashed
    /// (ASCII upper case lowered): one table read per byte instead of four range tests.
    private static let wordBytes: [UInt8] = (0..<256).map { value in
        let b = UInt8(value)
        let isWord = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
        guard isWord else { return 0 }
        return b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }

    /// The four 16-bit bands of a SimHash.
    public static func bands(_ hash: UInt64) -> [Int] {
        (0..<4).map { Int((hash >> UInt64($0 * 16)) & 0xFFFF) }
    }

    /// Number of differing bits.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Wire services and the names that identify them in a byline.
    static let agencies: [(name: String, bylines: [String], dateline: [String])] = [
        ("AP", ["associated press", "ap"], ["(AP)"]),
        ("Reuters", ["reuters", "thomson reuters"], ["(Reuters)"]),
        ("AFP", ["afp", "agence france-presse", "agence france presse"], ["(AFP)"]),
        ("UPI", ["upi", "united press international"], ["(UPI)"]),
    ]

    /// The UTF-8 bytes of every dateline mark.
    private static let datelineMarks: [[UInt8]] = agencies.flatMap { $0.dateline.map { Array($0.utf8) } }

    /// The wire service an article comes from, with the evidence: an author field naming the
    /// agency ("Associated Press", "AP", "By Jane Doe, Reuters"), or a dateline such as
    /// "WASHINGTON (AP) —" near the start of the body.
    public static func wire(author: String?, text: String, bodyStart: Int) -> (agency: String, evidence: String)? {
        if let author {
            let parts = author.lowercased().split(whereSeparator: { ",;/|&".contains($0) || $0 == "\n" })
                .map { $0.trimmingCharacters(in: " .\t") }
                .map { $0.hasPrefix("by ") ? String($0.dropFirst(3)) : $0 }
            for agency in agencies where parts.contains(where: { part in agency.bylines.contains(part) || agency.bylines.contains { part.hasPrefix("the ") && String(part.dropFirst(4)) == $0 } }) {
                return (agency.name, "author: \(author)")
            }
        }
        // A dateline comes in the first paragraph; 400 bytes cover "CITY, State (AP) —".
        // Only the window is copied out of the text, not the whole text.
        let windowBytes: ArraySlice<UInt8> = text.utf8.withContiguousStorageIfAvailable { all in
            let start = min(max(bodyStart, 0), all.count)
            return ArraySlice(all[start..<min(all.count, start + 400)])
        } ?? {
            let bytes = Array(text.utf8)
            let start = min(max(bodyStart, 0), bytes.count)
            return bytes[start..<min(bytes.count, start + 400)]
        }()
        // Foundation's search below (canonical equivalence, through UTF-16) can find these
        // ASCII marks only where their own bytes stand: no other character is canonically
        // equivalent to a parenthesis or to these letters. Most articles carry no mark, and
        // skip the string and the search (they cost more than the rest of the article's row).
        // Every mark starts with "(", so only the places of a "(" are compared.
        guard windowBytes.contains(UInt8(ascii: "(")),
              datelineMarks.contains(where: { Self.contains(windowBytes, $0) }) else { return nil }
        let window = String(decoding: windowBytes, as: UTF8.self)
        for agency in agencies {
            for mark in agency.dateline where window.contains(mark) {
                return (agency.name, "dateline: \(mark)")
            }
        }
        return nil
    }
}

extension Syndication {
    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
