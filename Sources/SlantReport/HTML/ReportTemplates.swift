import Foundation
import Mustache
import SlantResources

/// Errors while loading templates or writing a report.
public enum ReportError: LocalizedError, Equatable {
    /// A template the report needs is in neither the templates folder nor the built-in set.
    case missingTemplate(name: String, searched: String)
    /// A template does not parse.
    case badTemplate(name: String, problem: String)
    /// The templates folder cannot be read.
    case unreadableTemplates(path: String, problem: String)
    /// The output folder or a page cannot be written.
    case cannotWrite(path: String, problem: String)

    public var errorDescription: String? {
        switch self {
        case let .missingTemplate(name, searched): return "report template '\(name)' not found in \(searched)"
        case let .badTemplate(name, problem): return "report template '\(name)': \(problem)"
        case let .unreadableTemplates(path, problem): return "templates folder '\(path)': \(problem)"
        case let .cannotWrite(path, problem): return "cannot write '\(path)': \(problem)"
        }
    }
}

/// The Mustache templates and the style sheet of the report: the built-in ones from
/// `Reports/`, with any file of the same name in a user's folder taking their place.
public struct ReportTemplates: Sendable {
    /// The templates every report needs (`<name>.mustache`); partials may add more.
    public static let required = ["index", "outlet", "article", "head", "foot", "legend"]
    /// The style sheet, inlined into every page.
    public static let styleSheet = "report.css"

    let library: MustacheLibrary
    /// The same templates compiled for the fast renderer; nil when one of them uses a
    /// construct only swift-mustache handles.
    let compiled: CompiledTemplates?
    /// The style sheet's text.
    public let css: String
    /// The style sheet of article pages: `css` without the rules nothing on them can match.
    public let articleCSS: String
    /// Whether the templates of article pages are the built-in ones, so `ArticlePageRenderer`
    /// writes those pages instead of the templates.
    let directArticles: Bool

    /// The built-in templates (`Reports/` as embedded in the binary).
    public static func builtIn() throws -> ReportTemplates {
        try ReportTemplates(files: EmbeddedResources.folder("Reports"), searched: "the built-in templates")
    }

    /// The built-in templates with the files in `directory` replacing those of the same name
    /// (`report.css` alone restyles the report).
    public static func load(directory: String?) throws -> ReportTemplates {
        var files = EmbeddedResources.folder("Reports")
        var searched = "the built-in templates"
        if let directory {
            let url = URL(fileURLWithPath: directory)
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                throw ReportError.unreadableTemplates(path: directory, problem: "cannot be read")
            }
            for name in names.sorted() where name.hasSuffix(".mustache") || name == styleSheet {
                guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) else {
                    throw ReportError.unreadableTemplates(path: directory, problem: "'\(name)' cannot be read")
                }
                files[name] = data
            }
            searched = "'\(directory)' or the built-in templates"
        }
        return try ReportTemplates(files: files, searched: searched)
    }

    /// Templates from file contents keyed by file name (`index.mustache`, `report.css`).
    public init(files: [String: Data], searched: String = "the given files") throws {
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        for (file, data) in files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            guard let text = String(data: data, encoding: .utf8) else {
                throw ReportError.badTemplate(name: name, problem: "not UTF-8")
            }
            // Checked before parsing: the parser recurses once per nested section too.
            let depth = Self.sectionDepth(text)
            if depth > Self.maxSectionDepth {
                throw ReportError.badTemplate(name: name, problem: "sections nested \(depth) deep (at most \(Self.maxSectionDepth))")
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                texts[name] = text
            } catch {
                throw ReportError.badTemplate(name: name, problem: Self.describe(error))
            }
        }
        for name in Self.required where library.getTemplate(named: name) == nil {
            throw ReportError.missingTemplate(name: name + ".mustache", searched: searched)
        }
        try Self.checkStructure(texts)
        guard let cssData = files[Self.styleSheet], let css = String(data: cssData, encoding: .utf8) else {
            throw ReportError.missingTemplate(name: Self.styleSheet, searched: searched)
        }
        self.library = library
        let builtIn = EmbeddedResources.folder("Reports")
        self.directArticles = ArticlePageRenderer.templates.allSatisfy { name in
            texts[name] != nil && texts[name] == builtIn[name + ".mustache"].flatMap { String(data: $0, encoding: .utf8) }
        }
        self.compiled = CompiledTemplates.compile(texts)
        let compacted = Self.compact(css)
        self.css = compacted
        let articleClasses = CSSPruner.classes(template: "article", texts: texts, markup: PageContext.articleMarkupClasses)
        self.articleCSS = articleClasses.map { CSSPruner.prune(compacted, keeping: $0) } ?? compacted
    }

    /// Sections nested deeper than this are refused: rendering recurses once per level.
    static let maxSectionDepth = 64

    /// Refuses templates that would recurse without end when rendered: a partial that
    /// includes itself, directly or through others ("index" -> "head" -> "index"). (A page is
    /// rendered by recursion, so it would exhaust the stack; so would sections nested deeper
    /// than `maxSectionDepth`, refused before parsing.) Tags are read with the standard `{{ }}`
    /// delimiters.
    static func checkStructure(_ texts: [String: String]) throws {
        var includes: [String: [String]] = [:]
        for (name, text) in texts {
            includes[name] = tags(text).compactMap { $0.first == ">" ? $0.dropFirst().trimmingCharacters(in: .whitespaces) : nil }
        }
        // A depth-first walk from each template; a partial met again on the current path is a cycle.
        var done: Set<String> = []
        func visit(_ name: String, path: [String]) throws {
            if let at = path.firstIndex(of: name) {
                let cycle = (path[at...] + [name]).map { "'\($0)'" }.joined(separator: " -> ")
                throw ReportError.badTemplate(name: path[at], problem: "includes itself (\(cycle))")
            }
            guard !done.contains(name) else { return }
            for partial in includes[name] ?? [] where includes[partial] != nil {
                try visit(partial, path: path + [name])
            }
            done.insert(name)
        }
        for name in includes.keys.sorted() { try visit(name, path: []) }
    }

    /// The text of each `{{ ... }}` tag of a template, trimmed, in order.
    static func tags(_ text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { break }
            found.append(afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = afterOpen[close.upperBound...]
        }
        return found
    }

    /// How deep a template's sections (`{{#...}}`, `{{^...}}`) nest.
    static func sectionDepth(_ text: String) -> Int {
        var depth = 0, deepest = 0
        for tag in tags(text) {
            if tag.first == "#" || tag.first == "^" {
                depth += 1
                deepest = max(deepest, depth)
            } else if tag.first == "/" {
                depth = max(0, depth - 1)
            }
        }
        return deepest
    }

    /// A template's parse error in words with its place; swift-mustache's own description is
    /// a dump of its types ("ParserError(context: Mustache.MustacheParserContext(...").
    static func describe(_ error: Error) -> String {
        guard let parse = error as? MustacheTemplate.ParserError else { return "\(error)" }
        let problem: String
        switch parse.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: problem = "a section is closed with another name than it was opened with"
        case .unfinishedName?: problem = "a tag is not finished"
        case .expectedSectionEnd?: problem = "a section is never closed"
        case .invalidSetDelimiter?: problem = "a set-delimiter tag is malformed"
        default: problem = "\(parse.error)"
        }
        return "line \(parse.context.lineNumber), column \(parse.context.columnNumber): \(problem)"
    }

    /// The style sheet without comments, runs of white space, spaces after colons and final
    /// semicolons: it is inlined into every page,
    /// so its size counts 100,000 times. Quoted strings are kept as they are.
    static func compact(_ css: String) -> String {
        var out = ""
        out.reserveCapacity(css.utf8.count)
        var chars = Array(css.unicodeScalars)[...]
        var pendingSpace = false
        while let c = chars.first {
            if c == "/", chars.dropFirst().first == "*" {
                chars = chars.dropFirst(2)
                while !chars.isEmpty && !(chars.first == "*" && chars.dropFirst().first == "/") { chars = chars.dropFirst() }
                chars = chars.dropFirst(2)
                continue
            }
            if c == "\"" || c == "'" {
                if pendingSpace && out.unicodeScalars.last != ":" { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(c)
                chars = chars.dropFirst()
                while let d = chars.first {
                    out.unicodeScalars.append(d)
                    chars = chars.dropFirst()
                    if d == c { break }
                }
                continue
            }
            chars = chars.dropFirst()
            if c == " " || c == "\n" || c == "\t" || c == "\r" {
                pendingSpace = true
                continue
            }
            let tight: Set<Unicode.Scalar> = ["{", "}", ";", ","]
            // A space after a colon means nothing (`color: red`, `(max-width: 9em)`); one before
            // it does (`td :hover`), so only the first goes.
            if pendingSpace, let last = out.unicodeScalars.last, !tight.contains(last), last != ":", !tight.contains(c) {
                out.unicodeScalars.append(" ")
            }
            pendingSpace = false
            // The last declaration of a block needs no semicolon.
            if c == "}", out.unicodeScalars.last == ";" { out.unicodeScalars.removeLast() }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Renders a page; `name` is one of `required`, so it is known to exist.
    func render(_ context: [String: Any], page name: String) -> String {
        if compiled != nil { return String(decoding: renderBytes(context, page: name), as: UTF8.self) }
        return library.render(ContextBox.box(context), withTemplate: name) ?? ""
    }

    /// Renders a page as UTF-8 bytes, ready to write.
    func renderBytes(_ context: [String: Any], page name: String) -> [UInt8] {
        if let compiled {
            var out: [UInt8] = []
            out.reserveCapacity(css.utf8.count + 16_384)
            if compiled.render(name, context: context, into: &out) { return out }
        }
        return Array((library.render(ContextBox.box(context), withTemplate: name) ?? "").utf8)
    }

    /// An article page as UTF-8 bytes: by `ArticlePageRenderer` while its templates are the
    /// built-in ones, else through the templates.
    func articleBytes(_ page: ArticlePage, standalone: Bool) -> [UInt8] {
        if directArticles { return ArticlePageRenderer.render(page, standalone: standalone, css: articleCSS) }
        return templateArticleBytes(page, standalone: standalone)
    }

    /// An article page rendered through the templates, whatever they are (tests check
    /// `ArticlePageRenderer` against it).
    func templateArticleBytes(_ page: ArticlePage, standalone: Bool) -> [UInt8] {
        renderBytes(PageContext.article(page, standalone: standalone, css: articleCSS), page: "article")
    }

    /// Renders a page with swift-mustache itself (tests check the fast renderer against it).
    func renderWithLibrary(_ context: [String: Any], page name: String) -> String {
        library.render(ContextBox.box(context), withTemplate: name) ?? ""
    }
}

/// A page context as a final class: swift-mustache looks every name up through a cast to
/// `MustacheParent`, which for `[String: Any]` (a conditional conformance) cost more than the
/// lookup itself on 100,000 pages.
final class ContextBox: MustacheParent {
    let values: [String: Any]

    init(_ values: [String: Any]) { self.values = values }

    func child(named name: String) -> Any? { values[name] }

    static func box(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return ContextBox(dictionary.mapValues(box))
        case let list as [[String: Any]]: return list.map { ContextBox($0.mapValues(box)) }
        case let markup as RawHTML: return markup.description
        default: return value
        }
    }
}
