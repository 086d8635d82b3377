import Foundation
@testable import SlantIO
import Testing

/// A hostile page: one element with tens of thousands of attributes, which libxml2 reads in
/// time quadratic in their number. Slant keeps the first `maxAttributes` of a tag.
@Suite struct HTMLAttributeLimitTests {
    private func tag(attributes: Int, quote: String = "\"") -> String {
        "<p" + (0..<attributes).map { " a\($0)=\(quote)v>\(quote)" }.joined() + ">"
    }

    @Test func pagesWithoutHugeTagsAreUnchanged() {
        let page = Data(("<html><!-- <p " + String(repeating: "x=1 ", count: 600) + "> --><body>"
                         + tag(attributes: HTMLDocument.maxAttributes) + "Text.</p></body></html>").utf8)
        #expect(HTMLDocument.limitingAttributes(page) == page)
    }

    @Test func aTagWithTooManyAttributesKeepsTheFirstOnes() {
        let page = "<html><body>" + tag(attributes: 3 * HTMLDocument.maxAttributes, quote: "'") + "Kept text.</p></body></html>"
        let limited = String(decoding: HTMLDocument.limitingAttributes(Data(page.utf8)), as: UTF8.self)
        #expect(limited == "<html><body>" + tag(attributes: HTMLDocument.maxAttributes, quote: "'") + "Kept text.</p></body></html>")
    }

    @Test func anElementWithManyAttributesIsReadAndItsTextKept() throws {
        let page = "<html><head><title>T</title></head><body>" + tag(attributes: 50_000)
            + "Officials said the bridge will reopen on Monday after three weeks of repairs to its deck.</p></body></html>"
        let e = try HTMLArticleReader.extract(from: Data(page.utf8), path: "attributes.html")
        #expect(e.article.text.contains("Officials said the bridge will reopen on Monday"))
    }
}
