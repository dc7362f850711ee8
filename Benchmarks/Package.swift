// swift-tools-version: 6.1
// Candour's performance benchmarks (`make bench` in the repository root).
//
// A package of its own so that `swift build` and `swift test` of Candour never build
// the benchmark harness (ordo-one/package-benchmark). The main package exports only the
// `candour` and `PCRE2` products, so the library modules under test are compiled here
// from the same sources through the symbolic links in `Linked/` (each points at
// `../Sources/<Module>`); nothing is copied.
import PackageDescription

let package = Package(
    name: "CandourBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // traits: [] turns off the malloc and Swift-runtime interposers, whose packages
        // are not needed for wall-clock, throughput and resident-memory figures.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: []),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Candour's modules, from ../Sources (see Linked/).
        .systemLibrary(name: "CPCRE2", path: "Linked/CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .target(name: "PCRE2", dependencies: ["CPCRE2"], path: "Linked/PCRE2"),
        .target(name: "Diagnostics", path: "Linked/Diagnostics"),
        .target(name: "Lexicon", dependencies: ["Diagnostics"], path: "Linked/Lexicon"),
        .target(
            name: "Redaction",
            dependencies: [
                "PCRE2", "Lexicon", "Diagnostics",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Linked/Redaction"
        ),
        .target(
            name: "Classification",
            dependencies: ["PCRE2", "Diagnostics", .product(name: "Yams", package: "Yams")],
            path: "Linked/Classification"
        ),

        // The deterministic corpus, timing and memory helpers.
        .target(name: "BenchSupport", dependencies: ["Redaction"]),
        .executableTarget(name: "bench-corpus", dependencies: ["BenchSupport"]),
        .executableTarget(name: "bench-profile", dependencies: ["BenchSupport", "Redaction"]),

        // Benchmarks run by `swift package benchmark`.
        .executableTarget(
            name: "RedactionBenchmarks",
            dependencies: ["BenchSupport", "Redaction", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/RedactionBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TaggingBenchmarks",
            dependencies: ["BenchSupport", "Classification", "PCRE2", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/TaggingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
