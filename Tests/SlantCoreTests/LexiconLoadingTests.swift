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

    /// Rows the plain path leaves to the general one still load, with `Double`'s values.
    @Test func unusualRowsLoadAsBefore() throws {
        var set = try Self.set()
        set.overlays = [(name: "mine.tsv", text: "#! name: mine\n#! version: 1\nqwzx\t1e0\tfear\nQwzy\t2.\tfear\r\nqwzz\t.5\tfear\t\n"
            + "ré qwzw\t+1\tfear\tn\n")]
        let lexicon = try LoadedLexicon(lexicons: set)
        let mine = lexicon.table.matcher().entries.filter { $0.value.file == "mine.tsv" }
        #expect(mine.map(\.value.term) == ["qwzx", "qwzy", "qwzz", "ré qwzw"])
        #expect(mine.map(\.value.weight) == [1, 2, 0.5, 1])
        #expect(mine.map(\.value.note) == [nil, nil, nil, "n"])
        #expect(mine.map(\.words) == [["qwzx"], ["qwzy"], ["qwzz"], ["ré", "qwzw"]])
    }

    /// Every entry of the built-in lexicon and allow-list as the general path makes it: term,
    /// weight, category, note, line, words and their packs.
    @Test func builtInEntriesAreThoseOfTheGeneralPath() throws {
        let set = try Self.set()
        let lexicon = try LoadedLexicon(lexicons: set)
        let file = try DataFile.parse(set.text("loaded-language.tsv"), name: "loaded-language.tsv", minColumns: 3, maxColumns: 4)
        let entries = lexicon.table.matcher().entries
        #expect(entries.count == file.rowCount)
        for (entry, row) in zip(entries, file.rows) {
            let term = row.fields[0].lowercased()
            let isPrefix = term.hasSuffix("*")
            let words = PhraseTable<Int>.words(of: isPrefix ? String(term.dropLast()) : term)
            #expect(entry.value.term == term && entry.value.line == row.line)
            #expect(entry.value.weight == Double(row.fields[1]) && entry.value.category == row.fields[2])
            #expect(entry.value.note == (row.fields.count > 3 && !row.fields[3].isEmpty ? row.fields[3] : nil))
            #expect(entry.words == words && entry.keys == words.map(WordKey.init) && entry.isPrefix == isPrefix)
        }
        let allowFile = try DataFile.parse(set.text("allow.tsv"), name: "allow.tsv", minColumns: 1, maxColumns: 2)
        let allowed = lexicon.allow.matcher().entries + lexicon.allowAfterName.matcher().entries
        #expect(allowed.count == allowFile.rowCount)
        var notes: [[String]: String] = [:]
        for row in allowFile.rows where !row.fields[0].hasPrefix("{") {
            notes[PhraseTable<Int>.words(of: row.fields[0].lowercased())] = row.fields.count > 1 ? row.fields[1] : "allowed phrase"
        }
        for entry in lexicon.allow.matcher().entries {
            #expect(entry.keys == entry.words.map(WordKey.init))
            #expect(notes[entry.words] == entry.value)
        }
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
