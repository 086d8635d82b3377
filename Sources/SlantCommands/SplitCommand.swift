import ArgumentParser
import Foundation
import SlantCore
import SlantIO
import SlantReport
import SlantResources

/// `slant split`: sentences with their offsets in the input, streamed.
public struct SplitCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split plain text into sentences, with offsets into the input.",
        discussion: """
            Offsets are Unicode code point offsets into the input exactly as read, end exclusive. \
            Nothing is taken as metadata: a scraper header is split like any other line.

            The input is read in chunks and each sentence is written as soon as its paragraph \
            ends, so files of any size split in a few megabytes of memory. --explain names the \
            rule that ended each sentence (Sources/SlantCore/Split/Rules).
            """)

    @Argument(help: "The text file ('-' or none for standard input).")
    public var file: String?

    @Option(help: "Output format: text (one sentence a line) or jsonl ({\"start\",\"end\",\"text\"} a line; json is the same).")
    public var format: OutputFormat = .text

    @Option(name: .customLong("abbreviations"),
            help: ArgumentHelp("A file of extra abbreviations (abbreviation<TAB>title|numeric|other), layered over the built-in list (repeatable).",
                               valueName: "FILE"))
    public var abbreviationFiles: [String] = []

    @Flag(help: "Name the rule that ended each sentence (a \"rule\" field in jsonl, a first column in text).")
    public var explain = false

    // Only the lists the splitter reads can change its output: the loaded-language options
    // of the other commands (--lexicon, --allow, --include-quoted) did nothing here.
    @Option(name: .customLong("lexicons"), help: ArgumentHelp("A directory whose abbreviations.tsv, sentence-starters.tsv or attribution-cues.tsv replace the built-in ones.", valueName: "DIR"))
    public var lexiconDirectory: String?

    public init() {}

    /// Bytes read at a time.
    static let chunkSize = 1 << 20

    public func execute(_ io: CommandIO) throws -> Int32 {
        let set: LexiconSet
        if lexiconDirectory == nil {
            // The splitter needs three built-in files; decoding every lexicon would double the start-up.
            var files: [String: String] = [:]
            for name in ["abbreviations.tsv", "sentence-starters.tsv", "attribution-cues.tsv"] { files[name] = EmbeddedResources.text("Lexicons/\(name)") }
            set = LexiconSet(files: files)
        } else {
            set = try LexiconLoader.load(directory: lexiconDirectory)
        }
        let extras = try abbreviationFiles.map { path -> (name: String, text: String) in
            let (name, data) = try InputReader.data(path: path)
            return (name, try InputReader.text(data, name: name))
        }
        let splitter = try SentenceSplitter(lexicons: set, extraAbbreviations: extras)
        var stream = SentenceStream(splitter: splitter)
        var writer = SentenceWriter(format: format, explain: explain, io: io)

        let name: String
        if let file, file != "-" {
            name = file
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                throw InputError(path: file, problem: "no such file")
            }
            if isDirectory.boolValue { throw InputError(path: file, problem: "is a directory, not a file") }
            let fd = open(file, O_RDONLY)
            guard fd >= 0 else { throw InputError(path: file, problem: "cannot be read (permission denied?)") }
            defer { close(fd) }
            try Self.readChunks(fd: fd, name: name, stream: &stream, writer: &writer)
        } else {
            name = InputReader.stdinName
            if let fd = io.stdinFileDescriptor {
                try Self.readChunks(fd: fd, name: name, stream: &stream, writer: &writer)
            } else {
                let data = [UInt8](io.readStdin())
                var offset = 0
                repeat {
                    let end = min(data.count, offset + Self.chunkSize)
                    data.withUnsafeBufferPointer { all in
                        stream.feed(UnsafeBufferPointer(rebasing: all[offset..<end])) { writer.write($0, $1, $2) }
                    }
                    offset = end
                } while offset < data.count
            }
        }
        stream.finish { writer.write($0, $1, $2) }
        writer.flush()
        if let bad = stream.invalid {
            switch bad.kind {
            case .invalid: throw InputError.invalidUTF8(name, line: bad.line, column: bad.column, byte: bad.byte)
            case .nul: throw InputError.binary(name, line: bad.line, column: bad.column, byte: bad.byte)
            case .utf16: throw InputError.utf16(name)
            }
        }
        if stream.count == 0 { throw InputError(path: name, problem: "is empty") }
        return ExitStatus.ok
    }

    static func readChunks(fd: Int32, name: String, stream: inout SentenceStream, writer: inout SentenceWriter) throws {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while stream.invalid == nil {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunkSize) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(path: name, problem: "cannot be read (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            chunk.withUnsafeBufferPointer { all in
                stream.feed(UnsafeBufferPointer(rebasing: all[0..<n])) { writer.write($0, $1, $2) }
            }
        }
    }
}

/// Writes sentences as text lines or JSON Lines into a byte buffer, flushed in large writes,
/// without a `String` or an `Encodable` per sentence (JSONEncoder would cost more than the
/// splitting itself).
struct SentenceWriter {
    let format: OutputFormat
    let explain: Bool
    let io: CommandIO
    var buffer: [UInt8] = []
    static let flushSize = 1 << 18

    init(format: OutputFormat, explain: Bool, io: CommandIO) {
        self.format = format
        self.explain = explain
        self.io = io
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan, _ rule: StaticString) {
        switch format {
        case .text:
            if explain { append(rule); buffer.append(0x09) }
            // One sentence a line: its own line breaks become spaces (CRLF one space).
            var run = 0, i = 0
            let n = bytes.count
            while i < n {
                // Eight bytes at a time while there is no line break (nor a non-ASCII byte).
                if i + 8 <= n, let base = bytes.baseAddress {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                    let lf = w ^ (ones &* 0x0A), cr = w ^ (ones &* 0x0D)
                    if w & high == 0, ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & high == 0 {
                        i += 8
                        continue
                    }
                }
                let c = bytes[i]
                if c == 0x0D || c == 0x0A {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    buffer.append(0x20)
                    if c == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    run = i + 1
                } else if c == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    buffer.append(0x20)
                    i += 2
                    run = i + 1
                }
                i += 1
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
            buffer.append(0x0A)
        case .json, .jsonl:
            // Keys sorted, as JSONOutput writes them.
            append("{\"end\":")
            JSONBytes.appendInt(span.end, to: &buffer)
            if explain { append(",\"rule\":\""); append(rule); buffer.append(0x22) }
            append(",\"start\":")
            JSONBytes.appendInt(span.start, to: &buffer)
            append(",\"text\":\"")
            JSONBytes.appendEscaped(bytes, to: &buffer)
            append("\"}\n")
        }
        if buffer.count >= Self.flushSize { flush() }
    }

    mutating func append(_ s: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        // (JSON escapes control characters itself.)
        if format == .text { io.outShown(bytes: buffer) } else { io.out(bytes: buffer) }
        buffer.removeAll(keepingCapacity: true)
    }
}
