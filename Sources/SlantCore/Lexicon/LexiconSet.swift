/// The data files an analysis uses, keyed by file name (`loaded-language.tsv`).
///
/// SlantCore reads no files: callers pass the texts in, from the lexicons built into the
/// binary, from `--lexicons DIR`, or from user overlays.
public struct LexiconSet: Sendable {
    /// The base files, by file name.
    public var files: [String: String]
    /// User overlays of the loaded-language lexicon (`--lexicon FILE`), in order: name and text.
    public var overlays: [(name: String, text: String)]
    /// User allow-lists (`--allow FILE`): name and text.
    public var allowOverlays: [(name: String, text: String)]

    public init(files: [String: String], overlays: [(name: String, text: String)] = [],
                allowOverlays: [(name: String, text: String)] = []) {
        self.files = files
        self.overlays = overlays
        self.allowOverlays = allowOverlays
    }

    /// The text of a required file, or an error naming it.
    public func text(_ name: String) throws -> String {
        guard let text = files[name] else {
            throw LexiconError(file: name, line: nil, problem: "lexicon file is missing")
        }
        return text
    }
}
