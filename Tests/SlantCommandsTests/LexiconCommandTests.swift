import Foundation
import Testing

/// `slant lexicon check` and `slant lexicon import` from the command line.
@Suite struct LexiconCommandTests {
    func temporary(_ text: String, _ name: String) throws -> String {
        let directory = NSTemporaryDirectory() + "slant-lexicon-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func checkListsEveryProblemAndExitsTwo() throws {
        let path = try temporary("#! name: mine\n#! version: 1\nwicked\thigh\tfear\nvile\t2\tspite\nvile\t2\tfear\n", "mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.status == 2)
        #expect(r.out == """
            \(path):3: weight 'high' is not a number
            \(path):4: unknown category 'spite'
            \(path):5: duplicate term 'vile' (first on line 4)

            """)
        #expect(r.err == "3 problems found\n")
    }

    /// A term with no letter can never match a word: `check` names it, loading refuses it, and
    /// a VADER import leaves such entries (its emoticons) out and says how many.
    @Test func termsWithNoLetterCanNeverMatch() throws {
        let path = try temporary("#! name: mine\n#! version: 1\n2024\t2\tfear\n:(\t1\tfear\nfoo-bar\t1\tfear\n", "mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.status == 2)
        #expect(r.out == """
            \(path):3: term '2024' has no letter, so it can never match (the scorer matches words)
            \(path):4: term ':(' has no letter, so it can never match (the scorer matches words)

            """)
        let score = slant(["score", "-", "--lexicon", path], stdin: "In 2024 it was a foo-bar day.\n")
        #expect(score.status == 2 && score.err.contains("\(path):3: term '2024' has no letter"), "\(score.err)")
        let vader = try temporary(":(\t-1.9\t0.3\t[]\nhorrible\t-2.5\t0.5\t[]\n</3\t-3.0\t0.5\t[]\n", "vader.txt")
        let imported = slant(["lexicon", "import", "--from", "vader", vader])
        #expect(imported.status == 0)
        #expect(imported.out.contains("# 2 entries of the list left out: no letter") && imported.out.contains("horrible\t1.9"))
        #expect(!imported.out.contains(":(\t") && !imported.out.contains("</3"))
        // The name goes into the header line: empty or on two lines it would break it.
        for name in ["", "a\nb"] {
            let r = slant(["lexicon", "import", "--from", "vader", vader, "--name", name])
            #expect(r.status == 64 && r.err.contains("--name must be a name on one line"), "\(r.err)")
        }
    }

    @Test func checkPassesAValidFile() throws {
        let path = try temporary("#! name: mine\n#! version: 1\nflimflam\t2\tderision\n", "mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.status == 0)
        #expect(r.out.isEmpty)
    }

    @Test func checkKnowsAllowListsByName() throws {
        let path = try temporary("#! name: a\n#! version: 1\nred menace\tnickname\nred menace\n", "allow-mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.status == 2)
        #expect(r.out == "\(path):4: duplicate term 'red menace' (first on line 3)\n")
    }

    /// A list line with tabs keeps its first column, and the command says so.
    @Test func importedListWithColumnsSaysWhatItKept() throws {
        let list = try temporary("flimflam\t12\nhornswoggle\n# a\tcomment\nbamboozle\t3\n", "counts.txt")
        let r = slant(["lexicon", "import", "--from", "list", list])
        #expect(r.status == 0)
        #expect(r.out.contains("flimflam\t1.0\timported\tword list\n") && r.out.contains("bamboozle\t1.0\t"))
        #expect(r.err.contains("2 lines of \(list) had more than one tab-separated column (first at line 1)"), "\(r.err)")
        #expect(!slant(["lexicon", "import", "--from", "list", try temporary("plain\nwords\n", "plain.txt")]).err.contains("column"))
    }

    @Test func importedListLoadsAsAnOverlay() throws {
        let list = try temporary("# my words\nflimflam\nhornswoggle\n", "words.txt")
        let r = slant(["lexicon", "import", "--from", "list", list, "--weight", "2"])
        #expect(r.status == 0)
        #expect(r.out.contains("flimflam\t2.0\timported\tword list\n"))
        let overlay = try temporary(r.out, "words.tsv")
        #expect(slant(["lexicon", "check", overlay]).status == 0)
        let scored = slant(["score", "-", "--lexicon", overlay, "--format", "json"], stdin: "They sold us flimflam.\n")
        #expect(scored.status == 0)
        #expect(scored.out.contains("\"term\" : \"flimflam\""))
        #expect(scored.out.contains("\"file\" : \"\(overlay)\""))
    }

    @Test func importRejectsAnUnknownFormat() {
        let r = slant(["lexicon", "import", "--from", "csv", samplePath])
        #expect(r.status == 64)
        #expect(r.err.contains("--from must be vader, mpqa or list"))
    }
    /// Before, "nan", "inf" and "1e9" were read as valences and became entries of weight 3.
    @Test func importRefusesAValenceOutOfRange() throws {
        let vader = try temporary("awful\t-3.4\t0.5\t[]\nweird\tNaN\t1\t[]\n", "vader.txt")
        let r = slant(["lexicon", "import", "--from", "vader", vader])
        #expect(r.status == 2)
        #expect(r.err == "slant: \(vader):2: valence 'NaN' is not a number from -4 to 4\n")
        let big = try temporary("huge\t1e9\t1\t[]\n", "vader.txt")
        #expect(slant(["lexicon", "import", "--from", "vader", big]).err.contains("valence '1e9' is not a number from -4 to 4"))
    }

    /// Before, an unknown category was written into every entry, and the result was refused
    /// only when loaded.
    @Test func importRefusesAnUnknownCategory() throws {
        let list = try temporary("flimflam\n", "words.txt")
        let r = slant(["lexicon", "import", "--from", "list", list, "--category", "spite"])
        #expect(r.status == 64)
        #expect(r.err.contains("--category 'spite' is not a category of categories.tsv (one of: "))
        #expect(slant(["lexicon", "import", "--from", "list", list, "--category", "derision"]).status == 0)
    }
    /// A bad file in --lexicons DIR was named 'loaded-language.tsv:3:' without its folder.
    @Test func badFileInALexiconsFolderNamesItsPath() throws {
        let path = try temporary("#! name: mine\n#! version: 1\nflimflam\thigh\tderision\n", "loaded-language.tsv")
        let folder = (path as NSString).deletingLastPathComponent
        let r = slant(["score", "-", "--lexicons", folder], stdin: "The council met.\n")
        #expect(r.status == 2)
        #expect(r.err == "slant: \(path):3: weight 'high' is not a number\n")
    }
    /// A file in --lexicons DIR under a name Slant does not read was ignored without a word.
    @Test func unknownFileInALexiconsFolderIsAnError() throws {
        let path = try temporary("#! name: mine\n#! version: 1\nflimflam\t2\tderision\n", "loaded_language.tsv")
        let folder = (path as NSString).deletingLastPathComponent
        let r = slant(["score", "-", "--lexicons", folder], stdin: "The council met.\n")
        #expect(r.status == 2)
        #expect(r.err.contains("slant: \(path): is not a file Slant reads from a lexicon directory (it reads: "), "\(r.err)")
        #expect(r.err.contains("loaded-language.tsv"))
    }
    /// The overlay's first problem is the one reported: it was line 5's column count before
    /// line 3's weight.
    @Test func overlayReportsItsFirstProblem() throws {
        let path = try temporary("#! name: mine\n#! version: 1\nflimflam\thigh\tderision\nok\t1\tderision\nqux\n", "mine.tsv")
        let r = slant(["score", "-", "--lexicon", path], stdin: "The council met.\n")
        #expect(r.status == 2)
        #expect(r.err == "slant: \(path):3: weight 'high' is not a number\n")
    }
    /// "unknown category 'scare-quote'" contradicted categories.tsv, which lists it.
    @Test func ruleCategoryIsNamedAsSuch() throws {
        let path = try temporary("#! name: mine\n#! version: 1\nflimflam\t1\tscare-quote\n", "mine.tsv")
        let r = slant(["lexicon", "check", path])
        #expect(r.out == "\(path):3: category 'scare-quote' is given by the scorer's own rule; an entry may not use it\n")
    }
}
