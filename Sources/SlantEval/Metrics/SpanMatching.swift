import SlantCore

/// Span agreement between gold and predicted spans in one text, three ways.
public enum SpanMatching {
    /// Character level: the characters covered by gold spans against those covered by
    /// predictions (overlapping spans on one side count each character once).
    public static func characters(gold: [TextSpan], predicted: [TextSpan]) -> PRF {
        let g = covered(gold), p = covered(predicted)
        let both = g.intersection(p).count
        return PRF(predicted: p.count, correctPredicted: both, gold: g.count, correctGold: both)
    }

    /// Any overlap: a prediction is correct when it shares a character with some gold span, a
    /// gold span is found when some prediction shares a character with it.
    public static func overlap(gold: [TextSpan], predicted: [TextSpan]) -> PRF {
        let g = gold.filter { $0.length > 0 }, p = predicted.filter { $0.length > 0 }
        let correctP = p.filter { s in g.contains { $0.overlaps(s) } }.count
        let correctG = g.filter { s in p.contains { $0.overlaps(s) } }.count
        return PRF(predicted: p.count, correctPredicted: correctP, gold: g.count, correctGold: correctG)
    }

    /// Exact: a prediction is correct when a gold span has the same start and end.
    public static func exact(gold: [TextSpan], predicted: [TextSpan]) -> PRF {
        let g = Set(gold.filter { $0.length > 0 }), p = Set(predicted.filter { $0.length > 0 })
        let both = g.intersection(p).count
        return PRF(tp: both, fp: p.count - both, fn: g.count - both)
    }

    static func covered(_ spans: [TextSpan]) -> Set<Int> {
        var set = Set<Int>()
        for s in spans where s.end > s.start { set.formUnion(s.start..<s.end) }
        return set
    }
}
