import SlantCore
import Testing

/// The golden claims table (`Tests/Fixtures/claims/claims.tsv`): each line is a sentence with
/// the label, cue and source Slant must give it. Known failures stay in the table, marked
/// `xfail: reason`, and must keep failing until someone fixes them.
@Suite struct ClaimGoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var line: Int
        var sentence: String
        var label: String
        var cue: String?
        /// The text the cue must cover exactly, from ⏩...⏪ marks.
        var marked: Range<Int>?
        var source: String?
        var sourceKind: String?
        var knownFailure: String?
        var testDescription: String { "line \(line): \(sentence)" }
    }

    static let cases: [Case] = {
        var result: [Case] = []
        for (index, line) in fixture("claims/claims.tsv").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6 else {
                result.append(Case(line: index + 1, sentence: "malformed line: \(line)", label: "", knownFailure: nil))
                continue
            }
            var marked: Range<Int>?
            var sentence = fields[0]
            let scalars = Array(sentence.unicodeScalars)
            if let open = scalars.firstIndex(of: "⏩"), let close = scalars.firstIndex(of: "⏪"), open < close {
                marked = open..<(close - 1)
                sentence = String(String.UnicodeScalarView(scalars.filter { $0 != "⏩" && $0 != "⏪" }))
            }
            func optional(_ s: String) -> String? { s == "-" ? nil : s }
            let status = fields[5]
            result.append(Case(line: index + 1, sentence: sentence, label: fields[1], cue: optional(fields[2]), marked: marked,
                               source: optional(fields[3]), sourceKind: optional(fields[4]),
                               knownFailure: status.hasPrefix("xfail:") ? String(status.dropFirst(6)).trimmingCharacters(in: .whitespaces) : nil))
        }
        return result
    }()

    @Test func tableIsNotEmpty() {
        #expect(Self.cases.count >= 30)
        #expect(!Self.cases.contains { $0.label.isEmpty }, "malformed lines in claims.tsv")
    }

    @Test(arguments: cases)
    func sentence(_ c: Case) {
        if let reason = c.knownFailure {
            withKnownIssue(Comment(rawValue: reason)) { check(c) }
        } else {
            check(c)
        }
    }

    func check(_ c: Case) {
        let result = sharedAnalyzer.classify(sentence: c.sentence)
        #expect(result.label.rawValue == c.label, "label")
        if let cue = c.cue {
            let found = result.cues.filter { $0.id == cue }
            #expect(!found.isEmpty, "no '\(cue)' cue among \(result.cues.map(\.id))")
            if let marked = c.marked, !found.isEmpty {
                #expect(found.contains { $0.start == marked.lowerBound && $0.end == marked.upperBound },
                        "'\(cue)' covers \(found.map(\.text)), not the marked words")
            }
        }
        #expect(result.source?.text == c.source, "source")
        if let kind = c.sourceKind {
            #expect(result.source?.kind == kind, "source kind")
        }
        #expect((0...1).contains(result.confidence))
    }
}
