/// A doctrine, system or attitude named by its "-ism" in the outlet's own voice ("capitalism",
/// "neoliberalism", "populism", "cronyism", "Trumpism"): arguing about ideas under their names
/// is the language of commentary, where a report says who did what. Weak evidence alone (its
/// weight in the model is below one evaluative word's): it adds to the other cues of an
/// essay-like sentence that has no listed word of judgement.
///
/// One piece of evidence per such word outside quotations. Words in "-ism" that name a
/// mechanism, a field or a condition rather than a doctrine ("organism", "tourism",
/// "journalism", "autism") are listed as `neutral` in editorial-cues.tsv, and a word that another
/// cue already claimed ("narcissism" as evaluative, "cronyism" as a loaded term) counts once, as
/// that cue's.
public struct DoctrineCue: Cue, TokenSetCue {
    var tokenSets: TokenSets { .doctrineShapes }
    public var id: String { "doctrine" }
    /// The shortest word counted: "truism", "schism" (six bytes); "ism" alone is not a doctrine.
    static let minimumLength = 6
    public init() {}

    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        // No word of the shape anywhere (`TokenSets.doctrineShapes`, found with the other word
        // sets' bits): most sentences.
        guard context.sentenceTokenSets.contains(.doctrineShapes) else { return }
        let claimedBefore = result.count
        // The word's own bytes first, read in place: the length byte alone turns away most
        // tokens in one comparison, the last four bytes all but about one in a thousand, before
        // the quotation and word-list checks.
        context.tokens.withUnsafeBufferPointer { tokens in
            // By pointer: an index is multiplied by the token's size on every step, and this loop
            // visits every token of every sentence for a word that stands in one in a hundred.
            guard let first = tokens.baseAddress else { return }
            let end = first + tokens.count
            var token = first
            while token < end {
                defer { token += 1 }
                let hi = token.pointee.word.hi
                guard hi >= Self.shortest else { continue }
                guard hi >> 56 == WordKey.longMarker ? Self.longNamesDoctrine(token.pointee.key)
                    : Self.endsInIsm(lo: token.pointee.word.lo, hi: hi) else { continue }
                let k = token - first
                guard tokens[k].kind == .word, !context.inQuote[k], !context.hasEditorial(at: k) else { continue }
                let found = context.evidence(id, tokens: k..<(k + 1), effect: .editorial, weight: 1.0,
                                             note: "a doctrine or attitude named in the outlet's voice")
                // Rare (one sentence in a hundred), so a scan of the evidence so far is cheap.
                guard !result[..<claimedBefore].contains(where: { $0.start < found.end && found.start < $0.end }) else { continue }
                result.append(found)
            }
        }
    }

    /// The least `hi` of a packed key of `minimumLength` bytes or more (its length is the top
    /// byte; a long key's marker is above it too).
    static let shortest = UInt64(minimumLength) << 56
    /// "ism" and "isms" as the last bytes of a packed key, read as a little-endian number.
    private static let ism: UInt32 = 0x6D_7369
    private static let isms: UInt32 = 0x736D_7369

    /// Whether a packed key of `minimumLength` to 15 bytes ends in "ism" or "isms".
    @inline(__always) static func endsInIsm(lo: UInt64, hi: UInt64) -> Bool {
        let n = Int(truncatingIfNeeded: hi >> 56)
        // The key's bytes as one number (the length byte masked off), shifted to its last four.
        let bytes = UInt128(hi & 0x00FF_FFFF_FFFF_FFFF) &<< 64 | UInt128(lo)
        let tail = UInt32(truncatingIfNeeded: bytes &>> UInt128(8 * (n - 4)))
        return tail &>> 8 == ism || tail == isms
    }

    /// The same test on a key too long for a pack (one word in several hundred).
    @inline(never) static func longNamesDoctrine(_ key: String) -> Bool {
        key.hasSuffix("ism") || key.hasSuffix("isms")
    }
}
