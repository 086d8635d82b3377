import Foundation
import SlantCore
import SlantIO
import Testing

@Suite struct ScraperTextReaderTests {
    @Test func headerWithLeadingSpace() {
        let a = ScraperTextReader.article(from: " date 2024-07-25 https://www.bbc.co.uk/news/world-1\n\nTitle here\n\nTitle here\n\nBody one. Body two.\n")
        #expect(a.metadata.date == MetaValue("2024-07-25", .header))
        #expect(a.metadata.url.value == "https://www.bbc.co.uk/news/world-1")
        #expect(a.metadata.outlet == MetaValue("bbc.co.uk", .url))
        #expect(a.metadata.title == MetaValue("Title here", .titleLine))
        let bytes = Array(a.text.utf8)
        #expect(String(decoding: bytes[a.headline!], as: UTF8.self) == "Title here")
        // The repeated title is not part of the body.
        #expect(!String(decoding: bytes[a.body[0]], as: UTF8.self).contains("Title here"))
    }

    @Test func headerWithoutLeadingSpace() {
        let a = ScraperTextReader.article(from: "date 2023-01-02 https://sputnikglobe.com/x\nA title\nText.")
        #expect(a.metadata.date.value == "2023-01-02")
        #expect(a.metadata.outlet.value == "sputnikglobe.com")
        #expect(a.metadata.title.value == "A title")
    }

    /// Notepad and other Windows editors start a UTF-8 file with a byte-order mark; the header
    /// after it is still the header, and offsets still count the mark as read.
    @Test func headerAfterByteOrderMark() {
        let a = ScraperTextReader.article(from: "\u{FEFF} date 2024-01-02 https://www.bbc.co.uk/news/x\nTitle here\n\nBody text. More.\n")
        #expect(a.metadata.date == MetaValue("2024-01-02", .header))
        #expect(a.metadata.outlet == MetaValue("bbc.co.uk", .url))
        #expect(a.metadata.title == MetaValue("Title here", .titleLine))
        #expect(String(decoding: Array(a.text.utf8)[a.headline!], as: UTF8.self) == "Title here")
    }

    @Test func headerOnlyIsNoArticle() {
        #expect(ScraperTextReader.isHeaderOnly(" date 2024-01-02 https://www.bbc.co.uk/x\n\n  \n"))
        #expect(ScraperTextReader.isHeaderOnly("date 2024-01-02 https://www.bbc.co.uk/x"))
        #expect(!ScraperTextReader.isHeaderOnly(" date 2024-01-02 https://www.bbc.co.uk/x\nA title\n"))
        #expect(!ScraperTextReader.isHeaderOnly("Just a sentence.\n"))
    }

    /// A header whose date is no calendar date is an error naming line 1, not a first sentence.
    @Test func aHeaderWithAnImpossibleDateIsAnError() throws {
        do {
            try ScraperTextReader.checkHeader(" date 2024-02-30 https://www.bbc.co.uk/x\nA title\nText.\n", name: "a.txt")
            Issue.record("no error for 2024-02-30")
        } catch let error as InputError {
            #expect(error.path == "a.txt:1" && error.problem.contains("'2024-02-30'"), "\(error)")
        }
        try ScraperTextReader.checkHeader(" date 2024-02-29 https://www.bbc.co.uk/x\nA title\nText.\n", name: "a.txt")
        try ScraperTextReader.checkHeader("date night ideas for couples\nText.\n", name: "a.txt")
        #expect(throws: InputError.self) { try ScraperTextReader.checkHeader(" date 2024-01-02 https://www.bbc.co.uk/x\n", name: "a.txt") }
    }

    /// QA pass 20, finding 11: a first line shaped like the header that did not parse was read
    /// as the article's first sentence, silently, and its date, URL and outlet were lost.
    /// Each line here looks like a header and says what is wrong with it at line 1.
    static let brokenHeaders: [(line: String, problem: String)] = [
        (" date 24-5-1 https://x.com/a", "date '24-5-1' in the ' date YYYY-MM-DD URL' header is not written YYYY-MM-DD"),
        (" date 2024/05/01 https://x.com/a", "date '2024/05/01' in the ' date YYYY-MM-DD URL' header is not written YYYY-MM-DD"),
        (" date 2024-05-01", "the ' date YYYY-MM-DD URL' header has no URL after its date"),
        ("date https://x.com/a", "the ' date YYYY-MM-DD URL' header has no date before its URL"),
        (" date 2024-05-01 notaurl", "'notaurl' in the ' date YYYY-MM-DD URL' header is not a URL"),
        ("\u{FEFF} date 2024-13-01 https://x.com/a", "date '2024-13-01' in the ' date YYYY-MM-DD URL' header is not a calendar date"),
    ]

    /// First lines that start with the word "date" but are not headers: they stay text.
    static let notHeaders = [
        "date night ideas for couples", "date palms grow in the desert, 2024-05-01 https://x.com/a shows",
        "Date 2024-05-01 https://x.com/a", "date: 2024-05-01 https://x.com/a", "date night", "date 2024 was a year",
        " date 2024-05-01 https://x.com/a", " date 2024-05-01 x.com/news/1",
    ]

    @Test func aLineShapedLikeTheHeaderThatDoesNotParseIsAnError() throws {
        for (line, problem) in Self.brokenHeaders {
            do {
                try ScraperTextReader.checkHeader(line + "\nTitle\n\nBody text here.\n", name: "in.txt")
                Issue.record("no error for \(line)")
            } catch let error as InputError {
                #expect(error.path == "in.txt:1" && error.problem == problem, "\(line): \(error)")
            }
        }
        for line in Self.notHeaders {
            #expect(throws: Never.self, "\(line)") { try ScraperTextReader.checkHeader(line + "\nTitle\n\nBody text here.\n", name: "in.txt") }
        }
        // The valid ones are still read as headers, scheme-less host included.
        let a = ScraperTextReader.article(from: " date 2024-05-01 x.com/news/1\nTitle\n\nBody text here.\n")
        #expect(a.metadata.url == MetaValue("x.com/news/1", .header) && a.metadata.title.value == "Title")
    }

    @Test func noHeaderMeansNoMetadata() {
        let a = ScraperTextReader.article(from: "Just a sentence. And another.")
        #expect(a.metadata.date == .missing)
        #expect(a.metadata.outlet == .missing)
        #expect(a.metadata.title.provenance == .missing)
        #expect(a.headline == nil)
        #expect(a.body == [0..<29])
    }

    @Test func malformedHeaderIsText() {
        let a = ScraperTextReader.article(from: " date 2024-13-45 https://x.com/\nBody.")
        #expect(a.metadata.date == .missing)
        #expect(a.body == [0..<a.text.utf8.count])
    }

    @Test func flagsOverrideAndRecordProvenance() {
        let overrides = MetadataOverrides(outlet: "Sputnik", url: nil, date: "2024-08-01", title: "Other")
        let a = ScraperTextReader.article(from: " date 2024-07-25 https://sputnikglobe.com/a\nT\nBody.", overrides: overrides)
        #expect(a.metadata.outlet == MetaValue("Sputnik", .flag))
        #expect(a.metadata.date == MetaValue("2024-08-01", .flag))
        #expect(a.metadata.title == MetaValue("Other", .flag))
        #expect(a.metadata.url.provenance == .header)
    }

    @Test func urlFlagGivesOutlet() {
        let a = ScraperTextReader.article(from: "Body.", overrides: MetadataOverrides(url: "https://edition.cnn.com/2024/x"))
        #expect(a.metadata.outlet == MetaValue("cnn.com", .url))
        #expect(a.metadata.url == MetaValue("https://edition.cnn.com/2024/x", .flag))
    }
}

@Suite struct PublicSuffixListTests {
    @Test(arguments: [
        ("https://sputnikglobe.com/20240725/x.html", "sputnikglobe.com"),
        ("https://www.bbc.co.uk/news", "bbc.co.uk"),
        ("http://user@news.example.com.au:8080/a", "example.com.au"),
        ("https://foo.github.io/bar", "foo.github.io"),
        ("https://www.nytimes.com/", "nytimes.com"),
    ])
    func registrableDomain(url: String, expected: String) {
        #expect(PublicSuffixList.embedded.registrableDomain(ofURL: url) == expected)
    }

    @Test func noDomainForBareSuffixOrAddress() {
        #expect(PublicSuffixList.embedded.registrableDomain("co.uk") == nil)
        #expect(PublicSuffixList.embedded.registrableDomain("127.0.0.1") == nil)
        #expect(PublicSuffixList.embedded.registrableDomain(ofURL: "not a url") == nil)
    }
}

@Suite struct InputReaderTests {
    @Test func invalidUTF8NamesLineAndColumn() {
        let data = Data([0x61, 0x0A, 0x62, 0x63, 0xFF, 0x64])
        #expect(throws: InputError(path: "x.txt", problem: "invalid UTF-8 at line 2, column 3 (byte 4); if it is Windows-1252 or Latin-1 text, convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8")) {
            try InputReader.text(data, name: "x.txt")
        }
    }

    @Test func overlongAndSurrogatesAreInvalid() {
        #expect(InputReader.firstInvalidUTF8([0xC0, 0x80]) == 0)
        #expect(InputReader.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)
        #expect(InputReader.firstInvalidUTF8(Array("héllo “quotes” 😀".utf8)) == nil)
        #expect(InputReader.firstInvalidUTF8([0x61, 0xE2, 0x80]) == 1)
    }

    @Test func emptyAndWhitespaceInputAreErrors() {
        #expect(throws: InputError(path: "e", problem: "is empty")) { try InputReader.text(Data(), name: "e") }
        #expect(throws: InputError(path: "e", problem: "is empty")) { try InputReader.text(Data(" \n\t\n".utf8), name: "e") }
    }

    @Test func missingFileAndDirectory() {
        #expect(throws: InputError(path: "/no/such/file.txt", problem: "no such file")) {
            try InputReader.data(path: "/no/such/file.txt")
        }
        #expect(throws: InputError(path: "/tmp", problem: "is a directory, not a file")) {
            try InputReader.data(path: "/tmp")
        }
    }
}
