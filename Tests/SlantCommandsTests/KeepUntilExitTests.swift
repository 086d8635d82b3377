import Foundation
import SlantCommands
import Testing

/// `slant score` and `slant classify` run as a process keep their analyzer until the process
/// exits instead of freeing it (`CommandIO.keepUntilExit`); run in-process, as tests run them,
/// they free it. Both ways give the same output, errors and status.
@Suite struct KeepUntilExitTests {
    @Test(arguments: [["score", samplePath, "--format", "json"], ["classify", samplePath, "--format", "jsonl"],
                      ["score", "/no/such/file"]])
    func processRunIsTheInProcessRun(arguments: [String]) throws {
        let process = try slantProcess(arguments)
        let inProcess = slant(arguments)
        #expect(process.status == inProcess.status)
        #expect(process.out == inProcess.out)
        #expect(process.err == inProcess.err)
        #expect(!(process.out + process.err).isEmpty)
    }
}
