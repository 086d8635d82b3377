/// Finds mentions of the entities in `entities.tsv` (alias, entity, kind) in sentence text,
/// for the per-entity aggregates. The mentions are the loaded-language scorer's
/// (`EntityGazetteer.entityMentions(inSentence:)`), so the counts and the hits' targets
/// agree: an alias that opens a longer capitalised name ("Homeland Security" in "the State and
/// Homeland Security Departments") is part of that name, not a mention of its entity. A byte
/// scan first asks whether any word of the sentence can start an alias: most sentences cannot,
/// and are not tokenized.
public struct EntityFinder: Sendable {
    /// For each alias, the longest of its words' first runs of ASCII letters and digits
    /// ("Congress" of "U.S. Congress", "Erdo" of "Erdoğan"), packed (`WordKey`).
    private var firstRuns = KeyTable<Bool>()
    /// Bit `min(n, 63)` of entry `b` is set when some alias's first run starts with byte `b` and
    /// has `n` bytes: most words of a text fail this test, and skip building and hashing a key.
    private var runShapes = [UInt64](repeating: 0, count: 256)
    /// The first characters (as UTF-8) of the aliases none of whose words starts with an ASCII
    /// letter or digit ("É" of "Élysée"): a sentence holding one is always looked at.
    private var leadingScalars: [[UInt8]] = []
    /// Set when an alias starts with ASCII punctuation: the scan cannot rule such an alias out,
    /// and every sentence goes to the gazetteer.
    private var scanIsBlind = false
    /// The mentions themselves: the scorer's routine.
    private var gazetteer = EntityGazetteer()
    private var isEmpty = true

    /// An empty finder: no mentions.
    public init() {}

    /// Builds the finder from the text of `entities.tsv` (validated as a data file, as the
    /// analyzer validates it: a duplicate alias is an error).
    public init(entitiesTSV text: String) throws {
        try self.init(entitiesTSV: text, gazetteer: EntityGazetteer(lexicons: LexiconSet(files: ["entities.tsv": text])))
    }

    /// Builds the finder from the text of `entities.tsv` and the gazetteer an analyzer already
    /// made from the same text (`analyzer.scorer.entities`), instead of making it again (about
    /// 14 million instructions, on the ingest's way to its first analysis).
    public init(entitiesTSV text: String, gazetteer: EntityGazetteer) throws {
        let file = try DataFile.parse(text, name: "entities.tsv", minColumns: 3, maxColumns: 3)
        self.gazetteer = gazetteer
        for row in file.rows {
            // The alias's words as the gazetteer tokenizes them: a text that holds the alias
            // holds each of them as a word of its own.
            let source = SourceText(row.fields[0])
            let words = Tokenizer.tokens(in: source, range: 0..<source.bytes.count).map { Array(source.bytes[$0.bytes]) }
            guard let first = words.first, let firstByte = first.first else { continue }
            isEmpty = false
            // The key is the longest first run of ASCII letters and digits among the words that
            // start with one: "Kremlin" of "the Kremlin", "Washington" of "The Washington Post".
            // (Keyed by the first word, "the" and "The" sent four sentences in five to the
            // tokenizer.)
            let runs = words.filter { $0.first.map(Self.isASCIIAlphanumeric) ?? false }.map { Array($0.prefix { Self.isASCIIAlphanumeric($0) }) }
            guard let run = runs.max(by: { $0.count < $1.count }) else {
                if firstByte >= 0x80 {
                    // No word starts with an ASCII letter or digit ("Élysée"): its first character.
                    let scalar = Array(first.prefix { $0 >= 0x80 }.prefix(4))
                    if !leadingScalars.contains(scalar) { leadingScalars.append(scalar) }
                } else {
                    scanIsBlind = true
                }
                continue
            }
            runShapes[Int(run[0])] |= 1 << UInt64(min(run.count, 63))
            let key = run.withUnsafeBufferPointer { WordKey(bytes: $0) }, string = String(decoding: run, as: UTF8.self)
            if firstRuns.index(of: key, string) == nil { _ = firstRuns.append(key, string, true) }
        }
    }

    /// `isASCIIAlphanumeric` for every byte value: the scan over every sentence reads this table.
    static let alphanumerics: [Bool] = (0..<256).map { isASCIIAlphanumeric(UInt8($0)) }

    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Mentions in `text` (one sentence): (entity, kind, byte range in `text`), in order, not
    /// overlapping.
    public func mentions(in text: String) -> [(entity: String, kind: String, bytes: Range<Int>)] {
        guard !isEmpty else { return [] }
        var text = text
        return text.withUTF8 { mentions(inUTF8: $0) }
    }

    /// Mentions in UTF-8 text (one sentence): (entity, kind, byte range), in order, not
    /// overlapping. The scan reads the bytes in place (the stored sentences are native
    /// strings); only a sentence with a word that can start an alias is tokenized.
    public func mentions(inUTF8 b: UnsafeBufferPointer<UInt8>) -> [(entity: String, kind: String, bytes: Range<Int>)] {
        guard !isEmpty, scanIsBlind || mayMention(b) else { return [] }
        return gazetteer.entityMentions(inSentence: String(decoding: b, as: UTF8.self)).map { ($0.entity, $0.kind, $0.bytes) }
    }

    /// Mentions in a sentence the analyzer has tokenized in its article's text (`tokens`, over
    /// `sentence`, a byte range of `source`): the answer `mentions(inUTF8:)` gives for the
    /// sentence's text, without tokenizing it again. Byte ranges are in the sentence.
    func mentions(tokens: [Token], in source: SourceText, sentence: Range<Int>) -> [EntityMention] {
        // No byte scan first (`mayMention`): the gazetteer's walk over the tokens tests each
        // word's first byte and filter bit before any lookup, which costs less than the scan
        // of every byte that it would spare in the one sentence in four the scan rules out.
        guard !isEmpty else { return [] }
        return gazetteer.entityMentions(tokens: tokens, source: source, base: sentence.lowerBound)
    }

    /// False when no alias can occur in the text: no run of ASCII letters and digits is an
    /// alias's key run, and no character that starts an alias occurs. A text that holds an
    /// alias holds its words as tokens; the tokenizer starts no word inside such a run, and a
    /// word's run ends where the alias word's does ("Russia’s" is the run "Russia"), so every
    /// alias the gazetteer finds passes.
    func mayMention(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var sawNonASCII = false
        // The table read in place: 256 entries, indexed by a byte, need no bounds check.
        let found = Self.alphanumerics.withUnsafeBufferPointer { isWord in
            while i < b.count {
                guard isWord[Int(b[i])] else { sawNonASCII = sawNonASCII || b[i] >= 0x80; i += 1; continue }
                var j = i + 1
                while j < b.count, isWord[Int(b[j])] { j += 1 }
                if runShapes[Int(b[i])] & (1 << UInt64(min(j - i, 63))) != 0,
                   firstRuns.index(of: WordKey(bytes: UnsafeBufferPointer(rebasing: b[i..<j])),
                                   String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)) != nil {
                    return true
                }
                i = j
            }
            return false
        }
        if found { return true }
        guard sawNonASCII, !leadingScalars.isEmpty else { return false }
        for scalar in leadingScalars where b.count >= scalar.count {
            for start in 0...(b.count - scalar.count) where b[start] == scalar[0] {
                var k = 1
                while k < scalar.count, b[start + k] == scalar[k] { k += 1 }
                if k == scalar.count { return true }
            }
        }
        return false
    }
}
