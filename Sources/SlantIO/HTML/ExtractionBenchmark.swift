import Foundation

/// The article-body metric of the scrapinghub article-extraction benchmark: tokens are runs
/// of word characters (as Python's `\w+`), each body becomes a multiset of 4-token shingles,
/// and a page scores the shingles it shares with the true body (TP), has extra (FP) and misses
/// (FN). Precision and recall are means over pages; F1 is their harmonic mean.
public enum ExtractionBenchmark {
    /// One page's result.
    public struct PageScore: Sendable {
        public var id: String
        public var url: String
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
        /// Shingles found but not in the true body, and the reverse, for error listings.
        public var extra: [String]
        public var missed: [String]

        public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// The result over all pages.
    public struct Summary: Sendable {
        public var pages: [PageScore]
        public init(pages: [PageScore]) { self.pages = pages }
        public var precision: Double { pages.isEmpty ? 0 : pages.map(\.precision).reduce(0, +) / Double(pages.count) }
        public var recall: Double { pages.isEmpty ? 0 : pages.map(\.recall).reduce(0, +) / Double(pages.count) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// One page of the benchmark: its id, URL, true body and the path of its saved HTML.
    public struct Page: Sendable {
        public var id: String
        public var url: String
        public var body: String
        public var htmlPath: String
    }

    /// Runs of word characters: letters, numbers and the underscore, as Python's `\w` matches.
    public static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let isWord = isWordScalar(scalars[index])
            if isWord, start == nil { start = index }
            if !isWord, let s = start { result.append(Substring(scalars[s..<index])); start = nil }
            index = scalars.index(after: index)
        }
        if let s = start { result.append(Substring(scalars[s..<scalars.endIndex])) }
        return result
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s == "_" { return true }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// The multiset of 4-token shingles (a text of fewer tokens is one shingle of them all).
    public static func shingles(_ text: String, size: Int = 4) -> [String: Int] {
        let words = tokens(text)
        var counts: [String: Int] = [:]
        guard !words.isEmpty else { return counts }
        for i in 0..<max(1, words.count - size + 1) {
            counts[words[i..<min(i + size, words.count)].joined(separator: " "), default: 0] += 1
        }
        return counts
    }

    /// Scores an extracted body against the true one.
    public static func score(id: String, url: String = "", extracted: String, truth: String) -> PageScore {
        let found = shingles(extracted), expected = shingles(truth)
        var score = PageScore(id: id, url: url, truePositives: 0, falsePositives: 0, falseNegatives: 0, extra: [], missed: [])
        for key in Set(found.keys).union(expected.keys).sorted() {
            let f = found[key] ?? 0, e = expected[key] ?? 0
            score.truePositives += min(f, e)
            if f > e { score.falsePositives += f - e; score.extra.append(key) }
            if e > f { score.falseNegatives += e - f; score.missed.append(key) }
        }
        return score
    }

    /// Reads `ground-truth.json` and lists the pages whose `html/<id>.html.gz` exists.
    public static func pages(directory: String) throws -> [Page] {
        let truthPath = (directory as NSString).appendingPathComponent("ground-truth.json")
        guard let data = FileManager.default.contents(atPath: truthPath) else {
            throw InputError(path: truthPath, problem: "not found (the benchmark lives in ../shared/data/html/extraction-benchmark)")
        }
        guard let truth = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
            throw InputError(path: truthPath, problem: "not a JSON object of pages")
        }
        return truth.keys.sorted().compactMap { id in
            let record = truth[id] ?? [:]
            let path = (directory as NSString).appendingPathComponent("html/\(id).html.gz")
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return Page(id: id, url: record["url"] as? String ?? "", body: record["articleBody"] as? String ?? "", htmlPath: path)
        }
    }

    /// The bodies another extractor produced (`peer-output/<tool>.json`: `{"output": {id: {"articleBody"}}}`).
    public static func peerBodies(file: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: file) else { throw InputError(path: file, problem: "not found") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw InputError(path: file, problem: "not a JSON object")
        }
        let output = object["output"] as? [String: Any] ?? object
        return output.compactMapValues { ($0 as? [String: Any])?["articleBody"] as? String ?? "" }
    }

    /// Runs an extractor over every page. A page the extractor fails on scores as an empty body.
    public static func run(pages: [Page], extract: (Page) -> String) -> Summary {
        Summary(pages: pages.map { page in score(id: page.id, url: page.url, extracted: extract(page), truth: page.body) })
    }

    /// Slant's own body for a benchmark page: the extracted blocks, without the headline (the
    /// benchmark's true bodies leave the title out).
    public static func slantBody(_ page: Page) throws -> String {
        guard let data = FileManager.default.contents(atPath: page.htmlPath) else { throw InputError(path: page.htmlPath, problem: "cannot be read") }
        return try HTMLArticleReader.extract(from: data, path: page.htmlPath).blocks.map(\.text).joined(separator: "\n\n")
    }
}
