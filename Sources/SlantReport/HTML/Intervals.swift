import Foundation
import SlantCore

/// A figure with its 95% interval. `low` and `high` equal `value` when no interval can be
/// given (fewer than two articles and nothing to count).
public struct Estimate: Codable, Hashable, Sendable {
    public var value: Double
    public var low: Double
    public var high: Double

    public init(value: Double, low: Double, high: Double) {
        self.value = value
        self.low = min(low, value)
        self.high = max(high, value)
    }

    /// The wider of two intervals around the same value.
    func union(_ other: Estimate) -> Estimate {
        Estimate(value: value, low: min(low, other.low), high: max(high, other.high))
    }

    func scaled(_ factor: Double) -> Estimate {
        Estimate(value: value * factor, low: low * factor, high: high * factor)
    }

    /// The interval cut to the values the figure can take (a share 0...1, a density 0...1,000
    /// per 1,000 words): an approximation's bounds can fall outside them.
    func clamped(to range: ClosedRange<Double>) -> Estimate {
        Estimate(value: value, low: min(max(low, range.lowerBound), range.upperBound),
                 high: max(min(high, range.upperBound), range.lowerBound))
    }
}

/// The interval arithmetic behind the report's figures. Sentences and words within one
/// article are not independent draws, so every rate gets the wider of a count-based interval
/// (Wilson for shares, Poisson for densities) and a cluster-robust one over articles.
public enum ReportStats {
    /// The normal quantile for a two-sided 95% interval.
    static let z = 1.959964

    /// Wilson score interval for `k` successes in `n` trials.
    public static func wilson(_ k: Double, _ n: Double) -> Estimate {
        guard n > 0 else { return Estimate(value: 0, low: 0, high: 0) }
        let p = k / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z * ((p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()) / (1 + z2 / n)
        return Estimate(value: p, low: max(0, centre - half), high: min(1, centre + half))
    }

    /// Poisson interval for a count per unit of exposure (Byar's approximation, good to a few
    /// percent even for small counts).
    public static func poisson(count: Double, exposure: Double) -> Estimate {
        guard exposure > 0 else { return Estimate(value: 0, low: 0, high: 0) }
        let c = count
        let low = c <= 0 ? 0 : c * pow(1 - 1 / (9 * c) - z / (3 * c.squareRoot()), 3)
        let c1 = c + 1
        let high = c1 * pow(1 - 1 / (9 * c1) + z / (3 * c1.squareRoot()), 3)
        return Estimate(value: c / exposure, low: max(0, low) / exposure, high: high / exposure)
    }

    /// A ratio of sums over articles (`Σy / Σx`) with a cluster-robust (linearised) interval:
    /// the spread between articles, not between sentences, sets its width. Needs two articles.
    public static func clusterRatio(_ pairs: [(y: Double, x: Double)]) -> Estimate {
        let sy = pairs.reduce(0) { $0 + $1.y }, sx = pairs.reduce(0) { $0 + $1.x }
        guard sx > 0 else { return Estimate(value: 0, low: 0, high: 0) }
        let r = sy / sx
        let k = Double(pairs.count)
        guard k >= 2 else { return Estimate(value: r, low: r, high: r) }
        let ss = pairs.reduce(0) { $0 + ($1.y - r * $1.x) * ($1.y - r * $1.x) }
        let se = (k / (k - 1) * ss).squareRoot() / sx
        return Estimate(value: r, low: max(0, r - z * se), high: r + z * se)
    }

    /// A share (successes over trials, summed over articles) with the wider of the Wilson and
    /// the cluster-robust interval, clamped to [0, 1].
    public static func share(_ pairs: [(y: Double, x: Double)]) -> Estimate {
        let sy = pairs.reduce(0) { $0 + $1.y }, sx = pairs.reduce(0) { $0 + $1.x }
        return wilson(sy, sx).union(clusterRatio(pairs)).clamped(to: 0...1)
    }

    /// A density per 1,000 units (terms per 1,000 words) with the wider of the Poisson and the
    /// cluster-robust interval, clamped to [0, 1,000]: a word holds at most one term, and
    /// Poisson's upper bound for 1 term in 3 words was 1,203.5 per 1,000.
    public static func densityPer1k(_ pairs: [(y: Double, x: Double)]) -> Estimate {
        let sy = pairs.reduce(0) { $0 + $1.y }, sx = pairs.reduce(0) { $0 + $1.x }
        return poisson(count: sy, exposure: sx).union(clusterRatio(pairs)).scaled(1000).clamped(to: 0...1000)
    }

    /// A share of sums over articles (`y` of `x` in each article) with the percentile interval
    /// of the store's bootstrap over articles (`Bootstrap.ratioIntervals`, seeded by `key`), for
    /// a report whose other intervals are the store's: one article gives a point, which the
    /// page prints as "no interval".
    public static func bootstrapShare(_ pairs: [(y: Double, x: Double)], key: String) -> Estimate {
        let sy = pairs.reduce(0) { $0 + $1.y }, sx = pairs.reduce(0) { $0 + $1.x }
        let value = sx > 0 ? sy / sx : 0
        let ci = Bootstrap.ratioIntervals(columns: [pairs.map(\.y), pairs.map(\.x)], ratios: [.init(numerator: 0, denominator: 1)],
                                          seed: SeededGenerator.seed(key))[0]
        return Estimate(value: value, low: ci.lo, high: ci.hi).clamped(to: 0...1)
    }

    /// The difference of two densities per 1,000 units over the same articles (headline
    /// density minus body density: `headline` and `body` hold each article's terms and words,
    /// in the same order), with the wider of a count-based and a cluster-robust interval: the
    /// Poisson intervals of the two densities combined as for a difference (Newcombe's MOVER),
    /// and the linearised spread between articles. Nil when `headline` has no words.
    public static func densityGapPer1k(headline: [(y: Double, x: Double)], body: [(y: Double, x: Double)]) -> Estimate? {
        let hy = headline.reduce(0) { $0 + $1.y }, hx = headline.reduce(0) { $0 + $1.x }
        let by = body.reduce(0) { $0 + $1.y }, bx = body.reduce(0) { $0 + $1.x }
        guard hx > 0 else { return nil }
        let rh = hy / hx, rb = bx > 0 ? by / bx : 0
        let d = rh - rb
        let h = poisson(count: hy, exposure: hx), b = poisson(count: by, exposure: bx)
        let counted = Estimate(value: d, low: d - ((rh - h.low) * (rh - h.low) + (b.high - rb) * (b.high - rb)).squareRoot(),
                               high: d + ((h.high - rh) * (h.high - rh) + (rb - b.low) * (rb - b.low)).squareRoot())
        var result = counted
        let k = Double(min(headline.count, body.count))
        if k >= 2 {
            var ss = 0.0
            for (hp, bp) in zip(headline, body) {
                let u = (hp.y - rh * hp.x) / hx - (bx > 0 ? (bp.y - rb * bp.x) / bx : 0)
                ss += u * u
            }
            let se = (k / (k - 1) * ss).squareRoot()
            result = counted.union(Estimate(value: d, low: d - z * se, high: d + z * se))
        }
        // Each density lies in 0...1,000, so their difference in -1,000...1,000.
        return result.scaled(1000).clamped(to: -1000...1000)
    }
}
