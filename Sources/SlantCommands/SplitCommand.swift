import ArgumentParser
import Foundation
import SlantCore
import SlantIO

/// `slant split`: sentences with their offsets in the input, streamed.
public struct SplitCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split plain text into sentences, with offsets into the input.",
        discussion: """
            Offsets are Unicode code point offsets into the input exactly as read, end exclusive.
            Nothing is taken as metadata: a scraper header is split like any other line.
            The input is read in chunks and each sentence is written as soon as its paragraph
            ends, so files of any size split in a few megabytes of memory.
            """)

    @Argument(help: "The text file ('-' or none for standard input).")
    public var file: String?

    @Option(help: "Output format: text (one sentence a line) or jsonl ({\"start\",\"end\",\"text\"} a line).")
    public var format: OutputFormat = .text

    @Option(name: .customLong("abbreviations"),
            help: ArgumentHelp("A file of extra abbreviations (abbreviation<TAB>title|numeric|other), layered over the built-in list (repeatable).",
                               valueName: "FILE"))
    public var abbreviationFiles: [String] = []

    @Flag(help: "Name the rule that ended each sentence (a \"rule\" field in jsonl, a first column in text).")
    public var explain = false

    @OptionGroup public var lexicons: LexiconOptions

    public init() {}

    /// Bytes read at a time.
    static let chunkSize = 1 << 20

    public func execute(_ io: CommandIO) throws -> Int32 {
        let set = try LexiconLoader.load(directory: lexicons.directory, overlays: lexicons.overlays, allow: lexicons.allow)
        let extras = try abbreviationFiles.map { path -> (name: String, text: String) in
            let (name, data) = try InputReader.data(path: path)
            return (name, try InputReader.text(data, name: name))
        }
        let splitter = try SentenceSplitter(lexicons: set, extraAbbreviations: extras)
        var stream = SentenceStream(splitter: splitter)
        let writer = SentenceWriter(format: format, explain: explain, io: io)
        let emit: SentenceStream.Emit = { bytes, span, rule in writer.write(bytes, span, rule) }

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
            try Self.readChunks(fd: fd, name: name, into: &stream, emit)
        } else {
            name = InputReader.stdinName
            if let fd = io.stdinFileDescriptor {
                try Self.readChunks(fd: fd, name: name, into: &stream, emit)
            } else {
                let data = [UInt8](io.readStdin())
                var offset = 0
                repeat {
                    let end = min(data.count, offset + Self.chunkSize)
                    data.withUnsafeBufferPointer { stream.feed(UnsafeBufferPointer(rebasing: $0[offset..<end]), emit) }
                    offset = end
                } while offset < data.count
            }
        }
        stream.finish(emit)
        writer.flush()
        if let bad = stream.invalid {
            throw InputError(path: name, problem: "invalid UTF-8 at line \(bad.line), column \(bad.column) (byte \(bad.byte))")
        }
        if stream.count == 0 { throw InputError(path: name, problem: "is empty") }
        return ExitStatus.ok
    }

    static func readChunks(fd: Int32, name: String, into stream: inout SentenceStream, _ emit: SentenceStream.Emit) throws {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while stream.invalid == nil {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunkSize) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(path: name, problem: "cannot be read (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            chunk.withUnsafeBufferPointer { stream.feed(UnsafeBufferPointer(rebasing: $0[0..<n]), emit) }
        }
    }
}

/// Writes sentences as text lines or JSON Lines, buffered, without building a `String` or an
/// `Encodable` per sentence (JSONEncoder would be the slowest part of `slant split`).
final class SentenceWriter {
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

    func write(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan, _ rule: String) {
        switch format {
        case .text:
            if explain { buffer += Array(rule.utf8); buffer.append(0x09) }
            // One sentence a line: its own line breaks become spaces (CRLF one space).
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                if c == 0x0D {
                    buffer.append(0x20)
                    if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                } else if c == 0x0A {
                    buffer.append(0x20)
                } else if c == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    buffer.append(0x20)
                    i += 2
                } else {
                    buffer.append(c)
                }
                i += 1
            }
            buffer.append(0x0A)
        case .json, .jsonl:
            // Keys sorted, as JSONOutput writes them.
            append("{\"end\":\(span.end),")
            if explain { append("\"rule\":\"\(rule)\",") }
            append("\"start\":\(span.start),\"text\":\"")
            appendEscaped(bytes)
            append("\"}\n")
        }
        if buffer.count >= Self.flushSize { flush() }
    }

    func append(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
    }

    func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for i in 0..<bytes.count {
            let c = bytes[i]
            guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            switch c {
            case 0x22: buffer += [0x5C, 0x22]
            case 0x5C: buffer += [0x5C, 0x5C]
            case 0x0A: buffer += [0x5C, 0x6E]
            case 0x0D: buffer += [0x5C, 0x72]
            case 0x09: buffer += [0x5C, 0x74]
            case 0x08: buffer += [0x5C, 0x62]
            case 0x0C: buffer += [0x5C, 0x66]
            default:
                let hex = Array("0123456789abcdef".utf8)
                buffer += [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]]
            }
            runStart = i + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        io.out(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
    }
}
