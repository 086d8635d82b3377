import Foundation
import Testing

/// Defects found by reading the README as a new user and running every command it shows.
@Suite struct ReadmeUserPassTests {
    /// With `--include-quoted` the rate is over every word and every hit, quoted ones included,
    /// but the summary line still said "in the outlet's voice" beside the outlet-voice word count,
    /// so its count and its rate disagreed (6 in 429 words printed as 13.27 per 1,000).
    @Test func includeQuotedSummaryLineCountsWhatItsRateCounts() throws {
        let text = "The mayor called the plan \"a disgraceful sham\" on Tuesday. The council met to discuss the outrageous cost.\n"
        let plain = slant(["score", "-"], stdin: text)
        #expect(plain.status == 0, "\(plain.err)")
        #expect(plain.out.contains("loaded terms in the outlet's voice: "), "\(plain.out)")

        let r = slant(["score", "-", "--include-quoted"], stdin: text)
        #expect(r.status == 0, "\(r.err)")
        let line = try #require(r.out.split(separator: "\n").first { $0.hasPrefix("loaded terms") }.map(String.init))
        #expect(line.hasPrefix("loaded terms, quotes included: "), "\(line)")
        // "N in W words (R per 1,000)": R must be N * 1000 / W.
        let numbers = line.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) }
        try #require(numbers.count >= 3, "\(line)")
        let (hits, words, rate) = (numbers[0], numbers[1], numbers[2])
        #expect(hits > 0 && words > 0, "\(line)")
        #expect(abs(hits * 1000 / words - rate) < 0.01, "\(line)")
    }

    /// The categories and top terms count what the rate counts: with `--include-quoted` they
    /// listed only the outlet's own terms while the rate counted the quoted ones too.
    @Test func includeQuotedCategoriesAndTopTermsCountQuotedTerms() throws {
        let text = "The mayor called the plan \"a disgraceful sham\" on Tuesday. The council met to discuss the outrageous cost.\n"
        let r = slant(["score", "-", "--include-quoted", "--format", "json"], stdin: text)
        #expect(r.status == 0, "\(r.err)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["summary"] as? [String: Any])
        let categories = try #require(summary["by_category"] as? [String: Int])
        let quoted = try #require(summary["loaded_quoted"] as? Int), own = try #require(summary["loaded_outlet_voice"] as? Int)
        #expect(quoted > 0)
        #expect(categories.values.reduce(0, +) == quoted + own)
        let top = try #require(summary["top_terms"] as? [[String: Any]])
        #expect(top.contains { ($0["term"] as? String)?.contains("disgraceful") == true })
    }
}
