import Foundation
import SlantCommands

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let samplePath = repositoryRoot.appendingPathComponent("Tests/Fixtures/articles/sputnikglobe-2024-07-25-asean-summit.txt").path

/// Runs `slant ARGS` in-process and returns status, stdout and stderr.
func slant(_ args: [String], stdin: String = "", environment: [String: String] = [:]) -> (status: Int32, out: String, err: String) {
    let io = CommandIO.capture(stdin: stdin, environment: environment)
    let status = runSlant(args, io: io)
    return (status, io.capturedOut, io.capturedErr)
}

/// Runs the built `slant` binary (built beside the test bundle) as a process.
func slantProcess(_ args: [String], stdin: String? = nil, environment: [String: String]? = nil,
                  directory: URL? = nil, standardOutput: FileHandle? = nil) throws -> (status: Int32, out: String, err: String) {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("slant")
    let candidates = [binary] + [".build/debug/slant", ".build/release/slant"].map { repositoryRoot.appendingPathComponent($0) }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw CocoaError(.fileNoSuchFile)
    }
    let process = Process()
    process.executableURL = found
    process.arguments = args
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe(), input = Pipe()
    if let standardOutput { process.standardOutput = standardOutput } else { process.standardOutput = out }
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Standard output went elsewhere: nothing will write to this pipe, so reading it must end.
    if standardOutput != nil { try out.fileHandleForWriting.close() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

func jsonObject(_ text: String) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
        throw CocoaError(.coderInvalidValue)
    }
    return object
}
