/// The claim mix as three horizontal bars (FACTUAL, ATTRIBUTED, EDITORIAL) with 95% interval
/// whiskers, each labelled with its name, share and interval.
public enum ClaimMixChart {
    /// `intervals` false: the figures have no interval (one article in a store's bootstrap),
    /// so no whiskers are drawn and the labels say so instead of printing "51% (51%–51%)".
    public static func svg(_ mix: ClaimMix, id: String, intervals: Bool = true) -> String {
        let rows: [(String, Estimate)] = [("FACTUAL", mix.factual), ("ATTRIBUTED", mix.attributed), ("EDITORIAL", mix.editorial)]
        let width = 560.0, left = 100.0, right = 170.0, rowHeight = 30.0, top = 8.0
        let plot = width - left - right
        let height = top + rowHeight * 3 + 24
        let summary = rows.map { "\($0.0.lowercased()) \(Num.percent($0.1.value)) (\(intervals ? "95% interval \(Num.percent($0.1.low)) to \(Num.percent($0.1.high))" : "no interval"))" }
            .joined(separator: ", ")
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Num.px(width)) \(Num.px(height))\" role=\"img\" aria-label=\"\(HTMLEscape.escape("Claim mix: " + summary))\">"
        s += LabelStyle.defs(id)
        // Gridlines at 0, 25, 50, 75, 100%.
        for q in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let x = left + plot * q
            s += "<line x1=\"\(Num.px(x))\" y1=\"\(Num.px(top))\" x2=\"\(Num.px(x))\" y2=\"\(Num.px(top + rowHeight * 3))\" class=\"grid\"/>"
            s += "<text x=\"\(Num.px(x))\" y=\"\(Num.px(top + rowHeight * 3 + 16))\" class=\"tick\" text-anchor=\"middle\">\(Num.percent(q))</text>"
        }
        for (i, (label, value)) in rows.enumerated() {
            let y = top + rowHeight * Double(i)
            let key = LabelStyle.key(label)
            s += "<text x=\"\(Num.px(left - 8))\" y=\"\(Num.px(y + 19))\" class=\"lab\" text-anchor=\"end\">\(label)</text>"
            s += "<rect x=\"\(Num.px(left))\" y=\"\(Num.px(y + 6))\" width=\"\(Num.px(plot * value.value))\" height=\"18\" fill=\"url(#\(id)-\(key))\" class=\"bar s-\(key)\"/>"
            guard intervals else {
                s += "<text x=\"\(Num.px(left + plot + 8))\" y=\"\(Num.px(y + 19))\" class=\"val\">\(Num.percent(value.value)) (no interval)</text>"
                continue
            }
            let lo = left + plot * value.low, hi = left + plot * value.high, mid = y + 15
            s += "<path d=\"M\(Num.px(lo)) \(Num.px(mid))H\(Num.px(hi))M\(Num.px(lo)) \(Num.px(mid - 6))V\(Num.px(mid + 6))M\(Num.px(hi)) \(Num.px(mid - 6))V\(Num.px(mid + 6))\" class=\"whisker\"/>"
            s += "<text x=\"\(Num.px(left + plot + 8))\" y=\"\(Num.px(y + 19))\" class=\"val\">\(Num.percent(value.value)) (\(Num.percent(value.low))–\(Num.percent(value.high)))</text>"
        }
        return s + "</svg>"
    }
}

/// A small stacked bar of the claim mix for table cells, with the same patterns; the cell's
/// text gives the numbers.
public enum MixBar {
    public static func svg(_ mix: ClaimMix) -> String {
        let width = 90.0
        var x = 0.0
        var s = "<svg class=\"mixbar\" viewBox=\"0 0 90 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
        for (key, value) in [("fact", mix.factual.value), ("attr", mix.attributed.value), ("edit", mix.editorial.value)] {
            let w = width * value
            s += "<rect x=\"\(Num.px(x))\" width=\"\(Num.px(w))\" height=\"10\" fill=\"url(#mix-\(key))\" class=\"s-\(key)\"/>"
            x += w
        }
        return s + "</svg>"
    }
}
