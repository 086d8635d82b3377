/// Monthly loaded density on a time axis: months are placed by date, runs of consecutive
/// months are joined by a line with a shaded 95% interval band, and a month with no neighbour
/// is a dot with an interval bar. A month of one article in a store's bootstrap has no
/// interval: it is a hollow dot with neither band nor bar, and the band stops on either side
/// of it (narrowed to nothing there, it read as certainty). Months without articles stay
/// empty: nothing is interpolated across them.
public enum TimeSeriesChart {
    public static func svg(_ points: [MonthPoint], id: String) -> String {
        let width = 760.0, height = 260.0, left = 52.0, right = 36.0, top = 14.0, bottom = 40.0
        let plotW = width - left - right, plotH = height - top - bottom
        let yTicks = niceTicks(max: points.map(\.loadedDensity.high).max() ?? 1, count: 4)
        let yMax = yTicks.last ?? 1
        let indices = points.map { monthIndex($0.month) }
        let first = indices.compactMap { $0 }.min() ?? 0, last = indices.compactMap { $0 }.max() ?? 0
        let span = Double(max(1, last - first))
        func X(_ month: Int) -> Double { first == last ? left + plotW / 2 : left + plotW * Double(month - first) / span }
        func Y(_ v: Double) -> Double { top + plotH * (1 - min(max(v, 0), yMax) / yMax) }
        // A month of one article in a store's bootstrap has a point, not an interval: said so.
        let text = points.map { p -> String in
            let d = p.loadedDensity
            return hasNoInterval(p) ? "\(p.month): \(Num.fixed(d.value, 1)) (one article, no interval)"
                : "\(p.month): \(Num.fixed(d.value, 1)) (\(Num.fixed(d.low, 1))–\(Num.fixed(d.high, 1)))"
        }.joined(separator: "; ")
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Num.px(width)) \(Num.px(height))\" role=\"img\" aria-label=\"\(HTMLEscape.escape("Loaded terms per 1,000 words by month, with 95% intervals: " + text))\">"
        for t in yTicks {
            s += "<line x1=\"\(Num.px(left))\" y1=\"\(Num.px(Y(t)))\" x2=\"\(Num.px(left + plotW))\" y2=\"\(Num.px(Y(t)))\" class=\"grid\"/>"
            s += "<text x=\"\(Num.px(left - 6))\" y=\"\(Num.px(Y(t) + 4))\" class=\"tick\" text-anchor=\"end\">\(Num.fixed(t, t != t.rounded() ? 1 : 0))</text>"
        }
        // Axis labels: every month over short spans, else years (every k-th when many).
        let labelY = Num.px(top + plotH + 18)
        if last - first <= 12 {
            for m in first...last {
                s += "<text x=\"\(Num.px(X(m)))\" y=\"\(labelY)\" class=\"tick\" text-anchor=\"middle\">\(monthName(m))</text>"
            }
        } else {
            let firstYear = first / 12, lastYear = last / 12
            let step = max(1, (lastYear - firstYear + 1) / 10 + ((lastYear - firstYear + 1) % 10 == 0 ? 0 : 1))
            for year in stride(from: firstYear, through: lastYear, by: step) where year * 12 >= first {
                let x = X(year * 12)
                s += "<line x1=\"\(Num.px(x))\" y1=\"\(Num.px(top + plotH))\" x2=\"\(Num.px(x))\" y2=\"\(Num.px(top + plotH + 5))\" class=\"grid\"/>"
                s += "<text x=\"\(Num.px(x))\" y=\"\(labelY)\" class=\"tick\" text-anchor=\"middle\">\(year)</text>"
            }
        }
        // Runs of consecutive months.
        var runs: [[(Int, MonthPoint)]] = []
        for (p, m) in zip(points, indices) {
            guard let m else { continue }
            if let prev = runs.last?.last, prev.0 == m - 1 { runs[runs.count - 1].append((m, p)) } else { runs.append([(m, p)]) }
        }
        for run in runs {
            // The band covers the stretches of a run whose months have an interval; a month
            // without one splits it, and a month left alone by that gets a bar.
            for stretch in stretchesWithIntervals(run) {
                if stretch.count > 1 {
                    let upper = stretch.map { "\(Num.px(X($0.0))) \(Num.px(Y($0.1.loadedDensity.high)))" }
                    let lower = stretch.reversed().map { "\(Num.px(X($0.0))) \(Num.px(Y($0.1.loadedDensity.low)))" }
                    s += "<path d=\"M\((upper + lower).joined(separator: "L"))Z\" class=\"band\"/>"
                } else if let (m, p) = stretch.first {
                    s += "<path d=\"M\(Num.px(X(m))) \(Num.px(Y(p.loadedDensity.low)))V\(Num.px(Y(p.loadedDensity.high)))\" class=\"err-band\"/>"
                }
            }
            if run.count > 1 {
                s += "<path d=\"M\(run.map { "\(Num.px(X($0.0))) \(Num.px(Y($0.1.loadedDensity.value)))" }.joined(separator: "L"))\" class=\"line\"/>"
            }
            for (m, p) in run {
                let none = hasNoInterval(p)
                s += "<circle cx=\"\(Num.px(X(m)))\" cy=\"\(Num.px(Y(p.loadedDensity.value)))\" r=\"3.5\" class=\"\(none ? "pt no-ci" : "pt")\"><title>\(HTMLEscape.escape(p.month)): \(Num.fixed(p.loadedDensity.value, 1)) per 1,000 words, \(p.articles) article\(p.articles == 1 ? "" : "s")\(none ? ", no interval" : "")</title></circle>"
            }
        }
        return s + "</svg>"
    }

    /// Whether a month has no interval to draw: one article in a store's bootstrap gives a
    /// point (as the month table's "no interval" says).
    static func hasNoInterval(_ point: MonthPoint) -> Bool {
        Format.noInterval(point.loadedDensity, articles: point.articles)
    }

    /// The longest stretches of consecutive months of `run` that have an interval, in order.
    static func stretchesWithIntervals(_ run: [(Int, MonthPoint)]) -> [[(Int, MonthPoint)]] {
        var stretches: [[(Int, MonthPoint)]] = [[]]
        for month in run {
            if hasNoInterval(month.1) {
                if !(stretches.last?.isEmpty ?? true) { stretches.append([]) }
            } else {
                stretches[stretches.count - 1].append(month)
            }
        }
        return stretches.filter { !$0.isEmpty }
    }

    /// `YYYY-MM` as a month count (year × 12 + month − 1), or nil when it is not a month.
    static func monthIndex(_ month: String) -> Int? {
        let parts = month.split(separator: "-")
        guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return y * 12 + m - 1
    }

    static func monthName(_ index: Int) -> String {
        let m = index % 12 + 1
        return "\(index / 12)-\(m < 10 ? "0" : "")\(m)"
    }
}
