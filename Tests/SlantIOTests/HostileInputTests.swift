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
}
