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
        /// Used while the table is made (phrases placed so far); zero after.
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

    private let slots: [Slot]
    private let phrases: [Phrase]
    private let words: [WordKey]
    private let shift: UInt64

    init<Value>(_ matcher: borrowing PhraseTable<Value>.Matcher) {
        // Made with the analyzer, in every process: the entries are read in place and placed
        // in a few passes over plain lists (a dictionary of each first word's entries, and a
        // sort of each, cost about 13 million instructions, 4 ms).
        let entries = matcher.entries, keys = matcher.keys
        var whole = 0
        for k in entries.indices where !entries[k].isPrefix { whole += 1 }
        // At most two slots in three used, so that a word not in the table meets an empty
        // slot soon (about half used for the shipped lexicon, whose entries share first words).
        var capacity = 16, bits: UInt64 = 4
        while capacity < whole + whole / 2 { capacity *= 2; bits += 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let shift = 64 - bits, mask = capacity - 1
        // Each entry's slot: its first word's, made by the first entry with that word.
        var slotOf = [Int32](repeating: -1, count: entries.count)
        for k in entries.indices where !entries[k].isPrefix {
            let first = keys[Int(entries[k].firstWord)]
            // A long first word is compared by its string: the table itself looks it up.
            if first.isLong { continue }
            var s = Int(truncatingIfNeeded: TermStarts.hash(first) >> shift)
            while slots[s].hi != 0 && (slots[s].lo != first.lo || slots[s].hi != first.hi) { s = (s + 1) & mask }
            slots[s].lo = first.lo
            slots[s].hi = first.hi
            slotOf[k] = Int32(s)
            if entries[k].wordCount == 1 { slots[s].single = Int32(k) } else { slots[s].phraseCount += 1 }
        }
        var total: Int32 = 0
        for s in slots.indices {
            slots[s].firstPhrase = total
            total += slots[s].phraseCount
        }
        // The phrases placed in their first word's run in the order of the entries, then each
        // run put longest first: the phrase table's order (longest first, then as added).
        var phrases = [Phrase](repeating: Phrase(entry: -1, length: 0, words: 0), count: Int(total))
        for k in entries.indices where slotOf[k] >= 0 && entries[k].wordCount > 1 {
            let s = Int(slotOf[k])
            phrases[Int(slots[s].firstPhrase + slots[s].unused)] = Phrase(entry: Int32(k), length: entries[k].wordCount, words: 0)
            slots[s].unused += 1
        }
        for s in slots.indices where slots[s].phraseCount > 0 {
            slots[s].unused = 0
            let run = Int(slots[s].firstPhrase)..<Int(slots[s].firstPhrase + slots[s].phraseCount)
            // An insertion sort, stable: a run holds a few phrases.
            for j in run.dropFirst() {
                let phrase = phrases[j]
                var m = j
                while m > run.lowerBound && phrases[m - 1].length < phrase.length {
                    phrases[m] = phrases[m - 1]
                    m -= 1
                }
                phrases[m] = phrase
            }
        }
        var words: [WordKey] = []
        for p in phrases.indices {
            phrases[p].words = Int32(words.count)
            words.append(contentsOf: matcher.keys(of: entries[Int(phrases[p].entry)]).dropFirst())
        }
        self.slots = slots
        self.phrases = phrases
        self.words = words
        self.shift = shift
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
