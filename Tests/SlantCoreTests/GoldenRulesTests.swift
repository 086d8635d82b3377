import Foundation
import SlantCore
import Testing

/// The English Golden Rules of pySBD (48) and pragmatic_segmenter (52), in
/// `Tests/Fixtures/golden-rules/` (MIT, see NOTICE there). Cases listed in `known-failures.tsv`
/// must fail (with their reason shown); every other case must pass.
@Suite struct GoldenRulesTests {
    struct Case: Decodable {
        let id: Int
        let text: String
        let sentences: [String]
    }

    let splitter = sharedAnalyzer.splitter

    func cases(_ file: String) -> [Case] {
        fixture("golden-rules/\(file)").split(separator: "\n").compactMap {
            try? JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
    }

    /// Known failures of one set: case id -> reason.
    func knownFailures(_ set: String) -> [Int: String] {
        var known: [Int: String] = [:]
        for line in fixture("golden-rules/known-failures.tsv").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count >= 3, fields[0] == set, let id = Int(fields[1]) { known[id] = fields[2] }
        }
        return known
    }

    /// Sentences compared with runs of whitespace as one space: a range into the input keeps
    /// its line breaks, and pragmatic_segmenter's expected output drops them.
    func normalized(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func failing(_ cases: [Case], unescape: Bool) -> [Int: [String]] {
        var failing: [Int: [String]] = [:]
        for c in cases {
            // pragmatic_segmenter's README writes some inputs as Ruby literals (\n, \").
            let text = unescape ? c.text.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\"", with: "\"") : c.text
            let got = splitter.sentences(in: SourceText(text)).map { normalized($0.text) }
            if got != c.sentences.map(normalized) { failing[c.id] = got }
        }
        return failing
    }

    func check(set: String, file: String, count: Int, unescape: Bool) {
        let all = cases(file)
        #expect(all.count == count)
        let failed = failing(all, unescape: unescape)
        let known = knownFailures(set)
        for (id, got) in failed.sorted(by: { $0.key < $1.key }) where known[id] == nil {
            Issue.record("\(set) case \(id) fails: got \(got)")
        }
        for (id, reason) in known.sorted(by: { $0.key < $1.key }) {
            if failed[id] == nil {
                Issue.record("\(set) case \(id) now passes: remove it from known-failures.tsv")
            } else {
                withKnownIssue("\(set) case \(id): \(reason)") { Issue.record("known failure") }
            }
        }
        print("golden rules \(set): \(all.count - failed.count)/\(all.count) pass")
    }

    @Test func pySBDEnglishGoldenRules() {
        check(set: "pysbd", file: "english_golden_rules.jsonl", count: 48, unescape: false)
    }

    @Test func pragmaticSegmenterGoldenRules() {
        check(set: "pragmatic", file: "pragmatic_segmenter_golden_rules_en.jsonl", count: 52, unescape: true)
    }
}
