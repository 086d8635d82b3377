import ArgumentParser

/// The root command: configuration and subcommands only.
public struct Slant: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "slant",
        abstract: "Tell an outlet's own claims from attributed ones and from opinion, and measure its loaded language.",
        version: "0.1.0",
        subcommands: [ScoreCommand.self, SplitCommand.self, ClassifyCommand.self,
                      EvalCommand.self, ExtractCommand.self,
                      AuditCommand.self, IngestCommand.self, OutletsCommand.self,
                      ReportCommand.self, BenchReportCommand.self,
                      LexiconCommand.self])

    public init() {}
}
