/// Precision, recall and F1 from counts.
///
/// Precision and recall may count differently: for any-overlap span matching, a predicted
/// span is correct when it overlaps some gold span and a gold span is found when some
/// prediction overlaps it, so the two numerators differ. For exact matching they are equal.
/// A ratio with a zero denominator is undefined (`nil`, printed as "-"), never 0 or 1 by fiat.
public struct PRF: Codable, Equatable, Sendable {
    /// How many predictions there were.
    public var predicted: Int
    /// How many of them were correct.
    public var correctPredicted: Int
    /// How many gold items there were.
    public var gold: Int
    /// How many of them were found.
    public var correctGold: Int

    public init(predicted: Int, correctPredicted: Int, gold: Int, correctGold: Int) {
        self.predicted = predicted
        self.correctPredicted = correctPredicted
        self.gold = gold
        self.correctGold = correctGold
    }

    /// Counts for exact matching: true positives, false positives, false negatives.
    public init(tp: Int, fp: Int, fn: Int) {
        self.init(predicted: tp + fp, correctPredicted: tp, gold: tp + fn, correctGold: tp)
    }

    public var precision: Double? { predicted == 0 ? nil : Double(correctPredicted) / Double(predicted) }
    public var recall: Double? { gold == 0 ? nil : Double(correctGold) / Double(gold) }

    /// The harmonic mean of precision and recall; 0 when both are 0, undefined when either is.
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Adds counts (micro-averaging over documents).
    public static func + (a: PRF, b: PRF) -> PRF {
        PRF(predicted: a.predicted + b.predicted, correctPredicted: a.correctPredicted + b.correctPredicted,
            gold: a.gold + b.gold, correctGold: a.correctGold + b.correctGold)
    }

    public static let zero = PRF(predicted: 0, correctPredicted: 0, gold: 0, correctGold: 0)

    enum CodingKeys: String, CodingKey { case predicted, correct_predicted, gold, correct_gold, precision, recall, f1 }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(predicted: try c.decode(Int.self, forKey: .predicted),
                  correctPredicted: try c.decode(Int.self, forKey: .correct_predicted),
                  gold: try c.decode(Int.self, forKey: .gold), correctGold: try c.decode(Int.self, forKey: .correct_gold))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(predicted, forKey: .predicted)
        try c.encode(correctPredicted, forKey: .correct_predicted)
        try c.encode(gold, forKey: .gold)
        try c.encode(correctGold, forKey: .correct_gold)
        // Undefined ratios are JSON null, so a reader cannot mistake them for a measured 0.
        try c.encode(precision.map(Self.round), forKey: .precision)
        try c.encode(recall.map(Self.round), forKey: .recall)
        try c.encode(f1.map(Self.round), forKey: .f1)
    }

    /// Rounds to 4 decimals so JSON output is stable and readable.
    public static func round(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
}
