/// Where a term of a phrase table can start, told from a word and the one or two after it by
/// bit tests: the loaded-language scorer asks this at every word of every sentence and looks
/// a word up in the table only where it passes. Made once from the table's entries.
///
/// The table's own filter (the two halves `matchIndex` tests before a lookup) passes a word that
/// starts a phrase when the next word is the phrase's second word. The lexicon's longer
/// phrases start with the commonest pairs of news text ("in the", "on the", "it is", "there
/// is"), and on news-1mb.txt four lookups in five found nothing: here a pair that only starts
/// longer phrases also needs the third word.
///
/// A word passes wherever the table can match (no entry is missed): its first word's bit is
/// set, and the key of the word alone, of the pair or of the first three words (as long as
/// the entry) is in the second part; or its first four bytes are those of a prefix entry.
///
/// The prefix test runs on every word, and most lexicons have a few prefix entries (the
/// shipped one has two): a word's first four bytes are tested first against a 64-bit mask
/// held in a register (`prefixMask`), and only the few that pass are compared with the
/// prefixes themselves (`prefixHeads`), or, for a lexicon of more than four prefixes, tested
/// in the third part of the bits. (The third part alone cost a load and a bit test of a
/// 65,536-bit table for every word: about a fifth of the walk's instructions.)
struct TermStarts: Sendable {
    /// Three parts: the bits of whole-word entries' first words (`firstBits` of them); the keys
    /// of what goes on from such a first word (`keyBits`, two bits a key: a single-word entry's
    /// word, the first two words of a phrase, a two-word phrase's pair as a whole, a longer
    /// phrase's first three words); the bits of prefix entries' first four bytes (`firstBits`).
    private var bits: [UInt64]
    /// A bit for the first four bytes of every prefix entry (`prefixHash` >> 58): zero for a
    /// lexicon without prefixes, so that no word goes further.
    private var prefixMask: UInt64 = 0
    /// The first four bytes of the prefix entries (`WordKey.lo`'s low half), when there are
    /// at most four distinct ones; zero for none (no word's are zero: its first byte is not).
    private var prefixHeads: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// More than four distinct prefix heads: the third part of `bits` decides.
    private var manyPrefixes = false

    /// 65,536 bits for the first words and the prefixes; 131,072 for the keys, which are
    /// about 6,000 for the shipped lexicon (two bits each), so that a word passes by chance
    /// about one time in a hundred. The three parts, 32 KB, stay in the first-level cache.
    static let firstWords = 1024, keyWords = 2048
    static let keyOffset = firstWords, prefixOffset = firstWords + keyWords

    init<Value>(_ matcher: borrowing PhraseTable<Value>.Matcher) {
        bits = [UInt64](repeating: 0, count: 2 * Self.firstWords + Self.keyWords)
        // The entries read in place: a copy of each retained and released its lists and strings.
        let entries = matcher.entries
        var heads: [UInt64] = []
        for k in entries.indices {
            let keys = matcher.keys(of: entries[k])
            let first = keys[keys.startIndex]
            if entries[k].isPrefix {
                // The table takes a prefix entry only with at least four bytes before `*`.
                let h = Self.prefixHash(first)
                setFirstBit(h, offset: Self.prefixOffset)
                prefixMask |= 1 << (h >> 58)
                let head = Self.head(first)
                if !heads.contains(head) { heads.append(head) }
                continue
            }
            let h = Self.hash(first)
            setFirstBit(h, offset: 0)
            guard keys.count > 1 else {
                setKey(h)
                continue
            }
            let pair = Self.mix(h, Self.hash(keys[keys.startIndex + 1]))
            setKey(pair)
            if keys.count == 2 {
                setKey(Self.whole(pair))
            } else {
                setKey(Self.mix(pair, Self.hash(keys[keys.startIndex + 2])))
            }
        }
        manyPrefixes = heads.count > 4
        if !manyPrefixes {
            heads += [UInt64](repeating: 0, count: 4 - heads.count)
            prefixHeads = (heads[0], heads[1], heads[2], heads[3])
        }
    }

    /// The first word token at or after `i` where a term may start, or `tokens.count`.
    ///
    /// Every token first goes through a screen computed without branches: its first word's
    /// bit, and one of the two key bits of the word alone or of its pair with the next word,
    /// or its prefix bit. About one token in ten passes, and only those go on to `mayStart`.
    /// (Tested one after the other, the first word's bit passed a third of the words, the
    /// function words that start phrases, and the branch on it went the unexpected way for
    /// about one word in three.) Each token's hash is made once, as the next word of the one
    /// before it.
    @inline(never)
    func next(_ tokens: [Token], from i: Int) -> Int {
        let prefixes = Prefixes(mask: prefixMask, heads: prefixHeads, many: manyPrefixes)
        // At most two prefix heads (the shipped lexicon's "machinat*" and "sabotag*"): the
        // screen compares a word's first four bytes with them, so no word passes by chance
        // on its prefix. (The mask passed about one token in thirty, nearly half of the
        // tokens the screen let through, each a mispredicted branch.)
        if !prefixes.many && prefixes.heads.2 == 0 {
            return walk(tokens, from: i, prefixes, TwoHeads(h0: prefixes.heads.0, h1: prefixes.heads.1))
        }
        return walk(tokens, from: i, prefixes, PrefixMask(mask: prefixes.mask))
    }

    /// A word's first four bytes against at most two prefix heads (zero for none: no word's
    /// first byte is zero).
    struct TwoHeads: TermStartsPrefixScreen {
        let h0: UInt64, h1: UInt64
        @inline(__always) func bit(_ word: WordKey) -> UInt64 {
            let head = TermStarts.head(word)
            return (head == h0 ? 1 : 0) | (head == h1 ? 1 : 0)
        }
    }

    /// The 64-bit mask of the prefix heads' hashes (`prefixMask`).
    struct PrefixMask: TermStartsPrefixScreen {
        let mask: UInt64
        @inline(__always) func bit(_ word: WordKey) -> UInt64 {
            mask &>> (TermStarts.prefixHash(word) &>> 58)
        }
    }

    @inline(__always)
    func walk<Screen: TermStartsPrefixScreen>(_ tokens: [Token], from i: Int, _ prefixes: Prefixes, _ screen: Screen) -> Int {
        tokens.withUnsafeBufferPointer { t in
            bits.withUnsafeBufferPointer { b in
                let n = t.count
                var i = i
                guard i < n else { return n }
                var h = Self.hash(t[i].word)
                // The screen of token `i`, given its hash and the next word's (0 after the last).
                @inline(__always) func passes(_ i: Int, _ h: UInt64, _ hn: UInt64) -> Bool {
                    // Implied by `mayStart` (a key's first bit is one of its two), so no place
                    // where it passes is screened out.
                    let pair = Self.mix(h, hn)
                    let first = b[Int(truncatingIfNeeded: h &>> 54)] &>> (h &>> 48)
                    let keys = Self.firstKeyBit(b, h) | Self.firstKeyBit(b, pair)
                    let prefix = screen.bit(t[i].word)
                    return (first & keys | prefix) & 1 != 0 && t[i].kind == .word && Self.mayStart(t, at: i, b, prefixes)
                }
                // Every token but the last has a next word: no test of that per token.
                let last = n - 1
                while i < last {
                    let hn = Self.hash(t[i + 1].word)
                    if passes(i, h, hn) { return i }
                    h = hn
                    i += 1
                }
                return passes(last, h, 0) ? last : n
            }
        }
    }

    /// The first of a key's two bits in the second part (`keyBits`), in the lowest bit of the
    /// word returned.
    @inline(__always) static func firstKeyBit(_ b: UnsafeBufferPointer<UInt64>, _ h: UInt64) -> UInt64 {
        b[keyOffset + Int(truncatingIfNeeded: h &>> 53)] &>> (h &>> 47)
    }

    @inline(__always)
    static func mayStart(_ t: UnsafeBufferPointer<Token>, at i: Int, _ b: UnsafeBufferPointer<UInt64>, _ prefixes: Prefixes) -> Bool {
        let word = t[i].word
        let h = hash(word)
        if hasFirstBit(b, h, offset: 0) {
            // A single-word entry, or a phrase going on with the next word (and, for a pair
            // that only starts longer phrases, with the one after).
            if hasKey(b, h) { return true }
            if i + 1 < t.count {
                let pair = mix(h, hash(t[i + 1].word))
                if hasKey(b, pair) {
                    if hasKey(b, whole(pair)) { return true }
                    if i + 2 < t.count, hasKey(b, mix(pair, hash(t[i + 2].word))) { return true }
                }
            }
        }
        return mayStartPrefix(word, b, prefixes)
    }

    /// Whether a prefix entry may match the word (it does wherever one does).
    @inline(__always)
    static func mayStartPrefix(_ word: WordKey, _ b: UnsafeBufferPointer<UInt64>, _ prefixes: Prefixes) -> Bool {
        // Any word, however short, is tested on its first four bytes: a word of fewer has a
        // zero among them, which no prefix has, and at worst passes the mask by chance.
        let ph = prefixHash(word)
        guard prefixes.mask >> (ph >> 58) & 1 != 0 else { return false }
        if prefixes.many { return hasFirstBit(b, ph, offset: prefixOffset) }
        let head = Self.head(word), heads = prefixes.heads
        return head == heads.0 || head == heads.1 || head == heads.2 || head == heads.3
    }

    /// `mayStartPrefix` for one word, outside the walk.
    func mayStartPrefix(_ word: WordKey) -> Bool {
        let prefixes = Prefixes(mask: prefixMask, heads: prefixHeads, many: manyPrefixes)
        return bits.withUnsafeBufferPointer { Self.mayStartPrefix(word, $0, prefixes) }
    }

    /// The prefix test's state, read into registers once per walk.
    struct Prefixes {
        var mask: UInt64
        var heads: (UInt64, UInt64, UInt64, UInt64)
        var many: Bool
    }

    /// A word's first four bytes, as a prefix entry's are compared (`WordKey.prefix4`).
    @inline(__always) static func head(_ word: WordKey) -> UInt64 { word.lo & 0xFFFF_FFFF }

    /// A word's hash for these filters: one multiplication of its pack's two halves combined
    /// (`WordKey.hash` takes two, and this runs on every word). Words that collide only pass
    /// where they need not: the table decides.
    @inline(__always) static func hash(_ word: WordKey) -> UInt64 {
        (word.lo ^ word.hi) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The hash of a word's first four bytes, as a prefix entry's are tested.
    @inline(__always) static func prefixHash(_ word: WordKey) -> UInt64 {
        (word.lo & 0xFFFF_FFFF) &* 0xBF58_476D_1CE4_E5B9
    }

    /// The key of a sequence of words from the key of its start and the next word's hash.
    @inline(__always) static func mix(_ start: UInt64, _ next: UInt64) -> UInt64 {
        ((start &<< 21 | start &>> 43) ^ next) &* 0xD6E8_FEB8_6659_FD93
    }

    /// The key of a pair that is a whole two-word phrase, apart from the pair's own key (which
    /// the first two words of a longer phrase set as well).
    @inline(__always) static func whole(_ pair: UInt64) -> UInt64 {
        mix(pair, 0x2545_F491_4F6C_DD1D)
    }

    private mutating func setFirstBit(_ h: UInt64, offset: Int) {
        let bit = Int(truncatingIfNeeded: h >> 48)
        bits[offset + bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always) static func hasFirstBit(_ b: UnsafeBufferPointer<UInt64>, _ h: UInt64, offset: Int) -> Bool {
        let bit = Int(truncatingIfNeeded: h >> 48)
        return b[offset + bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// A key's two bits in the second part: bits 47 to 63 of its hash, and bits 30 to 46.
    @inline(__always) static func keyBits(_ h: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: h >> 47), Int(truncatingIfNeeded: (h >> 30) & 0x1FFFF))
    }

    private mutating func setKey(_ h: UInt64) {
        let (one, two) = Self.keyBits(h)
        bits[Self.keyOffset + one >> 6] |= 1 << UInt64(one & 63)
        bits[Self.keyOffset + two >> 6] |= 1 << UInt64(two & 63)
    }

    @inline(__always) static func hasKey(_ b: UnsafeBufferPointer<UInt64>, _ h: UInt64) -> Bool {
        let (one, two) = keyBits(h)
        return b[keyOffset + one >> 6] & (1 << UInt64(one & 63)) != 0
            && b[keyOffset + two >> 6] & (1 << UInt64(two & 63)) != 0
    }
}

/// The prefix part of `TermStarts`' screen: 1 in the lowest bit where a prefix entry may start
/// at the word (wherever one does).
protocol TermStartsPrefixScreen {
    func bit(_ word: WordKey) -> UInt64
}
