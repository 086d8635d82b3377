/// Editorial share (y) against outlet-voice loaded density (x), one dot per outlet with 95%
/// interval bars in both directions. Outlets with too few articles are drawn hollow with
/// dashed bars, and named "(few)". Names are placed where they cover no other name or dot
/// (`placeLabels`); the table below the chart names every outlet.
public enum DotPlot {
    /// A label's box: where its text goes and the space it takes.
    struct LabelBox: Equatable {
        var x: Double, y: Double, width: Double, anchorEnd: Bool
        /// The box's left, top, right and bottom edges (12 px text: 12 high above the baseline y + 3).
        var edges: (Double, Double, Double, Double) {
            (anchorEnd ? x - width : x, y - 11, anchorEnd ? x : x + width, y + 3)
        }
        func overlaps(_ o: LabelBox) -> Bool {
            let (a, b) = (edges, o.edges)
            return a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
        }
    }

    /// The width of a label in 12 px sans-serif, estimated per character (no font metrics in a
    /// static page): wide capitals, narrow i, l, t and punctuation.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { w, c in
            switch c {
            case "\u{2066}"..."\u{2069}": return w  // bidi isolates take no room
            case "i", "l", "j", "t", "f", "r", ".", ",", ":", ";", "'", "’", "|", "!", "(", ")", " ", "-": return w + 3.6
            case "m", "w", "M", "W": return w + 10
            case "A"..."Z": return w + 8
            default: return w + 6.8
            }
        }
    }

    /// Where each outlet's name goes, by its index in `dots` (centres in chart coordinates),
    /// or nil where every place tried would cover another name or a dot: ranked outlets first,
    /// then by the number of articles, each at the first free place of four around its dot
    /// (upper right, upper left, lower right, lower left), inside the plot. The table below
    /// the chart names every outlet; the chart names as many as it can without overlaps.
    static func placeLabels(_ dots: [(x: Double, y: Double, text: String, priority: (Int, Int, String))],
                            bounds: (left: Double, top: Double, right: Double, bottom: Double)) -> [LabelBox?] {
        var placed: [LabelBox?] = Array(repeating: nil, count: dots.count)
        var taken: [LabelBox] = []
        let dotBoxes = dots.map { LabelBox(x: $0.x - 6, y: $0.y + 9, width: 12, anchorEnd: false) }
        let order = dots.indices.sorted { dots[$0].priority < dots[$1].priority }
        for i in order {
            let d = dots[i]
            let w = textWidth(d.text)
            let candidates = [
                LabelBox(x: d.x + 8, y: d.y - 7, width: w, anchorEnd: false),
                LabelBox(x: d.x - 8, y: d.y - 7, width: w, anchorEnd: true),
                LabelBox(x: d.x + 8, y: d.y + 15, width: w, anchorEnd: false),
                LabelBox(x: d.x - 8, y: d.y + 15, width: w, anchorEnd: true),
            ]
            for box in candidates {
                let e = box.edges
                guard e.0 >= bounds.left, e.2 <= bounds.right, e.1 >= bounds.top, e.3 <= bounds.bottom else { continue }
                if taken.contains(where: { $0.overlaps(box) }) { continue }
                if dotBoxes.indices.contains(where: { $0 != i && dotBoxes[$0].overlaps(box) }) { continue }
                placed[i] = box
                taken.append(box)
                break
            }
        }
        return placed
    }

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
        // Ranked outlets last, so they are drawn on top of the hollow ones.
        let drawn = rows.sorted(by: { ($0.tooFew ? 0 : 1, $0.slug) < ($1.tooFew ? 0 : 1, $1.slug) })
        let labels = placeLabels(drawn.map { row in
            (x: X(row.loadedDensity.value), y: Y(row.editorialShare.value), text: row.name + (row.tooFew ? " (few)" : ""),
             priority: (row.tooFew ? 1 : 0, -row.articles, row.slug))
        }, bounds: (left: left, top: top, right: left + plotW, bottom: top + plotH))
        for (index, row) in drawn.enumerated() {
            let x = X(row.loadedDensity.value), y = Y(row.editorialShare.value)
            let cls = row.tooFew ? "dot few" : "dot"
            let name = HTMLEscape.escape(row.name)
            s += "<g class=\"\(cls)\"><title>\(name): \(Num.fixed(row.loadedDensity.value, 1)) per 1,000 words, editorial \(Num.percent(row.editorialShare.value))\(row.tooFew ? ", too few articles" : "")</title>"
            s += "<path d=\"M\(Num.px(X(row.loadedDensity.low))) \(Num.px(y))H\(Num.px(X(row.loadedDensity.high)))M\(Num.px(x)) \(Num.px(Y(row.editorialShare.low)))V\(Num.px(Y(row.editorialShare.high)))\" class=\"err\"/>"
            s += "<circle cx=\"\(Num.px(x))\" cy=\"\(Num.px(y))\" r=\"5\"/>"
            if let box = labels[index] {
                // The name between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (SVG text has no
                // dir="auto"): an Arabic or Hebrew name keeps its order and " (few)" stays after it.
                s += "<text x=\"\(Num.px(box.x))\" y=\"\(Num.px(box.y))\" class=\"name\"\(box.anchorEnd ? " text-anchor=\"end\"" : "")>\u{2068}\(name)\u{2069}\(row.tooFew ? " (few)" : "")</text>"
            }
            s += "</g>"
        }
        return s + "</svg>"
    }
}
