import Foundation
@testable import SlantCore
import SlantIO
import Testing

/// The data-file parser and the loaders' plain-row path (fields read as bytes, weights by
/// `DecimalNumber`, terms split by `PhraseTable.plainWords`) against the general path they
/// stand in for: the same entries, and every bad row reported as `slant lexicon check` does.
@Suite struct LexiconLoadingTests {
    @Test(arguments: ["0", "1", "3", "1.5", "2.25", "0.1", "0.3", "2.675", "007", "1.000", "123456789012345",
                      "0.00000000000001", "9.99999999999999"])
    func decimalsReadAsStrtodReadsThem(text: String) {
        let value = Array(text.utf8).withUnsafeBufferPointer(DecimalNumber.value)
        #expect(value == Double(text))
    }

    @Test(arguments: ["", ".", "1.", ".5", "-1", "+1", "1e2", " 1", "1 ", "1.2.3", "high", "1,5", "0x1p1", "nan", "inf",
                      "1234567890123456", "1.234567890123456", "0.000000000000001", "\u{0661}"])
    func otherNumbersAreLeftToDouble(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(DecimalNumber.value) == nil)
    }

    @Test func fieldsAsBytesAndAsStrings() throws {
        // A BOM, CRLF and LF lines, comments, blank lines of spaces and tabs, an empty last
        // field, spaces inside fields kept, UTF-8 text.
        let text = "\u{FEFF}#! name: t\r\n#!Version:  1.2 \n# a comment\tw\n \t \n\nrécit\t1\tfear\r\n  odd  spaced \t2\tfear\t\n"
            + "last\t0.5\tfear\tnote with \u{201C}quotes\u{201D}"
        let file = try DataFile.parse(text, name: "t.tsv", minColumns: 3, maxColumns: 4)
        #expect(file.metadata == ["name": "t", "version": "1.2"])
        #expect(file.rowCount == 3)
        #expect(file.rows.map(\.line) == [6, 7, 8])
        #expect(file.rows.map(\.fields) == [["récit", "1", "fear"], ["  odd  spaced ", "2", "fear", ""],
                                            ["last", "0.5", "fear", "note with \u{201C}quotes\u{201D}"]])
        #expect(file.field(2, 3) == "note with \u{201C}quotes\u{201D}")
        #expect(file.fieldCount(1) == 4 && file.line(1) == 7)
        #expect(file.sha256 == SHA256.hex(text.utf8))
    }

    @Test(arguments: [
        ("a\tb\n", "f.tsv:3: expected 3 to 4 tab-separated columns, found 2"),
        ("a\tb\tc\td\te\n", "f.tsv:3: expected 3 to 4 tab-separated columns, found 5"),
        ("  \t1\tfear\n", "f.tsv:3: empty term"),
        ("#!nocolon\n", "f.tsv:3: metadata line needs 'key: value'"),
    ])
    func parseErrorsNameTheLine(row: String, message: String) {
        #expect(throws: LexiconError.self) { try DataFile.parse("#! name: f\n#! version: 1\n" + row, name: "f.tsv", minColumns: 3, maxColumns: 4) }
        do {
            _ = try DataFile.parse("#! name: f\n#! version: 1\n" + row, name: "f.tsv", minColumns: 3, maxColumns: 4)
        } catch {
            #expect(error.localizedDescription == message)
        }
    }

    /// The loader stops at the first problem; `slant lexicon check` lists it first, in the
    /// same words, whichever path (plain row or general) the loader took.
    @Test(arguments: [
        "wicked\thigh\tfear\n", "wicked\t4\tfear\n", "wicked\t3.5\tfear\n", "wicked\t-1\tfear\n", "wicked\t+4\tfear\n",
        "wicked\t1e1\tfear\n", "wicked\t 1\tfear\n", "wicked\t\tfear\n", "wicked\tnan\tfear\n", "wicked\t1\tspite\n",
        "wicked\t1\tFear\n", "wicked\t1\tscare-quote\n", "abc*\t1\tfear\n", "ab c*\t1\tfear\n", "wicked\t1\tfear\nwicked\t2\tfear\n",
        "wicked\t1\tfear\nWicked\t2\tfear\n", "wicked way\t1\tfear\nwicked  way\t2\tfear\n", "sabotag*\t1\tfear\nsabotag*\t1\tfear\n",
        "mid*dle\t1\tfear\n", "sab*otage*\t1\tfear\n",
    ])
    func loadErrorIsTheCheckFirstProblem(rows: String) throws {
        let text = "#! name: mine\n#! version: 1\n" + rows
        let categories = try Self.categories()
        let check = LexiconCheck.problems(text, name: "mine.tsv", kind: .loaded, categories: Set(categories.keys))
        var set = try Self.set()
        set.overlays = [(name: "mine.tsv", text: text)]
        do {
            _ = try LoadedLexicon(lexicons: set)
            Issue.record("'\(rows)' loaded")
        } catch {
            #expect(error.localizedDescription == check.first?.localizedDescription)
        }
    }

    /// The check reads what the format forbids: an unknown entity kind, a header line twice or
    /// with no value.
    @Test func checkReportsEntityKindsAndHeaders() {
        let entities = LexiconCheck.problems("#! name: e\n#! version: 1\nZorblax\tZorblax Empire\tplanet\n", name: "e.tsv",
                                             kind: .entities, categories: [])
        #expect(entities.map(\.localizedDescription) == ["e.tsv:3: unknown entity kind 'planet' (kinds: country, group, organisation, person, place)"])
        let headers = LexiconCheck.problems("#! name: x\n#! version: 1\n#! name: y\nsham\t2\tfear\n", name: "h.tsv", kind: .loaded, categories: ["fear"])
        #expect(headers.map(\.localizedDescription) == ["h.tsv:3: a second '#! name:' line (first on line 1)"])
        let empty = LexiconCheck.problems("#! name:\n#! version: 1\nsham\t2\tfear\n", name: "n.tsv", kind: .loaded, categories: ["fear"])
        #expect(empty.map(\.localizedDescription) == ["n.tsv:1: '#! name:' has no value"])
    }

    /// Rows the plain path leaves to the general one still load, with `Double`'s values.
    @Test func unusualRowsLoadAsBefore() throws {
        var set = try Self.set()
        set.overlays = [(name: "mine.tsv", text: "#! name: mine\n#! version: 1\nqwzx\t1e0\tfear\nQwzy\t2.\tfear\r\nqwzz\t.5\tfear\t\n"
            + "ré qwzw\t+1\tfear\tn\n")]
        let lexicon = try LoadedLexicon(lexicons: set)
        let matcher = lexicon.table.matcher()
        let mine = matcher.entries.filter { $0.value.file == "mine.tsv" }
        #expect(mine.map(\.value.term) == ["qwzx", "qwzy", "qwzz", "ré qwzw"])
        #expect(mine.map(\.value.weight) == [1, 2, 0.5, 1])
        #expect(mine.map(\.value.note) == [nil, nil, nil, "n"])
        #expect(mine.map(matcher.words) == [["qwzx"], ["qwzy"], ["qwzz"], ["ré", "qwzw"]])
    }

    /// Every entry of the built-in lexicon and allow-list as the general path makes it: term,
    /// weight, category, note, line, words and their packs.
    @Test func builtInEntriesAreThoseOfTheGeneralPath() throws {
        let set = try Self.set()
        let lexicon = try LoadedLexicon(lexicons: set)
        let file = try DataFile.parse(set.text("loaded-language.tsv"), name: "loaded-language.tsv", minColumns: 3, maxColumns: 4)
        let matcher = lexicon.table.matcher()
        let entries = matcher.entries
        #expect(entries.count == file.rowCount)
        for (entry, row) in zip(entries, file.rows) {
            let term = row.fields[0].lowercased()
            let isPrefix = term.hasSuffix("*")
            let words = PhraseTable<Int>.words(of: isPrefix ? String(term.dropLast()) : term)
            #expect(entry.value.term == term && entry.value.line == row.line)
            #expect(entry.value.weight == Double(row.fields[1]) && entry.value.category == row.fields[2])
            #expect(entry.value.note == (row.fields.count > 3 && !row.fields[3].isEmpty ? row.fields[3] : nil))
            #expect(matcher.words(of: entry) == words && Array(matcher.keys(of: entry)) == words.map(WordKey.init))
            #expect(entry.isPrefix == isPrefix)
        }
        let allowFile = try DataFile.parse(set.text("allow.tsv"), name: "allow.tsv", minColumns: 1, maxColumns: 2)
        let allowed = lexicon.allow.matcher().entries + lexicon.allowAfterName.matcher().entries
        #expect(allowed.count == allowFile.rowCount)
        var notes: [[String]: String] = [:]
        for row in allowFile.rows where !row.fields[0].hasPrefix("{") {
            notes[PhraseTable<Int>.words(of: row.fields[0].lowercased())] = row.fields.count > 1 ? row.fields[1] : "allowed phrase"
        }
        let allow = lexicon.allow.matcher()
        for entry in allow.entries {
            #expect(Array(allow.keys(of: entry)) == allow.words(of: entry).map(WordKey.init))
            #expect(notes[allow.words(of: entry)] == entry.value)
        }
    }

    /// The built-in lexicon, allow-list and cue lists loaded (plain rows cut from the file's
    /// bytes into the flat lists) against tables made entry by entry through the general path
    /// (`insertReporting(_:value:)`, which splits each term with `words(of:)`): the same
    /// entries in the same order, and the same match at every word of a text made of every
    /// entry, of phrases cut short and of prefix entries' words. A third answer comes from a
    /// plain search of all the entries (the longest whole-word entry, else the longest prefix).
    @Test func loadedTablesMatchAsTablesMadeTermByTerm() throws {
        let lexicons = try LexiconLoader.load()
        let lexicon = try LoadedLexicon(lexicons: lexicons)
        let words = try CueWords(lexicons: lexicons)
        try Self.expectSameAsTermByTerm(lexicon.table, term: { $0.term })
        try Self.expectSameAsTermByTerm(lexicon.allow, term: { _ in nil })
        try Self.expectSameAsTermByTerm(words.attribution, term: { $0.term })
        try Self.expectSameAsTermByTerm(words.editorial, term: { $0.term })
    }

    /// Rebuilds `table` term by term through the general path and compares the two, and both
    /// with a plain search. `term` gives an entry's term as its file wrote it when the value
    /// holds it (else the entry's words are joined).
    static func expectSameAsTermByTerm<Value: Sendable>(_ table: PhraseTable<Value>, term: (Value) -> String?) throws {
        let loaded = table.matcher()
        var general = PhraseTable<Value>()
        for entry in loaded.entries {
            let text = term(entry.value) ?? loaded.words(of: entry).joined(separator: " ")
            let inserted = general.insert(text, value: entry.value)
            #expect(inserted, "\(text)")
        }
        let rebuilt = general.matcher()
        #expect(rebuilt.entries.count == loaded.entries.count && general.count == table.count)
        for (a, b) in zip(loaded.entries, rebuilt.entries) {
            #expect(loaded.words(of: a) == rebuilt.words(of: b) && loaded.keys(of: a) == rebuilt.keys(of: b))
            #expect(a.isPrefix == b.isPrefix)
        }
        var texts: [String] = []
        for entry in loaded.entries {
            let words = loaded.words(of: entry)
            texts.append("In the " + words.joined(separator: " ") + (entry.isPrefix ? "ing" : "") + " was said.")
            if words.count > 1 { texts.append("So " + words.dropLast().joined(separator: " ") + " and " + words[0] + " then") }
        }
        let search = PlainSearch<Value>(loaded)
        var compared = 0, found = 0
        for text in texts {
            let source = SourceText(text)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
            let all = loaded.matchIndices(tokens)
            #expect(all.map(\.index) == rebuilt.matchIndices(tokens).map(\.index), "\(text)")
            for i in tokens.indices {
                let plain = search.find(tokens, at: i)
                #expect(Int(all[i].index) == (plain?.index ?? -1) && Int(all[i].length) == (plain?.length ?? 0), "\(text) at \(i)")
                compared += 1
                if plain != nil { found += 1 }
            }
        }
        #expect(found >= loaded.entries.count && compared > 3 * found)
    }

    /// The longest entry at a token found by a search of the entries' words, without the
    /// table: the longest whole-word entry whose words are the tokens' keys, else the longest
    /// prefix entry the token's key starts with (entries with the same words are one entry, so
    /// there are no ties). Whole-word entries are grouped by first word, so that a text of
    /// thousands of entries is searched in seconds.
    struct PlainSearch<Value: Sendable> {
        var byFirst: [String: [(index: Int, words: [String])]] = [:]
        var prefixes: [(index: Int, prefix: String)] = []

        init(_ matcher: PhraseTable<Value>.Matcher) {
            for (k, entry) in matcher.entries.enumerated() {
                let words = matcher.words(of: entry)
                if entry.isPrefix { prefixes.append((k, words[0])) } else { byFirst[words[0], default: []].append((k, words)) }
            }
        }

        func find(_ tokens: [Token], at i: Int) -> (index: Int, length: Int)? {
            var best: (index: Int, length: Int)?
            for (k, words) in byFirst[tokens[i].key] ?? [] where i + words.count <= tokens.count && words.count > (best?.length ?? 0) {
                if words.indices.allSatisfy({ tokens[i + $0].key == words[$0] }) { best = (k, words.count) }
            }
            if best != nil { return best }
            var longest = 0
            for (k, prefix) in prefixes where prefix.utf8.count > longest && tokens[i].key.utf8.starts(with: prefix.utf8) {
                best = (k, 1)
                longest = prefix.utf8.count
            }
            return best
        }
    }

    /// Phrases added with their first words interleaved (each first word's list of candidates
    /// outgrows its room and moves to the end of the shared list), replaced, long words and
    /// prefixes: each lookup finds the longest entry, as a plain search does.
    @Test func interleavedFirstWordsKeepTheirLongestFirst() {
        var table = PhraseTable<Int>()
        let terms = ["war", "cold war", "war on", "cold", "war on drugs", "cold war era", "war on the poor", "cold snap",
                     "war on drugs policy", "a", "a war", "a cold war", "internationalizations plot",
                     "internationalizations plot twist", "internationalizations", "disproportionat*", "disprop*",
                     "disproportionately*"]
        for (n, term) in terms.enumerated() {
            let inserted = table.insert(term, value: n)
            #expect(inserted, "\(term)")
        }
        // The same words again: replaced in place, not added.
        if case .replaced(let old) = table.insertReporting("war on drugs", value: 100) { #expect(old == 4) } else { Issue.record("not replaced") }
        if case .replaced(let old) = table.insertReporting("disprop*", value: 101) { #expect(old == 16) } else { Issue.record("not replaced") }
        if case .invalid = table.insertReporting("dis*", value: 102) {} else { Issue.record("short prefix taken") }
        #expect(table.count == 15 && table.matcher().entries.count == terms.count)
        let text = "A cold war era war on drugs policy, a war on the poor in a cold snap; cold war on drugs. "
            + "Internationalizations plot twist and internationalizations plotting; disproportionately disproportionate disproportion."
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.bytes.count)
        let matcher = table.matcher()
        let all = matcher.matchIndices(tokens)
        let search = PlainSearch<Int>(matcher)
        for i in tokens.indices {
            let plain = search.find(tokens, at: i)
            #expect(Int(all[i].index) == (plain?.index ?? -1) && Int(all[i].length) == (plain?.length ?? 0), "at \(i) '\(tokens[i].key)'")
        }
        #expect(table.match(tokens, at: 0)?.length == 3)  // a cold war (no entry goes on with "era")
        #expect(table.match(tokens, at: 4)?.entry.value == 8)  // war on drugs policy
        let alone = SourceText("war on drugs.")
        #expect(table.match(Tokenizer.tokens(in: alone, range: 0..<alone.bytes.count), at: 0)?.entry.value == 100)
        #expect(table.contains("war on drugs") && table.contains("cold war era") && !table.contains("war on the"))
    }

    @Test(arguments: [("said", ["said"]), ("a far-right group", ["a", "far-right", "group"]), ("o'brien's", ["o'brien's"]),
                      ("x1 y2", ["x1", "y2"])])
    func plainWordsSplitAsTheTokenizer(term: String, words: [String]) {
        let split = Array(term.utf8).withUnsafeBufferPointer(PhraseTable<Int>.plainWords)
        #expect(split?.words == words && split?.words == PhraseTable<Int>.words(of: term))
        #expect(split?.keys == words.map(WordKey.init))
    }

    @Test(arguments: ["", " said", "said ", "two  spaces", "Said", "far-", "-far", "it's'", "réc", "a.b", "x*", "a\tb"])
    func otherTermsAreLeftToTheTokenizer(term: String) {
        #expect(Array(term.utf8).withUnsafeBufferPointer(PhraseTable<Int>.plainWords) == nil)
    }

    static func set() throws -> LexiconSet {
        let all = try LexiconLoader.load()
        var files: [String: String] = [:]
        for name in ["categories.tsv", "loaded-language.tsv", "allow.tsv"] { files[name] = try all.text(name) }
        return LexiconSet(files: files)
    }

    static func categories() throws -> [String: String] {
        try LoadedLexicon(lexicons: set()).categories
    }
}
