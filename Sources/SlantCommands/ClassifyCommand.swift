import ArgumentParser
import Foundation
import SlantCore
import SlantIO
import SlantReport

/// `slant classify`: one label per input line, no splitting.
public struct ClassifyCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Label sentences given one per line as FACTUAL, ATTRIBUTED or EDITORIAL.",
        discussion: """
            One output line per input line. Cue offsets are code point offsets within the line. \
            An empty line gets label FACTUAL with confidence 0 and no cues. A line that is not \
            valid UTF-8 (or holds a NUL byte) is reported as file:line and classified with U+FFFD \
            in place of its bad bytes, so the other lines keep their place; the exit status is \
            then 2. A line of several sentences (a labelled passage) is EDITORIAL when one of \
            its sentences is, else ATTRIBUTED when one is, else FACTUAL; its cues are all of them.
            """)

    @Argument(help: "A file with one sentence per line ('-' or none for standard input).")
    public var file: String?

    @Option(help: "Output format: text (label, confidence and sentence a line) or jsonl (one JSON object a line; json is the same).")
    public var format: OutputFormat = .text

    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup public var quoted: QuotedTermsOption

    public init() {}

    struct Line: Encodable {
        var label: ClaimLabel
        var confidence: Double
        var cues: [CueEvidence]
        var source: SourceSpan?
        /// Further sources the sentence names besides `source` ("While X has said ..., Y said"); absent when none.
        var otherSources: [SourceSpan]? = nil
        var text: String
        /// Which step of the classifier's precedence decided the label.
        var rule: String

        enum CodingKeys: String, CodingKey { case label, confidence, cues, source, other_sources, text, rule }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(label, forKey: .label)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(cues, forKey: .cues)
            try c.encode(source, forKey: .source)
            try c.encodeIfPresent(otherSources, forKey: .other_sources)
            try c.encode(text, forKey: .text)
            try c.encode(rule, forKey: .rule)
        }

        /// The bytes of `JSONOutput.encode(self, pretty: false)` and a newline, keys in sorted order.
        func write(to w: inout AnalysisJSONWriter) {
            w.beginObject()
            w.key("confidence"); w.double(confidence)
            w.key("cues"); w.cues(cues)
            w.key("label"); w.string(label.rawValue)
            if let others = otherSources {
                w.key("other_sources"); w.beginArray()
                for o in others { w.item(); w.source(o) }
                w.endArray()
            }
            w.key("rule"); w.string(rule)
            w.key("source"); w.optionalSource(source)
            w.key("text"); w.string(text)
            w.endObject()
            w.endLine()
        }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let analyzer = try lexicons.analyzer(includeQuoted: quoted.includeQuoted)
        io.keepUntilExit(analyzer)
        let (name, data) = try InputReader.data(path: file, stdin: io.readStdin)
        let text: String
        var badLines = 0
        do {
            text = try InputReader.text(data, name: name)
        } catch let error as InputError where error.problem.hasPrefix("invalid UTF-8") || error.problem.hasPrefix("is binary data") {
            // One bad line must not cost the others their labels: each is reported and
            // repaired, and the lines keep their numbers.
            (text, badLines) = Self.repairedLines(data, name: name, io: io)
        }
        var lines = text.lineSlices().map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        if lines.last == "" { lines.removeLast() }
        // A byte-order mark (a file saved by Notepad) is no part of the first sentence.
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        var out = ""
        var writer = AnalysisJSONWriter(pretty: false, sink: { io.out(bytes: $0) })
        for line in lines {
            let result: Line
            if line.allSatisfy({ $0.isWhitespace }) {
                result = Line(label: .factual, confidence: 0, cues: [], source: nil, text: line, rule: "an empty line")
            } else {
                let s = analyzer.classify(sentence: line)
                result = Line(label: s.label, confidence: s.confidence, cues: s.cues, source: s.source,
                              otherSources: s.other_sources, text: line, rule: s.rule?.text ?? "")
            }
            switch format {
            case .text:
                out += "\(result.label.rawValue)\t\(format2(result.confidence))\t\(line)\n"
            case .json, .jsonl:
                if result.confidence.isFinite && result.cues.allSatisfy({ $0.weight.isFinite }) {
                    result.write(to: &writer)
                } else {
                    // JSONOutput writes `null` for a non-finite number; the byte writer cannot.
                    writer.flush()
                    io.out(JSONOutput.encode(result, pretty: false) + "\n")
                }
            }
        }
        writer.flush()
        io.outShown(out)
        return badLines > 0 ? ExitStatus.error : ExitStatus.ok
    }

    /// The input with each line that is not valid UTF-8 decoded with U+FFFD for its bad bytes
    /// (NUL bytes too), each reported on standard error as `name:line: problem`.
    static func repairedLines(_ data: Data, name: String, io: CommandIO) -> (text: String, bad: Int) {
        var pieces: [String] = []
        var bad = 0
        for (index, line) in [UInt8](data).split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line)
            func column(_ offset: Int) -> Int { bytes[..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1 }
            if let offset = InputReader.firstInvalidUTF8(bytes) {
                bad += 1
                io.err("slant: \(name):\(index + 1): invalid UTF-8 at column \(column(offset)); classified with U+FFFD in its place\n")
            } else if let offset = bytes.firstIndex(of: 0) {
                bad += 1
                io.err("slant: \(name):\(index + 1): a NUL byte at column \(column(offset)); classified with U+FFFD in its place\n")
            }
            pieces.append(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"))
        }
        return (pieces.joined(separator: "\n"), bad)
    }
}
