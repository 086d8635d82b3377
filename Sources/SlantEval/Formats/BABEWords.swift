import Foundation

/// BABE's `biased_words` column: a Python list literal such as `['hate', "Trump's"]`.
public enum BABEWords {
    /// The words of one cell; `[]` and an empty cell give none. Errors say what is wrong;
    /// callers add the file and line.
    public static func parse(_ cell: String) throws -> [String] {
        let s = Array(cell.trimmingCharacters(in: .whitespaces))
        if s.isEmpty { return [] }
        guard s.first == "[", s.last == "]" else { throw EvalError(file: "", problem: "biased_words '\(cell)' is not a list") }
        var words: [String] = []
        var i = 1
        while i < s.count - 1 {
            let c = s[i]
            if c == " " || c == "," { i += 1; continue }
            guard c == "'" || c == "\"" else { throw EvalError(file: "", problem: "biased_words '\(cell)' is not a list of quoted words") }
            var word = ""
            i += 1
            while i < s.count - 1, s[i] != c {
                if s[i] == "\\", i + 1 < s.count - 1 { i += 1 }
                word.append(s[i])
                i += 1
            }
            guard i < s.count - 1 else { throw EvalError(file: "", problem: "biased_words '\(cell)' has an unclosed quote") }
            i += 1
            words.append(word)
        }
        return words
    }
}
