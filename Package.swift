// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Candour",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "candour", targets: ["candour"]),
        .library(name: "PCRE2", targets: ["PCRE2"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // Pipeline stages, each depending only on those above it.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .target(name: "Diagnostics"),
        .target(name: "Lexicon", dependencies: ["Diagnostics"]),
        .target(
            name: "Redaction",
            dependencies: [
                "PCRE2", "Lexicon", "Diagnostics",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Classification",
            dependencies: ["PCRE2", "Diagnostics", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "CaseModel", dependencies: ["Diagnostics"]),
        .target(name: "DecisionParsing", dependencies: ["CaseModel", "Diagnostics"]),
        .target(
            name: "Store",
            dependencies: [
                "CaseModel", "Diagnostics",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .executableTarget(
            name: "candour",
            dependencies: [
                "PCRE2", "Diagnostics", "Lexicon", "Redaction", "Classification", "CaseModel", "DecisionParsing", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon"]),
        .testTarget(name: "RedactionTests", dependencies: ["Redaction"]),
        .testTarget(name: "ClassificationTests", dependencies: ["Classification"]),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store"]),
        .testTarget(name: "DecisionParsingTests", dependencies: ["DecisionParsing"]),
        .testTarget(name: "CLITests", dependencies: ["candour"]),
    ]
)
