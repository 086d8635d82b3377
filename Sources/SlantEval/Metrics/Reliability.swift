/// Calibration of a confidence score: items binned by confidence, each bin's mean confidence
/// against its observed accuracy, and the expected calibration error (ECE).
public struct ReliabilityTable: Codable, Equatable, Sendable {
    public struct Bin: Codable, Equatable, Sendable {
        /// The bin's lower bound (inclusive) and upper bound (exclusive, except the last).
        public var lower: Double
        public var upper: Double
        public var count: Int
        public var correct: Int
        /// Mean confidence of the items in the bin.
        public var meanConfidence: Double?
        /// Share of the bin's items that were right.
        public var accuracy: Double? { count == 0 ? nil : Double(correct) / Double(count) }

        enum CodingKeys: String, CodingKey { case lower, upper, count, correct, mean_confidence, accuracy }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            lower = try c.decode(Double.self, forKey: .lower)
            upper = try c.decode(Double.self, forKey: .upper)
            count = try c.decode(Int.self, forKey: .count)
            correct = try c.decode(Int.self, forKey: .correct)
            meanConfidence = try c.decodeIfPresent(Double.self, forKey: .mean_confidence)
        }
        init(lower: Double, upper: Double) {
            self.lower = lower
            self.upper = upper
            count = 0
            correct = 0
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(lower, forKey: .lower)
            try c.encode(upper, forKey: .upper)
            try c.encode(count, forKey: .count)
            try c.encode(correct, forKey: .correct)
            try c.encode(meanConfidence.map(PRF.round), forKey: .mean_confidence)
            try c.encode(accuracy.map(PRF.round), forKey: .accuracy)
        }
    }

    public var bins: [Bin]
    /// Sum over bins of (bin share of items) x |accuracy - mean confidence|; undefined with no items.
    public var ece: Double?

    /// Builds the table from (confidence, correct) pairs in `binCount` equal-width bins over
    /// [0, 1]. Confidences outside [0, 1] are clamped into it.
    public init(_ items: [(confidence: Double, correct: Bool)], binCount: Int = 10) {
        let n = max(1, binCount)
        var bins = (0..<n).map { Bin(lower: Double($0) / Double(n), upper: Double($0 + 1) / Double(n)) }
        var sums = Array(repeating: 0.0, count: n)
        for item in items {
            let c = item.confidence.isFinite ? min(1, max(0, item.confidence)) : 0
            let b = min(n - 1, Int(c * Double(n)))
            bins[b].count += 1
            if item.correct { bins[b].correct += 1 }
            sums[b] += c
        }
        var ece = 0.0
        for b in bins.indices where bins[b].count > 0 {
            let mean = sums[b] / Double(bins[b].count)
            bins[b].meanConfidence = mean
            ece += Double(bins[b].count) / Double(items.count) * abs((bins[b].accuracy ?? 0) - mean)
        }
        self.bins = bins
        self.ece = items.isEmpty ? nil : ece
    }

    enum CodingKeys: String, CodingKey { case bins, ece }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(bins, forKey: .bins)
        try c.encode(ece.map(PRF.round), forKey: .ece)
    }
}
