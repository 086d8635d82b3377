/// Converts lexicons a user owns into Slant's loaded-language format (`slant lexicon import`).
///
/// The mappings (also in `Lexicons/README.md`):
/// - VADER (`token<TAB>mean valence<TAB>sd<TAB>ratings`, valence -4 to +4): weight is
///   |valence| x 0.75 (so 4 -> 3), rounded to 0.1; entries under `minWeight` are left out;
///   the note keeps the valence.
/// - MPQA subjectivity clues (`.tff`: `type=strongsubj len=1 word1=X pos1=adj stemmed1=y
///   priorpolarity=negative`): strongsubj -> 2, weaksubj -> 1; `stemmed1=y` becomes a `word*`
///   prefix entry when the word has at least four letters; a word listed under several parts of
///   speech keeps its highest weight; neutral-polarity clues are left out.
/// - A plain word list (one term a line, `#` comments): every term gets `defaultWeight`.
/// Every entry gets the category given (default `imported`).
public enum LexiconImport {
    public enum Format: String, Sendable, CaseIterable {
        case vader, mpqa, list
    }

    public struct Options: Sendable {
        /// The lexicon's name in the output header.
        public var name: String
        /// The input's path, for error messages.
        public var source: String
        public var category: String = "imported"
        public var defaultWeight: Double = 1
        public var minWeight: Double = 0.5
        public init(name: String, source: String) {
            self.name = name
            self.source = source
        }
    }

    /// The converted lexicon as TSV text; throws the first line it cannot read.
    public static func convert(_ text: String, from format: Format, options: Options) throws -> String {
        var entries: [(term: String, weight: Double, note: String)] = []
        var index: [String: Int] = [:]
        func add(_ term: String, _ weight: Double, _ note: String) {
            let term = term.lowercased()
            if let k = index[term] {
                if weight > entries[k].weight { entries[k] = (term, weight, note) }
                return
            }
            index[term] = entries.count
            entries.append((term, weight, note))
        }
        var lineNumber = 0
        var leftOut = 0
        for raw in text.lineSlices() {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : Substring(raw)
            if line.trimmingSpaces().isEmpty || line.hasPrefix("#") { continue }
            switch format {
            case .vader:
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 2, let valence = Double(fields[1].trimmingSpaces()) else {
                    throw LexiconError(file: options.source, line: lineNumber, problem: "expected 'token<TAB>mean valence', found '\(line.prefix(40))'")
                }
                // Double() also reads "nan", "inf" and "1e9", which the weight cap would turn
                // into entries of the highest weight.
                guard valence.isFinite, (-4...4).contains(valence) else {
                    throw LexiconError(file: options.source, line: lineNumber, problem: "valence '\(fields[1].trimmingSpaces())' is not a number from -4 to 4")
                }
                let weight = min(3, (abs(valence) * 0.75 * 10).rounded() / 10)
                let term = String(fields[0].trimmingSpaces())
                if weight >= options.minWeight, !term.isEmpty, !term.contains("\t") {
                    // VADER lists emoticons (":(", "</3") and such: no Slant term can hold them.
                    if LoadedLexicon.termProblem(term) != nil {
                        leftOut += 1
                    } else {
                        add(term, weight, "VADER valence \(fields[1].trimmingSpaces())")
                    }
                }
            case .mpqa:
                var pairs: [String: String] = [:]
                for part in line.split(separator: " ") {
                    guard let eq = part.firstIndex(of: "=") else { continue }
                    pairs[String(part[..<eq])] = String(part[part.index(after: eq)...])
                }
                guard let type = pairs["type"], let word = pairs["word1"], !word.isEmpty else {
                    throw LexiconError(file: options.source, line: lineNumber, problem: "expected 'type=... word1=...', found '\(line.prefix(40))'")
                }
                let polarity = pairs["priorpolarity"] ?? "neutral"
                if polarity == "neutral" { continue }
                let weight: Double = type == "strongsubj" ? 2 : 1
                let stemmed = pairs["stemmed1"] == "y" && word.count >= 4 && !word.contains(" ")
                add(stemmed ? word + "*" : word, weight, "MPQA \(type) \(polarity)")
            case .list:
                let term = String(line.split(separator: "\t").first?.trimmingSpaces() ?? "")
                // A prefix entry the lexicon loader would refuse is refused here, at its line in
                // the list, not later in the converted file.
                if let problem = LoadedLexicon.termProblem(term) {
                    throw LexiconError(file: options.source, line: lineNumber, problem: problem)
                }
                if !term.isEmpty { add(term, options.defaultWeight, "word list") }
            }
        }
        var out = "#! name: \(options.name)\n#! version: imported\n"
        out += "#! description: converted by slant lexicon import --from \(format.rawValue)\n"
        if leftOut > 0 {
            out += "# \(leftOut) entr\(leftOut == 1 ? "y" : "ies") of the list left out: no letter (emoticons such as ':(') or a misplaced '*', which no Slant term can hold\n"
        }
        out += "# term\tweight\tcategory\tnote\n"
        for e in entries {
            out += "\(e.term)\t\(formatWeight(e.weight))\t\(options.category)\t\(e.note)\n"
        }
        return out
    }

    static func formatWeight(_ w: Double) -> String {
        let tenths = Int((w * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
