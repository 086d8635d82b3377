/// What a sentence looks like to the cues: its tokens, quotations, and the words lists.
public struct SentenceContext: Sendable {
    public let source: SourceText
    public let sentence: Sentence
    /// The sentence's tokens.
    public let tokens: [Token]
    /// For each token, whether it lies inside a direct quotation.
    public let inQuote: [Bool]
    /// Quotations that overlap this sentence (byte ranges, quote marks included).
    public let quotes: [Range<Int>]
    /// Loaded-language hits in the outlet's voice (the scorer runs before the classifier).
    public let outletVoiceLoaded: [LoadedHit]
    /// Token ranges of the allow-list's phrases that the scorer found in the sentence (a
    /// neutral sense: "the grave of", "petty officer", "severe illness"): an editorial word
    /// inside one is no evaluation either.
    public var neutralPhrases: [Range<Int>] = []
    public let words: CueWords
    /// The longest attribution and editorial entries starting at each token, looked up once
    /// here so that the dozen cues reading them cost one hash lookup per token and table.
    /// Entry index and length per token (`-1` for none): plain integers, so building them
    /// copies no entry. The lists may run on past the tokens (`CueWordTable.lookUp` keeps the
    /// longest sentence's length in the buffers it reuses): only indices of tokens are read.
    let attributionMatches: [PhraseMatch]
    let editorialMatches: [PhraseMatch]
    /// The tables' entries, from the matchers: read in place, an entry's kind costs no
    /// reference counts (a copy of its value counted three strings).
    let attributionEntries: [PhraseTable<CueWords.Word>.Entry]
    let editorialEntries: [PhraseTable<CueWords.Word>.Entry]
    /// For each token, the word sets of `TokenSets` it is in, looked up once here: the cues
    /// and the source finder test tokens against these sets in their loops, and a bit test
    /// costs a fraction of a set's lookup.
    let tokenSets: TokenSets.List
    /// The sets any of the tokens is in (the union of `tokenSets`): a scan for a word of one
    /// set tests this first, and a sentence with none costs it one bit test.
    let sentenceTokenSets: TokenSets
    /// The index of the first number token (`Token.Kind.number`), or the token count when there
    /// is none: found in the walk that looks up `tokenSets`, so that `FigureCue` need not walk
    /// the words before it.
    let firstNumber: Int

    public init(source: SourceText, sentence: Sentence, tokens: [Token], inQuote: [Bool], quotes: [Range<Int>],
                outletVoiceLoaded: [LoadedHit], words: CueWords) {
        self.init(source: source, sentence: sentence, tokens: tokens, inQuote: inQuote, quotes: quotes,
                  outletVoiceLoaded: outletVoiceLoaded, words: words, matchers: words.matchers())
    }

    /// The context, with the cue-word tables' matchers lent by the caller (the analyzer takes
    /// them once per article).
    init(source: SourceText, sentence: Sentence, tokens: [Token], inQuote: [Bool], quotes: [Range<Int>],
         outletVoiceLoaded: [LoadedHit], words: CueWords, matchers: borrowing CueWords.Matchers) {
        var buffers = Buffers()
        self.init(source: source, sentence: sentence, tokens: tokens, inQuote: inQuote, quotes: quotes,
                  outletVoiceLoaded: outletVoiceLoaded, words: words, matchers: matchers, buffers: &buffers)
    }

    /// The allocations of a context's per-token lists, kept by a caller that makes a context
    /// for sentence after sentence and drops each before making the next: the next context's
    /// lists are written into them (a list still held elsewhere is copied, never changed), so
    /// a sentence costs no allocation and release of its own for them.
    public struct Buffers {
        var attributionMatches: [PhraseMatch] = []
        var editorialMatches: [PhraseMatch] = []
        var attributionStarts: [Int] = []
        var editorialStarts: [Int] = []
        var tokenSets: TokenSets.List.Storage?

        public init() {}
    }

    /// The context, with the matchers lent by the caller and its lists written into `buffers`.
    /// (Borrowed: taken as an owned value, the matchers were copied for each sentence, a
    /// reference counted to each of their arrays and released again, some 500 instructions.)
    init(source: SourceText, sentence: Sentence, tokens: [Token], inQuote: [Bool], quotes: [Range<Int>],
         outletVoiceLoaded: [LoadedHit], words: CueWords, matchers: borrowing CueWords.Matchers, buffers: inout Buffers) {
        self.source = source
        self.sentence = sentence
        self.tokens = tokens
        self.inQuote = inQuote
        self.quotes = quotes
        self.outletVoiceLoaded = outletVoiceLoaded
        self.words = words
        // Both tables and the word sets in one walk, one probe a token (`CueWordTable`), which
        // also lists where the tables' entries start.
        var firstNumber = 0
        (tokenSets, sentenceTokenSets) = matchers.table.lookUp(tokens, attribution: matchers.attribution,
                                                               editorial: matchers.editorial, into: &buffers,
                                                               firstNumber: &firstNumber)
        self.firstNumber = firstNumber
        attributionMatches = buffers.attributionMatches
        editorialMatches = buffers.editorialMatches
        attributionEntries = matchers.attribution.entries
        editorialEntries = matchers.editorial.entries
        attributionStarts = buffers.attributionStarts
        editorialStarts = buffers.editorialStarts
        attributionKinds = Self.kinds(attributionMatches, at: attributionStarts, entries: matchers.attribution.entries)
        editorialKinds = Self.kinds(editorialMatches, at: editorialStarts, entries: matchers.editorial.entries)
        // Two offsets counted per sentence, so that every later conversion inside the tokens
        // (evidence spans, the verb searches, the source) is an addition.
        if let first = tokens.first?.bytes.lowerBound, let last = tokens.last?.bytes.upperBound {
            let start = source.scalarOffset(ofByte: first)
            tokenBytes = first..<last
            // A scalar of two or more bytes makes the scalar count smaller than the byte count.
            let isASCII = source.scalarOffset(ofByte: last) - start == last - first
            asciiShift = isASCII ? start - first : nil
            byteShift = start - first
            continuation = isASCII ? ContinuationRuns() : ContinuationRuns(source.bytes, first..<last)
        } else {
            tokenBytes = 0..<0
            asciiShift = nil
            byteShift = 0
            continuation = ContinuationRuns()
        }
    }

    /// The scalar offset of `tokenBytes`' first byte minus its byte offset.
    let byteShift: Int
    /// In a sentence with a few scalars of two or more bytes (curly quotes and apostrophes, an
    /// accented name: the other three sentences in ten), where their continuation bytes lie in
    /// `tokenBytes`: a scalar offset there is then the byte offset plus `byteShift` less the
    /// continuation bytes before it, counted from a handful of runs, where the source text
    /// counts every byte from its checkpoint, in software (this target has no bit-count
    /// instruction), at each of the many conversions of the cues and the source finder.
    let continuation: ContinuationRuns

    /// The runs of UTF-8 continuation bytes (10xxxxxx) in a range of bytes, each a scalar's
    /// bytes after its first, up to `capacity` of them: their starts and lengths, in order.
    struct ContinuationRuns: Sendable {
        static let capacity = 6
        /// Start and length of each run, as pairs of 32-bit integers, read as raw bytes: an
        /// `InlineArray` here was copied whole to the stack at each read of an element.
        private var runs: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        /// How many runs there are; 0 when none is kept (an ASCII range, or more runs than
        /// `capacity`), and then `before(_:)` must not be asked.
        private(set) var count = 0

        init() {}

        init(_ bytes: [UInt8], _ range: Range<Int>) {
            guard range.upperBound < Int(Int32.max) else { return }
            var count = 0
            var kept = true
            bytes.withUnsafeBufferPointer { b in
                guard let base = b.baseAddress else { return }
                var i = range.lowerBound
                while i < range.upperBound {
                    // Eight ASCII bytes stepped over at once.
                    if i + 8 <= range.upperBound, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                    guard b[i] & 0xC0 == 0x80 else {
                        i += 1
                        continue
                    }
                    var j = i + 1
                    while j < range.upperBound, b[j] & 0xC0 == 0x80 { j += 1 }
                    guard count < Self.capacity else {
                        kept = false
                        return
                    }
                    let run = count
                    withUnsafeMutableBytes(of: &runs) { raw in
                        raw.storeBytes(of: Int32(i), toByteOffset: 8 * run, as: Int32.self)
                        raw.storeBytes(of: Int32(j - i), toByteOffset: 8 * run + 4, as: Int32.self)
                    }
                    count += 1
                    i = j
                }
            }
            self.count = kept ? count : 0
        }

        /// The smallest byte `b` with `b - before(b) >= target`. `b - before(b)` never decreases
        /// as `b` grows (it stands still over a run), so a byte in the range is at or after the
        /// result exactly when its own count reaches `target`: each run that starts before the
        /// byte found so far puts it later by the run's length.
        @inline(__always) func firstByte(reaching target: Int) -> Int {
            withUnsafeBytes(of: runs) { raw in
                var b = target
                for r in 0..<count {
                    let start = Int(raw.load(fromByteOffset: 8 * r, as: Int32.self))
                    guard start < b else { break }
                    b += Int(raw.load(fromByteOffset: 8 * r + 4, as: Int32.self))
                }
                return b
            }
        }

        /// The number of continuation bytes in the range before `byte` (which lies in it or at its end).
        @inline(__always) func before(_ byte: Int) -> Int {
            withUnsafeBytes(of: runs) { raw in
                var n = 0
                for r in 0..<count {
                    let start = Int(raw.load(fromByteOffset: 8 * r, as: Int32.self))
                    guard byte > start else { break }
                    n += min(byte - start, Int(raw.load(fromByteOffset: 8 * r + 4, as: Int32.self)))
                }
                return n
            }
        }
    }

    /// Whether every token's scalar offset is counted without the source text: by `asciiShift`,
    /// or by the continuation runs.
    var countsScalars: Bool { asciiShift != nil || continuation.count > 0 }

    /// The bytes from the first token's start to the last token's end.
    let tokenBytes: Range<Int>
    /// When every scalar in `tokenBytes` is one byte (about seven sentences in ten of news text):
    /// the scalar offset of a byte there minus the byte offset. Nil otherwise.
    let asciiShift: Int?

    /// The scalar offset of a byte offset: an addition inside an all-ASCII sentence's tokens,
    /// else counted by the source text (the same figure either way).
    @inline(__always) func scalarOffset(ofByte byte: Int) -> Int {
        if byte >= tokenBytes.lowerBound, byte <= tokenBytes.upperBound {
            if let shift = asciiShift { return byte + shift }
            if continuation.count > 0 { return byte + byteShift - continuation.before(byte) }
        }
        return source.scalarOffset(ofByte: byte)
    }

    /// The set of the kinds of the longest entries starting at `starts`.
    static func kinds(_ matches: [PhraseMatch], at starts: [Int], entries: [PhraseTable<CueWords.Word>.Entry]) -> KindSet {
        var kinds = KindSet()
        guard !starts.isEmpty else { return kinds }
        entries.withUnsafeBufferPointer { entries in
            for k in starts { kinds.insert(entries[Int(matches[k].index)].value.code) }
        }
        return kinds
    }

    /// The kinds of the longest attribution-cues entries starting at `attributionStarts`: the
    /// only kinds `attributionKind(at:)` and `attributionWord(at:)` can return in this sentence.
    /// A cue that acts only on words of some kinds tests this first, and a sentence with none
    /// of them costs it one instruction instead of a walk over its listed words.
    let attributionKinds: KindSet
    /// The kinds of the longest editorial-cues entries starting at `editorialStarts`.
    let editorialKinds: KindSet

    /// A set of `CueWords.Kind`s, one bit each.
    ///
    /// A cue names its kinds as `KindSet(.hedge, .speculation)`, computed where it is used: a
    /// few constant instructions, where a set made from a static array cost a lazy global's
    /// check, a reference count and a walk over the array at every sentence (some 100
    /// instructions a call for the seven cues that share `EditorialWords.find`).
    struct KindSet {
        var bits: UInt32 = 0
        init() {}
        @inline(__always) init(_ kind: CueWords.Kind) { bits = 1 << UInt32(kind.rawValue) }
        @inline(__always) init(_ first: CueWords.Kind, _ second: CueWords.Kind) {
            bits = 1 << UInt32(first.rawValue) | 1 << UInt32(second.rawValue)
        }
        @inline(__always) init(_ first: CueWords.Kind, _ second: CueWords.Kind, _ third: CueWords.Kind) {
            bits = 1 << UInt32(first.rawValue) | 1 << UInt32(second.rawValue) | 1 << UInt32(third.rawValue)
        }
        @inline(__always) func union(_ other: KindSet) -> KindSet {
            var set = self
            set.bits |= other.bits
            return set
        }
        @inline(__always) mutating func insert(_ kind: CueWords.Kind) { bits |= 1 << UInt32(kind.rawValue) }
        @inline(__always) func contains(_ kind: CueWords.Kind) -> Bool { bits & (1 << UInt32(kind.rawValue)) != 0 }
        @inline(__always) func intersects(_ other: KindSet) -> Bool { bits & other.bits != 0 }
    }

    /// The tokens where some attribution-cues entry starts, in order: cues that only act on
    /// listed words visit these instead of every token.
    let attributionStarts: [Int]
    /// The tokens where some editorial-cues entry starts, in order.
    let editorialStarts: [Int]

    /// The longest attribution-cues entry starting at token `i`.
    public func attribution(at i: Int) -> (entry: PhraseTable<CueWords.Word>.Entry, length: Int)? {
        guard i >= 0 && i < tokens.count else { return nil }
        let (k, length) = (attributionMatches[i].index, attributionMatches[i].length)
        return k < 0 ? nil : (attributionEntries[Int(k)], Int(length))
    }

    /// The kind of the longest attribution-cues entry starting at token `i`, and its length:
    /// what most cues test first, read without copying the entry.
    func attributionKind(at i: Int) -> (kind: CueWords.Kind, length: Int)? {
        guard i >= 0 && i < tokens.count else { return nil }
        let (k, length) = (attributionMatches[i].index, attributionMatches[i].length)
        return k < 0 ? nil : (attributionEntries[Int(k)].value.code, Int(length))
    }

    /// The kind of the longest editorial-cues entry starting at token `i`, and its length.
    func editorialKind(at i: Int) -> (kind: CueWords.Kind, length: Int)? {
        guard i >= 0 && i < tokens.count else { return nil }
        let (k, length) = (editorialMatches[i].index, editorialMatches[i].length)
        return k < 0 ? nil : (editorialEntries[Int(k)].value.code, Int(length))
    }

    /// The walk the attribution cues share: each token outside quotations where an
    /// attribution-cues entry starts, in order, with the entry's kind and length. `visit`
    /// returns whether it took the match. A match taken is stepped over; one declined is stepped
    /// over too when `stepOverDeclined` (a verb cue does not look for a verb inside "according
    /// to"), else the walk looks inside it for a shorter entry of the cue's own kind.
    func scanAttributions(stepOverDeclined: Bool, _ visit: (_ i: Int, _ kind: CueWords.Kind, _ length: Int) -> Bool) {
        var i = 0
        for start in attributionStarts where start >= i {
            i = start
            guard !inQuote[i], let (kind, length) = attributionKind(at: i) else {
                i += 1
                continue
            }
            i += visit(i, kind, length) || stepOverDeclined ? length : 1
        }
    }

    /// What the cues read of a listed word: its weight, note and kind.
    struct ListedWord {
        var weight: Double
        var note: String?
        var code: CueWords.Kind
    }

    /// The weight, note and kind of the longest attribution-cues entry starting at token `i`,
    /// and its length: read in place, where a copy of the entry counted references to its
    /// two arrays and three strings.
    func attributionWord(at i: Int) -> (value: ListedWord, length: Int)? {
        guard i >= 0 && i < tokens.count else { return nil }
        let (k, length) = (attributionMatches[i].index, attributionMatches[i].length)
        guard k >= 0 else { return nil }
        let value = attributionEntries[Int(k)].value
        return (ListedWord(weight: value.weight, note: value.note, code: value.code), Int(length))
    }

    /// The longest attribution-cues entry starting at token `i` when it is of `kind`, and its
    /// length: the cues that own one kind of word (findings, expectations, attitudes) ask this.
    func attributionWord(at i: Int, kind: CueWords.Kind) -> (value: ListedWord, length: Int)? {
        guard let word = attributionWord(at: i), word.value.code == kind else { return nil }
        return word
    }

    /// The weight, note and kind of the longest editorial-cues entry starting at token `i`,
    /// and its length, read in place.
    func editorialWord(at i: Int) -> (value: ListedWord, length: Int)? {
        guard i >= 0 && i < tokens.count else { return nil }
        let (k, length) = (editorialMatches[i].index, editorialMatches[i].length)
        guard k >= 0 else { return nil }
        let value = editorialEntries[Int(k)].value
        return (ListedWord(weight: value.weight, note: value.note, code: value.code), Int(length))
    }

    /// Whether some attribution-cues entry starts at token `i` (no entry copied).
    func hasAttribution(at i: Int) -> Bool {
        i >= 0 && i < tokens.count && attributionMatches[i].index >= 0
    }

    /// Whether some editorial-cues entry starts at token `i` (no entry copied).
    func hasEditorial(at i: Int) -> Bool {
        i >= 0 && i < tokens.count && editorialMatches[i].index >= 0
    }

    /// The longest editorial-cues entry starting at token `i`.
    public func editorial(at i: Int) -> (entry: PhraseTable<CueWords.Word>.Entry, length: Int)? {
        guard i >= 0 && i < tokens.count else { return nil }
        let (k, length) = (editorialMatches[i].index, editorialMatches[i].length)
        return k < 0 ? nil : (editorialEntries[Int(k)], Int(length))
    }

    /// The index of the first token that starts at or after a scalar offset: a binary search
    /// on the tokens' offsets (they are in text order). In an all-ASCII sentence the search
    /// compares bytes with the offset turned into a byte once: every token starts inside
    /// `tokenBytes`, where a token's scalar offset is its byte plus `asciiShift`, so the two
    /// comparisons agree for any offset (one whose byte would overflow lies after them all).
    ///
    /// The all-ASCII search (seven sentences in ten) is a small function of its own, the others
    /// in `firstTokenCounted`: together, every call saved and restored the registers the
    /// counted searches need, about a quarter of a call's instructions.
    func firstToken(atOrAfter offset: Int) -> Int {
        guard let shift = asciiShift else { return firstTokenCounted(atOrAfter: offset) }
        let (byte, overflow) = offset.subtractingReportingOverflow(shift)
        if overflow { return offset > 0 ? tokens.count : 0 }
        var lo = 0, hi = tokens.count
        tokens.withUnsafeBufferPointer { tokens in
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].bytes.lowerBound < byte { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }

    /// `firstToken(atOrAfter:)` in a sentence with scalars of two or more bytes.
    @inline(never)
    private func firstTokenCounted(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        if continuation.count > 0 {
            // Every token starts inside `tokenBytes`, where a byte's scalar offset is the byte
            // plus `byteShift` less the continuation bytes before it: it reaches `offset` exactly
            // from the byte `firstByte(reaching:)` gives on, found once, and the search compares
            // bytes with it (a scalar offset counted at each step cost some forty instructions).
            let (target, overflow) = offset.subtractingReportingOverflow(byteShift)
            if overflow { return offset > 0 ? tokens.count : 0 }
            // Past the last token's start no token can reach it (a scalar offset is at most its
            // byte offset less `byteShift`); returned here, before the runs' lengths are added.
            if target > tokenBytes.upperBound { return tokens.count }
            let byte = continuation.firstByte(reaching: target)
            tokens.withUnsafeBufferPointer { tokens in
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if tokens[mid].bytes.lowerBound < byte { lo = mid + 1 } else { hi = mid }
                }
            }
            return lo
        }
        while lo < hi {
            let mid = (lo + hi) / 2
            if scalarOffset(ofByte: tokens[mid].bytes.lowerBound) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The token index of the sentence's closing `mark` ("?", "!") outside a quotation: the
    /// last such mark with only punctuation after it (closing quotes and brackets), looked for
    /// back from the end over the closing punctuation, not through the whole sentence.
    func closingMark(_ mark: WordKey) -> Int? {
        var k = tokens.count - 1
        while k >= 0, tokens[k].kind == .punctuation, tokens[k].word != mark { k -= 1 }
        guard k >= 0, tokens[k].word == mark, !inQuote[k] else { return nil }
        return k
    }

    /// Evidence for a range of tokens.
    public func evidence(_ id: String, tokens range: Range<Int>, effect: CueEffect, weight: Double,
                         note: String? = nil) -> CueEvidence {
        let bytes = tokens[range.lowerBound].bytes.lowerBound..<tokens[range.upperBound - 1].bytes.upperBound
        return evidence(id, bytes: bytes, effect: effect, weight: weight, note: note)
    }

    /// Evidence for a byte range of the input.
    public func evidence(_ id: String, bytes: Range<Int>, effect: CueEffect, weight: Double,
                         note: String? = nil) -> CueEvidence {
        return CueEvidence(id: id, start: scalarOffset(ofByte: bytes.lowerBound), end: scalarOffset(ofByte: bytes.upperBound),
                           text: source.text(ofBytes: bytes),
                           effect: effect.rawValue, weight: weight, note: note)
    }

    /// Index of the token whose key sequence `phrase` starts at `i`, if it matches there.
    public func matches(_ phrase: [String], at i: Int) -> Bool {
        guard i + phrase.count <= tokens.count else { return false }
        for (k, word) in phrase.enumerated() where tokens[i + k].key != word { return false }
        return true
    }
}

/// A cue id as a `switch` pattern: ids told apart by length before their strings are compared
/// (comparing two strings that differ is a call into the string library).
struct CueID {
    let text: String
    init(_ text: String) { self.text = text }
    @inline(__always) static func ~= (pattern: CueID, value: String) -> Bool {
        value.utf8.count == pattern.text.utf8.count && value == pattern.text
    }
}

/// What a cue is evidence of.
public enum CueEffect: String, Sendable {
    case attribution, editorial, factual
}

/// A small named rule that finds evidence for a label in a sentence.
///
/// Each cue lives in its own file under `Classify/Cues/`, named for what it matches; the
/// classifier holds them in one ordered list (`ClaimClassifier.cues`).
public protocol Cue: Sendable {
    /// A stable id, shown in explanations and JSON (`attribution-verb`).
    var id: String { get }
    /// Appends the cue's evidence in the sentence to `result`, in text order. The classifier
    /// passes one list for all the cues of a sentence: a list per cue cost an allocation
    /// for every cue that found anything.
    func find(in context: SentenceContext, into result: inout [CueEvidence])
}

/// A cue that acts only on listed words of some kinds, and so finds nothing in a sentence where
/// no entry of those kinds starts (`SentenceContext.attributionKinds`, `editorialKinds`): its
/// `find` opens with that test, and the classifier makes the same test before calling it.
///
/// Most sentences hold words of few kinds, so most of these cues have nothing to do in most
/// sentences, and a call that returns at once still cost some forty instructions (the loop's
/// step, the box's dispatch, the cue's entry and exit), for about twenty cues a sentence.
/// A cue that finds nothing in a sentence holding no word of its token sets (`TokenSets`, whose
/// union over the sentence the context keeps): the classifier calls it only where one stands,
/// as it calls a `ListedKindCue` only where its kinds start. (The cue still checks for itself
/// when called directly.)
protocol TokenSetCue: Cue {
    var tokenSets: TokenSets { get }
}

/// A cue that finds nothing in a sentence without a quotation (`SentenceContext.quotes`): the
/// classifier calls it only where there is one.
protocol QuotationCue: Cue {}

/// A cue that finds nothing in a sentence without a loaded term in the outlet's voice
/// (`SentenceContext.outletVoiceLoaded`): the classifier calls it only where there is one.
protocol LoadedHitCue: Cue {}

protocol ListedKindCue: Cue {
    /// The attribution-cues kinds the cue acts on.
    var attributionKinds: SentenceContext.KindSet { get }
    /// The editorial-cues kinds the cue acts on.
    var editorialKinds: SentenceContext.KindSet { get }
}

extension ListedKindCue {
    var attributionKinds: SentenceContext.KindSet { SentenceContext.KindSet() }
    var editorialKinds: SentenceContext.KindSet { SentenceContext.KindSet() }

    /// Whether a listed word of the cue's kinds starts somewhere in the sentence: when not,
    /// `find` finds nothing.
    @inline(__always) func mayFind(in context: SentenceContext) -> Bool {
        context.attributionKinds.intersects(attributionKinds) || context.editorialKinds.intersects(editorialKinds)
    }
}

/// A cue behind a class reference, for the classifier's loop over its cues.
class AnyCueBox: @unchecked Sendable {
    let id: String
    init(id: String) { self.id = id }
    func find(in context: SentenceContext, into result: inout [CueEvidence]) {}
}

/// One cue of a known type, in its box.
final class CueBox<C: Cue>: AnyCueBox, @unchecked Sendable {
    let cue: C
    init(_ cue: C) {
        self.cue = cue
        super.init(id: cue.id)
    }
    override func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        cue.find(in: context, into: &result)
    }
}

extension Cue {
    /// The cue's evidence in the sentence, on its own.
    public func find(in context: SentenceContext) -> [CueEvidence] {
        var result: [CueEvidence] = []
        find(in: context, into: &result)
        return result
    }
}
