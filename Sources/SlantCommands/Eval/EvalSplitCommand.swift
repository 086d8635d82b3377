import ArgumentParser
import Foundation
import SlantCore
import SlantEval
import SlantReport

/// `slant eval split`: sentence splitting against Golden Rules (exact) or offset gold (boundaries).
public struct EvalSplitCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Score sentence splitting against gold sentences.",
        discussion: """
            Gold is JSON Lines, one case a line: {"text", "sentences": ["...", ...]} (Golden Rules: a case passes when every sentence matches, whitespace runs collapsed) or {"text", "sentences": [{"start","end"[,"paragraph"]}, ...]} (scalar offsets: precision, recall and F1 of sentence ends, trailing whitespace ignored).

            --glue scores the glued-paragraph variant built from offset gold with paragraph numbers.

            --unescape decodes \\n and \\" in the gold texts first (pragmatic_segmenter's README writes some inputs as Ruby string literals while its expected sentences hold the characters).

            Predictions: one line per case, a JSON array of {"start","end","text"} or of strings.
            """)

    @OptionGroup public var options: EvalOptions
    @Flag(help: "Join each case's paragraphs with nothing between them (needs 'paragraph' in the gold) and score that.")
    public var glue = false
    @Flag(help: "Read \\n and \\\" in the gold texts as a line break and a quotation mark (pragmatic_segmenter's README writes some inputs as string literals).")
    public var unescape = false
    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup public var quoted: QuotedTermsOption

    public init() {}

    public func execute(_ io: CommandIO) throws -> Int32 {
        var gold = try SplitGold.parse(try EvalOptions.read(options.gold), file: options.gold)
        // As eval classify: a bad gold line is reported and the other cases are scored.
        for problem in gold.skipped { io.err("slant: skipped \(problem.localizedDescription)\n") }
        let lines = gold.cases.count + gold.skipped.count
        if glue { gold = try gold.glued() }
        if unescape { gold = gold.unescaped() }
        let predictions: [[PredictedSentence]]
        if let file = options.predictions {
            let source = try EvalOptions.read(file)
            let predictionLines = try JSONLines.parse(source, file: file).count
            guard predictionLines == lines else {
                throw EvalError(file: file, problem: "\(predictionLines) prediction lines for \(lines) gold lines")
            }
            // The lines answering skipped gold lines are left out with them.
            predictions = try PredictionFiles.split(source, file: file, texts: gold.cases.map(\.text), skip: gold.skippedOrdinals)
            if gold.hasOffsets, let k = predictions.firstIndex(where: { $0.contains { $0.span == nil } }) {
                throw EvalError(file: file, line: k + 1, problem: "offset gold needs predicted sentences with 'start' and 'end'")
            }
        } else {
            let splitter = try lexicons.analyzer(includeQuoted: quoted.includeQuoted).splitter
            predictions = gold.cases.map { c in
                splitter.sentences(in: SourceText(c.text.string)).map { PredictedSentence(span: $0.span, text: $0.text) }
            }
        }
        let report = SplitEvaluation.evaluate(gold: gold, predictions: predictions, errors: options.errors)
        let task = glue ? "split-glued" : "split"
        switch options.format {
        case .json: io.out(JSONOutput.encode(report) + "\n")
        case .row:
            if let passed = report.passed {
                io.out(EvalText.row(task: task, options: options, n: report.cases, prf: nil, notes: "passed \(passed)/\(report.cases)"))
            } else {
                io.out(EvalText.row(task: task, options: options, n: report.boundaries?.gold ?? 0, prf: report.boundaries, notes: "sentence-end boundaries"))
            }
        case .text:
            var out = "\(task): \(report.gold) (\(report.cases) cases) - \(options.systemLabel)\n"
            if report.skipped > 0 { out += "unreadable gold lines left out: \(report.skipped)\n" }
            if let passed = report.passed { out += "cases passed: \(passed)/\(report.cases)\n" }
            if let b = report.boundaries { out += EvalText.prfLine("boundaries", b) }
            io.out(out + EvalText.errors(report.errors))
        }
        return ExitStatus.ok
    }
}
