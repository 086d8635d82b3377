/// The loaded-language table's whole-word entries in one flat table, for the scorer's
/// lookups at the words `TermStarts` passes: open addressing over the first word's pack, one
/// 32-byte slot a word (the word's own entry and where its phrases are), and the phrases'
/// further words in two plain lists. Made once from the table's entries.
///
/// The phrase table's own lookup reads its filter, its key table's slots, keys and values,
/// each first word's list of candidates and each candidate entry's list of words: five or six
/// places in memory apart, which the classifier pushes out of the caches between sentences.
/// On news-1mb.txt a lookup cost about as much time as the walk over fifty words. Here a word
/// alone is found in one slot, and a phrase in that slot and the two lists.
///
/// It answers as the phrase table does (the longest whole-word entry, longest first and then
/// in the table's order), except where that needs the table itself: a long word (over 15 bytes,
/// whose pack does not hold it) is compared by its string there, and prefix entries are kept
/// there. `find` then says `ask`.
struct TermTable: Sendable {
    struct Slot {
        var lo: UInt64 = 0
        /// Zero for an empty slot: a word's pack holds its length, at least 1, in the top byte.
        var hi: UInt64 = 0
        /// The entry of the word alone, or -1.
        var single: Int32 = -1
        /// The word's phrases: `phraseCount` of them from `phrases[firstPhrase]`.
        var firstPhrase: Int32 = 0
        var phraseCount: Int32 = 0
        var unused: Int32 = 0
    }

    struct Phrase {
        var entry: Int32
        var length: Int32
        /// Where the phrase's words after the first start in `words`.
        var words: Int32
    }

    /// What `find` found.
    enum Found {
        case entry(index: Int, length: Int)
        /// No whole-word entry starts here.
        case none
        /// The phrase table must decide (a long word is involved).
        case ask
    }

    private var slots: [Slot]
    private var phrases: [Phrase] = []
    private var words: [WordKey] = []
    private var shift: UInt64

    init<Value>(_ matcher: borrowing PhraseTable<Value>.Matcher) {
        // The entries read in place, grouped by their first word in the table's order.
        let entries = matcher.entries
        var byFirst: [WordKey: [Int]] = [:]
        var firsts: [WordKey] = []
        for k in entries.indices where !entries[k].isPrefix {
            let first = entries[k].keys[0]
            // A long first word is compared by its string: the table itself looks it up.
            if first.isLong { continue }
            if byFirst[first] == nil { firsts.append(first) }
            byFirst[first, default: []].append(k)
        }
        // At most half the slots used: a word not in the table stops at an empty slot soon.
        var capacity = 16, bits: UInt64 = 4
        while capacity < 2 * firsts.count { capacity *= 2; bits += 1 }
        slots = [Slot](repeating: Slot(), count: capacity)
        shift = 64 - bits
        for first in firsts {
            // The phrase table's order: longest first, then as added (by entry index).
            let list = (byFirst[first] ?? []).sorted {
                (entries[$0].keys.count, -$0) > (entries[$1].keys.count, -$1)
            }
            var slot = Slot(lo: first.lo, hi: first.hi)
            slot.firstPhrase = Int32(phrases.count)
            for k in list {
                let keys = entries[k].keys
                if keys.count == 1 {
                    slot.single = Int32(k)
                    continue
                }
                phrases.append(Phrase(entry: Int32(k), length: Int32(keys.count), words: Int32(words.count)))
                words.append(contentsOf: keys.dropFirst())
            }
            slot.phraseCount = Int32(phrases.count) - slot.firstPhrase
            var s = Int(truncatingIfNeeded: TermStarts.hash(first) >> shift)
            while slots[s].hi != 0 { s = (s + 1) & (capacity - 1) }
            slots[s] = slot
        }
    }

    /// The longest whole-word entry starting at token `i`, as the phrase table finds it.
    func find(_ tokens: [Token], at i: Int) -> Found {
        let word = tokens[i].word
        if word.isLong { return .ask }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: TermStarts.hash(word) >> shift)
            while true {
                let slot = slots[s]
                if slot.hi == 0 { return .none }
                if slot.lo == word.lo && slot.hi == word.hi { return phrase(slot, tokens, at: i) }
                s = (s + 1) & mask
            }
        }
    }

    /// The longest of a slot's entries that the tokens from `i` hold.
    @inline(__always)
    private func phrase(_ slot: Slot, _ tokens: [Token], at i: Int) -> Found {
        let left = tokens.count - i
        var p = Int(slot.firstPhrase)
        let end = p + Int(slot.phraseCount)
        while p < end {
            let phrase = phrases[p]
            let length = Int(phrase.length)
            var m = 1
            if length <= left {
                while m < length {
                    let word = tokens[i + m].word
                    guard word == words[Int(phrase.words) + m - 1] else { break }
                    // Equal packs of long words may be different words: the table compares them.
                    if word.isLong { return .ask }
                    m += 1
                }
                if m == length { return .entry(index: Int(phrase.entry), length: length) }
            }
            p += 1
        }
        return slot.single >= 0 ? .entry(index: Int(slot.single), length: 1) : .none
    }
}
