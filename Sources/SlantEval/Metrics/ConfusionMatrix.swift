/// A confusion matrix over named classes, with per-class and macro-averaged figures.
public struct ConfusionMatrix: Codable, Equatable, Sendable {
    /// The classes, in the order of rows and columns.
    public var labels: [String]
    /// `counts[gold][predicted]`.
    public var counts: [[Int]]

    public init(labels: [String]) {
        self.labels = labels
        self.counts = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
    }

    /// Counts one item; labels not among `labels` are ignored (callers map first).
    public mutating func add(gold: String, predicted: String) {
        guard let g = labels.firstIndex(of: gold), let p = labels.firstIndex(of: predicted) else { return }
        counts[g][p] += 1
    }

    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// Share of items on the diagonal; undefined for an empty matrix.
    public var accuracy: Double? {
        let n = total
        return n == 0 ? nil : Double(labels.indices.reduce(0) { $0 + counts[$1][$1] }) / Double(n)
    }

    /// Precision, recall and F1 of one class against the rest.
    public func prf(_ label: String) -> PRF {
        guard let i = labels.firstIndex(of: label) else { return .zero }
        let tp = counts[i][i]
        let predicted = labels.indices.reduce(0) { $0 + counts[$1][i] }
        let gold = counts[i].reduce(0, +)
        return PRF(tp: tp, fp: predicted - tp, fn: gold - tp)
    }

    /// The unweighted mean of the classes' F1. A class whose F1 is undefined (never predicted
    /// or never in the gold) counts as 0, as scikit-learn does, so missing a class is visible.
    /// Undefined only when there are no items.
    public var macroF1: Double? {
        guard total > 0, !labels.isEmpty else { return nil }
        return labels.map { prf($0).f1 ?? 0 }.reduce(0, +) / Double(labels.count)
    }
}
