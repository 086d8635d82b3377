import Foundation

/// The EDITORIAL model: a logistic regression over the cues' evidence, one weight per cue id,
/// loaded from `editorial-weights.tsv` (trained by `scripts/training/train_editorial.py` on
/// NewsSD-ENG, CC BY 4.0).
///
/// The probability that a sentence is the outlet's own opinion is
/// `1 / (1 + exp(-(bias + Σ weight[cue] × evidence weight)))`, so each piece of evidence in the
/// output says how far it moved the decision (`contribution`).
public struct EditorialModel: Sendable {
    public var bias: Double
    /// The probability at which a sentence is EDITORIAL (the file's `threshold` row).
    public var threshold: Double
    /// Weight per cue id; cues without a weight do not enter the model.
    public var weights: [String: Double] {
        didSet { table = Self.table(of: weights) }
    }
    /// `weights` in a packed-key table: every piece of evidence of every sentence is looked up,
    /// and a packed key is hashed in a few instructions where a String goes through the
    /// standard library's hasher.
    private var table: KeyTable<Double>

    public init(bias: Double = 0, threshold: Double = 0.5, weights: [String: Double] = [:]) {
        self.bias = bias
        self.threshold = threshold
        self.weights = weights
        self.table = Self.table(of: weights)
    }

    private static func table(of weights: [String: Double]) -> KeyTable<Double> {
        var table = KeyTable<Double>()
        for (feature, weight) in weights { table.append(feature, weight) }
        return table
    }

    /// Reads `editorial-weights.tsv`: `feature<TAB>weight[<TAB>note]`, with one `bias` row and
    /// an optional `threshold` row.
    public init(file: DataFile) throws {
        var bias: Double?
        var threshold = 0.5
        var weights: [String: Double] = [:]
        for row in file.rows {
            let feature = row.fields[0]
            guard let weight = Double(row.fields[1]), weight.isFinite, abs(weight) <= 20 else {
                throw LexiconError(file: file.name, line: row.line, problem: "weight '\(row.fields[1])' is not a number from -20 to 20")
            }
            if feature == "threshold" {
                guard weight > 0, weight < 1 else {
                    throw LexiconError(file: file.name, line: row.line, problem: "threshold '\(row.fields[1])' is not between 0 and 1")
                }
                threshold = weight
            } else if feature == "bias" {
                guard bias == nil else { throw LexiconError(file: file.name, line: row.line, problem: "duplicate feature 'bias'") }
                bias = weight
            } else {
                guard weights[feature] == nil else {
                    throw LexiconError(file: file.name, line: row.line, problem: "duplicate feature '\(feature)'")
                }
                weights[feature] = weight
            }
        }
        guard let bias else { throw LexiconError(file: file.name, line: nil, problem: "no 'bias' row") }
        self.bias = bias
        self.threshold = threshold
        self.weights = weights
        self.table = Self.table(of: weights)
    }

    /// The log-odds that the sentence is EDITORIAL, given its evidence.
    public func logOdds(_ evidence: [CueEvidence]) -> Double {
        // By index, in order: the same sum as a reduce, without copying each piece of evidence.
        var sum = bias
        for k in evidence.indices { sum += contribution(evidence[k]) }
        return sum
    }

    /// How far one piece of evidence moves the log-odds.
    public func contribution(_ evidence: CueEvidence) -> Double {
        weight(of: evidence.id) * evidence.weight
    }

    /// The weight of a cue's evidence (0 for a cue the model does not know).
    func weight(of id: String) -> Double {
        table.value(for: id) ?? 0
    }

    public func probability(_ evidence: [CueEvidence]) -> Double {
        1 / (1 + exp(-logOdds(evidence)))
    }
}
