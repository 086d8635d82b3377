import Foundation

/// Reads inputs from files or standard input, with clear errors for missing files,
/// directories, unreadable files, empty input and invalid UTF-8.
public enum InputReader {
    /// The name used for standard input in messages.
    public static let stdinName = "<stdin>"

    /// Reads a path, or standard input for nil or `-`, as raw bytes.
    public static func data(path: String?, stdin: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> (name: String, data: Data) {
        guard let path, path != "-" else { return (stdinName, stdin()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, problem: "no such file")
        }
        if isDirectory.boolValue { throw InputError(path: path, problem: "is a directory, not a file") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(path: path, problem: "cannot be read (permission denied?)")
        }
        // Opened once: a FIFO (`slant score <(curl ...)`) gives its bytes to the first reader
        // only, so it must not be opened to look at it and again to read it.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, problem: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        var info = stat()
        if fstat(handle.fileDescriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            do {
                return (path, try handle.readToEnd() ?? Data())
            } catch {
                throw InputError(path: path, problem: "cannot be read (\(error.localizedDescription))")
            }
        }
        // A FIFO, /dev/null or /dev/stdin is read as a stream, up to a limit so that an endless
        // device cannot fill memory.
        return (path, try stream(handle, name: path))
    }

    /// The longest text Slant analyses as one article: 4 GiB less a byte (token offsets are
    /// 32-bit). A longer file is reported, not analysed; a corpus may be larger, record by record.
    public static let maximumTextBytes = Int(UInt32.max)

    /// The most a stream (FIFO, device) is read before giving up: 1 GiB.
    public static let maximumStreamBytes = 1 << 30

    /// Reads a stream to its end in chunks, failing past `limit` bytes.
    public static func stream(_ handle: FileHandle, name: String, limit: Int = maximumStreamBytes) throws -> Data {
        var data = Data()
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw InputError(path: name, problem: "cannot be read (\(error.localizedDescription))")
            }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
            if data.count > limit {
                throw InputError(path: name, problem: "is larger than \(limit >> 20) MiB; is it an endless device?")
            }
        }
    }

    /// Decodes UTF-8, rejecting invalid bytes with the line and column where they occur, text
    /// saved as UTF-16, binary data (a NUL byte) and empty or whitespace-only input.
    public static func text(_ data: Data, name: String) throws -> String {
        guard data.count <= maximumTextBytes else {
            throw InputError(path: name, problem: "is \(data.count >> 20) MiB, more than the 4 GiB one text may hold; split it into articles (a JSON Lines corpus may be larger)")
        }
        let bytes = [UInt8](data)
        // A UTF-16 file (Windows' "Unicode") is otherwise reported as invalid UTF-8 at byte 0,
        // which does not tell its owner what to do.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError.utf16(name)
        }
        // Compressed data is otherwise "invalid UTF-8 at line 1, column 2".
        if bytes.starts(with: [0x1F, 0x8B]) {
            throw InputError(path: name, problem: "is gzip-compressed; decompress it first (gunzip), or give a compressed page a name ending in .html.gz")
        }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = position(of: bad, in: bytes)
            throw InputError.invalidUTF8(name, line: line, column: column, byte: bad)
        }
        // NUL is valid UTF-8 but never part of a text: a file of zeros or other binary data that
        // happens to be valid UTF-8 would otherwise be analysed as sentences of control characters.
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            throw InputError.binary(name, line: line, column: column, byte: nul)
        }
        // Classic Mac line endings (a carriage return alone, no line feed anywhere) are read as
        // line breaks, byte for byte, so every offset is the input's.
        var lines = bytes
        if !lines.contains(0x0A), lines.contains(0x0D) {
            for k in lines.indices where lines[k] == 0x0D { lines[k] = 0x0A }
        }
        let text = String(decoding: lines, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw InputError(path: name, problem: "is empty")
        }
        return text
    }

    /// The line and column (from 1, columns in code points) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes[..<offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        let raw = UnsafeRawBufferPointer(b)
        while i < n {
            // Eight ASCII bytes at a time: most of a news text is ASCII.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let width: Int
            var minimum: UInt32
            if c & 0xE0 == 0xC0 { width = 2; minimum = 0x80 } else if c & 0xF0 == 0xE0 { width = 3; minimum = 0x800 } else if c & 0xF8 == 0xF0 { width = 4; minimum = 0x10000 } else { return i }
            guard i + width <= n else { return i }
            var value = UInt32(c) & (0xFF >> (width + 1))
            for k in 1..<width {
                guard b[i + k] & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(b[i + k] & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are invalid.
            if value < minimum || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF { return i }
            i += width
        }
        return nil
    }
}
