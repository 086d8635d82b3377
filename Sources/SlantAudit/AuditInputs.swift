import Foundation
import SlantCore
import SlantIO

// Input walking for `slant audit`, kept in this one file on purpose: the shared input collector
// (files, directories, JSON Lines, HTML) from the store branch replaces it at merge. Only
// `AuditInputs.collect` and `AuditInputs.read` are used by the rest of the audit.

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
    /// files with one of `extensions` (hidden files and folders skipped, names in byte order, so
    /// the order never depends on the file system), `-` as standard input.
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
            var found: [AuditInput] = []
            var visited: Set<String> = []
            var problems: [InputError] = []
            walk(directory: path, below: "", wanted: wanted, visited: &visited, into: &found, problems: &problems)
            entries += problems.map { .problem($0) }
            if found.isEmpty && problems.isEmpty {
                let list = extensions.map { ".\($0)" }.joined(separator: ", ")
                entries.append(.problem(InputError(path: path, problem: "contains no \(list) files")))
            }
            entries += found.map { .input($0) }
        }
        return entries
    }

    private static func walk(directory: String, below: String, wanted: Set<String>, visited: inout Set<String>,
                             into found: inout [AuditInput], problems: inout [InputError]) {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        // A symbolic link back up the tree would otherwise be walked for ever.
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            problems.append(InputError(path: directory, problem: "cannot list the directory"))
            return
        }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relative = below.isEmpty ? name : below + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(directory: full, below: relative, wanted: wanted, visited: &visited, into: &found, problems: &problems)
            } else if wanted.contains((name as NSString).pathExtension.lowercased()) {
                found.append(AuditInput(path: full, relativePath: relative))
            }
        }
    }

    /// Reads one input as a plain-text article in the scraper format (an optional
    /// ` date YYYY-MM-DD URL` line, the title, the body). Returns the text exactly as read, so
    /// offsets and line numbers refer to the file.
    public static func read(_ input: AuditInput, stdin: () -> Data) throws -> (text: String, article: Article) {
        let (name, data) = input.isStandardInput ? (InputReader.stdinName, stdin()) : try InputReader.data(path: input.path)
        let text = try InputReader.text(data, name: name)
        return (text, ScraperTextReader.article(from: text))
    }
}
