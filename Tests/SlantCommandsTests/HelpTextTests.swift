import ArgumentParser
import SlantCommands
import Testing

/// `--help` wraps each line of a command's discussion to 80 columns by itself, so a line that
/// is hard-broken past that leaves an orphaned word on a line of its own. Paragraphs are one
/// line in the help (Swift's `\` line continuation); only lines meant to stand alone (lists,
/// exit-status tables) break, and those must fit.
@Suite struct HelpTextTests {
    func commands(_ command: ParsableCommand.Type) -> [ParsableCommand.Type] {
        [command] + command.configuration.subcommands.flatMap { commands($0) }
    }

    @Test func discussionLinesThatBreakFitEightyColumns() {
        for command in commands(Slant.self) {
            let lines = command.configuration.discussion.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() where i + 1 < lines.count && !lines[i + 1].isEmpty {
                #expect(line.count <= 80, "\(command.configuration.commandName ?? "slant"): \(line)")
            }
        }
    }
    /// The audit's help said "*.txt by default" while it read every kind of article file.
    @Test func auditHelpNamesTheExtensionsItReads() {
        let help = AuditCommand.helpMessage(columns: 200)
        #expect(help.contains("default: txt, text, jsonl, ndjson, html, htm, html.gz, htm.gz"))
        #expect(!help.contains("*.txt by default"))
    }
}
