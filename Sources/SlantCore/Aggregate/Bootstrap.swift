/// A 95% (or other) interval, encoded in JSON as `[lo, hi]`.
/// Below this many articles an outlet's figures are shown but marked "too few" and not
/// ranked: with fewer, one article moves the intervals too much for a comparison. Shared by
/// `slant outlets`, `slant report` and the audit's outlet rules so they agree.
public let minimumArticlesForRanking = 10

public struct Interval: Codable, Hashable, Sendable {
    public var lo: Double
    public var hi: Double

    public init(_ lo: Double, _ hi: Double) {
        self.lo = lo
        self.hi = hi
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        lo = try c.decode(Double.self)
        hi = try c.decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(lo)
        try c.encode(hi)
    }
}

/// SplitMix64: a small, fast generator whose stream depends only on its seed, so bootstrap
/// intervals are the same on every run and every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A seed derived from a string (FNV-1a), so each outlet gets its own stream whatever
    /// order outlets are computed in.
    public static func seed(_ text: String, base: UInt64 = Bootstrap.defaultSeed) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ base
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01B3
        }
        return h
    }
}

/// The cluster (article-level) bootstrap for ratio estimates such as "editorial sentences /
/// all sentences" or "loaded terms per 1,000 words".
///
/// Sentences in one article are not independent (one writer, one story), so resampling
/// sentences would give intervals that are too narrow. Each replicate draws whole articles with
/// replacement, sums each column over the drawn articles and takes the ratios; the interval is
/// the 2.5th and 97.5th percentile of the replicate ratios (percentile method).
public enum Bootstrap {
    /// The seed used unless a caller gives another: any fixed value keeps output deterministic.
    public static let defaultSeed: UInt64 = 20_240_725
    /// Replicates: 1,000 keeps the Monte Carlo error of a 95% percentile bound to about a
    /// tenth of the interval's width, and 100,000 articles still aggregate in well under a second.
    public static let defaultReplicates = 1000

    /// A ratio of two columns: `scale * sum(numerator) / sum(denominator)`.
    public struct Ratio: Sendable {
        public var numerator: Int
        public var denominator: Int
        public var scale: Double

        public init(numerator: Int, denominator: Int, scale: Double = 1) {
            self.numerator = numerator
            self.denominator = denominator
            self.scale = scale
        }
    }

    /// Percentile intervals for several ratios of per-article columns, all from the same
    /// resamples. `columns[c][i]` is column c of article i; every column has one value per
    /// article. A ratio whose resampled denominator is 0 counts as 0 in that replicate.
    /// With no articles every interval is `[0, 0]`.
    public static func ratioIntervals(columns: [[Double]], ratios: [Ratio], replicates: Int = defaultReplicates,
                                      seed: UInt64 = defaultSeed, level: Double = 0.95) -> [Interval] {
        intervals(columns: columns, count: ratios.count, replicates: replicates, seed: seed, level: level) { sums, out in
            for (k, ratio) in ratios.enumerated() {
                let den = sums[ratio.denominator]
                out[k] = den == 0 ? 0 : ratio.scale * sums[ratio.numerator] / den
            }
        }
    }

    /// Percentile intervals for `count` statistics computed from column sums: each replicate
    /// resamples articles, sums every column, and `statistics(sums, &out)` fills `out` (one
    /// value per statistic). This is how a difference of two ratios gets its interval.
    public static func intervals(columns: [[Double]], count: Int, replicates: Int = defaultReplicates,
                                 seed: UInt64 = defaultSeed, level: Double = 0.95,
                                 statistics: ([Double], inout [Double]) -> Void) -> [Interval] {
        let n = columns.first?.count ?? 0
        guard n > 0, replicates > 0, count > 0 else { return (0..<count).map { _ in Interval(0, 0) } }
        let width = columns.count
        precondition(width <= 16, "the bootstrap sums at most 16 columns")
        // One article is one 16-wide vector: a resampled article costs one vector add.
        var rows = [SIMD16<Double>](repeating: SIMD16(), count: n)
        for c in 0..<width {
            for i in 0..<n { rows[i][c] = columns[c][i] }
        }
        var generator = SeededGenerator(seed: seed)
        var results = [[Double]](repeating: [Double](repeating: 0, count: replicates), count: count)
        var sums = [Double](repeating: 0, count: width)
        var out = [Double](repeating: 0, count: count)
        let total = UInt64(n)
        rows.withUnsafeBufferPointer { data in
            for r in 0..<replicates {
                var acc = SIMD16<Double>()
                for _ in 0..<n {
                    // Lemire's multiply-shift maps 64 random bits onto 0..<n without division.
                    acc += data[Int(generator.next().multipliedFullWidth(by: total).high)]
                }
                for c in 0..<width { sums[c] = acc[c] }
                statistics(sums, &out)
                for k in 0..<count { results[k][r] = out[k] }
            }
        }
        let alpha = (1 - level) / 2
        return results.map { values in
            let sorted = values.sorted()
            return Interval(percentile(sorted, alpha), percentile(sorted, 1 - alpha))
        }
    }

    /// The p-th percentile of sorted values, interpolating linearly between ranks (the
    /// "type 7" definition used by R and NumPy by default).
    public static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
