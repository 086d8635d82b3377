/// Monthly loaded density: a line through the months with a shaded 95% interval band. Months
/// with no articles are left as gaps in the axis, not interpolated.
public enum TimeSeriesChart {
    public static func svg(_ points: [MonthPoint], id: String) -> String {
        let width = 760.0, height = 260.0, left = 52.0, right = 20.0, top = 14.0, bottom = 40.0
        let plotW = width - left - right, plotH = height - top - bottom
        let yTicks = niceTicks(max: points.map(\.loadedDensity.high).max() ?? 1, count: 4)
        let yMax = yTicks.last ?? 1
        let n = points.count
        func X(_ i: Int) -> Double { n <= 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(n - 1) }
        func Y(_ v: Double) -> Double { top + plotH * (1 - min(max(v, 0), yMax) / yMax) }
        let text = points.map { "\($0.month): \(Num.fixed($0.loadedDensity.value, 1)) (\(Num.fixed($0.loadedDensity.low, 1))–\(Num.fixed($0.loadedDensity.high, 1)))" }
            .joined(separator: "; ")
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Num.px(width)) \(Num.px(height))\" role=\"img\" aria-label=\"\(HTMLEscape.escape("Loaded terms per 1,000 words by month, with 95% intervals: " + text))\">"
        for t in yTicks {
            s += "<line x1=\"\(Num.px(left))\" y1=\"\(Num.px(Y(t)))\" x2=\"\(Num.px(left + plotW))\" y2=\"\(Num.px(Y(t)))\" class=\"grid\"/>"
            s += "<text x=\"\(Num.px(left - 6))\" y=\"\(Num.px(Y(t) + 4))\" class=\"tick\" text-anchor=\"end\">\(Num.fixed(t, t != t.rounded() ? 1 : 0))</text>"
        }
        guard n > 0 else { return s + "</svg>" }
        if n > 1 {
            let upper = points.enumerated().map { "\(Num.px(X($0.offset))) \(Num.px(Y($0.element.loadedDensity.high)))" }
            let lower = points.enumerated().reversed().map { "\(Num.px(X($0.offset))) \(Num.px(Y($0.element.loadedDensity.low)))" }
            s += "<path d=\"M\((upper + lower).joined(separator: "L"))Z\" class=\"band\"/>"
            let line = points.enumerated().map { "\(Num.px(X($0.offset))) \(Num.px(Y($0.element.loadedDensity.value)))" }
            s += "<path d=\"M\(line.joined(separator: "L"))\" class=\"line\"/>"
        }
        // Thin the month labels so they never overlap: about one per 70 pixels.
        let every = max(1, Int((Double(n) * 70 / plotW).rounded(.up)))
        for (i, p) in points.enumerated() {
            let x = X(i)
            if n == 1 {
                s += "<path d=\"M\(Num.px(x)) \(Num.px(Y(p.loadedDensity.low)))V\(Num.px(Y(p.loadedDensity.high)))\" class=\"whisker\"/>"
            }
            s += "<circle cx=\"\(Num.px(x))\" cy=\"\(Num.px(Y(p.loadedDensity.value)))\" r=\"3.5\" class=\"pt\"><title>\(HTMLEscape.escape(p.month)): \(Num.fixed(p.loadedDensity.value, 1)) per 1,000 words, \(p.articles) articles</title></circle>"
            if i % every == 0 || i == n - 1 && n > 1 && (n - 1) % every >= every / 2 {
                s += "<text x=\"\(Num.px(x))\" y=\"\(Num.px(top + plotH + 18))\" class=\"tick\" text-anchor=\"middle\">\(HTMLEscape.escape(p.month))</text>"
            }
        }
        return s + "</svg>"
    }
}
