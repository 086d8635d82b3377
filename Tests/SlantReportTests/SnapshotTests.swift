import Foundation
import SlantCore
import SlantReport
import Testing

/// The pages of the small fixture, compared byte for byte with Tests/Fixtures/report/snapshots.
/// Re-record with `RECORD_SNAPSHOTS=1 swift test --disable-xctest --filter SlantReportTests`.
@Suite struct SnapshotTests {
    @Test func fixturePagesMatchSnapshots() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let out = try temporaryFolder("snapshot")
        var writer = ReportWriter(templates: try markupTemplates())
        writer.pageSize = 3  // the five calm.example articles then span two pages
        try writer.write(site: site, to: out)
        let snapshots = reportFixtures.appendingPathComponent("snapshots")
        let written = files(under: out)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.removeItem(at: snapshots)
            for path in written {
                let target = snapshots.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contentsOf: out.appendingPathComponent(path)).write(to: target)
            }
        }
        #expect(written == files(under: snapshots), "the set of pages changed; re-record with RECORD_SNAPSHOTS=1")
        for path in written {
            let expected = read(snapshots.appendingPathComponent(path))
            let actual = read(out.appendingPathComponent(path))
            #expect(actual == expected, "\(path) differs from its snapshot; re-record with RECORD_SNAPSHOTS=1 if intended")
        }
        try? FileManager.default.removeItem(at: out)
    }

    @Test func outputDoesNotDependOnInputOrder() throws {
        let analyses = try fixtureAnalyses()
        let writer = ReportWriter(templates: try markupTemplates())
        let a = ReportSite.build(from: analyses, options: ReportOptions(generated: fixedTime))
        let b = ReportSite.build(from: analyses.reversed(), options: ReportOptions(generated: fixedTime))
        #expect(a == b)
        #expect(writer.renderIndex(a.index) == writer.renderIndex(b.index))
    }

    @Test func fewArticlesAreMarkedNotRanked() throws {
        let site = ReportSite.build(from: try fixtureAnalyses(), options: ReportOptions(generated: fixedTime))
        let calm = try #require(site.index.outlets.first { $0.name == "calm.example" })
        let loud = try #require(site.index.outlets.first { $0.name == "loud.example" })
        #expect(calm.rank == 1 && !calm.tooFew)
        #expect(loud.rank == nil && loud.tooFew)
        let html = ReportWriter(templates: try markupTemplates()).renderIndex(site.index)
        #expect(html.contains("too few articles"))
        // Ranked outlets come first even though loud.example is far more loaded.
        #expect(site.index.outlets.map(\.name) == ["calm.example", "loud.example"])
        #expect(loud.loadedDensity.value > calm.loadedDensity.value)
    }
}
