/// A predicted label for one gold record, with the predictor's confidence in it when it
/// gives one.
public struct ClassPrediction: Sendable, Equatable {
    public var label: String
    public var confidence: Double?
    /// The predictions file and line it was read from, if from a file: what an error about
    /// the prediction names.
    public var file: String?
    public var line: Int?

    public init(label: String, confidence: Double?, file: String? = nil, line: Int? = nil) {
        self.label = label
        self.confidence = confidence
        self.file = file
        self.line = line
    }
}

/// The result of scoring sentence labels against gold.
public struct ClassifyReport: Encodable, Sendable {
    public var gold: String
    public var task: ClassifyTask
    /// Sentences scored.
    public var scored: Int
    /// Records whose gold label maps to IGNORE.
    public var ignored: Int
    /// Records that could not be read.
    public var skipped: Int
    public var confusion: ConfusionMatrix
    /// Precision, recall, F1 per class.
    public var classes: [String: PRF]
    public var macro_f1: Double?
    public var accuracy: Double?
    /// Calibration of the confidence (absent when the predictor gives none).
    public var reliability: ReliabilityTable?
    public var errors: [ErrorExample]

    enum CodingKeys: String, CodingKey { case gold, task, scored, ignored, skipped, confusion, classes, macro_f1, accuracy, reliability, errors }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(gold, forKey: .gold)
        try c.encode(task, forKey: .task)
        try c.encode(scored, forKey: .scored)
        try c.encode(ignored, forKey: .ignored)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(confusion, forKey: .confusion)
        try c.encode(classes, forKey: .classes)
        try c.encode(macro_f1.map(PRF.round), forKey: .macro_f1)
        try c.encode(accuracy.map(PRF.round), forKey: .accuracy)
        try c.encodeIfPresent(reliability, forKey: .reliability)
        try c.encode(errors, forKey: .errors)
    }
}

/// Scores sentence classification.
public enum ClassifyEvaluation {
    /// Scores predictions, given by record index (`ClassifyGold.Item.record`), against gold.
    /// Prediction labels are mapped onto the task (Slant's three labels map onto the binary
    /// tasks); a prediction that maps to none of the task's labels throws, naming the record.
    ///
    /// The listed errors are the most confident wrong answers first: for binary tasks the
    /// misses (gold positive, predicted negative) and the false alarms separately, for the
    /// three-way task all wrong answers.
    public static func evaluate(gold: ClassifyGold, predictions: [Int: ClassPrediction], errors limit: Int) throws -> ClassifyReport {
        let task = gold.task
        var matrix = ConfusionMatrix(labels: task.labels)
        var calibration: [(Double, Bool)] = []
        var allHaveConfidence = true
        var wrong: [(item: ClassifyGold.Item, predicted: String, confidence: Double?)] = []
        var ignored = 0
        for item in gold.items {
            guard let label = item.label else { ignored += 1; continue }
            guard let prediction = predictions[item.record] else {
                throw EvalError(file: gold.file, line: item.line, problem: "no prediction for this record")
            }
            guard let predicted = task.map(prediction.label) else {
                // Named where it was written: the predictions file's line, else the gold record's.
                throw EvalError(file: prediction.file ?? gold.file, line: prediction.file == nil ? item.line : prediction.line,
                                problem: "predicted label '\(prediction.label)' is not one of \(task.labels.joined(separator: ", "))"
                                    + (prediction.file == nil ? "" : " (for \(gold.file):\(item.line))"))
            }
            matrix.add(gold: label, predicted: predicted)
            if let c = prediction.confidence { calibration.append((c, predicted == label)) } else { allHaveConfidence = false }
            if predicted != label { wrong.append((item, predicted, prediction.confidence)) }
        }
        wrong.sort { ($0.confidence ?? 0) > ($1.confidence ?? 0) || (($0.confidence ?? 0) == ($1.confidence ?? 0) && $0.item.line < $1.item.line) }
        var errors: [ErrorExample] = []
        func example(_ w: (item: ClassifyGold.Item, predicted: String, confidence: Double?), _ kind: String) -> ErrorExample {
            ErrorExample(kind: kind, document: gold.file, line: w.item.line, text: ScalarText.oneLine(w.item.text),
                         detail: "gold \(w.item.label ?? "-"), predicted \(w.predicted)" + (w.confidence.map { " (confidence \(format($0)))" } ?? ""))
        }
        if task == .threeWay {
            errors = wrong.prefix(limit).map { example($0, "wrong") }
        } else {
            let positive = task.labels[0]
            errors = wrong.filter { $0.item.label == positive }.prefix(limit).map { example($0, "miss") }
                + wrong.filter { $0.predicted == positive }.prefix(limit).map { example($0, "false-alarm") }
        }
        var classes: [String: PRF] = [:]
        for label in task.labels { classes[label] = matrix.prf(label) }
        return ClassifyReport(gold: gold.file, task: task, scored: matrix.total, ignored: ignored, skipped: gold.skipped.count,
                              confusion: matrix, classes: classes, macro_f1: matrix.macroF1, accuracy: matrix.accuracy,
                              reliability: allHaveConfidence && !calibration.isEmpty ? ReliabilityTable(calibration) : nil,
                              errors: errors)
    }

    static func format(_ x: Double) -> String {
        let scaled = (x * 100).rounded() / 100
        return String(scaled)
    }
}
