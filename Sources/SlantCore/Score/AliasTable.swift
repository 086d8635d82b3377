/// The gazetteer's aliases in one flat table, for `EntityGazetteer.matchIndex`: open
/// addressing over the first word's pack, one 32-byte slot a first word (where its aliases
/// are), and the aliases' further words in two plain lists. Made once from the gazetteer's
/// lists, after they are complete.
///
/// The key table's lookup read its slots, its keys, the slot's list of entities, each entity's
/// lists of words and packs and the slot's second-word filter: places in memory apart, which
/// the classifier pushes out of the caches between sentences (as `TermTable` found for the
/// phrase table). Here a word is found in one slot, and its aliases in the two lists.
///
/// It answers as the lists do (the first alias in the slot's order, longest first, whose
/// words the tokens hold), except where that needs a string: a long word (over 15 bytes,
/// whose pack does not hold it) or a non-ASCII one, which the lists compare by strings
/// (`RawWords.equals`). `find` then says `ask`.
struct AliasTable: Sendable {
    struct Slot {
        var lo: UInt64 = 0
        /// Zero for an empty slot: a word's pack holds its length, at least 1, in the top byte.
        var hi: UInt64 = 0
        /// The first word's place in the gazetteer's key table.
        var list: Int32 = -1
        /// The word's aliases: `count` of them from `aliases[first]`, in the list's order.
        var first: Int32 = 0
        var count: Int32 = 0
        /// The place in the run of the word's alias alone, or -1 (listed last, after the longer).
        var single: Int32 = -1
        /// The second words of the aliases of two words or more, as a 64-bit set (bit: the top
        /// six bits of the pack's hash), when every one is ASCII and whole in its pack (`exact`):
        /// "the" starts a dozen aliases, and the word after it is nearly always none of their
        /// second words, which one bit test tells without comparing it with each.
        var seconds: UInt64 = 0
        var exact = true
    }

    struct Alias {
        var length: Int32
        /// Where the alias's words after the first start in `words`.
        var words: Int32
        /// True when every word after the first is ASCII and whole in its pack, where a text
        /// equals it exactly when their packs are equal.
        var plain: Bool
    }

    /// What `find` found.
    enum Found {
        case alias(list: Int, entity: Int, length: Int)
        /// No alias starts here.
        case none
        /// The lists must decide (a long or non-ASCII word is involved).
        case ask
    }

    private var slots = [Slot](repeating: Slot(), count: 16)
    private var aliases: [Alias] = []
    private var words: [WordKey] = []
    private var shift: UInt64 = 60

    init() {}

    /// The table of the gazetteer's lists: `keys[j]` is the first word of the aliases
    /// `lists[j]` (each an alias's packed words).
    init(keys: [WordKey], lists: [[EntityGazetteer.Entity]]) {
        var capacity = 16, bits: UInt64 = 4
        // At most two slots in three used, so that a word not in the table meets an empty
        // slot soon.
        while capacity < keys.count + keys.count / 2 { capacity *= 2; bits += 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let shift = 64 - bits, mask = capacity - 1
        var aliases: [Alias] = []
        var words: [WordKey] = []
        // Made with the analyzer, in every process: the lists reserved once, not grown.
        var total = 0, further = 0
        for list in lists {
            total += list.count
            for entity in list { further += entity.keys.count - 1 }
        }
        aliases.reserveCapacity(total)
        words.reserveCapacity(further)
        for j in keys.indices {
            let first = keys[j]
            // A long first word is compared by its string: the lists look it up.
            if first.isLong { continue }
            var s = Int(truncatingIfNeeded: first.hash >> shift)
            while slots[s].hi != 0 { s = (s + 1) & mask }
            var slot = Slot(lo: first.lo, hi: first.hi, list: Int32(j), first: Int32(aliases.count), count: Int32(lists[j].count))
            for e in lists[j].indices {
                let keys = lists[j][e].keys
                var plain = true
                for k in keys.indices.dropFirst() {
                    if keys[k].isLong || !keys[k].isASCII { plain = false }
                    words.append(keys[k])
                }
                aliases.append(Alias(length: Int32(keys.count), words: Int32(words.count - (keys.count - 1)), plain: plain))
                if keys.count > 1 {
                    slot.seconds |= 1 << (keys[1].hash >> 58)
                    if !plain { slot.exact = false }
                } else {
                    slot.single = Int32(e)
                }
            }
            slots[s] = slot
        }
        self.slots = slots
        self.aliases = aliases
        self.words = words
        self.shift = shift
    }

    /// The first alias of the lists' order that starts at token `i`, as the lists find it.
    @inline(__always)
    func find(_ raw: RawWords, at i: Int) -> Found {
        let word = raw.key(i)
        if word.isLong { return .ask }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: word.hash >> shift)
            while true {
                let slot = slots[s]
                if slot.hi == 0 { return .none }
                if slot.lo == word.lo && slot.hi == word.hi { return alias(slot, raw, at: i) }
                s = (s + 1) & mask
            }
        }
    }

    /// The first of a slot's aliases that the tokens from `i` hold.
    private func alias(_ slot: Slot, _ raw: RawWords, at i: Int) -> Found {
        let left = raw.count - i
        let first = Int(slot.first)
        // The next word's pack, made once for all the aliases it is compared with ("the"
        // starts a dozen of them).
        var second: WordKey?
        if left > 1, slot.exact {
            let next = raw.key(i + 1)
            second = next
            if !next.isLong && next.isASCII && slot.seconds & (1 << (next.hash >> 58)) == 0 {
                // No alias of two words or more goes on with the next word: the word's alias
                // alone, if it has one, is the match.
                return slot.single >= 0 ? .alias(list: Int(slot.list), entity: Int(slot.single), length: 1) : .none
            }
        }
        for p in first..<(first + Int(slot.count)) {
            let alias = aliases[p]
            let length = Int(alias.length)
            if length > left { continue }
            var m = 1
            if m < length {
                guard alias.plain else { return .ask }
                let next: WordKey
                if let second { next = second } else { next = raw.key(i + 1); second = next }
                if next.isLong || !next.isASCII { return .ask }
                guard next == words[Int(alias.words)] else { continue }
                m = 2
                while m < length {
                    let word = raw.key(i + m)
                    if word.isLong || !word.isASCII { return .ask }
                    guard word == words[Int(alias.words) + m - 1] else { break }
                    m += 1
                }
            }
            if m == length { return .alias(list: Int(slot.list), entity: p - first, length: length) }
        }
        return .none
    }
}
