import Foundation

/// The files below a directory, found the same way by every command that takes directories
/// (`score`, `ingest`, `report`, `audit`, `eval`).
///
/// Hidden files and folders (names starting with `.`) are skipped; symbolic links are followed,
/// but a folder already walked (a link back up the tree) is not walked again; the files come
/// in byte order of their paths below the directory, so the order never depends on the file
/// system. What cannot be read is reported and the walk goes on: a folder that cannot be
/// listed, a name that is not valid UTF-8, a symbolic link to a wanted file that is gone.
public enum DirectoryWalk {
    /// A file found: its path (the directory given joined with the path below it) and the path
    /// below the directory.
    public struct File: Sendable, Equatable {
        public var path: String
        public var relativePath: String
    }

    /// The files below `directory` whose names `wanted` accepts, and the folders that could
    /// not be listed.
    public static func files(under directory: String, wanted: (String) -> Bool) -> (files: [File], problems: [InputError]) {
        var files: [File] = []
        var problems: [InputError] = []
        var visited: Set<String> = []
        walk(directory, below: "", wanted: wanted, visited: &visited, files: &files, problems: &problems)
        files.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        problems.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return (files, problems)
    }

    /// A predicate for `files(under:wanted:)`: names ending in one of `extensions` (without the
    /// dot, compared case-insensitively; `html.gz` works too).
    public static func extensions(_ extensions: Set<String>) -> (String) -> Bool {
        let suffixes = extensions.map { "." + $0.lowercased() }
        return { name in
            let lower = name.lowercased()
            return suffixes.contains { lower.hasSuffix($0) }
        }
    }

    private static func walk(_ directory: String, below: String, wanted: (String) -> Bool, visited: inout Set<String>,
                             files: inout [File], problems: inout [InputError]) {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        // Listed with readdir, not FileManager: a name that is not valid UTF-8 comes back from
        // FileManager changed, so that the file could not be opened and was silently left out.
        guard let stream = opendir(directory) else {
            problems.append(InputError(path: directory, problem: "cannot list the directory (\(String(cString: strerror(errno))))"))
            return
        }
        var names: [String] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = String(decoding: bytes, as: UTF8.self)
                problems.append(InputError(path: directory.hasSuffix("/") ? directory + shown : directory + "/" + shown,
                                           problem: "its name is not valid UTF-8 (shown with U+FFFD); rename it to read it"))
                continue
            }
            names.append(name)
        }
        closedir(stream)
        for name in names {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relative = below.isEmpty ? name : below + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A symbolic link whose target is gone: a file that would have been read is missing.
                if wanted(name) {
                    problems.append(InputError(path: path, problem: "is a broken symbolic link (its target does not exist)"))
                }
                continue
            }
            if isDirectory.boolValue {
                walk(path, below: relative, wanted: wanted, visited: &visited, files: &files, problems: &problems)
            } else if wanted(name) {
                // A FIFO, socket or device named like an article would block the read or never
                // end: reported and left out (a FIFO given by name is read as a stream).
                var info = stat()
                if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                    problems.append(InputError(path: path, problem: "is not a regular file (a pipe, socket or device); left out"))
                    continue
                }
                files.append(File(path: path, relativePath: relative))
            }
        }
    }
}
