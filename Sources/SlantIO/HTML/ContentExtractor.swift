import Foundation

/// One block of extracted article text: a heading, paragraph, list item, quotation or
/// preformatted block, in page order.
public struct ExtractedBlock: Equatable, Sendable {
    public enum Kind: String, Sendable { case heading, paragraph, listItem = "list-item", quote, preformatted }
    public var kind: Kind
    public var text: String
    /// The heading's rank (1 for `<h1>` ... 6), or 0 for other blocks.
    public var level: Int = 0

    public init(kind: Kind, text: String, level: Int = 0) {
        self.kind = kind
        self.text = text
        self.level = level
    }
}

/// Finds the main content of a page and returns its blocks in order.
///
/// The method is Mozilla Readability's, which scores containers by the paragraphs they hold:
/// 1. prune what is never story text (scripts, forms, navigation, asides, footers, hidden
///    elements, captions, share widgets) and, on the first attempt, elements whose class or id
///    names boilerplate (comments, related links, sidebars, promos);
/// 2. score each paragraph (length and commas) and add the score to its ancestors, less
///    for each level up, so the container holding most prose wins; link-heavy containers lose;
/// 3. take the best container with its siblings that score close to it;
/// 4. clean it: drop link lists, short blocks full of links or images, and other debris;
/// 5. if that leaves less than 500 characters, try again with fewer pruning rules.
enum ContentExtractor {
    struct Flags {
        var stripUnlikely: Bool
        var weightClasses: Bool
        var cleanConditionally: Bool
    }

    /// Texts shorter than this after extraction make the extractor retry with fewer rules.
    static let minimumCharacters = 500

    /// Extracts the blocks of the main content. `makeRoot` parses the page afresh: each
    /// attempt prunes its own copy of the tree.
    static func extract(makeRoot: () throws -> HTMLNode) rethrows -> [ExtractedBlock] {
        let attempts = [Flags(stripUnlikely: true, weightClasses: true, cleanConditionally: true),
                        Flags(stripUnlikely: false, weightClasses: true, cleanConditionally: true),
                        Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: true),
                        Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: false)]
        var best: [ExtractedBlock] = []
        var bestLength = -1
        for flags in attempts {
            let root = try makeRoot()
            let (blocks, length) = extract(root: root, flags: flags)
            if length >= minimumCharacters { return blocks }
            // Later attempts prune less; they win only with more text outside links, so that
            // on a short page the link lists the first attempt removed do not come back.
            if length > bestLength { best = blocks; bestLength = length }
        }
        return best
    }

    /// The blocks of one attempt and the number of letters and digits of its text outside links
    /// (white space is left out: it varies with the markup, not with the content).
    static func extract(root: HTMLNode, flags: Flags) -> (blocks: [ExtractedBlock], length: Int) {
        let body = root.descendants(["body"]).first ?? root
        rescueFromHead(root, body: body)
        prune(body, flags: flags)
        let content = grab(body, flags: flags)
        for node in content { clean(node, flags: flags) }
        let length = content.reduce(0) { total, node in
            total + letterCount(node.rawText) - node.descendants(["a"]).reduce(0) { $0 + letterCount($1.rawText) }
        }
        return (BlockRenderer.render(content), length)
    }

    static func letterCount(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic || $1.properties.numericType != nil ? 1 : 0) }
    }

    // MARK: Step 1: pruning

    static let headTags: Set<String> = ["title", "meta", "link", "script", "style", "base", "noscript", "template"]

    /// libxml2 2.9 does not know HTML5 elements: on a page without `<body>`, an `<article>`
    /// after `<title>` lands in `<head>`. Such elements move to the start of the body.
    static func rescueFromHead(_ root: HTMLNode, body: HTMLNode) {
        guard let head = root.elementChildren.first(where: { $0.tag == "head" }) else { return }
        // An element that holds the body itself (a broken head tag swallowing the page) stays:
        // moving it into the body would make the body its own descendant, a cycle.
        var bodyAndAncestors: [HTMLNode] = []
        var node: HTMLNode? = body
        while let current = node { bodyAndAncestors.append(current); node = current.parent }
        let stray = head.children.filter { child in
            !child.isText && !headTags.contains(child.tag) && !bodyAndAncestors.contains { $0 === child }
        }
        guard !stray.isEmpty else { return }
        head.setChildren(head.children.filter { node in !stray.contains { $0 === node } })
        if body === root {
            // No body at all: the stray elements follow the head.
            var children = root.children
            let at = (children.firstIndex { $0 === head } ?? -1) + 1
            children.insert(contentsOf: stray, at: at)
            root.setChildren(children)
        } else {
            body.setChildren(stray + body.children)
        }
    }

    /// Elements that never hold story text.
    static let droppedTags: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
                                           "canvas", "button", "input", "select", "textarea", "link", "meta", "head", "nav",
                                           "aside", "footer", "figcaption", "video", "audio", "map", "dialog", "menu", "option"]
    /// ARIA roles of page furniture.
    static let droppedRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
                                            "banner", "contentinfo", "search"]

    static let unlikely = Pattern(["-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
                                   "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
                                   "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
                                   "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe", "signup", "cookie",
                                   "recommend", "most-popular", "mostpopular", "trending", "read-more", "readmore", "outbrain", "taboola"])
    static let maybe = Pattern(["and", "article", "body", "column", "content", "main", "shadow"])
    static let negative = Pattern(["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
                                   "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
                                   "skyscraper", "sponsor", "shopping", "tags", "widget", "caption", "credit", "byline", "author"])
    static let positive = Pattern(["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
                                   "text", "blog", "story"])
    static let share = Pattern(["share", "sharedaddy", "social", "sharing"])
    static let byline = Pattern(["byline", "author", "dateline", "writtenby", "p-author", "timestamp", "publish-date", "pubdate"])
    static let picture = Pattern(["image", "photo", "picture", "caption", "gallery", "img"])

    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attributes["hidden"] != nil { return true }
        if node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        return false
    }

    static func prune(_ node: HTMLNode, flags: Flags) {
        for child in node.children where !child.isText {
            if droppedTags.contains(child.tag) || isHidden(child) || droppedRoles.contains(child.attribute("role")?.lowercased() ?? "") {
                child.remove()
                continue
            }
            let names = child.classAndID
            if !names.isEmpty, child.tag != "body", child.tag != "a", child.tag != "article", child.tag != "main" {
                if flags.stripUnlikely, unlikely.matches(names), !maybe.matches(names) {
                    child.remove()
                    continue
                }
                // Bylines, datelines and share bars are short; a long element with such a name is a container.
                if byline.matches(names) || share.matches(names) || child.attribute("itemprop")?.lowercased() == "author" {
                    if child.normalizedText.count < 150 { child.remove(); continue }
                }
                // A picture with its caption and credit, not marked up as <figure>.
                if picture.matches(names), child.tag != "p", !child.descendants(["img", "picture"]).isEmpty,
                   child.normalizedText.count < 400 {
                    child.remove()
                    continue
                }
            }
            if child.tag == "header", !holdsProse(child) { child.remove(); continue }
            prune(child, flags: flags)
        }
    }

    /// Whether an element holds at least one paragraph of real prose (a `<header>` that does
    /// is kept: some pages put the lead paragraph there).
    static func holdsProse(_ node: HTMLNode) -> Bool {
        node.descendants(["p"]).contains { $0.normalizedText.count > 150 && linkDensity($0) < 0.3 }
    }

    // MARK: Step 2 and 3: scoring and choosing the container

    static let blockTags: Set<String> = ["address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure",
                                         "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
                                         "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
                                         "center", "details", "summary", "caption", "br"]
    static let scoredTags: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]

    static func grab(_ body: HTMLNode, flags: Flags) -> [HTMLNode] {
        var toScore: [HTMLNode] = []
        collect(body, into: &toScore)
        var candidates: [HTMLNode] = []
        for element in toScore where element.parent != nil {
            let text = element.normalizedText
            guard text.count >= 25 else { continue }
            let ancestors = element.ancestors.prefix(5)
            let points = 1.0 + Double(commaCount(text)) + Double(min(text.count / 100, 3))
            for (level, ancestor) in ancestors.enumerated() {
                guard ancestor.parent != nil, ancestor.tag != "#document" else { break }
                if ancestor.score == nil {
                    ancestor.score = initialScore(ancestor, flags: flags)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3.0
                ancestor.score = (ancestor.score ?? 0) + points / divider
            }
        }
        for candidate in candidates { candidate.score = (candidate.score ?? 0) * (1 - linkDensity(candidate)) }
        let ranked = candidates.sorted { ($0.score ?? 0) > ($1.score ?? 0) }
        guard var top = ranked.first, top !== body, top.tag != "html" else { return [body] }
        let topScore = top.score ?? 0

        // When several strong candidates share an ancestor, the story is split across them.
        let alternatives = ranked.dropFirst().prefix(4).filter { ($0.score ?? 0) / max(topScore, 1e-9) >= 0.75 }.map { Set($0.ancestors.map(ObjectIdentifier.init)) }
        if alternatives.count >= 3 {
            var parent = top.parent
            while let p = parent, p !== body {
                if alternatives.filter({ $0.contains(ObjectIdentifier(p)) }).count >= 3 { top = p; break }
                parent = p.parent
            }
        }
        if top.score == nil { top.score = initialScore(top, flags: flags) }

        // Climb while the parent scores better: the story's real container may hold more.
        var parent = top.parent
        var lastScore = top.score ?? 0
        let threshold = lastScore / 3
        while let p = parent, p !== body {
            guard let ps = p.score else { parent = p.parent; continue }
            if ps < threshold { break }
            if ps > lastScore { top = p; break }
            lastScore = ps
            parent = p.parent
        }
        while let p = top.parent, p !== body, p.elementChildren.count == 1 {
            top = p
            if top.score == nil { top.score = initialScore(top, flags: flags) }
        }

        // Siblings that score close to the container, or read as paragraphs, belong to it.
        guard let container = top.parent else { return [top] }
        let siblingThreshold = max(10, (top.score ?? 0) * 0.2)
        let topClass = top.attribute("class") ?? ""
        var result: [HTMLNode] = []
        for sibling in container.elementChildren {
            if sibling === top { result.append(sibling); continue }
            let bonus = !topClass.isEmpty && sibling.attribute("class") == topClass ? (top.score ?? 0) * 0.2 : 0
            if let s = sibling.score, s + bonus >= siblingThreshold {
                result.append(sibling)
            } else if sibling.tag == "p" {
                let density = linkDensity(sibling)
                let text = sibling.normalizedText
                if text.count > 80 && density < 0.25 {
                    result.append(sibling)
                } else if text.count < 80, !text.isEmpty, density == 0, text.hasSuffix(".") || text.contains(". ") {
                    result.append(sibling)
                }
            }
        }
        return result
    }

    /// Gathers the elements to score in document order, turning divs that hold only inline
    /// content into paragraphs and wrapping loose text beside blocks in paragraphs.
    static func collect(_ node: HTMLNode, into list: inout [HTMLNode]) {
        for child in node.children where !child.isText {
            if scoredTags.contains(child.tag) {
                list.append(child)
            } else if child.tag == "div" || child.tag == "article" || child.tag == "main" || child.tag == "section" {
                if !hasBlockChild(child) {
                    list.append(child)
                    continue
                }
                wrapInlineRuns(child)
            }
            collect(child, into: &list)
        }
    }

    /// Whether a block element lies anywhere below the node. The walk stops at the first one:
    /// listing every descendant first made deeply nested pages cost the square of their depth
    /// (a chain of 400 `<div>`s, asked at each level, took half a second).
    static func hasBlockChild(_ node: HTMLNode) -> Bool {
        var stack = node.children
        while let next = stack.popLast() {
            if !next.isText, blockTags.contains(next.tag), next.tag != "br" { return true }
            stack.append(contentsOf: next.children)
        }
        return false
    }

    /// Wraps each run of text and inline elements between blocks in a synthetic `<p>`.
    static func wrapInlineRuns(_ node: HTMLNode) {
        var result: [HTMLNode] = []
        var run: [HTMLNode] = []
        func flushRun() {
            if run.contains(where: { !HTMLText.collapse($0.rawText).isEmpty }) {
                let p = HTMLNode(tag: "p")
                p.setChildren(run)
                result.append(p)
            } else {
                result.append(contentsOf: run)
            }
            run = []
        }
        for child in node.children {
            if child.isText || !(blockTags.contains(child.tag) || hasBlockChild(child)) {
                if child.tag == "br" { flushRun(); result.append(child) } else { run.append(child) }
            } else {
                flushRun()
                result.append(child)
            }
        }
        flushRun()
        if result.count != node.children.count || zip(result, node.children).contains(where: { $0 !== $1 }) {
            node.setChildren(result)
        }
    }

    static func initialScore(_ node: HTMLNode, flags: Flags) -> Double {
        var score: Double
        switch node.tag {
        case "div", "article", "main": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return score + classWeight(node, flags: flags)
    }

    static func classWeight(_ node: HTMLNode, flags: Flags) -> Double {
        guard flags.weightClasses else { return 0 }
        var weight = 0.0
        for name in [node.attribute("class"), node.attribute("id")].compactMap({ $0?.lowercased() }) where !name.isEmpty {
            if negative.matches(name) { weight -= 25 }
            if positive.matches(name) { weight += 25 }
        }
        return weight
    }

    /// The share of an element's text that lies inside links (in-page `#` links count 30%).
    static func linkDensity(_ node: HTMLNode) -> Double {
        let total = node.normalizedText.count
        guard total > 0 else { return 0 }
        var linked = 0.0
        for a in node.descendants(["a"]) {
            let coefficient = (a.attribute("href") ?? "").hasPrefix("#") ? 0.3 : 1.0
            linked += Double(a.normalizedText.count) * coefficient
        }
        return linked / Double(total)
    }

    static func commaCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { n, s in
            switch s.value {
            case 0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C: return n + 1
            default: return n
            }
        }
    }

    // MARK: Step 4: cleaning the chosen content

    static func clean(_ content: HTMLNode, flags: Flags) {
        // The headline is reported as the title; inside the body it would be counted twice.
        for h1 in content.descendants(["h1"]) { h1.remove() }
        for heading in content.descendants(["h2", "h3"]) where classWeight(heading, flags: flags) < 0 { heading.remove() }
        if flags.cleanConditionally {
            for tag in ["form", "fieldset", "table", "ul", "ol", "div", "section", "dl"] {
                cleanConditionally(content, tag: tag, flags: flags)
            }
        }
        dropLinkParagraphs(content)
        // Paragraphs left empty, ad labels and "Read more: <link>" teasers carry nothing of the story.
        for p in content.descendants(["p"]) where p.normalizedText.isEmpty { p.remove() }
        for node in content.descendants() where node.parent != nil {
            let text = node.normalizedText
            guard text.count < 60 else { continue }
            let lower = text.lowercased()
            if adLabels.contains(lower.trimmingCharacters(in: " :.-–—")) {
                node.remove()
            } else if node.tag == "p" || node.tag == "div", teaserPrefixes.contains(where: { lower.hasPrefix($0) }), linkDensity(node) > 0.5 {
                node.remove()
            }
        }
    }

    /// Removes paragraphs that are nothing but a link: teasers for other stories and lists of
    /// them written as paragraphs (a sentence of the story is not one big link). A short label
    /// that introduces such a run ("You may also like...", "More on this:") goes with it.
    static func dropLinkParagraphs(_ content: HTMLNode) {
        func isLinkOnly(_ node: HTMLNode) -> Bool {
            node.tag == "p" && !node.normalizedText.isEmpty && linkDensity(node) > 0.8
        }
        for parent in [content] + content.descendants() {
            let children = parent.elementChildren
            var index = 0
            while index < children.count {
                guard isLinkOnly(children[index]) else { index += 1; continue }
                var end = index
                while end + 1 < children.count, isLinkOnly(children[end + 1]) { end += 1 }
                for node in children[index...end] { node.remove() }
                if index > 0 {
                    let label = children[index - 1].normalizedText
                    if label.count < 50, label.hasSuffix(":") || label.hasSuffix("...") || label.hasSuffix("…") { children[index - 1].remove() }
                }
                index = end + 1
            }
        }
    }

    /// Labels that introduce a link to another story.
    static let teaserPrefixes = ["read more", "read also", "also read", "related:", "see also", "more:", "watch:", "click here"]

    static let adLabels: Set<String> = ["advertisement", "advertisements", "sponsored", "ad", "story continues below advertisement",
                                        "continue reading below", "article continues below"]

    static func cleanConditionally(_ content: HTMLNode, tag: String, flags: Flags) {
        for node in content.descendants([tag]).reversed() {
            guard node.ancestors.contains(where: { $0 === content }) else { continue }  // already removed with an ancestor
            if tag == "table", isDataTable(node) { continue }
            if node.ancestors.contains(where: { ($0.tag == "table" && isDataTable($0)) || $0.tag == "code" || $0.tag == "pre" }) { continue }
            let text = node.normalizedText
            var isList = tag == "ul" || tag == "ol" || tag == "dl"
            if !isList, !text.isEmpty {
                let listText = node.descendants(["ul", "ol"]).reduce(0) { $0 + $1.normalizedText.count }
                isList = Double(listText) / Double(text.count) > 0.9
            }
            let weight = classWeight(node, flags: flags)
            if weight + (node.score ?? 0) < 0 { node.remove(); continue }
            guard commaCount(text) < 10 else { continue }
            let paragraphs = Double(node.descendants(["p"]).count)
            let images = Double(node.descendants(["img"]).count)
            let items = Double(node.descendants(["li"]).count) - 100
            let headingText = node.descendants(["h1", "h2", "h3", "h4", "h5", "h6"]).reduce(0) { $0 + $1.normalizedText.count }
            let headingDensity = text.isEmpty ? 0 : Double(headingText) / Double(text.count)
            let density = linkDensity(node)
            let length = text.count
            let inFigure = node.ancestors.contains { $0.tag == "figure" }
            let remove = (images > 1 && paragraphs / images < 0.5 && !inFigure)
                || (!isList && items > paragraphs)
                || (!isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && density > 0)
                || (!isList && weight < 25 && density > 0.2)
                || (weight >= 25 && density > 0.5)
                || (isList && density > 0.5 && length < 2000)
            if remove { node.remove() }
        }
    }

    static func isDataTable(_ table: HTMLNode) -> Bool {
        if let role = table.attribute("role"), role == "presentation" { return false }
        if table.attribute("datatable") == "0" { return false }
        if table.attribute("summary") != nil { return true }
        let inner = table.descendants()
        if inner.contains(where: { $0.tag == "caption" || $0.tag == "thead" || $0.tag == "tfoot" || $0.tag == "th" || $0.tag == "colgroup" }) { return true }
        if inner.contains(where: { $0.tag == "table" }) { return false }
        let rows = inner.filter { $0.tag == "tr" }
        let columns = rows.first.map { $0.elementChildren.count } ?? 0
        return rows.count >= 10 || columns > 4
    }
}

/// A list of lower-case fragments matched against class and id names.
struct Pattern {
    let fragments: [String]
    init(_ fragments: [String]) { self.fragments = fragments }
    func matches(_ lowercased: String) -> Bool { fragments.contains { lowercased.contains($0) } }
}

/// Turns the chosen content into blocks: every block-level element starts a new block, inline
/// elements and text join the current one, a `<br>` ends it.
enum BlockRenderer {
    static func render(_ nodes: [HTMLNode]) -> [ExtractedBlock] {
        var renderer = State()
        for node in nodes { renderer.walk(node) }
        renderer.flush()
        return droppingOrphanHeadings(renderer.blocks)
    }

    /// Drops headings whose section was removed: one at the end, or one followed directly by
    /// a heading of the same or higher rank ("Related stories" over a list that was cleaned away).
    static func droppingOrphanHeadings(_ blocks: [ExtractedBlock]) -> [ExtractedBlock] {
        var result: [ExtractedBlock] = []
        for block in blocks.reversed() {
            if block.kind == .heading {
                guard let next = result.last else { continue }
                if next.kind == .heading, next.level <= block.level { continue }
            }
            result.append(block)
        }
        return result.reversed()
    }

    struct State {
        var blocks: [ExtractedBlock] = []
        var buffer = ""
        /// The kind (and heading rank) of each open block element, innermost last: text is
        /// flushed as the innermost kind, and a paragraph inside a list item or a quotation
        /// takes that kind.
        var open: [(kind: ExtractedBlock.Kind, level: Int)] = []

        mutating func flush() {
            let text = HTMLText.collapse(buffer)
            buffer = ""
            guard !text.isEmpty else { return }
            let current = open.last ?? (.paragraph, 0)
            blocks.append(ExtractedBlock(kind: current.kind, text: text, level: current.level))
        }

        mutating func walk(_ node: HTMLNode) {
            if node.isText { buffer += node.text; return }
            if node.tag == "br" || node.tag == "hr" { flush(); return }
            guard ContentExtractor.blockTags.contains(node.tag) else {
                for child in node.children { walk(child) }
                return
            }
            flush()
            let inherited = open.last?.kind ?? .paragraph
            switch node.tag {
            case "h1", "h2", "h3", "h4", "h5", "h6": open.append((.heading, Int(String(node.tag.dropFirst())) ?? 6))
            case "li", "dt", "dd": open.append((.listItem, 0))
            case "blockquote": open.append((.quote, 0))
            case "pre": open.append((.preformatted, 0))
            default: open.append((inherited == .heading ? .paragraph : inherited, 0))
            }
            for child in node.children { walk(child) }
            flush()
            open.removeLast()
        }
    }
}
