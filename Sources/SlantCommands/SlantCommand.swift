import ArgumentParser
import Foundation

/// Exit codes, as ripgrep and swift-format use them.
public enum ExitStatus {
    public static let ok: Int32 = 0
    /// Audit thresholds exceeded.
    public static let thresholdsExceeded: Int32 = 1
    /// Input or runtime error.
    public static let error: Int32 = 2
}

/// A leaf command whose work can run against any `CommandIO`, so tests need no process.
public protocol SlantCommand: ParsableCommand {
    /// Does the work; returns the exit status. Errors thrown are reported as one line on
    /// stderr with exit status 2.
    func execute(_ io: CommandIO) throws -> Int32
}

extension SlantCommand {
    public func run() throws {
        let status = Self.runReportingErrors(self, io: .standard())
        if status != 0 { throw ExitCode(status) }
    }

    /// Runs a command, turning any error into a one-line message and exit status 2.
    public static func runReportingErrors(_ command: Self, io: CommandIO) -> Int32 {
        do {
            let status = try command.execute(io)
            if let failure = io.writeFailure {
                io.err("slant: \(failure)\n")
                return ExitStatus.error
            }
            return status
        } catch let error as ExitCode {
            return error.rawValue
        } catch let error as ValidationError {
            // A flag's value found wrong only while running (a --delimiter read from a config
            // file) is still a usage error; its localizedDescription would be Foundation's
            // "The operation could not be completed".
            io.err("Error: \(error.message)\n")
            return ExitCode.validationFailure.rawValue
        } catch {
            io.err("slant: \(error.localizedDescription)\n")
            return ExitStatus.error
        }
    }
}

/// Runs `slant` with arguments against a `CommandIO`: the whole command line, testable
/// without spawning a process. Returns the exit status.
public func runSlant(_ arguments: [String], io: CommandIO) -> Int32 {
    do {
        var command = try Slant.parseAsRoot(arguments)
        guard let slantCommand = command as? any SlantCommand else {
            try command.run()
            return 0
        }
        return runAny(slantCommand, io: io)
    } catch {
        let message = Slant.fullMessage(for: error)
        let code = Slant.exitCode(for: error).rawValue
        if code == 0 { io.out(message + "\n") } else { io.err(message + "\n") }
        return code
    }
}

private func runAny<C: SlantCommand>(_ command: C, io: CommandIO) -> Int32 {
    C.runReportingErrors(command, io: io)
}
