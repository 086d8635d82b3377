import SlantCore

/// A brat standoff annotation (`.ann`) over its text (`.txt`): text-bound annotations
/// (`T1<TAB>Type START END[;START END...]<TAB>text`) and events linking them
/// (`E1<TAB>Type:T4 Role:T3 ...`), as PolNeAR writes attributions.
public struct BratDocument: Sendable {
    public struct TextBound: Sendable, Equatable {
        public var id: String
        public var type: String
        /// One range, or several for a discontinuous span.
        public var spans: [TextSpan]
    }

    public struct Event: Sendable, Equatable {
        public var id: String
        public var type: String
        public var trigger: String
        /// (role, text-bound id) pairs.
        public var arguments: [(role: String, id: String)]

        public static func == (a: Event, b: Event) -> Bool {
            a.id == b.id && a.type == b.type && a.trigger == b.trigger
                && a.arguments.map { $0.role + ":" + $0.id } == b.arguments.map { $0.role + ":" + $0.id }
        }
    }

    /// A name for the document (the text file's name without extension).
    public var name: String
    public var text: ScalarText
    public var textBounds: [String: TextBound]
    public var events: [Event]

    /// All text-bound spans of one type.
    public func spans(ofType type: String) -> [TextSpan] {
        textBounds.values.filter { $0.type == type }.flatMap(\.spans).sorted()
    }

    /// Spans of text-bounds of `type` that some event links by `role` (for PolNeAR, the
    /// Source spans that take part in an attribution).
    public func linkedSpans(role: String) -> [TextSpan] {
        var ids = Set<String>()
        for e in events { for a in e.arguments where a.role == role { ids.insert(a.id) } }
        return ids.compactMap { textBounds[$0] }.flatMap(\.spans).sorted()
    }

    /// Parses a `.ann` file against its text. Lines other than T and E (relations, notes,
    /// attributes) are accepted and ignored. Errors name `file:line`.
    public static func parse(ann: String, annFile: String, text: String, name: String) throws -> BratDocument {
        let scalars = ScalarText(text)
        var bounds: [String: TextBound] = [:]
        var events: [Event] = []
        var eventLines: [Int] = []
        var number = 0
        for raw in ann.lineSlices() {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard let id = fields.first, let kind = id.first else { continue }
            switch kind {
            case "T":
                guard fields.count >= 2 else {
                    throw EvalError(file: annFile, line: number, problem: "text-bound annotation '\(id)' has no type and offsets")
                }
                let head = fields[1]
                guard let space = head.firstIndex(of: " ") else {
                    throw EvalError(file: annFile, line: number, problem: "text-bound annotation '\(id)' has no offsets")
                }
                let type = String(head[..<space])
                var spans: [TextSpan] = []
                for part in head[head.index(after: space)...].split(separator: ";") {
                    let numbers = part.split(separator: " ").compactMap { Int($0) }
                    guard numbers.count == 2, part.split(separator: " ").count == 2 else {
                        throw EvalError(file: annFile, line: number, problem: "'\(part)' is not 'START END'")
                    }
                    guard 0 <= numbers[0], numbers[0] <= numbers[1], numbers[1] <= scalars.count else {
                        throw EvalError(file: annFile, line: number, problem: "range \(numbers[0])..<\(numbers[1]) is outside the text (\(scalars.count) characters)")
                    }
                    spans.append(TextSpan(start: numbers[0], end: numbers[1]))
                }
                if bounds[id] != nil {
                    throw EvalError(file: annFile, line: number, problem: "duplicate id '\(id)'")
                }
                bounds[id] = TextBound(id: id, type: type, spans: spans)
            case "E":
                guard fields.count >= 2 else {
                    throw EvalError(file: annFile, line: number, problem: "event '\(id)' has no arguments")
                }
                let parts = fields[1].split(separator: " ")
                var arguments: [(String, String)] = []
                for part in parts {
                    let pair = part.split(separator: ":", maxSplits: 1).map(String.init)
                    guard pair.count == 2 else {
                        throw EvalError(file: annFile, line: number, problem: "event argument '\(part)' is not ROLE:ID")
                    }
                    arguments.append((pair[0], pair[1]))
                }
                guard let trigger = arguments.first else {
                    throw EvalError(file: annFile, line: number, problem: "event '\(id)' has no trigger")
                }
                events.append(Event(id: id, type: trigger.0, trigger: trigger.1, arguments: Array(arguments.dropFirst())))
                eventLines.append(number)
            default:
                continue
            }
        }
        // Events may refer forward, so references are checked once everything is read.
        for (event, line) in zip(events, eventLines) {
            for ref in [event.trigger] + event.arguments.map(\.id) where bounds[ref] == nil {
                throw EvalError(file: annFile, line: line, problem: "event '\(event.id)' refers to unknown annotation '\(ref)'")
            }
        }
        return BratDocument(name: name, text: scalars, textBounds: bounds, events: events)
    }
}
