import Foundation
import SlantCore
import SlantReport
import Testing
@testable import SlantCommands

/// `slant classify --format jsonl` writes its lines with `AnalysisJSONWriter`; they must be
/// the bytes `JSONOutput` gives for `ClassifyCommand.Line`, so a field added to `Line` and
/// not to `Line.write(to:)` fails here.
@Suite struct ClassifyJSONLinesTests {
    @Test func linesMatchJSONEncoder() throws {
        let analyzer = try LexiconOptions.parse([]).analyzer()
        let article = try String(contentsOfFile: samplePath, encoding: .utf8)
        let hostile = ["He said \"no\" \\ / \t\u{1}\u{1f}\u{7f} \u{2028} 😀 «é», according to officials.", "", "   ",
                       "While Dana Ruiz has said that the bridge is safe, Omar Haddad said the inspectors never saw it."]
        var lines: [ClassifyCommand.Line] = []
        for text in article.split(separator: "\n").map(String.init) + hostile {
            let s = analyzer.classify(sentence: text)
            lines.append(ClassifyCommand.Line(label: s.label, confidence: s.confidence, cues: s.cues, source: s.source,
                                              otherSources: s.other_sources, text: text, rule: s.rule?.text ?? ""))
        }
        let source = SourceSpan(text: "Smith", start: 0, end: 5, kind: "person", resolved: "John Smith", note: "resolved")
        lines.append(ClassifyCommand.Line(label: .attributed, confidence: 2.0, cues: [], source: source, text: "x", rule: "r"))
        #expect(lines.contains { $0.source != nil } && lines.contains { !$0.cues.isEmpty })
        // A sentence that names two speakers writes the second as `other_sources`.
        #expect(lines.contains { $0.otherSources?.map(\.text) == ["Dana Ruiz"] })
        for line in lines {
            var out: [UInt8] = []
            var writer = AnalysisJSONWriter(pretty: false) { out += $0 }
            line.write(to: &writer)
            writer.flush()
            #expect(String(decoding: out, as: UTF8.self) == JSONOutput.encode(line, pretty: false) + "\n")
        }
        // And through the command, end to end (blank lines get their own rule there).
        let classified = lines.dropLast().filter { !$0.text.allSatisfy(\.isWhitespace) }
        let input = classified.map(\.text).joined(separator: "\n") + "\n"
        let expected = classified.map { JSONOutput.encode($0, pretty: false) + "\n" }.joined()
        #expect(slant(["classify", "--format", "jsonl", "-"], stdin: input).out == expected)
    }
}
