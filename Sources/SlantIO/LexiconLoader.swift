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
            for name in names where name.hasSuffix(".tsv") || name.hasSuffix(".dat") {
                let path = (directory as NSString).appendingPathComponent(name)
                let (_, data) = try InputReader.data(path: path)
                files[name] = try InputReader.text(data, name: path)
            }
        }
        func read(_ path: String) throws -> (name: String, text: String) {
            let (name, data) = try InputReader.data(path: path)
            return (name, try InputReader.text(data, name: name))
        }
        return LexiconSet(files: files, overlays: try overlays.map(read), allowOverlays: try allow.map(read))
    }
}
