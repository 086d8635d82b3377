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
    /// The opening words of a body compared on their own (the lead SimHash): a copy cut short
    /// at the end, or with paragraphs added after it, the usual edits of syndicated copy, keeps
    /// its opening whole while its whole-text SimHash moves (60 news-10mb articles with their
    /// last fifth cut: 1 to 17 bits from the whole text's, 57 of them more than 3; their
    /// openings' SimHashes are the originals').
    public static let leadWords = 100

    /// The 64-bit SimHash of a text's word 4-shingles (words: runs of letters, digits and
    /// non-ASCII bytes, ASCII lower-cased), and its word count.
    public static func simhash(_ text: String) -> (hash: UInt64, words: Int) {
        var text = text
        return text.withUTF8 { bytes in
            // At most one word per two bytes (a word byte and a separator), plus one.
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bytes.count / 2 + 1) { words in
                simhash(words: words, count: wordHashes(bytes, into: words))
            }
        }
    }

    /// The SimHash of the first `leadWords` words of the body (from byte `bodyStart`), or nil
    /// when the body has fewer: its lead is then most of the text, which the whole-text
    /// SimHash compares already.
    public static func leadSimhash(_ text: String, bodyStart: Int) -> UInt64? {
        var text = text
        return text.withUTF8 { bytes in
            let start = min(max(bodyStart, 0), bytes.count)
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: leadWords) { words in
                let count = wordHashes(UnsafeBufferPointer(rebasing: bytes[start...]), into: words, limit: leadWords)
                return count < leadWords ? nil : simhash(words: words, count: count).hash
            }
        }
    }

    /// The SimHash of the shingles of `words[0..<count]`, and `count`.
    private static func simhash(words: UnsafeMutableBufferPointer<UInt64>, count: Int) -> (hash: UInt64, words: Int) {
        guard count >= shingleWords, let w = words.baseAddress else { return (0, count) }
        // A bit of the SimHash is set when more than half of the shingle hashes have it set
        // (the sum of +1 per set bit and -1 per clear one is positive), so the 64 counts of set
        // bits are what is needed. Sixteen shingle hashes at a time are summed bit by bit in
        // carry-save adders (Harley-Seal): `ones`, `twos`, `fours` and `eights` hold each bit's
        // count modulo 16 in binary, one bit plane each, and every sixteen hashes give one word
        // of carries out, `sixteens`, each of its bits worth 16 to that bit's count: five logic
        // operations per adder and fifteen adders per sixteen hashes, about six operations a
        // hash. The words of carries, and the hashes after the last sixteen, are counted in
        // eight-bit counters, eight to a word (`Lanes`): eight shifts, masks and adds a word,
        // which for every hash were twice the cost of the adders. The counts are the same,
        // so the SimHash is.
        let shingles = count - shingleWords + 1
        @inline(__always) func shingle(_ i: Int) -> UInt64 {
            mix(mix(mix(mix(0x9E37_79B9_7F4A_7C15 ^ w[i]) ^ w[i + 1]) ^ w[i + 2]) ^ w[i + 3])
        }
        /// A carry-save adder: `sum` becomes `sum ^ a ^ b` and the carries are returned.
        @inline(__always) func csa(_ sum: inout UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
            let u = sum ^ a
            let carry = (sum & a) | (u & b)
            sum = u ^ b
            return carry
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 128) { counts in
            counts.initialize(repeating: 0)
            let sixteenCounts = UnsafeMutableBufferPointer(rebasing: counts[0..<64])
            let oneCounts = UnsafeMutableBufferPointer(rebasing: counts[64..<128])
            var sixteensLanes = Lanes(), onesLanes = Lanes()
            var ones: UInt64 = 0, twos: UInt64 = 0, fours: UInt64 = 0, eights: UInt64 = 0
            var i = 0
            while i + 16 <= shingles {
                var twosA = csa(&ones, shingle(i), shingle(i + 1))
                var twosB = csa(&ones, shingle(i + 2), shingle(i + 3))
                let foursA = csa(&twos, twosA, twosB)
                twosA = csa(&ones, shingle(i + 4), shingle(i + 5))
                twosB = csa(&ones, shingle(i + 6), shingle(i + 7))
                let foursB = csa(&twos, twosA, twosB)
                let eightsA = csa(&fours, foursA, foursB)
                twosA = csa(&ones, shingle(i + 8), shingle(i + 9))
                twosB = csa(&ones, shingle(i + 10), shingle(i + 11))
                let foursC = csa(&twos, twosA, twosB)
                twosA = csa(&ones, shingle(i + 12), shingle(i + 13))
                twosB = csa(&ones, shingle(i + 14), shingle(i + 15))
                let foursD = csa(&twos, twosA, twosB)
                let eightsB = csa(&fours, foursC, foursD)
                sixteensLanes.add(csa(&eights, eightsA, eightsB), flushingInto: sixteenCounts)
                i += 16
            }
            while i < shingles {
                onesLanes.add(shingle(i), flushingInto: oneCounts)
                i += 1
            }
            sixteensLanes.flush(into: sixteenCounts)
            onesLanes.flush(into: oneCounts)
            var result: UInt64 = 0
            for bit in 0..<64 {
                let b = UInt64(bit)
                let planes = Int((ones &>> b) & 1) + 2 * Int((twos &>> b) & 1) + 4 * Int((fours &>> b) & 1)
                    + 8 * Int((eights &>> b) & 1)
                let total = 16 * sixteenCounts[bit] + oneCounts[bit] + planes
                if 2 * total > shingles { result |= 1 &<< b }
            }
            return (result, count)
        }
    }

    /// Counts of the 64 bits of the words added, as eight-bit counters, eight to a word:
    /// `l[j]` counts bits j, j+8, ..., j+56, one per byte, so adding a word is eight shifts,
    /// masks and adds with no branch (a ripple-carry over bit planes looped a varying number of
    /// times per word, and mispredicted its exit). Every 255 words, before a byte can overflow,
    /// the bytes are added to the 64 full counts.
    private struct Lanes {
        var l0: UInt64 = 0, l1: UInt64 = 0, l2: UInt64 = 0, l3: UInt64 = 0
        var l4: UInt64 = 0, l5: UInt64 = 0, l6: UInt64 = 0, l7: UInt64 = 0
        var pending = 0

        @inline(__always)
        mutating func add(_ s: UInt64, flushingInto counts: UnsafeMutableBufferPointer<Int>) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            l0 &+= s & ones; l1 &+= (s &>> 1) & ones; l2 &+= (s &>> 2) & ones; l3 &+= (s &>> 3) & ones
            l4 &+= (s &>> 4) & ones; l5 &+= (s &>> 5) & ones; l6 &+= (s &>> 6) & ones; l7 &+= (s &>> 7) & ones
            pending += 1
            if pending == 255 { flush(into: counts) }
        }

        mutating func flush(into counts: UnsafeMutableBufferPointer<Int>) {
            Syndication.add(l0, lane: 0, to: counts); Syndication.add(l1, lane: 1, to: counts)
            Syndication.add(l2, lane: 2, to: counts); Syndication.add(l3, lane: 3, to: counts)
            Syndication.add(l4, lane: 4, to: counts); Syndication.add(l5, lane: 5, to: counts)
            Syndication.add(l6, lane: 6, to: counts); Syndication.add(l7, lane: 7, to: counts)
            self = Lanes()
        }
    }

    /// Adds the eight byte counters of `lane` (bits `lane`, `lane` + 8, ...) to their counts.
    @inline(__always)
    fileprivate static func add(_ counters: UInt64, lane: Int, to counts: UnsafeMutableBufferPointer<Int>) {
        for k in 0..<8 { counts[8 * k + lane] += Int((counters &>> UInt64(8 * k)) & 0xFF) }
    }

    /// Writes the FNV-1a hashes of the words (runs of ASCII letters, digits and non-ASCII
    /// bytes, ASCII lower-cased) of UTF-8 text into `out` (room for `bytes.count / 2 + 1`) and
    /// returns how many there are; with `limit`, stops after that many (`out` needs room for
    /// no more).
    private static func wordHashes(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt64>,
                                   limit: Int = .max) -> Int {
        guard let text = bytes.baseAddress else { return 0 }
        let end = bytes.count
        var n = 0
        wordBytes.withUnsafeBufferPointer { table in
            guard let table = table.baseAddress else { return }
            // A loop over the bytes between words and one over the bytes of a word, each byte's
            // table entry read once: one loop with an in-word flag tested the flag on every byte.
            var i = 0
            while i < end {
                var hashed = table[Int(text[i])]
                i += 1
                guard hashed != 0 else { continue }
                var h: UInt64 = 0xCBF2_9CE4_8422_2325
                repeat {
                    h = (h ^ UInt64(hashed)) &* 0x100_0000_01B3
                    guard i < end else { break }
                    hashed = table[Int(text[i])]
                    i += 1
                } while hashed != 0
                out[n] = h
                n += 1
                if n == limit { break }
            }
        }
        return n
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

    @inline(__always)
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
