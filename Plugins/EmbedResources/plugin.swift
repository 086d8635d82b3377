import Foundation
import PackagePlugin

/// Embeds every file under Lexicons/ and Reports/ into the target it is applied to, so that
/// those folders stay the single editable source and the built binary needs neither beside it.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var relatives: [String] = []
        for folder in ["Lexicons", "Reports"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                guard isFile else { continue }
                let path = url.standardizedFileURL.path
                let rootPath = root.standardizedFileURL.path
                relatives.append(String(path.dropFirst(rootPath.count + 1)))
            }
        }
        relatives.sort()
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding Lexicons/ and Reports/",
                executable: try context.tool(named: "slant-embed").url,
                arguments: [output.path, root.path] + relatives,
                inputFiles: relatives.map { root.appendingPathComponent($0) },
                outputFiles: [output])
        ]
    }
}
