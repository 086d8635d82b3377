/// Abbreviations that a period does not end a sentence after, from `Lexicons/abbreviations.tsv`.
public struct Abbreviations: Sendable {
    /// How an abbreviation behaves before the next word.
    public enum Kind: String, Sendable, CaseIterable {
        /// Titles before a name (Mr., Dr., Sen.): never end a sentence.
        case title
        /// Before a number only (No. 5, Art. 3): a sentence goes on when a digit follows.
        case numeric
        /// Others (Inc., U.S., a.m., etc.): end a sentence only before a common sentence opener.
        case other
    }

    private var kinds: [[UInt8]: Kind] = [:]
    private var openers: Set<[UInt8]> = []

    public init(entries: [(String, Kind)], sentenceOpeners: [String]) {
        for (term, kind) in entries {
            var key = Array(term.lowercased().utf8)
            if key.last == UInt8(ascii: ".") { key.removeLast() }
            kinds[key] = kind
        }
        openers = Set(sentenceOpeners.map { Array($0.lowercased().utf8) })
    }

    /// The kind of an abbreviation given in lower case without its final period, if listed.
    public func kind(of lowercasedWord: [UInt8]) -> Kind? { kinds[lowercasedWord] }

    /// True if the word, in any case, is a listed abbreviation.
    public func contains(_ word: [UInt8]) -> Bool {
        kinds[word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }] != nil
    }

    /// True for words that commonly open a sentence ("The", "He", "But").
    public func isSentenceOpener(_ lowercasedWord: [UInt8]) -> Bool { openers.contains(lowercasedWord) }

    public var count: Int { kinds.count }
}
