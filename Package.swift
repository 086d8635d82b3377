// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Slant",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "slant", targets: ["slant"]),
        .library(name: "SlantCore", targets: ["SlantCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // Pure analysis: text model, splitter, classifier, scorer. Foundation only, no files.
        .target(name: "SlantCore"),
        // Lexicons/ and Reports/ compiled into the binary by the EmbedResources plugin.
        .target(name: "SlantResources", plugins: ["EmbedResources"]),
        // Reading articles: scraper text, JSON Lines, HTML; metadata with provenance.
        .target(name: "SlantIO", dependencies: ["SlantCore", "SlantResources"]),
        // Writers: terminal view, JSON, JSON Lines.
        .target(name: "SlantReport", dependencies: [
            "SlantCore", "SlantResources",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The subcommands, testable without spawning a process.
        .target(name: "SlantCommands", dependencies: [
            "SlantCore", "SlantIO", "SlantReport", "SlantResources",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "slant", dependencies: ["SlantCommands"]),

        .executableTarget(name: "slant-embed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["slant-embed"]),

        .testTarget(name: "SlantCoreTests", dependencies: ["SlantCore", "SlantIO", "SlantResources"],
                    path: "Tests/SlantCoreTests"),
        .testTarget(name: "SlantIOTests", dependencies: ["SlantIO"], path: "Tests/SlantIOTests"),
        .testTarget(name: "SlantReportTests", dependencies: ["SlantReport", "SlantCore", "SlantResources"],
                    path: "Tests/SlantReportTests"),
        .testTarget(name: "SlantCommandsTests", dependencies: ["SlantCommands", "SlantIO", "slant"],
                    path: "Tests/SlantCommandsTests"),
    ]
)
