import Foundation

/// The data files built into the binary: the contents of `Lexicons/` and `Reports/` at build time.
public enum EmbeddedResources {
    /// Paths of all embedded files, relative to the package root (`Lexicons/loaded-language.tsv`).
    public static var paths: [String] { (Array(GeneratedResources.texts.keys) + GeneratedResources.files.keys).sorted() }

    /// The bytes of an embedded file, or nil when no such file was embedded.
    public static func data(_ path: String) -> Data? {
        if let text = GeneratedResources.texts[path] { return Data(text.utf8) }
        return GeneratedResources.files[path].flatMap { Data(base64Encoded: $0) }
    }

    /// The text of an embedded UTF-8 file, or nil when no such file was embedded.
    public static func text(_ path: String) -> String? {
        if let text = GeneratedResources.texts[path] { return text }
        return data(path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// The embedded files under one folder (`Lexicons`), keyed by file name within it.
    public static func folder(_ name: String) -> [String: Data] {
        files(under: name, text: { Data($0.utf8) }, bytes: { $0 })
    }

    /// The embedded files under one folder as text, keyed by file name within it: a UTF-8
    /// file's text as it was built in (no copy, no decoding), any other file's bytes decoded
    /// as UTF-8 with invalid bytes replaced.
    public static func textFolder(_ name: String) -> [String: String] {
        files(under: name, text: { $0 }, bytes: { String(decoding: $0, as: UTF8.self) })
    }

    /// The embedded files under one folder, keyed by file name within it: a text file through
    /// `text`, a base64-encoded one's bytes through `bytes`.
    private static func files<T>(under name: String, text: (String) -> T, bytes: (Data) -> T) -> [String: T] {
        var result: [String: T] = [:]
        let prefix = name + "/"
        for (path, content) in GeneratedResources.texts where path.hasPrefix(prefix) {
            result[String(path.dropFirst(prefix.count))] = text(content)
        }
        for (path, encoded) in GeneratedResources.files where path.hasPrefix(prefix) {
            if let data = Data(base64Encoded: encoded) {
                result[String(path.dropFirst(prefix.count))] = bytes(data)
            }
        }
        return result
    }
}
