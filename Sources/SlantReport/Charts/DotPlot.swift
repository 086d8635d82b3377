/// Editorial share (y) against outlet-voice loaded density (x), one dot per outlet with 95%
/// interval bars in both directions. Outlets with too few articles are drawn hollow with
/// dashed bars, and named "(few)".
public enum DotPlot {
    /// Outlets are labelled by name when there are at most this many; beyond that the table
    /// below the chart names them.
    static let maxLabels = 40

    public static func svg(_ rows: [OutletRow], id: String) -> String {
        let width = 760.0, height = 440.0, left = 64.0, right = 24.0, top = 16.0, bottom = 52.0
        let plotW = width - left - right, plotH = height - top - bottom
        let xTicks = niceTicks(max: rows.map { min($0.loadedDensity.high, $0.loadedDensity.value * 3 + 1) }.max() ?? 1)
        let xMax = xTicks.last ?? 1
        let yTicks = niceTicks(max: min(1, (rows.map(\.editorialShare.high).max() ?? 0.5) * 1.05), count: 5)
        let yMax = min(1, yTicks.last ?? 1)
        func X(_ v: Double) -> Double { left + plotW * min(max(v, 0), xMax) / xMax }
        func Y(_ v: Double) -> Double { top + plotH * (1 - min(max(v, 0), yMax) / yMax) }

        let label = "Editorial share against loaded density for \(rows.count) outlets; each dot is an outlet, bars are 95% intervals. The table below gives the figures."
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Num.px(width)) \(Num.px(height))\" role=\"img\" aria-label=\"\(HTMLEscape.escape(label))\">"
        for t in xTicks {
            s += "<line x1=\"\(Num.px(X(t)))\" y1=\"\(Num.px(top))\" x2=\"\(Num.px(X(t)))\" y2=\"\(Num.px(top + plotH))\" class=\"grid\"/>"
            s += "<text x=\"\(Num.px(X(t)))\" y=\"\(Num.px(top + plotH + 16))\" class=\"tick\" text-anchor=\"middle\">\(Num.fixed(t, t < 10 && t != t.rounded() ? 1 : 0))</text>"
        }
        for t in yTicks where t <= yMax + 1e-9 {
            s += "<line x1=\"\(Num.px(left))\" y1=\"\(Num.px(Y(t)))\" x2=\"\(Num.px(left + plotW))\" y2=\"\(Num.px(Y(t)))\" class=\"grid\"/>"
            s += "<text x=\"\(Num.px(left - 6))\" y=\"\(Num.px(Y(t) + 4))\" class=\"tick\" text-anchor=\"end\">\(Num.percent(t))</text>"
        }
        s += "<text x=\"\(Num.px(left + plotW / 2))\" y=\"\(Num.px(height - 10))\" class=\"axis\" text-anchor=\"middle\">loaded terms per 1,000 words in the outlet’s own voice</text>"
        s += "<text transform=\"translate(14 \(Num.px(top + plotH / 2))) rotate(-90)\" class=\"axis\" text-anchor=\"middle\">editorial share of sentences</text>"
        let labelled = rows.count <= maxLabels
        // Ranked outlets last, so they are drawn on top of the hollow ones.
        for row in rows.sorted(by: { ($0.tooFew ? 0 : 1, $0.slug) < ($1.tooFew ? 0 : 1, $1.slug) }) {
            let x = X(row.loadedDensity.value), y = Y(row.editorialShare.value)
            let cls = row.tooFew ? "dot few" : "dot"
            let name = HTMLEscape.escape(row.name)
            s += "<g class=\"\(cls)\"><title>\(name): \(Num.fixed(row.loadedDensity.value, 1)) per 1,000 words, editorial \(Num.percent(row.editorialShare.value))\(row.tooFew ? ", too few articles" : "")</title>"
            s += "<path d=\"M\(Num.px(X(row.loadedDensity.low))) \(Num.px(y))H\(Num.px(X(row.loadedDensity.high)))M\(Num.px(x)) \(Num.px(Y(row.editorialShare.low)))V\(Num.px(Y(row.editorialShare.high)))\" class=\"err\"/>"
            s += "<circle cx=\"\(Num.px(x))\" cy=\"\(Num.px(y))\" r=\"5\"/>"
            if labelled {
                // Dots in the right part of the plot are named on their left, so names stay inside the chart.
                let onLeft = x > left + plotW * 0.6
                s += "<text x=\"\(Num.px(onLeft ? x - 8 : x + 8))\" y=\"\(Num.px(y - 7))\" class=\"name\"\(onLeft ? " text-anchor=\"end\"" : "")>\(name)\(row.tooFew ? " (few)" : "")</text>"
            }
            s += "</g>"
        }
        return s + "</svg>"
    }
}
