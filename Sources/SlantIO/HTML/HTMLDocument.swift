import CLibXML2
import Foundation

/// One node of a parsed HTML page: an element with its attributes and children, or a run of text.
///
/// libxml2 builds the tree; it is copied into these nodes once so the extractor can walk, score
/// and prune it in Swift without holding C pointers.
final class HTMLNode {
    /// The lower-case tag name of an element, or "" for a text node.
    let tag: String
    /// Attributes with lower-case names.
    let attributes: [String: String]
    /// Text of a text node ("" for elements).
    let text: String
    private(set) var children: [HTMLNode] = []
    private(set) weak var parent: HTMLNode?

    init(tag: String, attributes: [String: String] = [:], text: String = "") {
        self.tag = tag
        self.attributes = attributes
        self.text = text
    }

    var isText: Bool { tag.isEmpty }

    /// The content score the extractor gives candidate containers (nil: not a candidate).
    var score: Double?

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// Element children only.
    var elementChildren: [HTMLNode] { children.filter { !$0.isText } }

    /// Replaces the children (used to wrap loose inline runs in paragraphs).
    func setChildren(_ nodes: [HTMLNode]) {
        for node in nodes { node.parent = self }
        children = nodes
    }

    /// Detaches this node from its parent.
    func remove() {
        guard let parent else { return }
        parent.children.removeAll { $0 === self }
        self.parent = nil
    }

    func attribute(_ name: String) -> String? { attributes[name] }

    /// The class and id attributes together, lower-cased, for matching boilerplate names.
    lazy var classAndID: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()

    /// Every element below this node, in document order.
    func descendants(_ tags: Set<String>? = nil) -> [HTMLNode] {
        var result: [HTMLNode] = []
        var stack = Array(children.reversed())
        while let node = stack.popLast() {
            if !node.isText, tags?.contains(node.tag) ?? true { result.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    /// All text below this node, concatenated as is.
    var rawText: String {
        if isText { return text }
        var out = ""
        appendRawText(to: &out)
        return out
    }

    private func appendRawText(to out: inout String) {
        for child in children {
            if child.isText { out += child.text } else if child.tag == "br" { out += "\n" } else { child.appendRawText(to: &out) }
        }
    }

    /// The text with runs of white space collapsed to one space and the ends trimmed.
    var normalizedText: String { HTMLText.collapse(rawText) }

    /// Ancestors from the parent upwards.
    var ancestors: [HTMLNode] {
        var result: [HTMLNode] = []
        var node = parent
        while let n = node {
            result.append(n)
            node = n.parent
        }
        return result
    }
}

/// White-space helpers for text taken from HTML.
enum HTMLText {
    /// Collapses every run of white space (including non-breaking spaces) to one space and trims.
    static func collapse(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x200B, 0xFEFF, 0x2028, 0x2029, 0x3000, 0x2000...0x200A, 0x202F, 0x205F: return true
        default: return false
        }
    }
}

/// A parsed HTML page.
struct HTMLDocument {
    /// The root element (`html`), or an empty element when the page had none.
    let root: HTMLNode

    /// Parses bytes with libxml2's forgiving HTML parser. The character encoding comes from a
    /// byte-order mark, else bytes that are valid UTF-8 are read as UTF-8, else the page's
    /// declared charset, else UTF-8 with U+FFFD for the bad bytes when the page is mostly
    /// UTF-8, else windows-1252 (what browsers assume for undeclared legacy pages).
    /// windows-1252 (and the latin-1 and ASCII labels browsers read as it) is decoded here, not
    /// by libxml2: its iconv gave up at the five bytes windows-1252 leaves unassigned, and the
    /// rest of the page was lost.
    init(data: Data) throws(HTMLParseError) {
        HTMLDocument.initializeLibXML
        var data = HTMLDocument.limitingAttributes(data)
        var encoding = HTMLDocument.encoding(of: data)
        var ignoreDeclared: Int32 = 0
        switch encoding {
        case "windows-1252":
            data = HTMLDocument.utf8(fromWindows1252: data)
            encoding = "UTF-8"
            ignoreDeclared = Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        case HTMLDocument.repairedUTF8:
            data = Data(String(decoding: data, as: UTF8.self).utf8)
            encoding = "UTF-8"
            ignoreDeclared = Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        default:
            break
        }
        // XML_PARSE_HUGE lifts libxml2's 256-level nesting limit (past it the parser stopped and
        // the rest of the page was lost; some CMS pages nest deeper). libxml2 builds deep trees
        // without recursing, and `copy` below walks them with an explicit stack.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue
                            | XML_PARSE_HUGE.rawValue) | ignoreDeclared
        // libxml2 takes an Int32 length; a page over 2 GB is not an article.
        guard data.count < Int(Int32.max) else { throw .tooLarge }
        func read(_ encoding: String) -> htmlDocPtr? {
            data.withUnsafeBytes { raw -> htmlDocPtr? in
                guard let base = raw.baseAddress else { return nil }
                return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, encoding, options)
            }
        }
        // Should libxml2 still give up on the page in its declared charset, it is read as windows-1252.
        var document = read(encoding)
        if document == nil, ignoreDeclared == 0 {
            data = HTMLDocument.utf8(fromWindows1252: data)
            ignoreDeclared = Int32(HTML_PARSE_IGNORE_ENC.rawValue)
            document = read("UTF-8")
        }
        guard let document else { throw .unparseable }
        defer { xmlFreeDoc(document) }
        let root = HTMLNode(tag: "#document")
        HTMLDocument.copy(childrenOf: document.pointee.children, into: root, document: document)
        self.root = root.children.first { $0.tag == "html" } ?? root
    }

    /// Attributes kept on one element; more are dropped before parsing.
    static let maxAttributes = 512

    /// The page with every start tag cut to its first `maxAttributes` attributes (the same bytes
    /// when no tag has more, nearly every page). libxml2 appends each attribute to a list it
    /// walks from the start and compares with every earlier one, so one element with 100,000
    /// attributes (a hostile page; no real one has more than a few dozen) took minutes.
    /// Comments are skipped; quoted values may hold `>`.
    static func limitingAttributes(_ data: Data) -> Data {
        data.withUnsafeBytes { raw -> Data in
            let b = raw.bindMemory(to: UInt8.self)
            let n = b.count
            var cuts: [(keep: Int, skip: Int)] = []  // bytes kept up to `keep`, dropped up to `skip`
            func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
            func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
            var i = 0
            while i < n {
                guard b[i] == 0x3C else { i += 1; continue }  // <
                if i + 3 < n && b[i + 1] == 0x21 && b[i + 2] == 0x2D && b[i + 3] == 0x2D {  // <!--
                    i += 4
                    while i + 2 < n && !(b[i] == 0x2D && b[i + 1] == 0x2D && b[i + 2] == 0x3E) { i += 1 }
                    i += 3
                    continue
                }
                guard i + 1 < n, isLetter(b[i + 1]) else { i += 1; continue }
                i += 1
                while i < n && !isSpace(b[i]) && b[i] != 0x3E && b[i] != 0x2F { i += 1 }  // the tag's name
                var count = 0, keep = -1
                while i < n {
                    while i < n && (isSpace(b[i]) || b[i] == 0x2F) { i += 1 }
                    guard i < n, b[i] != 0x3E else { break }
                    while i < n && !isSpace(b[i]) && b[i] != 0x3D && b[i] != 0x3E && b[i] != 0x2F { i += 1 }  // a name
                    var j = i
                    while j < n && isSpace(b[j]) { j += 1 }
                    if j < n && b[j] == 0x3D {  // =value
                        j += 1
                        while j < n && isSpace(b[j]) { j += 1 }
                        if j < n && (b[j] == 0x22 || b[j] == 0x27) {
                            let quote = b[j]
                            j += 1
                            while j < n && b[j] != quote { j += 1 }
                            j += 1
                        } else {
                            while j < n && !isSpace(b[j]) && b[j] != 0x3E { j += 1 }
                        }
                        i = j
                    }
                    count += 1
                    if count == maxAttributes { keep = i }
                }
                if count > maxAttributes && keep >= 0 { cuts.append((keep, min(i, n))) }
            }
            guard !cuts.isEmpty else { return data }
            var out = Data(capacity: n)
            var from = 0
            for cut in cuts {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[from..<cut.keep]))
                from = cut.skip
            }
            if from < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[from..<n])) }
            return out
        }
    }

    /// libxml2 parses documents on several threads at once only after `xmlInitParser` has run
    /// once; a static constant runs it exactly once, whichever thread comes first.
    private static let initializeLibXML: Void = xmlInitParser()

    /// Elements kept nested below the document; deeper elements are flattened into the one at
    /// this depth, so every recursive walk over `HTMLNode`s (the extractor's, and Swift's own
    /// release of the tree) stays a few hundred frames deep whatever the page. 128: the pages of
    /// the extraction benchmark nest at most about 50 deep; the extractor's cleaning asks each
    /// element about all below it, so a page of many 400-deep chains took seconds (26 s for
    /// 1.3 MB), a cost that grows with the square of the depth kept.
    static let maxDepth = 128

    /// One step of `copy`: a libxml2 node to copy under `parent`, or a line break to add to
    /// `parent` after a flattened block element's content.
    private enum CopyStep {
        case node(xmlNodePtr, parent: HTMLNode, depth: Int)
        case lineBreak(in: HTMLNode)
    }

    /// Copies a list of libxml2 sibling nodes and their subtrees under `parent`, in document
    /// order. The walk uses an explicit stack, not recursion: a hostile page 100,000 elements
    /// deep must not exhaust the thread's stack. Elements deeper than `maxDepth` are not kept;
    /// their content joins the deepest kept element, and a flattened block element (paragraph,
    /// list item, heading...) is bounded by `br` elements so its text stays a block of its own.
    private static func copy(childrenOf first: xmlNodePtr?, into parent: HTMLNode, document: htmlDocPtr) {
        var stack: [CopyStep] = []
        func pushChildren(_ first: xmlNodePtr?, parent: HTMLNode, depth: Int) {
            var nodes: [xmlNodePtr] = []
            var child = first
            while let c = child {
                nodes.append(c)
                child = c.pointee.next
            }
            for node in nodes.reversed() { stack.append(.node(node, parent: parent, depth: depth)) }
        }
        pushChildren(first, parent: parent, depth: 0)
        while let step = stack.popLast() {
            switch step {
            case .lineBreak(let parent):
                appendLineBreak(to: parent)
            case .node(let node, let parent, let depth):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content {
                        parent.append(HTMLNode(tag: "", text: String(cString: content)))
                    }
                case XML_ELEMENT_NODE:
                    let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    if depth < maxDepth {
                        let element = HTMLNode(tag: name, attributes: attributes(of: node, document: document))
                        parent.append(element)
                        pushChildren(node.pointee.children, parent: element, depth: depth + 1)
                    } else if name == "br" || name == "hr" || ContentExtractor.blockTags.contains(name) {
                        appendLineBreak(to: parent)
                        stack.append(.lineBreak(in: parent))
                        pushChildren(node.pointee.children, parent: parent, depth: depth + 1)
                    } else {
                        pushChildren(node.pointee.children, parent: parent, depth: depth + 1)
                    }
                default:
                    break  // comments, processing instructions, DTD nodes
                }
            }
        }
    }

    /// Adds a `br` to a node that does not already end with one: 100,000 nested `div`s
    /// flattened must not leave 200,000 empty lines for the extractor to go over.
    private static func appendLineBreak(to parent: HTMLNode) {
        if parent.children.last?.tag != "br" { parent.append(HTMLNode(tag: "br")) }
    }

    /// An element's attributes with lower-case names.
    private static func attributes(of node: xmlNodePtr, document: htmlDocPtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var property = node.pointee.properties
        while let p = property {
            if let rawName = p.pointee.name {
                let key = String(cString: rawName).lowercased()
                if let value = xmlNodeListGetString(document, p.pointee.children, 1) {
                    attributes[key] = String(cString: value)
                    free(value)  // xmlFree is a C global Swift 6 will not reference; libxml2 uses malloc.
                } else {
                    attributes[key] = ""
                }
            }
            property = p.pointee.next
        }
        return attributes
    }

    /// The encoding of a page (see `init`): "UTF-8", `repairedUTF8` (UTF-8 with a few bad bytes,
    /// made U+FFFD), "windows-1252" (decoded by `utf8(fromWindows1252:)`), or another name for
    /// libxml2.
    static func encoding(of data: Data) -> String {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let all = [UInt8](data)
        // (The one scan of the page for bad UTF-8: `init` repairs by the answer.)
        let valid = InputReader.firstInvalidUTF8(all) == nil
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return valid ? "UTF-8" : repairedUTF8 }
        if valid { return "UTF-8" }
        let declared = declaredCharset(data)
        switch declared {
        case "iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso8859-1", "iso_8859-1", "windows-1252", "cp1252", "x-cp1252":
            // Browsers read latin-1 and ASCII labels as windows-1252, a superset that gives curly quotes.
            return "windows-1252"
        case nil, "utf-8", "utf8":
            // Declared UTF-8 (or nothing) but not valid: a page of UTF-8 with a stray byte or a
            // truncated character stays UTF-8; legacy bytes are windows-1252.
            return mostlyUTF8(all) ? repairedUTF8 : "windows-1252"
        case let name?:
            // A label no decoder here knows is ignored, as browsers ignore one they do not know,
            // and the page is windows-1252. libxml2 given such a label did not fail: it read the
            // bytes as ISO-8859-1, so curly quotes and dashes became invisible C1 controls.
            return knowsCharset(name) ? name : "windows-1252"
        }
    }

    /// Whether libxml2 (its own tables, iconv or ICU) can decode charset `name`.
    static func knowsCharset(_ name: String) -> Bool {
        HTMLDocument.initializeLibXML
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        // An iconv or ICU handler is allocated for the caller; the built-in ones are not freed.
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// UTF-8 with a few bad bytes: read with U+FFFD for each.
    static let repairedUTF8 = "UTF-8, repaired"

    /// Whether bytes that are not valid UTF-8 hold more valid multi-byte UTF-8 characters than
    /// invalid bytes: a UTF-8 page with a few bad bytes, not a legacy page (windows-1252 text
    /// almost never forms a valid multi-byte sequence).
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0, i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            let width = c & 0xE0 == 0xC0 ? 2 : c & 0xF0 == 0xE0 ? 3 : c & 0xF8 == 0xF0 ? 4 : 0
            if width > 0, i + width <= n, bytes[(i + 1)..<(i + width)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                i += width
            } else {
                invalid += 1
                i += 1
            }
        }
        return valid > invalid
    }

    /// windows-1252 as browsers decode it: 0x80-0x9F are the typographic characters, and the
    /// five bytes windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) the C1 controls
    /// of the same value; every other byte is the Unicode scalar of its value.
    static func utf8(fromWindows1252 data: Data) -> Data {
        let high: [UInt32] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                              0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        var out: [UInt8] = []
        out.reserveCapacity(data.count + data.count / 8)
        for b in data {
            if b < 0x80 { out.append(b); continue }
            let scalar = b < 0xA0 ? high[Int(b) - 0x80] : UInt32(b)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | scalar >> 6))
                out.append(UInt8(0x80 | scalar & 0x3F))
            } else {
                out.append(UInt8(0xE0 | scalar >> 12))
                out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                out.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
        return Data(out)
    }

    /// The charset named by a `<meta charset>` or `<meta http-equiv content="...; charset=...">`
    /// in the first 4 KB, lower-cased.
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        var rest = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        rest = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return rest.isEmpty ? nil : String(rest)
    }
}

/// Why a page could not be parsed.
enum HTMLParseError: Error {
    case unparseable
    case tooLarge
}
