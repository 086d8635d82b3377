// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Slant",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "slant", targets: ["slant"]),
        .library(name: "SlantCore", targets: ["SlantCore"]),
        .library(name: "SlantStore", targets: ["SlantStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // Pure analysis: text model, splitter, classifier, scorer. Foundation only, no files.
        .target(name: "SlantCore", dependencies: ["CSlantSHA"]),
        // SHA-256 with the CPU's SHA instructions where it has them (content hashes on ingest),
        // and a cache prefetch hint for the scorer's walk.
        .target(name: "CSlantSHA"),
        // Lexicons/ and Reports/ compiled into the binary by the EmbedResources plugin.
        .target(name: "SlantResources", plugins: ["EmbedResources"]),
        // Reading articles: scraper text, JSON Lines, HTML; metadata with provenance.
        .target(name: "SlantIO", dependencies: ["SlantCore", "SlantResources", "CLibXML2", "CZlib"]),
        // libxml2's HTML parser, for article extraction from web pages.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // zlib, for reading gzip-compressed pages (the extraction benchmark stores .html.gz).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The per-outlet SQLite store: records, migrations, ingest, aggregates with intervals.
        .target(name: "SlantStore", dependencies: [
            "SlantCore", "CSQLiteTuning", .product(name: "GRDB", package: "GRDB.swift"),
            // Direct sqlite3_bind_* calls for the bulk inserts of ingest (RowBinder).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // sqlite3_config (variadic, so not callable from Swift) for the store's bulk writes.
        .target(name: "CSQLiteTuning", linkerSettings: [.linkedLibrary("sqlite3")]),
        // Writers: terminal view, JSON, JSON Lines, and the HTML reports (Mustache, inline SVG).
        .target(name: "SlantReport", dependencies: [
            "SlantCore", "SlantResources",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Gold formats and metrics for `slant eval`: pure, gold and predictions passed in.
        .target(name: "SlantEval", dependencies: ["SlantCore"]),
        // Batch audits: configuration (YAML), rules, findings, baselines and CI writers.
        .target(name: "SlantAudit", dependencies: [
            "SlantCore", "SlantIO", .product(name: "Yams", package: "Yams"),
        ]),
        // The subcommands, testable without spawning a process.
        .target(name: "SlantCommands", dependencies: [
            "SlantCore", "SlantIO", "SlantReport", "SlantResources", "SlantEval", "SlantStore",
            "SlantAudit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "slant", dependencies: ["SlantCommands"]),

        .executableTarget(name: "slant-embed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["slant-embed"]),

        .testTarget(name: "SlantCoreTests", dependencies: ["SlantCore", "SlantIO", "SlantResources"],
                    path: "Tests/SlantCoreTests"),
        .testTarget(name: "SlantIOTests", dependencies: ["SlantIO"], path: "Tests/SlantIOTests"),
        .testTarget(name: "SlantEvalTests", dependencies: ["SlantEval", "SlantCore"], path: "Tests/SlantEvalTests"),
        .testTarget(name: "SlantStoreTests", dependencies: [
            "SlantStore", "SlantCore", "SlantIO", "SlantResources", .product(name: "GRDB", package: "GRDB.swift"),
        ],
                    path: "Tests/SlantStoreTests"),
        .testTarget(name: "SlantReportTests", dependencies: ["SlantReport", "SlantCore", "SlantResources"],
                    path: "Tests/SlantReportTests"),
        .testTarget(name: "SlantCommandsTests", dependencies: ["SlantCommands", "SlantIO", "SlantStore", "slant"],
                    path: "Tests/SlantCommandsTests"),
        .testTarget(name: "SlantAuditTests", dependencies: ["SlantAudit", "SlantCore", "SlantIO"],
                    path: "Tests/SlantAuditTests"),
    ]
)
