import Foundation
import SlantIO
import Testing

/// Inputs a hostile or careless user gives: devices, FIFOs, endless streams.
@Suite struct HostileInputTests {
    @Test func devNullIsEmptyNotUnreadable() throws {
        let (name, data) = try InputReader.data(path: "/dev/null")
        #expect(name == "/dev/null")
        #expect(data.isEmpty)
        #expect(throws: InputError(path: "/dev/null", problem: "is empty")) { try InputReader.text(data, name: name) }
    }

    @Test func fifoIsReadAsAStream() throws {
        let path = NSTemporaryDirectory() + "slant-fifo-\(UUID().uuidString)"
        #expect(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: path) {
                handle.write(Data("Officials said the plan works.\n".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let (_, data) = try InputReader.data(path: path)
        #expect(String(decoding: data, as: UTF8.self) == "Officials said the plan works.\n")
    }

    @Test func endlessDeviceStopsAtTheLimit() throws {
        let handle = try #require(FileHandle(forReadingAtPath: "/dev/zero"))
        defer { try? handle.close() }
        #expect(throws: InputError(path: "/dev/zero", problem: "is larger than 2 MiB; is it an endless device?")) {
            try InputReader.stream(handle, name: "/dev/zero", limit: 2 << 20)
        }
    }
    /// A file of zeros is valid UTF-8; before, it was analysed as "sentences" of NUL characters
    /// labelled FACTUAL.
    @Test func nulBytesAreBinaryNotText() {
        #expect(throws: InputError(path: "zeros.txt", problem: "is binary data, not text (a NUL byte at line 1, column 1, byte 0)")) {
            try InputReader.text(Data(count: 20_000), name: "zeros.txt")
        }
        #expect(throws: InputError(path: "a.txt", problem: "is binary data, not text (a NUL byte at line 2, column 4, byte 10)")) {
            try InputReader.text(Data("Café.\nabc\0def.".utf8), name: "a.txt")
        }
    }

    /// Windows' "Unicode" text is UTF-16 with a byte-order mark; say so rather than "invalid
    /// UTF-8 at byte 0".
    @Test func utf16IsNamed() {
        let utf16 = Data([0xFF, 0xFE]) + "Hello.".data(using: .utf16LittleEndian)!
        #expect(throws: InputError(path: "u.txt", problem: "is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8")) {
            try InputReader.text(utf16, name: "u.txt")
        }
    }
}
