@testable import SlantReport
import SlantCore
import Testing

/// The terminal view of `slant score`: a cue's "not counted" reason read from its note (the
/// marking of loaded terms is tested through the command, `ContractTests`).
@Suite struct TerminalViewTests {
    @Test func theReasonIsTheNotesLastClauseUpToItsColon() {
        #expect(TerminalView.lastClause("evaluation in the outlet's voice; inside reported speech: the speaker's, not the outlet's")
                == "inside reported speech")
        #expect(TerminalView.lastClause("one clause only: no reason") == "")
        #expect(TerminalView.lastClause("a;  spaced out\t") == "spaced out")
    }
}
