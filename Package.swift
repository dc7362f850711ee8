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
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .executableTarget(
            name: "candour",
            dependencies: [
                "PCRE2",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "CLITests", dependencies: ["candour"]),
    ]
)
