import Foundation
import SlantCore
import SlantResources

/// Builds a `LexiconSet` from the lexicons built into the binary, or from a directory
/// (`--lexicons DIR`), plus user overlays (`--lexicon FILE`, `--allow FILE`).
public enum LexiconLoader {
    public static func load(directory: String? = nil, overlays: [String] = [], allow: [String] = []) throws -> LexiconSet {
        // Start from the built-in lexicons; a directory replaces the files it holds.
        var files: [String: String] = [:]
        for (name, data) in EmbeddedResources.folder("Lexicons") {
            files[name] = String(decoding: data, as: UTF8.self)
        }
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw InputError(path: directory, problem: "is not a directory of lexicons")
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            var replaced: [(name: String, path: String)] = []
            for name in names.sorted() where name.hasSuffix(".tsv") || name.hasSuffix(".dat") {
                let path = (directory as NSString).appendingPathComponent(name)
                let (_, data) = try InputReader.data(path: path)
                if name.hasSuffix(".tsv") && files[name] != nil { replaced.append((name, path)) }
                files[name] = try InputReader.text(data, name: path)
            }
            try checkReplaced(replaced, files: files)
        }
        func read(_ path: String) throws -> (name: String, text: String) {
            let (name, data) = try InputReader.data(path: path)
            return (name, try InputReader.text(data, name: name))
        }
        return LexiconSet(files: files, overlays: try overlays.map(read), allowOverlays: try allow.map(read))
    }

    /// Checks the files a directory replaced, so that a problem names the file's path
    /// (`mine/loaded-language.tsv:3: ...`); the analyser, which gets texts by file name only,
    /// would name `loaded-language.tsv` alone.
    static func checkReplaced(_ replaced: [(name: String, path: String)], files: [String: String]) throws {
        guard !replaced.isEmpty else { return }
        var categories: Set<String> = []
        if let text = files["categories.tsv"], let file = try? DataFile.parse(text, name: "categories.tsv", minColumns: 2, maxColumns: 2) {
            categories = Set(file.rows.map { $0.fields[0] })
        }
        for (name, path) in replaced {
            guard let text = files[name] else { continue }
            if let first = LexiconCheck.problems(text, name: path, kind: LexiconCheck.Kind(fileName: name), categories: categories).first {
                throw first
            }
        }
    }
}
