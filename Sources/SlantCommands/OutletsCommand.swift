import ArgumentParser
import Foundation
import SlantCore
import SlantReport
import SlantStore

/// `slant outlets`: the per-outlet table with 95% intervals.
public struct OutletsCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "outlets",
        abstract: "Per-outlet claim mix and loaded-language density, with 95% intervals.",
        discussion: """
            Figures count each outlet's own reporting: articles with a wire byline or dateline \
            (AP, Reuters, AFP, UPI) and near duplicates of another outlet's article are counted \
            apart (wire, dup); --scope syndicated gives the figures of that copy alone, --scope all \
            of everything. Intervals come from a \
            bootstrap over articles (1,000 replicates, fixed seed: the same database gives the \
            same output). Outlets with fewer than --min-articles articles are marked, not ranked.
            """)

    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable { case table, json, csv }

    @Option(help: ArgumentHelp("The database (default: $SLANT_DB, else slant.db).", valueName: "FILE"))
    public var db: String?

    @Option(help: "Output format: table, json or csv.")
    public var format: Format = .table

    @Option(help: "Which articles to count: own (default: the outlet's own reporting), syndicated (wire copy and near duplicates only) or all.")
    public var scope: Scope = .own

    public enum Scope: String, ExpressibleByArgument, CaseIterable, Sendable { case own, syndicated, all }

    @Option(parsing: .unconditional, help: "Outlets with fewer articles are marked as too few for a stable figure.")
    public var minArticles: Int = minimumArticlesForRanking

    @Flag(help: "With --format json: every aggregate (per month, entity and source kind too).")
    public var breakdown = false

    @OptionGroup public var period: PeriodOptions

    public init() {}

    public func validate() throws {
        // The breakdown exists only as JSON; before, it came out as JSON whatever --format said.
        if breakdown && format != .json { throw ValidationError("--breakdown prints JSON: add --format json") }
        if minArticles < 1 { throw ValidationError("--min-articles must be at least 1, as for slant report") }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let path = IngestCommand.databasePath(db, io)
        let store = try Store(path: path, create: false)
        var options = AggregateOptions(scope: scope == .own ? .own : scope == .syndicated ? .syndicated : .all, minArticles: minArticles)
        options.since = period.since
        options.until = period.until
        if breakdown {
            io.out(JSONOutput.encode(try store.aggregates(options)) + "\n")
            return ExitStatus.ok
        }
        // The table and CSV show no top terms or sources: skip scanning for them.
        var figureOptions = options
        figureOptions.details = format == .json
        let figures = try store.outletFigures(figureOptions)
        switch format {
        case .json: io.out(JSONOutput.encode(figures) + "\n")
        case .csv: io.out(Self.csv(figures))
        case .table where figures.isEmpty && period.isSet:
            io.out("no articles in \(path) are dated \(period.description)\n")
        case .table where figures.isEmpty: io.out("no articles stored in \(path) yet: run 'slant ingest'\n")
        case .table:
            var table = Self.table(figures, minArticles: minArticles)
            if period.isSet { table += "Articles dated \(period.description); articles with no date are left out.\n" }
            io.outShown(table)
        }
        return ExitStatus.ok
    }

    static func percent(_ x: Double) -> String { String(format: "%.1f", x * 100) }
    static func percentCI(_ i: Interval) -> String { "\(percent(i.lo))-\(percent(i.hi))" }
    static func number(_ x: Double) -> String { String(format: "%.2f", x) }

    static func table(_ figures: [OutletFigures], minArticles: Int) -> String {
        let header = ["outlet", "articles", "sentences", "FACTUAL %", "ATTRIBUTED %", "EDITORIAL %", "loaded/1k", "quoted/1k", "wire", "dup", ""]
        var rows = [header]
        for f in figures {
            // Resampling one article always draws that article: the bootstrap has no spread to
            // show, so the table says there is no interval rather than print a point as one.
            let single = f.articles < 2
            // An outlet whose articles in this scope are all wire copy or duplicates has no
            // figures: "0.0" would read as a measured zero.
            let none = f.articles == 0 || f.sentences == 0
            func share(_ value: Double, _ ci: Interval) -> String {
                none ? "-" : single ? "\(percent(value)) (no CI)" : "\(percent(value)) (\(percentCI(ci)))"
            }
            rows.append([
                f.outlet, String(f.articles), String(f.sentences),
                share(f.share.FACTUAL, f.share_ci95.FACTUAL),
                share(f.share.ATTRIBUTED, f.share_ci95.ATTRIBUTED),
                share(f.share.EDITORIAL, f.share_ci95.EDITORIAL),
                none || f.outlet_voice_words == 0 ? "-" : single ? "\(number(f.loaded_per_1k_words)) (no CI)"
                    : "\(number(f.loaded_per_1k_words)) (\(number(f.loaded_per_1k_words_ci95.lo))-\(number(f.loaded_per_1k_words_ci95.hi)))",
                f.quoted_words == 0 ? "-" : number(f.quoted_loaded_per_1k_words), String(f.wire_articles), String(f.near_duplicate_articles),
                f.too_few_articles ? "too few" : "",
            ])
        }
        let widths = header.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        var out = rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c == 0 || c == row.count - 1 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
        out += "Shares of sentences with 95% intervals (bootstrap over articles). loaded/1k: outlet-voice loaded terms per 1,000 outlet-voice words.\n"
        if figures.contains(where: { $0.articles == 1 }) {
            out += "no CI: one article gives no interval (the bootstrap resamples whole articles).\n"
        }
        if figures.contains(where: { $0.articles == 0 || $0.sentences == 0 || $0.outlet_voice_words == 0 || $0.quoted_words == 0 }) {
            out += "-: nothing to divide by (no articles of the outlet in this scope, no sentences, or no words).\n"
        }
        if figures.contains(where: \.too_few_articles) {
            out += "too few: fewer than \(minArticles) articles; the figures are shown but are not stable enough to rank.\n"
        }
        return out
    }

    static func csv(_ figures: [OutletFigures]) -> String {
        var out = "outlet,articles,sentences,words,factual,factual_lo,factual_hi,attributed,attributed_lo,attributed_hi,editorial,editorial_lo,editorial_hi,loaded_per_1k_words,loaded_lo,loaded_hi,quoted_loaded_per_1k_words,quoted_lo,quoted_hi,wire_articles,near_duplicate_articles,too_few_articles\n"
        for f in figures {
            // Nothing to divide by: an empty cell (a spreadsheet's missing value), as the
            // table prints '-', not a 0 that reads as measured.
            let shares = f.sharesDefined, loaded = f.loadedDefined, quoted = f.quotedDefined
            // One article: no interval (the table's "no CI"), so its bounds are empty too.
            let spread = f.intervalsDefined
            func cell(_ x: Double, _ defined: Bool) -> String { defined ? String(x) : "" }
            var cells = [csvField(f.outlet), String(f.articles), String(f.sentences), String(f.words)]
            func figure(_ x: Double, _ ci: Interval, _ defined: Bool) {
                cells += [cell(x, defined), cell(ci.lo, defined && spread), cell(ci.hi, defined && spread)]
            }
            figure(f.share.FACTUAL, f.share_ci95.FACTUAL, shares)
            figure(f.share.ATTRIBUTED, f.share_ci95.ATTRIBUTED, shares)
            figure(f.share.EDITORIAL, f.share_ci95.EDITORIAL, shares)
            figure(f.loaded_per_1k_words, f.loaded_per_1k_words_ci95, loaded)
            figure(f.quoted_loaded_per_1k_words, f.quoted_loaded_per_1k_words_ci95, quoted)
            cells += [String(f.wire_articles), String(f.near_duplicate_articles), String(f.too_few_articles)]
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
