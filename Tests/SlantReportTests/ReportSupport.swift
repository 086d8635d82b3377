import Foundation
import SlantCore
import SlantReport
import SlantResources

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let reportFixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/report")

/// The frozen analyses of the report fixture, in file-name order.
func fixtureAnalyses() throws -> [ArticleAnalysis] {
    let folder = reportFixtures.appendingPathComponent("analyses")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
    return try names.map { try JSONDecoder().decode(ArticleAnalysis.self, from: Data(contentsOf: folder.appendingPathComponent($0))) }
}

/// The built-in templates with the style sheet replaced by a marker, so snapshots show
/// markup only.
func markupTemplates() throws -> ReportTemplates {
    var files = EmbeddedResources.folder("Reports")
    files["report.css"] = Data(".report-css{}".utf8)
    return try ReportTemplates(files: files)
}

let fixedTime = "2026-01-01T00:00:00Z"

/// A fresh, empty temporary folder of its own (tests run in parallel).
func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-report-tests-\(name)-\(UUID().uuidString)")
    try? FileManager.default.removeItem(at: url)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Every file under `folder`, as paths relative to it, sorted.
/// The pages under a report's folder (its manifest of written pages, a hidden file, is not one).
func files(under folder: URL) -> [String] {
    var out: [String] = []
    if let walker = FileManager.default.enumerator(atPath: folder.path) {
        for case let path as String in walker where path != ReportWriter.manifestName {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out.append(path)
            }
        }
    }
    return out.sorted()
}

func read(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

/// Values of `attribute="..."` in an HTML text.
func attributeValues(_ attribute: String, in html: String) -> [String] {
    var values: [String] = []
    var rest = html[...]
    let needle = " \(attribute)=\""
    while let r = rest.range(of: needle) {
        let after = rest[r.upperBound...]
        guard let close = after.firstIndex(of: "\"") else { break }
        values.append(String(after[..<close]))
        rest = after[close...]
    }
    return values
}

/// Undoes the five escapes the templates use, to compare attribute values with data.
func unescape(_ s: String) -> String {
    s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&amp;", with: "&")
}

enum SlantReportTestsResources {
    static var reports: [String: Data] { EmbeddedResources.folder("Reports") }
}
