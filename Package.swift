// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "TargetLedger",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TargetLedger", targets: ["TargetLedger"]),
        .executable(name: "target-ledger", targets: ["target-ledger"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2's HTML parser, seen through a module map; builds fine next to Foundation.
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // ICU's flags and link line only: its headers must never reach a Swift module (see STYLE.md).
        .systemLibrary(
            name: "CICU", path: "Sources/CICU", pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]),
        // mimalloc, linked into the executable only: it replaces malloc for the whole process
        // (Swift's runtime, ICU, libxml2, SQLite), which the corpus job spends about 6% of its
        // time in under glibc's allocator. The library leaves the choice to whoever links it.
        .systemLibrary(
            name: "CMimalloc", path: "Sources/CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]),
        // The only door to ICU: a stdint-only header, ICU included in the .c file alone.
        .target(name: "CICUShim", dependencies: ["CICU"], path: "Sources/CICUShim"),
        .target(
            name: "TargetLedger",
            dependencies: [
                "CLibXML2", "CICUShim",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, which the ledger writer binds values through (see SQLiteConnection).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/TargetLedger"),
        .executableTarget(
            name: "target-ledger",
            dependencies: [
                "TargetLedger",
                .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/target-ledger"),
        .testTarget(
            name: "TargetLedgerTests", dependencies: ["TargetLedger"],
            path: "Tests/TargetLedgerTests"),
        .testTarget(
            name: "target-ledgerTests", dependencies: ["TargetLedger"],
            path: "Tests/target-ledgerTests"),
    ],
    swiftLanguageModes: [.v6]
)
