import ArgumentParser
import Foundation
import SlantCore
import SlantIO
import SlantReport

/// `slant bench-report`: times building and writing a report of a synthetic corpus (for
/// `make bench`); not listed in help.
public struct BenchReportCommand: SlantCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench-report",
        abstract: "Time the HTML report of a synthetic corpus (for make bench).",
        discussion: """
            Analyses a few hundred generated articles with the real analyser, copies them into \
            the requested number of articles spread over the outlets (each copy with its own \
            outlet, date, title and id), then times ReportSite.build and ReportWriter.write.
            """,
        shouldDisplay: false)

    @Option(parsing: .unconditional, help: "Number of outlets.")
    public var outlets: Int = 1000
    @Option(parsing: .unconditional, help: "Number of articles.")
    public var articles: Int = 100_000
    @Option(help: ArgumentHelp("Where to write the report (a fresh temporary folder by default; removed unless given).", valueName: "DIR"))
    public var out: String?

    public init() {}

    public func validate() throws {
        if outlets < 1 || articles < outlets { throw ValidationError("need 1 <= --outlets <= --articles") }
    }

    public func execute(_ io: CommandIO) throws -> Int32 {
        let set = try LexiconLoader.load()
        let analyzer = try Analyzer(lexicons: set)
        // SplitMix64 (the bootstrap's generator): the synthetic corpus is the same on every run.
        var rng = SeededGenerator(seed: 42)
        let bases = (0..<200).map { _ in analyzer.analyze(ScraperTextReader.article(from: SyntheticText.article(&rng))) }
        let clock = ContinuousClock()
        var corpus: [ArticleAnalysis] = []
        corpus.reserveCapacity(articles)
        for i in 0..<articles {
            var a = bases[i % bases.count]
            // Outlet sizes vary (a few large, many small), as in real corpora.
            let o = Int(Double(outlets) * pow(Double(rng.next() % 10_000) / 10_000, 2))
            a.article.outlet = "outlet-\(o).example"
            a.article.date = "202\(4 + i % 2)-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28))"
            a.article.title = "Synthetic article \(i)"
            a.article.url = "https://outlet-\(o).example/\(i)"
            a.article.sha256 = String(format: "%016llx", UInt64(i) &* 0x9E37_79B9_7F4A_7C15) + String(repeating: "0", count: 48)
            corpus.append(a)
        }
        let made = clock.now
        let madeCPU = Self.cpuSeconds()
        let site = ReportSite.build(from: corpus, options: ReportOptions(generated: "bench", entities: try ReportCommand.entityFinder(set)))
        let built = clock.now
        let directory = out.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("slant-bench-report-\(ProcessInfo.processInfo.processIdentifier)")
        try ReportWriter.write(site: site, to: directory, templates: try ReportTemplates.builtIn())
        let written = clock.now
        let writtenCPU = Self.cpuSeconds()
        let bytes = Self.folderSize(directory)
        if out == nil { try? FileManager.default.removeItem(at: directory) }
        func seconds(_ d: Duration) -> String {
            let c = d.components
            return format2(Double(c.seconds) + Double(c.attoseconds) / 1e18)
        }
        io.out("""
            report bench: \(site.outlets.count) outlets, \(corpus.count) articles (copies of \(bases.count) analysed texts)
              build site model: \(seconds(built - made)) s
              render and write: \(seconds(written - built)) s (\(Self.fileCount(directory, bytes)) MB)
              total (build + write): \(seconds(written - made)) s
              CPU of build + write: \(format2(writtenCPU.user - madeCPU.user)) s user, \(format2(writtenCPU.system - madeCPU.system)) s system

            """)
        return ExitStatus.ok
    }

    /// The files under `url` and their bytes, by `lstat` (URL resource values took minutes
    /// for 100,000 pages on a busy disk).
    static func folderSize(_ url: URL) -> (files: Int, bytes: Int) {
        var files = 0, bytes = 0
        guard let walker = FileManager.default.enumerator(atPath: url.path) else { return (0, 0) }
        for case let path as String in walker {
            var info = stat()
            if lstat(url.path + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                files += 1
                bytes += Int(info.st_size)
            }
        }
        return (files, bytes)
    }

    /// User and system CPU seconds of this process so far (all threads).
    static func cpuSeconds() -> (user: Double, system: Double) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return (s(usage.ru_utime), s(usage.ru_stime))
    }

    static func fileCount(_ url: URL, _ size: (files: Int, bytes: Int)) -> String {
        "\(size.files) files, \(size.bytes / 1_000_000)"
    }
}

/// Generated news-like text: factual, attributed and editorial sentences, some with loaded
/// terms and quotes, so every part of the report has something to show.
enum SyntheticText {
    static let sentences = [
        "The ministry published its budget figures on Tuesday.",
        "The council voted 7 to 2 to approve the new road.",
        "Officials said the project would cost about 40 million dollars.",
        "According to the report, exports rose by 3 percent last year.",
        "\"We will not accept this,\" said Maria Lopez, the union leader.",
        "Critics slammed the reckless scheme as a blatant power grab.",
        "The so-called reform is undoubtedly a disastrous mistake.",
        "Washington's regime of sanctions is an outrageous plot against its neighbours.",
        "It remains unclear whether the plan will survive the winter.",
        "A senior official, who asked not to be named, said talks had stalled.",
        "The Kremlin said the meeting was constructive.",
        "Moscow has been accused of trying to sabotage the talks.",
        "The heartbreaking scenes shocked the whole country.",
        "Prices in the region have doubled since 2020.",
        "\"This is absurd,\" the spokesman told reporters.",
    ]

    static func article(_ rng: inout SeededGenerator) -> String {
        let count = 8 + Int(rng.next() % 8)
        var lines = ["Synthetic headline about the budget and its critics", ""]
        for _ in 0..<count { lines.append(sentences[Int(rng.next() % UInt64(sentences.count))]) }
        return lines.joined(separator: "\n")
    }
}
