import ArgumentParser
import Foundation
import SlantCore
import SlantEval
import SlantReport

extension ClassifyTask: ExpressibleByArgument {}

/// `slant eval classify`: sentence labels against CSV/TSV gold.
public struct EvalClassifyCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Score sentence labels against a CSV or TSV file of labelled sentences.",
        discussion: """
            Example (NewsSD): slant eval classify --gold val.csv --text-column Sentence --label-column Label --map SUBJ=EDITORIAL,OBJ=NOT_EDITORIAL

            Gold values the task does not know must be mapped: VALUE=LABEL, or VALUE=IGNORE to leave those rows out. Without --map the gold values must be the task's labels.

            Predictions: one JSON line per gold data record, {"label"[,"confidence"]}.
            """)

    @OptionGroup public var options: EvalOptions
    @Option(help: ArgumentHelp("A file of 'key: value' lines giving text-column, label-column, delimiter, task and map (flags win).", valueName: "FILE"))
    public var config: String?
    @Option(help: ArgumentHelp("The column holding the sentence (default: text).", valueName: "NAME"))
    public var textColumn: String?
    @Option(help: ArgumentHelp("The column holding the gold label (default: label).", valueName: "NAME"))
    public var labelColumn: String?
    @Option(help: ArgumentHelp("The field separator: a character, or 'tab' (default: tab for .tsv, comma otherwise).", valueName: "CHAR"))
    public var delimiter: String?
    @Option(help: ArgumentHelp("Gold value to label, e.g. SUBJ=EDITORIAL,OBJ=NOT_EDITORIAL (repeatable).", valueName: "VALUE=LABEL,..."))
    public var map: [String] = []
    @Option(help: "The task: editorial (EDITORIAL vs not; the default), attributed (ATTRIBUTED vs not) or three-way.")
    public var task: ClassifyTask?
    @OptionGroup public var lexicons: LexiconOptions
    @OptionGroup public var quoted: QuotedTermsOption

    public init() {}

    static func delimiter(_ flag: String?, path: String) throws -> Character {
        guard let flag else { return path.lowercased().hasSuffix(".tsv") ? "\t" : "," }
        switch flag {
        case "tab", "\\t", "\t": return "\t"
        case "semicolon": return ";"
        case "comma": return ","
        default:
            guard flag.count == 1, let c = flag.first else { throw ValidationError("--delimiter must be one character or 'tab', not '\(flag)'") }
            return c
        }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let file = try config.map { try ClassifyConfig.parse(try EvalOptions.read($0), file: $0) } ?? ClassifyConfig()
        let task = self.task ?? file.task ?? .editorial
        let gold = try ClassifyGold.parse(try EvalOptions.read(options.gold), file: options.gold,
                                          delimiter: try Self.delimiter(delimiter ?? file.delimiter, path: options.gold),
                                          textColumn: textColumn ?? file.textColumn ?? "text",
                                          labelColumn: labelColumn ?? file.labelColumn ?? "label",
                                          map: try ClassifyGold.parseMap(map.isEmpty ? file.map : map), task: task)
        for problem in gold.skipped { io.err("slant: skipped \(problem.localizedDescription)\n") }
        var predictions: [Int: ClassPrediction] = [:]
        if let file = options.predictions {
            predictions = try PredictionFiles.classify(try EvalOptions.read(file), file: file)
            // One prediction a gold record: more means the file is not aligned with the gold.
            let records = (gold.items.map(\.record).max() ?? -1) + 1
            if predictions.count > records {
                throw EvalError(file: file, line: nil, problem: "\(predictions.count) predictions for \(records) gold records; give one a record, in order")
            }
        } else {
            let analyzer = try lexicons.analyzer(includeQuoted: quoted.includeQuoted)
            for item in gold.items where item.label != nil {
                let s = analyzer.classify(sentence: item.text)
                predictions[item.record] = ClassPrediction(label: s.label.rawValue, confidence: s.confidence)
            }
        }
        let report = try ClassifyEvaluation.evaluate(gold: gold, predictions: predictions, errors: options.errors)
        let positive = task.labels[0]
        switch options.format {
        case .json: io.out(JSONOutput.encode(report) + "\n")
        case .row:
            var notes = "macro-F1 \(EvalText.number(report.macro_f1)), accuracy \(EvalText.number(report.accuracy))"
            if let r = report.reliability { notes += ", ECE \(EvalText.number(r.ece))" }
            let name = task == .threeWay ? "classify-3way" : "classify-\(task.rawValue)"
            io.out(EvalText.row(task: name, options: options, n: report.scored,
                                prf: task == .threeWay ? nil : report.classes[positive], notes: notes))
        case .text:
            var out = "classify (\(task.rawValue)): \(report.gold) - \(options.systemLabel)\n"
            out += "scored \(report.scored), ignored by the map \(report.ignored), unreadable \(report.skipped)\n"
            for label in task.labels { if let p = report.classes[label] { out += EvalText.prfLine(label, p) } }
            out += "macro-F1 \(EvalText.number(report.macro_f1))   accuracy \(EvalText.number(report.accuracy))\n\n"
            out += EvalText.confusion(report.confusion)
            if let r = report.reliability { out += "\n" + EvalText.reliability(r) }
            io.out(out + EvalText.errors(report.errors))
        }
        return ExitStatus.ok
    }
}
