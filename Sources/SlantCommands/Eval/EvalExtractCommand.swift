import ArgumentParser
import Foundation
import SlantIO
import SlantReport

/// `slant eval extract`: article-body precision, recall and F1 on the extraction benchmark.
public struct EvalExtractCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Measure article extraction on the article-extraction benchmark.",
        discussion: """
            Extracts the body of every page in DIR/html/<id>.html.gz and compares it with \
            DIR/ground-truth.json: 4-token shingles of word runs, per-page precision and recall \
            averaged over pages, F1 their harmonic mean (the benchmark's own metric). \
            With --peer FILE, scores another extractor's saved output instead (peer-output/<tool>.json).
            """)

    @Option(help: ArgumentHelp("The benchmark directory.", valueName: "DIR"))
    public var benchmark: String = "../shared/data/html/extraction-benchmark"

    @Option(parsing: .unconditional, help: ArgumentHelp("Also list the N pages with the lowest F1.", valueName: "N"))
    public var errors: Int = 0

    public func validate() throws {
        if errors < 0 { throw ValidationError("--errors must be 0 or more, not \(errors)") }
    }

    @Option(help: ArgumentHelp("Score this saved peer output instead of Slant's extractor.", valueName: "FILE"))
    public var peer: String?

    @Option(help: "Output format: text, json, or row (one summary line for make eval's table).")
    public var format: EvalFormat = .text

    @Option(help: ArgumentHelp("The name of the system in row output.", valueName: "NAME"))
    public var systemName: String?

    public init() {}

    public func execute(_ io: CommandIO) throws -> Int32 {
        let pages = try ExtractionBenchmark.pages(directory: benchmark)
        guard !pages.isEmpty else { throw InputError(path: benchmark, problem: "no pages with ground truth") }
        let summary: ExtractionBenchmark.Summary
        if let peer {
            let bodies = try ExtractionBenchmark.peerBodies(file: peer)
            summary = ExtractionBenchmark.run(pages: pages) { bodies[$0.id] ?? "" }
        } else {
            summary = ExtractionBenchmark.run(pages: pages) { page in
                do { return try ExtractionBenchmark.slantBody(page) } catch {
                    io.err("slant: \(error.localizedDescription)\n")
                    return ""
                }
            }
        }
        let who = systemName ?? peer.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } ?? "Slant"
        if format == .row {
            let figures = [summary.precision, summary.recall, summary.f1].map { String(format: "%.3f", $0) }
            io.out((["extract", "extraction benchmark", who, String(summary.pages.count)] + figures
                    + ["article-body 4-token shingles, mean over pages"]).joined(separator: "\t") + "\n")
            return ExitStatus.ok
        }
        if format == .json {
            // Before, --format json printed the text summary.
            let worst = summary.pages.sorted(by: { ($0.f1, $0.id) < ($1.f1, $1.id) }).prefix(errors).map {
                JSONPage(id: $0.id, url: $0.url, precision: $0.precision, recall: $0.recall, f1: $0.f1, extra: $0.extra, missed: $0.missed)
            }
            io.out(JSONOutput.encode(JSONSummary(system: who, pages: summary.pages.count, precision: summary.precision,
                                                 recall: summary.recall, f1: summary.f1, worst: Array(worst))) + "\n")
            return ExitStatus.ok
        }
        io.out(String(format: "%@ on %d pages: precision %.4f  recall %.4f  F1 %.4f\n", who, summary.pages.count,
                      summary.precision, summary.recall, summary.f1))
        if errors > 0 {
            io.out("\nworst pages (F1, precision, recall, id, url; + extra shingles, - missed):\n")
            for page in summary.pages.sorted(by: { ($0.f1, $0.id) < ($1.f1, $1.id) }).prefix(errors) {
                io.out(String(format: "%.3f  P %.3f  R %.3f  %@  %@\n", page.f1, page.precision, page.recall, String(page.id.prefix(12)), page.url))
                if !page.extra.isEmpty { io.out("    + \(page.extra.count) e.g. \(page.extra.prefix(4).joined(separator: " | "))\n") }
                if !page.missed.isEmpty { io.out("    - \(page.missed.count) e.g. \(page.missed.prefix(4).joined(separator: " | "))\n") }
            }
        }
        return ExitStatus.ok
    }

    /// `--format json`: the means over pages, and with `--errors N` the N worst pages.
    struct JSONSummary: Encodable {
        var system: String
        var pages: Int
        var precision, recall, f1: Double
        var worst: [JSONPage]
    }

    struct JSONPage: Encodable {
        var id, url: String
        var precision, recall, f1: Double
        var extra, missed: [String]
    }
}
