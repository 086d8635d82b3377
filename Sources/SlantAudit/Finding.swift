import SlantCore

/// Where a finding lies in its file: 1-based lines, 1-based columns, end exclusive, as code
/// points (what Slant's offsets count) and as UTF-16 code units (SARIF's default column kind).
public struct SourceLocation: Sendable, Codable, Equatable, Hashable {
    /// Code point offsets into the input as read, end exclusive.
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
    public var endLine: Int
    /// The column just past the region's last character.
    public var endColumn: Int
    public var utf16Column: Int
    public var utf16EndColumn: Int
}

/// Turns code point offsets into lines and columns for one input text.
public struct TextLocator: Sendable {
    private let scalars: [Unicode.Scalar]
    /// Offsets at which lines start.
    private let lineStarts: [Int]
    /// For an article that is not the file's text as read (a JSON Lines record, the text
    /// extracted from an HTML page): every location is column 1 of this line of the file.
    private let fixedLine: Int?

    /// Locations in `text`, which is the file exactly as read.
    public init(_ text: String) {
        fixedLine = nil
        scalars = Array(text.unicodeScalars)
        // Editors do not show a byte order mark: line 1's columns start after it.
        var starts = [scalars.first == "\u{FEFF}" ? 1 : 0]
        for (i, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(i + 1) }
        lineStarts = starts
    }

    /// Locations for an article read from one line of a file (a JSON Lines record) or from a
    /// whole page whose text was extracted (line 1): offsets in the article cannot be shown as
    /// columns of the file, so findings point at the line.
    public init(fixedLine: Int) {
        self.fixedLine = max(1, fixedLine)
        scalars = []
        lineStarts = [0]
    }

    /// The location of the code point range `start..<end`.
    public func location(start: Int, end: Int) -> SourceLocation {
        if let fixedLine {
            return SourceLocation(start: start, end: end, line: fixedLine, column: 1, endLine: fixedLine, endColumn: 1,
                                  utf16Column: 1, utf16EndColumn: 1)
        }
        let start = max(0, min(start, scalars.count))
        let end = max(start, min(end, scalars.count))
        let line = lineIndex(of: start)
        // The region ends on the line of its last character, so a sentence that stops at a line
        // break does not appear to run onto the next line.
        let endLine = end > start ? lineIndex(of: end - 1) : line
        return SourceLocation(start: start, end: end, line: line + 1, column: max(0, start - lineStarts[line]) + 1,
                              endLine: endLine + 1, endColumn: max(0, end - lineStarts[endLine]) + 1,
                              utf16Column: utf16Width(lineStarts[line], start) + 1,
                              utf16EndColumn: utf16Width(lineStarts[endLine], end) + 1)
    }

    private func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private func utf16Width(_ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        var width = 0
        for i in from..<to { width += scalars[i].value > 0xFFFF ? 2 : 1 }
        return width
    }
}

/// One limit crossed: which rule, where, the figure and the limit.
public struct Finding: Sendable, Codable, Equatable {
    /// The rule's id (`editorial-share`, `outlet-loaded-density`, ...).
    public var rule: String
    /// The input's path as given (nil for outlet findings).
    public var file: String?
    /// The outlet (for outlet findings; for article findings when known).
    public var outlet: String?
    /// The flagged sentence's region (nil for outlet findings).
    public var location: SourceLocation?
    /// The flagged sentence's text.
    public var sentence: String?
    /// The measured figure and the limit it crosses.
    public var value: Double
    public var limit: Double
    /// The 95% interval of an outlet figure.
    public var interval: [Double]?
    /// What was found, in words.
    public var message: String
    /// A key that stays the same while the finding does, for baselines: file, rule and a hash of
    /// the sentence (not its line, which edits elsewhere move).
    public var key: String

    public init(rule: String, file: String?, outlet: String?, location: SourceLocation?, sentence: String?,
                value: Double, limit: Double, interval: [Double]? = nil, message: String, detail: String = "") {
        self.rule = rule
        self.file = file
        self.outlet = outlet
        self.location = location
        self.sentence = sentence
        self.value = value
        self.limit = limit
        self.interval = interval
        self.message = message
        var parts = [file ?? "outlet:\(outlet ?? "")", rule]
        if let sentence { parts.append(String(SHA256.hex(Array(Finding.normalized(sentence).utf8)).prefix(16))) }
        if !detail.isEmpty { parts.append(detail) }
        key = parts.joined(separator: "|")
    }

    /// The sentence with runs of white space made one space, so re-wrapping does not change a key.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Sort order: file (outlets after files), position, rule, key.
    static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        let fa = a.file ?? "\u{10FFFF}outlet:\(a.outlet ?? "")", fb = b.file ?? "\u{10FFFF}outlet:\(b.outlet ?? "")"
        if fa != fb { return fa.unicodeScalars.lexicographicallyPrecedes(fb.unicodeScalars) }
        let sa = a.location?.start ?? -1, sb = b.location?.start ?? -1
        if sa != sb { return sa < sb }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.key < b.key
    }
}
