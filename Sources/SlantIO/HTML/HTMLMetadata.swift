import Foundation
import SlantCore

/// Title, date, URL, author and site name as a page marks them up, each with where it was found.
///
/// Sources, in order of trust: Open Graph and article meta tags, schema.org JSON-LD, the
/// canonical link, Dublin Core and other common meta names, `<time>` elements, `<title>`.
struct HTMLMetadata: Equatable {
    struct Found: Equatable {
        var value: String
        /// Where the value was found, e.g. `meta property="og:title"`: shown by `slant extract`.
        var source: String
    }

    var title: Found?
    var date: Found?
    var url: Found?
    var author: Found?
    var siteName: Found?
    /// The first `<h1>` in the page, used as the headline when no better title is marked up.
    var heading: String?
    /// The `articleBody` of a JSON-LD article, when the page carries one.
    var jsonLDBody: String?

    init(root: HTMLNode) {
        var meta: [String: String] = [:]  // first value for each lower-cased name/property
        var canonical: String?
        var documentTitle: String?
        var timeElement: String?
        var jsonLD: [Any] = []
        var authorLink: String?
        for node in root.descendants() {
            switch node.tag {
            case "meta":
                guard let content = node.attribute("content").map(HTMLText.collapse), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = node.attribute(key)?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            case "link":
                let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonical == nil, let href = node.attribute("href"), !href.isEmpty { canonical = href }
            case "title":
                if documentTitle == nil, node.parent?.tag != "svg" { documentTitle = node.normalizedText }
            case "h1":
                if heading == nil { let t = node.normalizedText; if !t.isEmpty { heading = t } }
            case "time":
                if timeElement == nil, let value = node.attribute("datetime") ?? node.attribute("content"), !value.isEmpty { timeElement = value }
            case "script":
                if node.attribute("type")?.lowercased().contains("ld+json") == true,
                   let object = try? JSONSerialization.jsonObject(with: Data(node.rawText.utf8), options: [.fragmentsAllowed]) {
                    jsonLD.append(object)
                }
            case "a":
                if authorLink == nil, node.attribute("rel")?.lowercased() == "author" { let t = node.normalizedText; if !t.isEmpty { authorLink = t } }
            default:
                break
            }
        }
        let article = HTMLMetadata.jsonLDArticle(jsonLD)
        let nodes = HTMLMetadata.jsonLDNodes(jsonLD)
        func metaValue(_ names: String...) -> Found? {
            for name in names { if let v = meta[name] { return Found(value: v, source: "meta \(name)") } }
            return nil
        }
        func ld(_ key: String) -> Found? {
            guard let article, let value = HTMLMetadata.jsonLDText(article[key], nodes: nodes) else { return nil }
            return Found(value: value, source: "json-ld \(key)")
        }

        title = metaValue("og:title", "twitter:title") ?? ld("headline") ?? metaValue("dc.title", "headline")
            ?? heading.map { Found(value: $0, source: "h1") } ?? documentTitle.flatMap { $0.isEmpty ? nil : Found(value: $0, source: "title") }
        date = metaValue("article:published_time", "og:article:published_time") ?? ld("datePublished")
            ?? metaValue("datepublished", "date", "dc.date", "dc.date.issued", "dcterms.created", "pubdate", "publishdate",
                         "publish-date", "parsely-pub-date", "sailthru.date", "article.published", "og:updated_time", "article:modified_time")
            ?? ld("dateCreated") ?? timeElement.map { Found(value: $0, source: "time datetime") }
        url = canonical.map { Found(value: $0, source: "link rel=canonical") } ?? metaValue("og:url") ?? ld("url")
        author = metaValue("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
            .flatMap { $0.value.hasPrefix("http") ? nil : $0 }
            ?? ld("author") ?? authorLink.map { Found(value: $0, source: "a rel=author") }
        siteName = metaValue("og:site_name", "application-name")
            ?? article.flatMap { HTMLMetadata.jsonLDText($0["publisher"], nodes: nodes) }.map { Found(value: $0, source: "json-ld publisher") }
        if let body = article?["articleBody"] as? String, !body.isEmpty { jsonLDBody = body }
        if let author, author.value.lowercased().hasPrefix("by ") {
            self.author = Found(value: String(author.value.dropFirst(3)), source: author.source)
        }
    }

    static let articleTypes: Set<String> = ["article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                                            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
                                            "techarticle", "socialmediaposting", "liveblogposting", "webpage", "report"]

    /// The first JSON-LD object typed as an article, searching arrays and `@graph`; a web page
    /// ranks below any article type.
    static func jsonLDArticle(_ roots: [Any]) -> [String: Any]? {
        var best: [String: Any]?
        var stack = roots.reversed() as [Any]
        while let item = stack.popLast() {
            if let array = item as? [Any] { stack.append(contentsOf: array.reversed()); continue }
            guard let object = item as? [String: Any] else { continue }
            let types = (object["@type"] as? [Any] ?? [object["@type"] as Any]).compactMap { ($0 as? String)?.lowercased() }
            if types.contains(where: { articleTypes.contains($0) && $0 != "webpage" }) { return object }
            if best == nil, types.contains("webpage") { best = object }
            if let graph = object["@graph"] { stack.append(graph) }
        }
        return best
    }

    /// Every JSON-LD object that has an `@id`, so references (`{"@id": ...}`) can be resolved.
    static func jsonLDNodes(_ roots: [Any]) -> [String: [String: Any]] {
        var nodes: [String: [String: Any]] = [:]
        var stack = roots
        while let item = stack.popLast() {
            if let array = item as? [Any] { stack.append(contentsOf: array); continue }
            guard let object = item as? [String: Any] else { continue }
            if let id = object["@id"] as? String, object.count > 1, nodes[id] == nil { nodes[id] = object }
            stack.append(contentsOf: object.values.filter { $0 is [Any] || $0 is [String: Any] })
        }
        return nodes
    }

    /// A readable string from a JSON-LD value: a string, a `name` (following an `@id`
    /// reference), or a list of either joined. A bare reference is not a name.
    static func jsonLDText(_ value: Any?, nodes: [String: [String: Any]] = [:]) -> String? {
        switch value {
        case let s as String:
            let t = HTMLText.collapse(s)
            return t.isEmpty ? nil : t
        case let n as NSNumber:
            return n.stringValue
        case let object as [String: Any]:
            if let name = jsonLDText(object["name"]) { return name }
            if let id = object["@id"] as? String, let target = nodes[id] { return jsonLDText(target["name"]) }
            return nil
        case let array as [Any]:
            let parts = array.compactMap { jsonLDText($0, nodes: nodes) }
            var seen = Set<String>()
            let unique = parts.filter { seen.insert($0).inserted }
            return unique.isEmpty ? nil : unique.joined(separator: ", ")
        default:
            return nil
        }
    }
}
