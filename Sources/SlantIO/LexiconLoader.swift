import Foundation
import SlantCore
import SlantResources

/// Builds a `LexiconSet` from the lexicons built into the binary, or from a directory
/// (`--lexicons DIR`), plus user overlays (`--lexicon FILE`, `--allow FILE`).
public enum LexiconLoader {
    public static func load(directory: String? = nil, overlays: [String] = [], allow: [String] = []) throws -> LexiconSet {
        // Start from the built-in lexicons; a directory replaces the files it holds.
        var files = EmbeddedResources.textFolder("Lexicons")
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw InputError(path: directory, problem: "is not a directory of lexicons")
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            var replaced: [(name: String, path: String)] = []
            for name in names.sorted() where name.hasSuffix(".tsv") || name.hasSuffix(".dat") {
                let path = (directory as NSString).appendingPathComponent(name)
                // A name Slant does not read ("loaded_language.tsv" for "loaded-language.tsv")
                // would leave the built-in file in use without a word.
                guard files[name] != nil else {
                    let known = files.keys.filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".dat") }.sorted()
                    throw InputError(path: path, problem: "is not a file Slant reads from a lexicon directory (it reads: \(known.joined(separator: ", ")))")
                }
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
        let overlayTexts = try overlays.map(read), allowTexts = try allow.map(read)
        // Checked as `slant lexicon check` checks them, so that the problem reported is the
        // first in the file: the loader reports a bad column count before a bad weight on an
        // earlier line.
        try checkFiles(overlayTexts.map { ($0.text, $0.name, LexiconCheck.Kind.loaded) } + allowTexts.map { ($0.text, $0.name, .allow) },
                       categories: categoryNames(files))
        return LexiconSet(files: files, overlays: overlayTexts, allowOverlays: allowTexts)
    }

    /// The categories a loaded-language entry may use, from `categories.tsv`.
    static func categoryNames(_ files: [String: String]) -> Set<String> {
        guard let text = files["categories.tsv"], let file = try? DataFile.parse(text, name: "categories.tsv", minColumns: 2, maxColumns: 2) else { return [] }
        return Set(file.rows.map { $0.fields[0] })
    }

    /// Throws the first problem of the first file that has one.
    static func checkFiles(_ files: [(text: String, name: String, kind: LexiconCheck.Kind)], categories: Set<String>) throws {
        for file in files {
            if let first = LexiconCheck.problems(file.text, name: file.name, kind: file.kind, categories: categories).first { throw first }
        }
    }

    /// Checks the files a directory replaced, so that a problem names the file's path
    /// (`mine/loaded-language.tsv:3: ...`); the analyser, which gets texts by file name only,
    /// would name `loaded-language.tsv` alone.
    static func checkReplaced(_ replaced: [(name: String, path: String)], files: [String: String]) throws {
        guard !replaced.isEmpty else { return }
        try checkFiles(replaced.compactMap { r in files[r.name].map { ($0, r.path, LexiconCheck.Kind(fileName: r.name)) } },
                       categories: categoryNames(files))
        // A categories.tsv of the directory's that lacks a category the built-in loaded lexicon
        // uses: said of the user's file (the error named a line of the built-in lexicon).
        if let categories = replaced.first(where: { $0.name == "categories.tsv" }), !replaced.contains(where: { $0.name == "loaded-language.tsv" }),
           let text = files["loaded-language.tsv"],
           let file = try? DataFile.parse(text, name: "loaded-language.tsv", minColumns: 3, maxColumns: 4) {
            let known = categoryNames(files)
            if let row = file.rows.first(where: { !known.contains($0.fields[2]) && !LoadedLexicon.ruleCategories.contains($0.fields[2]) }) {
                throw LexiconError(file: categories.path, line: nil,
                                   problem: "no category '\(row.fields[2])', which the built-in loaded-language.tsv uses (line \(row.line), '\(row.fields[0])')")
            }
        }
    }
}
