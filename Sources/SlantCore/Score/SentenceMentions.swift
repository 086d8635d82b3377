/// One entity mention of a sentence: the gazetteer entity, its kind and the alias's bytes.
public struct EntityMention: Sendable, Hashable {
    /// The entity's name (`entities.tsv` second column).
    public var entity: String
    /// The entity's kind (`entities.tsv` third column).
    public var kind: String
    /// The alias's byte range in the sentence text (a possessive ending left out: "Russia's" is
    /// "Russia").
    public var bytes: Range<Int>

    public init(entity: String, kind: String, bytes: Range<Int>) {
        self.entity = entity
        self.kind = kind
        self.bytes = bytes
    }
}

/// The mentions in a sentence: one routine for the loaded-language scorer's targets and the
/// store's per-entity counts (`EntityFinder`), so a name the scorer reads whole ("the Homeland
/// Security Departments") is not counted for the alias it opens ("Homeland Security").
extension EntityGazetteer {
    /// The gazetteer entities a sentence mentions, in order, not overlapping: the mentions of
    /// `mentions(_:_:)` that are an alias alone, not an alias opening a longer capitalised name
    /// nor a capitalised run. `text` is one sentence (the headline test reads all its words).
    public func entityMentions(inSentence text: String) -> [EntityMention] {
        let source = SourceText(text)
        return entityMentions(tokens: Tokenizer.tokens(in: source, range: 0..<source.bytes.count), source: source, base: 0)
    }

    /// The same for a sentence already tokenized in its article's text (the analyzer's tokens):
    /// byte ranges counted from `base`, the sentence's first byte.
    func entityMentions(tokens: [Token], source: SourceText, base: Int) -> [EntityMention] {
        guard !tokens.isEmpty else { return [] }
        let raw = RawWords(source: source, tokens: tokens)
        var result: [EntityMention] = []
        // Only the aliases of `mentions(_:_:)` are walked to: a capitalised run it finds
        // between them is made of words where no alias starts (it stops at one), so stepping
        // over it word by word meets the same aliases at the same places, and its name tests
        // (`notNames`, `isOrdinal`) for every capitalised word are not needed here.
        let notNames = LoadedLanguageScorer.notNames
        var titleCase: Bool?
        var i = 0
        while i < tokens.count {
            guard mayMatch(raw, at: i), let alias = aliasMention(tokens, raw, at: i, titleCase: &titleCase, notNames: notNames) else {
                i += 1
                continue
            }
            if alias.end == i + alias.length {
                let found = entry(slot: alias.slot, entity: alias.entity)
                let bytes = (tokens[i].bytes.lowerBound - base)..<(raw.range(alias.end - 1).upperBound - base)
                result.append(EntityMention(entity: found.name, kind: found.kind, bytes: bytes))
            }
            i = alias.end
        }
        return result
    }

    /// The entity at a place that `matchIndex` returned.
    func entry(slot: Int, entity: Int) -> Entity { byFirst.values[slot][entity] }

    /// A mention found by `mentions(_:_:before:)`: its tokens, and where its entity is kept
    /// (`name(slot:entity:)`), or a slot of -1 for a capitalised run or an alias opening a
    /// longer name (named by its words as written).
    struct Mention {
        var range: Range<Int>
        var slot: Int32
        var entity: Int32
    }

    /// Entity mentions in the sentence: gazetteer aliases, then other capitalised runs that
    /// do not open the sentence.
    /// A mention is named only if a term is aimed at it (`LoadedLanguageScorer.mentionName`),
    /// since most mentions are never chosen: a capitalised run's words cost a string, and an
    /// entity's name a read of its list (which has usually left the caches) and a reference
    /// counted.
    /// With `end`, only the mentions that start before token `end` (the scan from the sentence's
    /// start finds them as it would for the whole sentence).
    /// With `start`, from token `start` on, which the caller knows a scan from the sentence's
    /// start reaches between mentions (the sentence's headline case is still read whole).
    func mentions(_ tokens: [Token], _ raw: RawWords, from start: Int = 0, before end: Int = Int.max) -> [Mention] {
        var mentions: [Mention] = []
        // Room for most sentences' mentions at once: grown from empty, the list was reallocated
        // about twice per sentence.
        mentions.reserveCapacity(8)
        // Taken once: each read of the static ran its once-check.
        let notNames = LoadedLanguageScorer.notNames
        // Whether the sentence is set in headline case, found only when an alias is followed by
        // a capitalised word.
        var titleCase: Bool?
        let end = min(end, tokens.count)
        var i = start
        while i < end {
            if mayMatch(raw, at: i), let alias = aliasMention(tokens, raw, at: i, titleCase: &titleCase, notNames: notNames) {
                let e = alias.end
                let whole = e == i + alias.length
                mentions.append(Mention(range: i..<e, slot: whole ? Int32(alias.slot) : -1, entity: Int32(alias.entity)))
                i = e
                continue
            }
            // An ordinal opens the name it numbers ("the 501st Legion", "the 82nd Airborne"). Asked
            // last, after the cheap tests on the next word: it is a test of every word.
            let ordinal = !tokens[i].isCapitalized && i + 1 < tokens.count && tokens[i + 1].kind == .word
                && tokens[i + 1].isCapitalized && LoadedLanguageScorer.isOrdinal(tokens[i])
            if tokens[i].kind == .word, tokens[i].isCapitalized || ordinal, i > 0, !notNames.contains(tokens[i]) {
                var e = i + 1
                while e < tokens.count, tokens[e].kind == .word, tokens[e].isCapitalized,
                      !mayMatch(raw, at: e) || matchIndex(raw, at: e) == nil,
                      !notNames.contains(tokens[e]) { e += 1 }
                mentions.append(Mention(range: i..<e, slot: -1, entity: 0))
                i = e
                continue
            }
            i += 1
        }
        return mentions
    }

    /// The alias that starts at token `i` (`matchIndex`) and where its mention ends: after the
    /// alias, or after the longer capitalised name it opens. `titleCase` is the sentence's
    /// headline case, found when first needed.
    @inline(__always)
    func aliasMention(_ tokens: [Token], _ raw: RawWords, at i: Int, titleCase: inout Bool?, notNames: WordSet)
        -> (slot: Int, entity: Int, length: Int, end: Int)? {
        guard let (slot, entity, length) = matchIndex(raw, at: i) else { return nil }
        // An alias that opens a longer capitalised name ("the Homeland Security
        // Departments", "the Washington Post") is part of that name, not its entity:
        // the mention is the whole name. (Not after a possessive: "Russia's Vladimir
        // Putin" is two names. Nor when the name runs into another alias: "U.S. President
        // Donald Trump" keeps its country and its person. Nor in a headline, where every
        // word is capitalised and the aliases are the surer names.)
        var e = i + length
        if e < tokens.count, tokens[e].kind == .word, tokens[e].isCapitalized,
           !tokens[e - 1].keyHasSuffix("'s"), tokens[e - 1].word != .possessive {
            if titleCase == nil { titleCase = LoadedLanguageScorer.isHeadlineCase(tokens) }
            if titleCase == false {
                while e < tokens.count, tokens[e].kind == .word, tokens[e].isCapitalized, !notNames.contains(tokens[e]),
                      !mayMatch(raw, at: e) || matchIndex(raw, at: e) == nil { e += 1 }
                if e < tokens.count, tokens[e].kind == .word, tokens[e].isCapitalized, !notNames.contains(tokens[e]) { e = i + length }
            }
        }
        return (slot, entity, length, e)
    }
}
