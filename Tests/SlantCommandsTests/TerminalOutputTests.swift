import Foundation
import SlantCommands
import Testing

/// Text from the input reaches a terminal with its control characters in caret notation, in
/// every command's text output, as `slant score` shows it: an article cannot recolour, clear or
/// hide the output (a QA pass found ESC and BEL passed through by `classify` and `split`).
/// Into a pipe or a file the text goes as it is.
@Suite struct TerminalOutputTests {
    final class Box: @unchecked Sendable { var out = "" }

    static func run(_ args: [String], stdin: String, terminal: Bool) -> String {
        let box = Box()
        let io = CommandIO(writeOut: { box.out += $0 }, writeErr: { _ in }, readStdin: { Data(stdin.utf8) }, environment: [:],
                           stdoutIsTerminal: terminal, stderrIsTerminal: false)
        _ = runSlant(args, io: io)
        return box.out
    }

    static let text = "Esc \u{1B}[31mRED\u{1B}[0m here. Bell \u{07} done. Next \u{85} line.\n"

    @Test(arguments: [["classify", "-"], ["split", "-"], ["split", "-", "--explain"]])
    func controlCharactersAreShownOnATerminal(args: [String]) {
        let shown = Self.run(args, stdin: Self.text, terminal: true)
        #expect(shown.contains("Esc ^[[31mRED^[[0m here."), "\(shown)")
        #expect(shown.contains("Bell ^G done.") && shown.contains("Next \\u{85} line."), "\(shown)")
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x85 })
        let piped = Self.run(args, stdin: Self.text, terminal: false)
        #expect(piped.contains("Esc \u{1B}[31mRED\u{1B}[0m here."))
    }

    /// A source named outside its sentence (here a post's signature) shows how it was credited;
    /// one named in the sentence shows its kind alone.
    @Test func aSourceCreditedFromElsewhereShowsItsNote() {
        let text = "The mayor said the levy was dead.\nThe levy is a disgrace. — Dana Ruiz (@danaruiz) May 4, 2019\n"
        let shown = Self.run(["score", "-"], stdin: text, terminal: false)
        #expect(shown.contains("source: The mayor (role)\n"), "\(shown)")
        #expect(shown.contains("source: Dana Ruiz (person; embedded post: its paragraph ends with the author's signature"), "\(shown)")
    }
}
