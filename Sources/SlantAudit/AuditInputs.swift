import Foundation
import SlantCore
import SlantIO

// Input walking for `slant audit`. Files are read by SlantIO's `ArticleCollector`, as
// `slant ingest` reads them (plain text, JSON Lines, HTML); walking keeps the path below the
// directory given, which path rules match. Only `AuditInputs.collect` and `AuditInputs.read`
// are used by the rest of the audit.

/// One input to audit: a file (or standard input) and the path it is matched against.
public struct AuditInput: Sendable, Equatable {
    /// The path as shown in findings: as given, or the directory given joined with the path below it.
    public var path: String
    /// The path below the directory it was found in (the path itself for a file given directly);
    /// path rules match this as well as `path`.
    public var relativePath: String
    /// True for standard input.
    public var isStandardInput: Bool

    public init(path: String, relativePath: String, isStandardInput: Bool = false) {
        self.path = path
        self.relativePath = relativePath
        self.isStandardInput = isStandardInput
    }

    /// The paths a path rule's glob is matched against.
    public var globCandidates: [String] { path == relativePath ? [path] : [path, relativePath] }
}

/// An input found, or a problem finding it, in the order the paths were given.
public enum AuditInputEntry: Sendable, Equatable {
    case input(AuditInput)
    case problem(InputError)
}

public enum AuditInputs {
    /// Expands the paths given into inputs: files as they are, directories walked recursively for
    /// files with one of `extensions` (by `DirectoryWalk`: hidden files and folders skipped,
    /// paths in byte order), `-` as standard input.
    public static func collect(_ paths: [String], extensions: [String]) -> [AuditInputEntry] {
        let wanted = Set(extensions.map { $0.lowercased() })
        var entries: [AuditInputEntry] = []
        for path in paths {
            if path == "-" {
                entries.append(.input(AuditInput(path: InputReader.stdinName, relativePath: InputReader.stdinName, isStandardInput: true)))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                entries.append(.problem(InputError(path: path, problem: "no such file or directory")))
                continue
            }
            guard isDirectory.boolValue else {
                entries.append(.input(AuditInput(path: path, relativePath: path)))
                continue
            }
            let (files, problems) = DirectoryWalk.files(under: path, wanted: DirectoryWalk.extensions(wanted))
            let found = files.map { AuditInput(path: $0.path, relativePath: $0.relativePath) }
            entries += problems.map { .problem($0) }
            if found.isEmpty && problems.isEmpty {
                let list = extensions.map { ".\($0)" }.joined(separator: ", ")
                entries.append(.problem(InputError(path: path, problem: "contains no \(list) files")))
            }
            entries += found.map { .input($0) }
        }
        // A file reached twice (a folder and a folder inside it, a file named and found in a
        // folder given, `-` twice) is audited once, where it was first reached: its findings
        // were listed twice and its outlet's figures counted it twice.
        var seen: Set<String> = []
        return entries.filter { entry in
            guard case .input(let input) = entry else { return true }
            let key = input.isStandardInput ? "-" : URL(fileURLWithPath: input.path).resolvingSymlinksInPath().standardizedFileURL.path
            return seen.insert(key).inserted
        }
    }

    /// One article read from an input: the path findings name, the article, and how its
    /// offsets map to lines and columns of the file.
    public struct Record: Sendable {
        public var path: String
        public var article: Article
        public var locator: TextLocator
        /// The file, or file:line of a JSON Lines record.
        public var origin: String
    }

    /// Reads every article in one input: a plain-text file (scraper format) is one article whose
    /// offsets are lines and columns of the file; a JSON Lines file gives one article a record,
    /// located at the record's line; an HTML page gives its extracted article, located at line 1.
    /// A bad record is returned as a failure and the rest go on. `fallbackOutlet` is the outlet
    /// of an article whose metadata and URL name none (`--outlet`).
    public static func read(_ input: AuditInput, fallbackOutlet: String? = nil, stdin: () -> Data) throws -> [Result<Record, InputError>] {
        let (name, data) = input.isStandardInput ? (InputReader.stdinName, stdin()) : try InputReader.data(path: input.path)
        var collector = ArticleCollector(fallbackOutlet: fallbackOutlet)
        collector.requiresOutlet = false
        let kind = ArticleCollector.kind(of: name, data: data)
        var records: [Result<Record, InputError>] = []
        try collector.read(name: name, data: data) { result in
            records.append(result.map { collected in
                let locator: TextLocator
                switch kind {
                case .text: locator = TextLocator(collected.article.text)
                case .html: locator = TextLocator(fixedLine: 1)
                case .jsonl: locator = TextLocator(fixedLine: Int(collected.origin.split(separator: ":").last ?? "") ?? 1)
                }
                return Record(path: input.path, article: collected.article, locator: locator, origin: collected.origin)
            })
        }
        return records
    }
}
