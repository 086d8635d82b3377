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
        let io = CommandIO(writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
                  writeErr: { FileHandle.standardError.write(Data($0.utf8)) },
                  readStdin: { FileHandle.standardInput.readDataToEndOfFile() },
                  environment: ProcessInfo.processInfo.environment,
                  stdoutIsTerminal: isatty(1) == 1, stderrIsTerminal: isatty(2) == 1)
        io.stdinFileDescriptor = 0
        io.stdoutFileDescriptor = 1
        return io
    }

    /// The real standard input's descriptor, for commands that stream it in chunks
    /// (`slant split`); nil when standard input is a test buffer (`readStdin`).
    public var stdinFileDescriptor: Int32?
    /// The real standard output's descriptor, for commands that write bytes in bulk; nil in tests.
    public var stdoutFileDescriptor: Int32?

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

    public func out(_ s: String) { writeOut(s) }
    public func err(_ s: String) { writeErr(s) }

    /// Writes UTF-8 bytes: straight to the descriptor when there is one, else as text.
    public func out(bytes: [UInt8]) {
        guard let fd = stdoutFileDescriptor else {
            writeOut(String(decoding: bytes, as: UTF8.self))
            return
        }
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 { if errno == EINTR { continue }; break }
                done += n
            }
        }
    }

    /// Colour only on a terminal and never when NO_COLOR is set (https://no-color.org).
    public var useColor: Bool {
        stdoutIsTerminal && (environment["NO_COLOR"]?.isEmpty ?? true) && environment["TERM"] != "dumb"
    }
}

final class CaptureBox: @unchecked Sendable {
    var out = ""
    var err = ""
}
