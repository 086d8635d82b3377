import ArgumentParser
import Foundation
import SlantCore
import SlantIO
import SlantReport

/// `slant split`: sentences with their offsets in the input.
public struct SplitCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split plain text into sentences, with offsets into the input.",
        discussion: """
            Offsets are Unicode code point offsets into the input exactly as read, end exclusive.
            Nothing is taken as metadata: a scraper header is split like any other line.
            """)

    @Argument(help: "The text file ('-' or none for standard input).")
    public var file: String?

    @Option(help: "Output format: text (one sentence a line) or jsonl ({\"start\",\"end\",\"text\"} a line).")
    public var format: OutputFormat = .text

    @OptionGroup public var lexicons: LexiconOptions

    public init() {}

    struct Line: Encodable {
        var start: Int
        var end: Int
        var text: String
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let analyzer = try lexicons.analyzer()
        let (name, data) = try InputReader.data(path: file, stdin: io.readStdin)
        let text = try InputReader.text(data, name: name)
        let source = SourceText(text)
        let sentences = analyzer.splitter.sentences(in: source)
        switch format {
        case .text:
            io.out(sentences.map { $0.text.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined())
        case .json, .jsonl:
            io.out(JSONOutput.lines(sentences.map { Line(start: $0.span.start, end: $0.span.end, text: $0.text) }))
        }
        return ExitStatus.ok
    }
}
