import Foundation
import SlantCore

/// JSON Lines: one JSON value per non-blank line, each parse error naming `file:line`.
public enum JSONLines {
    /// Parses every non-blank line; returns (line number, value) pairs.
    public static func parse(_ text: String, file: String) throws -> [(line: Int, value: Any)] {
        var result: [(Int, Any)] = []
        var number = 0
        for raw in text.lineSlices() {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            do {
                let value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
                result.append((number, value))
            } catch {
                throw EvalError(file: file, line: number, problem: "not valid JSON")
            }
        }
        return result
    }

    /// Parses every non-blank line, keeping a line that is not JSON as its error so that the
    /// caller can report it and read on.
    public static func lenient(_ text: String, file: String) -> [(line: Int, value: Result<Any, EvalError>)] {
        var result: [(Int, Result<Any, EvalError>)] = []
        var number = 0
        for raw in text.lineSlices() {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            if let value = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]) {
                result.append((number, .success(value)))
            } else {
                result.append((number, .failure(EvalError(file: file, line: number, problem: "not valid JSON"))))
            }
        }
        return result
    }

    /// Parses every non-blank line as a JSON object.
    public static func objects(_ text: String, file: String) throws -> [(line: Int, object: [String: Any])] {
        try parse(text, file: file).map { entry in
            guard let object = entry.value as? [String: Any] else {
                throw EvalError(file: file, line: entry.line, problem: "expected a JSON object")
            }
            return (entry.line, object)
        }
    }

    /// An integer field (JSON numbers that are whole).
    static func int(_ value: Any?) -> Int? {
        if let n = value as? Int { return n }
        if let d = value as? Double, d.rounded() == d, abs(d) < 1e15 { return Int(d) }
        return nil
    }
}
