import Foundation
import Testing
@testable import SlantReport

/// QA finding: on an outlet's chart by month, a month of one article (no interval in a store's
/// bootstrap) was drawn as a dot on a band narrowed to nothing, as if measured exactly. It is a
/// hollow dot with neither band nor bar now; months with an interval are drawn as before.
@Suite struct TimeSeriesChartTests {
    /// A month of `articles` articles at `value`, with an interval of ±1 unless `point`.
    func month(_ month: String, _ articles: Int, _ value: Double, point: Bool = false) -> MonthPoint {
        MonthPoint(month: month, articles: articles, outletVoiceWords: 500 * articles,
                   loadedDensity: Estimate(value: value, low: point ? value : value - 1, high: point ? value : value + 1))
    }

    /// The `<circle>` elements of a chart, each up to its closing tag.
    func circles(_ svg: String) -> [String] {
        svg.components(separatedBy: "<circle ").dropFirst().map { $0.components(separatedBy: "</circle>")[0] }
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func aMonthOfOneArticleIsHollowAndSplitsTheBand() {
        // Four consecutive months; the second has one article and no interval.
        let svg = TimeSeriesChart.svg([month("2024-01", 3, 5), month("2024-02", 1, 6, point: true),
                                       month("2024-03", 2, 7), month("2024-04", 4, 8)], id: "ts")
        let dots = circles(svg)
        #expect(dots.count == 4)
        #expect(dots[1].contains("class=\"pt no-ci\"") && dots[1].contains("2024-02: 6.0 per 1,000 words, 1 article, no interval"), "\(dots[1])")
        for i in [0, 2, 3] { #expect(dots[i].contains("class=\"pt\"") && !dots[i].contains("no interval"), "\(dots[i])") }
        // The band covers March and April only; January, alone beside February, has a bar.
        #expect(count("class=\"band\"", in: svg) == 1)
        #expect(count("class=\"err-band\"", in: svg) == 1)
        // One line still joins the four months: it shows values, not intervals.
        #expect(count("class=\"line\"", in: svg) == 1)
        #expect(svg.contains("2024-02: 6.0 (one article, no interval)"), "\(svg)")
        #expect(svg.contains("2024-03: 7.0 (6.0–8.0)"))
    }

    @Test func monthsWithIntervalsAreDrawnAsBefore() {
        // A run of three months with intervals and a month on its own.
        let svg = TimeSeriesChart.svg([month("2024-01", 3, 5), month("2024-02", 2, 6), month("2024-03", 5, 7),
                                       month("2024-06", 2, 4)], id: "ts")
        #expect(!svg.contains("no-ci") && !svg.contains("no interval"))
        #expect(count("class=\"band\"", in: svg) == 1 && count("class=\"err-band\"", in: svg) == 1)
        #expect(count("class=\"line\"", in: svg) == 1)
    }

    /// A report from files gives one article a count-based interval: that month has an
    /// interval and is drawn filled. Only a point (low = high) of one article is hollow.
    @Test func oneArticleWithAnIntervalIsFilled() {
        let svg = TimeSeriesChart.svg([month("2024-01", 1, 5), month("2024-02", 1, 0, point: true)], id: "ts")
        let dots = circles(svg)
        #expect(dots[0].contains("class=\"pt\"") && dots[1].contains("class=\"pt no-ci\""), "\(dots)")
        #expect(count("class=\"err-band\"", in: svg) == 1 && !svg.contains("class=\"band\""))
    }

    /// Two articles that agree exactly give a zero-width interval, which is an interval: the
    /// month is not marked as having none.
    @Test func twoArticlesWithAZeroWidthIntervalAreNotHollow() {
        let svg = TimeSeriesChart.svg([month("2024-01", 2, 0, point: true)], id: "ts")
        #expect(!svg.contains("no-ci") && svg.contains("2024-01: 0.0 (0.0–0.0)"), "\(svg)")
    }
}
