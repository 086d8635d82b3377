import Foundation

/// The report's Mustache templates compiled once into token trees and rendered straight into
/// UTF-8 bytes from the page contexts (`[String: Any]` dictionaries).
///
/// swift-mustache looks every name up through dynamic casts and splits it anew on each use,
/// which was about a third of the time of a 100,000-article report. This renderer follows
/// swift-mustache's parser rule for rule (standalone lines, partial indentation, the context
/// stack), so a page comes out with the same bytes; `{{name}}` is HTML-escaped byte by byte
/// (`& < > " '`). Templates that use anything else (set delimiters, pragmas, transforms,
/// inheritance, dynamic partials) make `compile` return nil, and the report then renders
/// through swift-mustache, so a restyled template never loses a feature.
struct CompiledTemplates: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        case partial(String, indentation: String?)
    }

    /// A tag's name: `.` (the current object), a dotted path looked up through the context
    /// stack, or a path starting with `.` looked up in the current object only.
    struct Name: Sendable {
        var parts: [String]
        var current: Bool
        var localOnly: Bool

        init(_ text: String) {
            current = text == "."
            localOnly = !current && text.first == "."
            parts = text.split(separator: ".").map(String.init)
        }
    }

    /// A construct this renderer leaves to swift-mustache.
    struct Unsupported: Error {}

    let templates: [String: [Node]]

    /// Compiles template texts keyed by name, or returns nil when one of them needs
    /// swift-mustache (or does not parse: swift-mustache then reports the error).
    static func compile(_ texts: [String: String]) -> CompiledTemplates? {
        var out: [String: [Node]] = [:]
        for (name, text) in texts {
            var parser = Parser(chars: Array(text))
            guard let nodes = try? parser.parse(newLine: true, section: nil) else { return nil }
            out[name] = nodes
        }
        return CompiledTemplates(templates: out)
    }

    /// Renders template `name` with `context` into `out`; false when there is no such template.
    func render(_ name: String, context: [String: Any], into out: inout [UInt8]) -> Bool {
        guard let nodes = templates[name] else { return false }
        var stack: [Frame] = [Frame(context)]
        render(nodes, stack: &stack, indentation: nil, into: &out)
        return true
    }

    private func render(_ nodes: [Node], stack: inout [Frame], indentation: String?, into out: inout [UInt8]) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, stack: &stack, indentation: indentation, into: &out) }
            return
        }
        // As swift-mustache: a piece that starts a line of this template's own output gets the
        // partial's indentation.
        let start = out.count
        for node in nodes {
            let p = out.count
            let atLineStart = p > start && out[p - 1] == 0x0A && !(p - 2 >= start && out[p - 2] == 0x0D)
            render(node, stack: &stack, indentation: indentation, into: &out)
            if atLineStart && out.count > p { out.insert(contentsOf: Array(indentation.utf8), at: p) }
        }
    }

    private func render(_ node: Node, stack: inout [Frame], indentation: String?, into out: inout [UInt8]) {
        switch node {
        case let .text(bytes):
            out.append(contentsOf: bytes)
        case let .variable(name, escaped):
            guard let value = Self.lookup(name, in: stack) else { return }
            if !escaped, let markup = value as? RawHTML {
                out.append(contentsOf: markup.bytes)
            } else if escaped {
                Self.appendEscaped(Self.text(value), to: &out)
            } else {
                out.append(contentsOf: Self.text(value).utf8)
            }
        case let .section(name, body, inverted):
            let value = Self.lookup(name, in: stack)
            if inverted {
                switch value {
                case nil: render(body, stack: &stack, indentation: indentation, into: &out)
                case let list as [Any]: if list.isEmpty { render(body, stack: &stack, indentation: indentation, into: &out) }
                case let flag as Bool: if !flag { render(body, stack: &stack, indentation: indentation, into: &out) }
                default: break
                }
                return
            }
            switch value {
            case nil: break
            case let list as [Any]:
                for item in list {
                    stack.append(Frame(item))
                    render(body, stack: &stack, indentation: indentation, into: &out)
                    stack.removeLast()
                }
            case let flag as Bool:
                if flag { render(body, stack: &stack, indentation: indentation, into: &out) }
            case let value?:
                stack.append(Frame(value))
                render(body, stack: &stack, indentation: indentation, into: &out)
                stack.removeLast()
            }
        case let .partial(name, partialIndentation):
            guard let nodes = templates[name] else { return }
            let inner = partialIndentation.map { (indentation ?? "") + $0 } ?? indentation
            render(nodes, stack: &stack, indentation: inner, into: &out)
        }
    }

    /// An object on the context stack, with its dictionary cast once when it is pushed
    /// rather than at every name looked up through it.
    struct Frame {
        var value: Any
        var dictionary: [String: Any]?

        init(_ value: Any) {
            self.value = value
            dictionary = value as? [String: Any]
        }
    }

    private static func lookup(_ name: Name, in stack: [Frame]) -> Any? {
        guard let top = stack.last else { return nil }
        if name.current { return top.value }
        guard let first = name.parts.first else { return nil }
        if name.localOnly {
            guard let child = top.dictionary?[first] else { return nil }
            return resolve(name.parts.dropFirst(), from: child)
        }
        for frame in stack.reversed() {
            if let child = frame.dictionary?[first] {
                return resolve(name.parts.dropFirst(), from: child)
            }
        }
        return nil
    }

    private static func resolve(_ parts: ArraySlice<String>, from object: Any) -> Any? {
        var object = object
        for part in parts {
            guard let dictionary = object as? [String: Any], let child = dictionary[part] else { return nil }
            object = child
        }
        return object
    }

    private static func text(_ value: Any) -> String {
        if let string = value as? String { return string }
        return String(describing: value)
    }

    /// HTML-escapes by UTF-8 byte, so no following combining mark can hide a `<` or a quote.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case UInt8(ascii: "'"): out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            default: out.append(byte)
            }
        }
    }

    /// A port of swift-mustache's parser (Template+Parser.swift) for the `{{ }}` delimiters,
    /// on Characters as it is, so lines and standalone tags are cut in the same places.
    struct Parser {
        let chars: [Character]
        var pos = 0

        static let nameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
        static let partialNameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

        var atEnd: Bool { pos >= chars.count }
        var current: Character? { atEnd ? nil : chars[pos] }

        mutating func parse(newLine startsLine: Bool, section: String?) throws -> [Node] {
            var nodes: [Node] = []
            var newLine = startsLine
            var whiteSpace = ""
            while !atEnd {
                if newLine { whiteSpace = read(while: { $0 == " " || $0 == "\t" }) }
                let text = try readUntilTagOrNewline()
                if let c = current, c.isNewline {
                    nodes.append(.text(Array((whiteSpace + text + String(c)).utf8)))
                    newLine = true
                    pos += 1
                    continue
                }
                if !text.isEmpty {
                    nodes.append(.text(Array((whiteSpace + text).utf8)))
                    whiteSpace = ""
                    newLine = false
                }
                guard let c = current else { break }
                var setNewLine = false
                switch c {
                case "#", "^":
                    pos += 1
                    let name = try parseName()
                    if isStandalone(newLine) {
                        setNewLine = true
                    } else if !whiteSpace.isEmpty {
                        nodes.append(.text(Array(whiteSpace.utf8)))
                        whiteSpace = ""
                    }
                    let body = try parse(newLine: setNewLine, section: name)
                    nodes.append(.section(Name(name), body, inverted: c == "^"))
                case "/":
                    pos += 1
                    let name = try parseName()
                    guard name == section else { throw Unsupported() }
                    if !isStandalone(newLine) && !whiteSpace.isEmpty { nodes.append(.text(Array(whiteSpace.utf8))) }
                    return nodes
                case "!":
                    pos += 1
                    try skipComment()
                    setNewLine = isStandalone(newLine)
                case "{", "&":
                    if !whiteSpace.isEmpty {
                        nodes.append(.text(Array(whiteSpace.utf8)))
                        whiteSpace = ""
                    }
                    pos += 1
                    let name = try parseName()
                    if c == "{" {
                        guard current == "}" else { throw Unsupported() }
                        pos += 1
                    }
                    nodes.append(.variable(Name(name), escaped: false))
                case ">":
                    pos += 1
                    _ = read(while: \.isWhitespace)
                    guard current != "*" else { throw Unsupported() }
                    _ = read(while: \.isWhitespace)
                    let name = read(while: { Self.partialNameChars.contains($0) })
                    _ = read(while: \.isWhitespace)
                    guard readClose() else { throw Unsupported() }
                    if !whiteSpace.isEmpty { nodes.append(.text(Array(whiteSpace.utf8))) }
                    if isStandalone(newLine) {
                        setNewLine = true
                        nodes.append(.partial(name, indentation: whiteSpace))
                    } else {
                        nodes.append(.partial(name, indentation: nil))
                    }
                    whiteSpace = ""
                case "=", "%", "<", "$":
                    throw Unsupported()
                default:
                    if !whiteSpace.isEmpty {
                        nodes.append(.text(Array(whiteSpace.utf8)))
                        whiteSpace = ""
                    }
                    nodes.append(.variable(Name(try parseName()), escaped: true))
                }
                newLine = setNewLine
            }
            guard section == nil else { throw Unsupported() }
            return nodes
        }

        mutating func read(while accept: (Character) -> Bool) -> String {
            let start = pos
            while pos < chars.count && accept(chars[pos]) { pos += 1 }
            return String(chars[start..<pos])
        }

        /// Text up to a newline (left unread) or up to and including `{{`.
        mutating func readUntilTagOrNewline() throws -> String {
            var text = ""
            while pos < chars.count {
                let c = chars[pos]
                if c == "\n" || c == "\r\n" { break }
                if c == "{" {
                    if pos + 1 < chars.count && chars[pos + 1] == "{" {
                        pos += 2
                        break
                    }
                }
                text.append(c)
                pos += 1
            }
            return text
        }

        mutating func readClose() -> Bool {
            guard pos + 1 < chars.count, chars[pos] == "}", chars[pos + 1] == "}" else { return false }
            pos += 2
            return true
        }

        mutating func parseName() throws -> String {
            _ = read(while: \.isWhitespace)
            let name = read(while: { Self.nameChars.contains($0) })
            _ = read(while: \.isWhitespace)
            guard readClose(), !name.isEmpty else { throw Unsupported() }
            // Transforms (`name(x)`) stay with swift-mustache.
            guard !name.contains("("), !name.contains(")") else { throw Unsupported() }
            return name
        }

        mutating func skipComment() throws {
            while pos < chars.count {
                if readClose() { return }
                pos += 1
            }
            throw Unsupported()
        }

        /// A tag alone on its line: the rest of the line (blanks and the newline) is dropped.
        mutating func isStandalone(_ newLine: Bool) -> Bool {
            guard newLine else { return false }
            if atEnd { return true }
            var p = pos
            while p < chars.count && (chars[p] == " " || chars[p] == "\t") { p += 1 }
            if p < chars.count && chars[p].isNewline {
                pos = p + 1
                return true
            }
            return false
        }
    }
}
