import Testing

/// `slant lexicon bench FILE` (what `make bench-loaded` runs) prints one figure a line; the
/// test checks the lines are there and are numbers, never how fast anything is.
@Suite struct LexiconBenchTests {
    @Test func printsEveryStageAndThePipelineSettingOfTheScorer() throws {
        let r = slant(["lexicon", "bench", samplePath, "--runs", "1", "--entries", "0"])
        #expect(r.status == 0, "\(r.err)")
        var figures: [String: Double] = [:]
        for line in r.out.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count >= 2, let value = Double(fields[1]) { figures[String(fields[0])] = value }
        }
        for name in ["split-ms", "tokenize-ms", "score-ms", "score-in-place-ms", "classify-ms", "analyze-ms",
                     "score-over-split", "score-in-place-over-split", "classify-over-split"] {
            let value = try #require(figures[name], "no \(name) line in:\n\(r.out)")
            #expect(value >= 0 && value.isFinite, "\(name) \(value)")
        }
    }
}
