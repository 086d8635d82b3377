import Foundation
import SlantIO
import Testing

/// The suffix list's rules of each kind, ASCII (looked up by their bytes) and internationalised
/// (looked up as strings), on a small list of our own.
@Suite struct PublicSuffixRulesTests {
    static let list = PublicSuffixList(text: """
        // comment lines and blank lines are skipped

        CO.UK
        uk
        *.ck
        !www.ck
        com.au   trailing words are ignored
        \u{516C}\u{53F8}.cn\r
        cn
        *.\u{0627}\u{0644}\u{0645}\u{063A}\u{0631}\u{0628}
        !\u{0645}\u{0648}\u{0642}\u{0639}.\u{0627}\u{0644}\u{0645}\u{063A}\u{0631}\u{0628}
        uk

        """)

    @Test(arguments: [
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("bbc.uk", "bbc.uk"),
        ("a.b.ck", "a.b.ck"),
        ("www.ck", "www.ck"),
        ("x.example.com.au", "example.com.au"),
        ("www.example.\u{516C}\u{53F8}.cn", "example.\u{516C}\u{53F8}.cn"),
        ("a.b.\u{0627}\u{0644}\u{0645}\u{063A}\u{0631}\u{0628}", "a.b.\u{0627}\u{0644}\u{0645}\u{063A}\u{0631}\u{0628}"),
        ("x.\u{0645}\u{0648}\u{0642}\u{0639}.\u{0627}\u{0644}\u{0645}\u{063A}\u{0631}\u{0628}", "\u{0645}\u{0648}\u{0642}\u{0639}.\u{0627}\u{0644}\u{0645}\u{063A}\u{0631}\u{0628}"),
        ("Example.ORG", "example.org"),
        // Punycode labels are read in Unicode: one outlet whichever spelling the URL uses.
        ("www.xn--bcher-kva.de", "b\u{FC}cher.de"),
        ("www.example.xn--55qx5d.cn", "example.\u{516C}\u{53F8}.cn"),
        ("news.xn--zz-.de", "xn--zz-.de"),
    ])
    func registrableDomain(host: String, expected: String) {
        #expect(Self.list.registrableDomain(host) == expected)
    }

    /// A "host" longer than any DNS name (253 bytes) has no domain; a backslash ends the host
    /// as a slash does, as browsers read it.
    @Test func overlongHostsAndBackslashes() {
        let long = Array(repeating: "a", count: 200).joined(separator: ".") + ".com"
        #expect(Self.list.registrableDomain(long) == nil)
        #expect(Self.list.registrableDomain(ofURL: "https://" + long + "/x") == nil)
        #expect(PublicSuffixList.host(ofURL: "https://x.com\\@y.com/a") == "x.com")
        #expect(Self.list.registrableDomain(ofURL: "https://news.x.com\\path") == "x.com")
    }

    @Test func bareSuffixesHaveNoDomain() {
        #expect(Self.list.registrableDomain("co.uk") == nil)
        #expect(Self.list.registrableDomain("b.ck") == nil)
        #expect(Self.list.registrableDomain("\u{516C}\u{53F8}.cn") == nil)
        #expect(PublicSuffixList(text: "").registrableDomain("a.b.c") == "b.c")
    }
}
