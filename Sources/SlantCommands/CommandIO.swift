import Foundation

/// Where a command reads and writes: the real terminal, or buffers in tests.
public final class CommandIO: @unchecked Sendable {
    public var stdoutText = ""
    public var stderrText = ""
    let writeOut: (String) -> Void
    let writeErr: (String) -> Void
    public let readStdin: () -> Data
    public let environment: [String: String]
    /// Whether standard output is a terminal.
    public let stdoutIsTerminal: Bool
    /// Whether standard error is a terminal (progress bars go there).
    public let stderrIsTerminal: Bool

    public init(writeOut: @escaping (String) -> Void, writeErr: @escaping (String) -> Void,
                readStdin: @escaping () -> Data, environment: [String: String],
                stdoutIsTerminal: Bool, stderrIsTerminal: Bool) {
        self.writeOut = writeOut
        self.writeErr = writeErr
        self.readStdin = readStdin
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
    }

    /// The process's real standard streams and environment.
    public static func standard() -> CommandIO {
        // Output goes straight to the descriptors (`out`, `err`), so a failed write is seen.
        let io = CommandIO(writeOut: { _ in }, writeErr: { _ in },
                           readStdin: { FileHandle.standardInput.readDataToEndOfFile() },
                           environment: ProcessInfo.processInfo.environment,
                           stdoutIsTerminal: isatty(1) == 1, stderrIsTerminal: isatty(2) == 1)
        io.stdinFileDescriptor = 0
        io.stdoutFileDescriptor = 1
        io.stderrFileDescriptor = 2
        io.isProcess = true
        return io
    }

    /// True for the process's own streams (`standard()`): the command is the whole process.
    private var isProcess = false

    /// Keeps a value (an analyzer) alive until the process exits, when this is the process's
    /// own `CommandIO`: freeing an analyzer's tables when a command ends (tens of thousands of
    /// arrays and strings, one by one) was about 13M of the 140M instructions of `slant score`
    /// of an article, and the exit that follows returns all of the process's memory at once.
    /// Nothing in an analyzer acts when freed (no file, no database), so only the freeing is
    /// skipped. In tests, where many commands run in one process, nothing is kept.
    public func keepUntilExit(_ value: Any) {
        guard isProcess else { return }
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }

    /// The real standard input's descriptor, for commands that stream it in chunks
    /// (`slant split`); nil when standard input is a test buffer (`readStdin`).
    public var stdinFileDescriptor: Int32?
    /// The real standard output's and standard error's descriptors; nil in tests, where
    /// `writeOut` and `writeErr` keep the text.
    public var stdoutFileDescriptor: Int32?
    public var stderrFileDescriptor: Int32?

    /// Buffers for tests: what the command writes is kept in `stdoutText` and `stderrText`.
    public static func capture(stdin: String = "", environment: [String: String] = [:]) -> CommandIO {
        let box = CaptureBox()
        let io = CommandIO(writeOut: { box.out += $0 }, writeErr: { box.err += $0 },
                           readStdin: { Data(stdin.utf8) }, environment: environment,
                           stdoutIsTerminal: false, stderrIsTerminal: false)
        io.box = box
        return io
    }

    var box: CaptureBox?
    public var capturedOut: String { box?.out ?? "" }
    public var capturedErr: String { box?.err ?? "" }

    public func out(_ s: String) {
        guard let fd = stdoutFileDescriptor else { return writeOut(s) }
        var s = s
        s.withUTF8 { write(fd: fd, $0) }
    }

    public func err(_ s: String) {
        guard let fd = stderrFileDescriptor else { return writeErr(s) }
        var s = s
        s.withUTF8 { write(fd: fd, $0) }
    }

    /// Writes text that holds the input's words (sentences, titles, outlet names): on a
    /// terminal its control characters are shown in caret notation (ESC as `^[`, BEL as `^G`,
    /// DEL as `^?`, C1 controls as `\u{85}`), as `slant score` shows them, so that scraped
    /// text cannot recolour, clear or hide the output; into a pipe or file it goes as it is.
    public func outShown(_ s: String) {
        guard stdoutIsTerminal else { return out(s) }
        out(bytes: Self.caretNotation(Array(s.utf8)))
    }

    /// `outShown(_:)` for UTF-8 bytes.
    public func outShown(bytes: [UInt8]) {
        out(bytes: stdoutIsTerminal ? Self.caretNotation(bytes) : bytes)
    }

    /// UTF-8 text with its control characters but line feed and tab in caret notation.
    static func caretNotation(_ bytes: [UInt8]) -> [UInt8] {
        func isControl(_ k: Int) -> Bool {
            let b = bytes[k]
            return b < 0x20 && b != 0x0A && b != 0x09 || b == 0x7F || b == 0xC2 && k + 1 < bytes.count && bytes[k + 1] & 0xE0 == 0x80
        }
        guard bytes.indices.contains(where: isControl) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if !isControl(k) {
                out.append(b)
            } else if b == 0x7F {
                out += [0x5E, 0x3F]
            } else if b < 0x20 {
                out += [0x5E, b + 0x40]
            } else {
                out += Array("\\u{\(String(bytes[k + 1], radix: 16))}".utf8)
                k += 1
            }
            k += 1
        }
        return out
    }

    /// Writes UTF-8 bytes: straight to the descriptor when there is one, else as text.
    public func out(bytes: [UInt8]) {
        guard let fd = stdoutFileDescriptor else {
            writeOut(String(decoding: bytes, as: UTF8.self))
            return
        }
        bytes.withUnsafeBufferPointer { write(fd: fd, $0) }
    }

    /// The first failed write to standard output (a full disk, a closed descriptor), as a
    /// message; the command's exit status becomes 2 and the message is printed once at the end.
    /// A reader that closed a pipe (`| head`) ends the process by SIGPIPE as usual.
    public private(set) var writeFailure: String?

    /// Writes all of `bytes` to `fd`, retrying on EINTR and short writes. A failure on standard
    /// output is kept in `writeFailure` and the rest of the output is dropped; one on standard
    /// error has nowhere to be told.
    private func write(fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        let isOutput = fd == stdoutFileDescriptor
        guard let base = bytes.baseAddress, !(isOutput && writeFailure != nil) else { return }
        var done = 0
        while done < bytes.count {
            let n = Foundation.write(fd, base + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                if isOutput { writeFailure = "cannot write the output: \(String(cString: strerror(errno)))" }
                return
            }
            done += n
        }
    }

    /// Colour only on a terminal and never when NO_COLOR is set (https://no-color.org).
    public var useColor: Bool {
        stdoutIsTerminal && (environment["NO_COLOR"]?.isEmpty ?? true) && environment["TERM"] != "dumb"
    }
}

/// A value `keepUntilExit` holds: retained once more than it is released, so never freed.
private final class KeptUntilExit {
    let value: Any
    init(_ value: Any) { self.value = value }
}

final class CaptureBox: @unchecked Sendable {
    var out = ""
    var err = ""
}
