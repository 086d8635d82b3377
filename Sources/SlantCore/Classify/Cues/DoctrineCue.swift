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
public struct DoctrineCue: Cue {
    public var id: String { "doctrine" }
    /// The shortest word counted: "truism", "schism" (six bytes); "ism" alone is not a doctrine.
    static let minimumLength = 6
    public init() {}

    public func find(in context: SentenceContext, into result: inout [CueEvidence]) {
        let tokens = context.tokens
        let claimedBefore = result.count
        for k in tokens.indices where tokens[k].kind == .word && !context.inQuote[k] {
            guard Self.namesDoctrine(tokens[k]), !context.hasEditorial(at: k) else { continue }
            let found = context.evidence(id, tokens: k..<(k + 1), effect: .editorial, weight: 1.0,
                                         note: "a doctrine or attitude named in the outlet's voice")
            // Rare (one sentence in a hundred), so a scan of the evidence so far is cheap.
            guard !result[..<claimedBefore].contains(where: { $0.start < found.end && found.start < $0.end }) else { continue }
            result.append(found)
        }
    }

    /// Whether a word ends in "ism" or "isms" and is long enough to name one.
    static func namesDoctrine(_ token: Token) -> Bool {
        let word = token.word
        if word.isLong {
            let key = token.key
            return key.hasSuffix("ism") || key.hasSuffix("isms")
        }
        var n = word.count
        guard n >= minimumLength else { return false }
        if byte(word, n - 1) == UInt8(ascii: "s") && byte(word, n - 2) == UInt8(ascii: "m") { n -= 1 }
        return byte(word, n - 1) == UInt8(ascii: "m") && byte(word, n - 2) == UInt8(ascii: "s")
            && byte(word, n - 3) == UInt8(ascii: "i")
    }

    /// Byte `j` of a packed key (`j` below its count).
    @inline(__always) private static func byte(_ word: WordKey, _ j: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: j < 8 ? word.lo >> (8 * UInt64(j)) : word.hi >> (8 * UInt64(j - 8)))
    }
}
