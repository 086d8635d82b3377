/// Leaves out of a page's inlined style sheet the rules that cannot match anything on it.
///
/// Every page carries its CSS so it can be mailed or opened alone; an article page needs
/// fewer than half of the report's rules (no charts, tables of outlets or page links), and
/// with 100,000 article pages the rest was a sixth of the report's bytes. A rule is dropped only
/// when each of its selectors names a class that the page's templates and markup never use;
/// anything this cannot judge (`:not(...)`, escapes, templates that set classes from data or
/// from a script) keeps the whole style sheet or the rule.
enum CSSPruner {
    /// The classes a page can carry: exact names, and prefixes for names written partly by a
    /// template (`t-{{labelKey}}` is any class starting with `t-`). Nil means any class.
    struct Classes {
        var names: Set<String>
        var prefixes: [String]

        func contains(_ name: String) -> Bool {
            names.contains(name) || prefixes.contains { name.hasPrefix($0) }
        }
    }

    /// The classes written by template `name` and the partials it includes, plus `markup`
    /// (classes of markup built in Swift); nil when that cannot be known from the text.
    static func classes(template name: String, texts: [String: String], markup: [String]) -> Classes? {
        var result = Classes(names: Set(markup), prefixes: [])
        var pending = [name]
        var seen: Set<String> = []
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            guard let text = texts[next] else { continue }
            // A script may add classes at run time.
            if text.range(of: "<script", options: .caseInsensitive) != nil { return nil }
            var rest = text[...]
            while let open = rest.range(of: "{{>") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { return nil }
                let partial = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if partial.hasPrefix("*") { return nil }
                pending.append(partial)
                rest = rest[close.upperBound...]
            }
            rest = text[...]
            while let attribute = rest.range(of: "class=") {
                rest = rest[attribute.upperBound...]
                guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
                rest = rest.dropFirst()
                guard let end = rest.firstIndex(of: quote) else { return nil }
                for token in rest[..<end].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                    if let tag = token.range(of: "{{") {
                        result.prefixes.append(String(token[..<tag.lowerBound]))
                    } else {
                        result.names.insert(String(token))
                    }
                }
                rest = rest[rest.index(after: end)...]
            }
        }
        // A class written wholly by the template (`class="{{name}}"`) could be anything.
        if result.prefixes.contains("") { return nil }
        return result
    }

    /// `css` (compacted: no comments) without the rules no element with `classes` can match.
    static func prune(_ css: String, keeping classes: Classes) -> String {
        let chars = Array(css.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        prune(chars, &i, until: nil, classes, into: &out)
        return String(out)
    }

    /// Copies the rules from `i` up to the closing brace `until` (or the end), dropping
    /// those that cannot match; leaves `i` after that brace.
    private static func prune(_ chars: [Unicode.Scalar], _ i: inout Int, until close: Unicode.Scalar?,
                              _ classes: Classes, into out: inout String.UnicodeScalarView) {
        while i < chars.count {
            if let close, chars[i] == close {
                i += 1
                return
            }
            // The prelude: selectors or an at-rule, up to its block or, for `@import ...;`, a semicolon.
            let start = i
            while i < chars.count && chars[i] != "{" && chars[i] != ";" && chars[i] != "}" {
                skipQuoted(chars, &i)
            }
            let prelude = String(String.UnicodeScalarView(chars[start..<i]))
            guard i < chars.count, chars[i] == "{" else {
                // A statement (`@charset "x";`) or stray text: keep it as it is.
                if i < chars.count && (chars[i] == ";" || (chars[i] == "}" && close == nil)) { i += 1 }
                out.append(contentsOf: chars[start..<i])
                continue
            }
            i += 1
            if prelude.hasPrefix("@media") || prelude.hasPrefix("@supports") {
                var inner = String.UnicodeScalarView()
                prune(chars, &i, until: "}", classes, into: &inner)
                if !inner.isEmpty {
                    out.append(contentsOf: prelude.unicodeScalars)
                    out.append("{")
                    out.append(contentsOf: inner)
                    out.append("}")
                }
                continue
            }
            let bodyStart = i
            var depth = 1
            while i < chars.count {
                if chars[i] == "{" { depth += 1 } else if chars[i] == "}" {
                    depth -= 1
                    if depth == 0 { break }
                }
                skipQuoted(chars, &i)
            }
            let body = chars[bodyStart..<min(i, chars.count)]
            if i < chars.count { i += 1 }
            if prelude.hasPrefix("@") || canMatch(prelude, classes) {
                out.append(contentsOf: prelude.unicodeScalars)
                out.append("{")
                out.append(contentsOf: body)
                out.append("}")
            }
        }
    }

    /// Moves past one character, or past a whole quoted string.
    private static func skipQuoted(_ chars: [Unicode.Scalar], _ i: inout Int) {
        let c = chars[i]
        i += 1
        guard c == "\"" || c == "'" else { return }
        while i < chars.count {
            let d = chars[i]
            i += 1
            if d == "\\" { i += 1 } else if d == c { return }
        }
        // A backslash at the very end must not step past it.
        i = min(i, chars.count)
    }

    /// Whether one of the selectors in `prelude` can match: each of its class names is one
    /// the page can carry. Selectors this does not parse simply are assumed to match.
    static func canMatch(_ prelude: String, _ classes: Classes) -> Bool {
        if prelude.contains("(") || prelude.contains("\\") || prelude.contains("\"") || prelude.contains("'") { return true }
        for selector in prelude.split(separator: ",") {
            var names: [String] = []
            var current: String?
            var inBrackets = false
            for c in selector.unicodeScalars {
                if c == "[" { inBrackets = true }
                if c == "]" { inBrackets = false }
                let nameChar = c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c.value > 0x7F
                if current != nil && nameChar {
                    current?.unicodeScalars.append(c)
                    continue
                }
                if let name = current { names.append(name) }
                current = nil
                if c == "." && !inBrackets { current = "" }
            }
            if let name = current { names.append(name) }
            if names.allSatisfy({ !$0.isEmpty && classes.contains($0) }) { return true }
        }
        return false
    }
}
