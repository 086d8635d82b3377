import ArgumentParser
import Foundation
import SlantCore
import SlantEval
import SlantIO
import SlantReport

/// `slant eval`: measure Slant (or a peer's predictions) against labelled data.
public struct EvalCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure splitting, labelling, attribution and loaded language against gold data.",
        discussion: """
            Each task scores Slant's own output on the gold data, or with --predictions FILE another tool's output written in Slant's formats, with the same metric code.

            Exit status: 0 when scored, 2 on unreadable or malformed gold or predictions.
            """,
        subcommands: [EvalSplitCommand.self, EvalClassifyCommand.self, EvalAttributionCommand.self, EvalLoadedCommand.self,
                      EvalExtractCommand.self])

    public init() {}
}

/// How a report is printed.
public enum EvalFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Readable figures and error listings.
    case text
    /// The whole report as one JSON document.
    case json
    /// One tab-separated summary line (task, data, system, n, precision, recall, F1, notes) for `make eval`'s table.
    case row
}

/// Options every eval task takes.
public struct EvalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The gold data (a file or, for attribution and BASIL, a directory).", valueName: "PATH"))
    public var gold: String

    @Option(help: ArgumentHelp("Score this file of predictions (Slant's output formats; see the README) instead of running Slant.", valueName: "FILE"))
    public var predictions: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("List the N worst misses and N worst false alarms with their text.", valueName: "N"))
    public var errors: Int = 0

    @Option(help: "Output format: text, json, or row (one summary line).")
    public var format: EvalFormat = .text

    @Option(help: ArgumentHelp("The name of the data set in row output (default: the gold file's name).", valueName: "NAME"))
    public var dataName: String?

    @Option(help: ArgumentHelp("The name of the system in row output (default: Slant, or the predictions file's name).", valueName: "NAME"))
    public var systemName: String?

    public init() {}

    public func validate() throws {
        if errors < 0 { throw ValidationError("--errors must be 0 or more") }
    }

    var dataLabel: String { dataName ?? (gold as NSString).lastPathComponent }
    var systemLabel: String {
        systemName ?? predictions.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } ?? "Slant"
    }

    /// Reads a file as UTF-8 text with InputReader's errors.
    static func read(_ path: String) throws -> String {
        let (name, data) = try InputReader.data(path: path)
        return try InputReader.text(data, name: name)
    }

    /// Every regular file under a directory with one of the extensions, sorted by path, so
    /// runs are deterministic.
    static func files(under directory: String, extensions: Set<String>) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw EvalError(file: directory, problem: "no such file or directory")
        }
        guard isDirectory.boolValue else { throw EvalError(file: directory, problem: "is a file, not a directory") }
        let (files, problems) = DirectoryWalk.files(under: directory, wanted: DirectoryWalk.extensions(extensions))
        if let problem = problems.first { throw EvalError(file: problem.path, problem: problem.problem) }
        return files.map(\.path)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Formatting shared by the eval reports.
enum EvalText {
    static func number(_ x: Double?) -> String {
        guard let x else { return "-" }
        return String(format: "%.3f", x)
    }

    static func prf(_ p: PRF) -> String {
        "P \(number(p.precision))  R \(number(p.recall))  F1 \(number(p.f1))"
    }

    /// The three figures with counts, for the text format.
    static func prfLine(_ name: String, _ p: PRF) -> String {
        "\(name): \(prf(p))   (correct predicted \(p.correctPredicted)/\(p.predicted), gold found \(p.correctGold)/\(p.gold))\n"
    }

    static func row(task: String, options: EvalOptions, n: Int, prf: PRF?, notes: String) -> String {
        [task, options.dataLabel, options.systemLabel, String(n), number(prf?.precision), number(prf?.recall),
         number(prf?.f1), notes].joined(separator: "\t") + "\n"
    }

    static func errors(_ list: [ErrorExample]) -> String {
        guard !list.isEmpty else { return "" }
        var out = "\nerrors:\n"
        for e in list {
            let place = [e.line.map { "line \($0)" }, e.offset.map { "@\($0)" }].compactMap { $0 }.joined(separator: " ")
            out += "  \(e.kind)  \(e.document) \(place)\n    \(e.text)\n"
            for line in e.detail.split(separator: "\n") { out += "    \(line)\n" }
        }
        return out
    }

    static func confusion(_ m: ConfusionMatrix) -> String {
        let width = max(12, (m.labels.map(\.count).max() ?? 0) + 2)
        func pad(_ s: String) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }
        var out = "confusion (rows gold, columns predicted):\n  " + pad("") + m.labels.map(pad).joined() + "\n"
        for (i, label) in m.labels.enumerated() {
            out += "  " + pad(label) + m.counts[i].map { pad(String($0)) }.joined() + "\n"
        }
        return out
    }

    static func reliability(_ r: ReliabilityTable) -> String {
        var out = "reliability of confidence (ECE \(number(r.ece))):\n  bin       n     mean conf  accuracy\n"
        for b in r.bins where b.count > 0 {
            let range = String(format: "%.1f-%.1f", b.lower, b.upper)
            out += "  " + range.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(b.count).padding(toLength: 6, withPad: " ", startingAt: 0)
                + number(b.meanConfidence).padding(toLength: 11, withPad: " ", startingAt: 0) + number(b.accuracy) + "\n"
        }
        return out
    }
}

/// Scalar offsets to UTF-8 byte offsets for a text, for building `Article` ranges from gold
/// spans (Article's ranges are bytes; gold offsets are scalars).
struct ByteOffsets {
    private let offsets: [Int]

    init(_ text: String) {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var byte = 0
        for s in text.unicodeScalars {
            offsets.append(byte)
            byte += UTF8.width(s)
        }
        offsets.append(byte)
        self.offsets = offsets
    }

    func bytes(_ span: TextSpan) -> Range<Int> {
        let last = offsets.count - 1
        return offsets[min(max(0, span.start), last)]..<offsets[min(max(0, span.end), last)]
    }
}
