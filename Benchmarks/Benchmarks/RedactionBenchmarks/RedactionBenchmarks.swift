// Redaction benchmarks (issue 3): throughput, start-up and memory.
//
// package-benchmark runs every benchmark below in a process of its own, so each one
// builds only what it needs in its `setup` hook, outside the measured iterations.
// Besides package-benchmark's own tables, each benchmark appends a line to the summary
// `make bench` prints (see `Summary`), with medians of wall time and of CPU time: on a
// machine shared with other work, CPU time is the steadier figure.
import Benchmark
import BenchSupport
import Foundation
import Redaction

/// State filled by the setup hooks (one benchmark per process, one thread).
nonisolated(unsafe) var corpus: [[UInt8]] = []
nonisolated(unsafe) var corpusBytes = 0
nonisolated(unsafe) var redactor: Redactor?
nonisolated(unsafe) var samples = Samples()

let throughputMetric = BenchmarkMetric.custom("Throughput (MB/s)", polarity: .prefersLarger, useScalingFactor: false)
let peakMetric = BenchmarkMetric.custom("Peak RSS (MB)", polarity: .prefersSmaller, useScalingFactor: false)
let growthMetric = BenchmarkMetric.custom("RSS growth while streaming (MB)", polarity: .prefersSmaller, useScalingFactor: false)

let policies: [(name: String, policy: Policy)] = [
    ("all detectors", .strictest),
    ("identifier patterns only", Policy(name: "identifiers", types: Set(EntityType.allCases).subtracting([.person]))),
    ("name detector only", Policy(name: "names", types: [.person])),
]

func loadCorpus() throws {
    var generator = try CorpusGenerator(root: BenchEnvironment.root)
    corpus = generator.documents(totalling: BenchEnvironment.corpusBytes)
    corpusBytes = corpus.reduce(0) { $0 + $1.count }
}

func makeRedactor(_ policy: Policy = .strictest) throws -> Redactor {
    try Redactor(.init(wordlists: BenchEnvironment.wordlists, policy: policy))
}

/// Runs `body` over the whole corpus (each document made from its bytes, so UTF-8
/// validation is included) and records MB/s.
func throughput(_ benchmark: Benchmark, _ body: (Document) throws -> Int) throws {
    let (timing, sink) = try Timing.of {
        var sink = 0
        for (index, bytes) in corpus.enumerated() {
            sink &+= try body(Document(name: "doc-\(index)", bytes: bytes))
        }
        return sink
    }
    blackHole(sink)
    samples.append(timing)
    benchmark.measurement(throughputMetric, Int((Double(corpusBytes) / 1e6 / timing.wall).rounded()))
}

func recordThroughput(_ rank: Int, _ name: String, goal: Summary.Goal = .none) {
    let (wall, cpu) = samples.rate(corpusBytes)
    Summary.record(rank, name, wall, "MB/s", goal: goal,
                   note: String(format: "CPU time: %.1f MB/s; %d documents", cpu, corpus.count))
}

/// Streams `megabytes` of generated documents through `redact`, one at a time, holding
/// none of them afterwards, and records the peak resident memory.
func stream(megabytes: Int, _ benchmark: Benchmark) throws {
    guard let redactor else { return benchmark.error("no redactor") }
    var generator = try CorpusGenerator(root: BenchEnvironment.root, seed: 7)
    ResidentMemory.resetPeak()
    let before = ResidentMemory.current
    var total = 0
    var sink = 0
    while total < megabytes * 1_000_000 {
        let bytes = generator.next()
        total += bytes.count
        sink &+= try redactor.redact(Document(name: "stream", bytes: bytes)).output.count
    }
    blackHole(sink)
    let peak = ResidentMemory.peak
    let growth = Double(max(0, peak - before)) / 1e6
    benchmark.measurement(peakMetric, Int((Double(peak) / 1e6).rounded()))
    benchmark.measurement(growthMetric, Int(growth.rounded()))
    Summary.record(megabytes < 50 ? 60 : 61, "Peak RSS, \(megabytes) MB streamed", Double(peak) / 1e6, "MB",
                   note: String(format: "%.1f MB after loading, +%.1f MB while streaming", Double(before) / 1e6, growth))
}

let benchmarks: @Sendable () -> Void = {
    let mb = BenchEnvironment.corpusBytes / 1_000_000
    let throughputConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, throughputMetric, .peakMemoryResident],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 5)

    let redactEach: @Sendable (Benchmark) throws -> Void = { benchmark in
        guard let redactor else { return benchmark.error("no redactor") }
        try throughput(benchmark) { try redactor.redact($0).output.count }
    }

    // 1. Throughput: redact with every detector, then detection alone by detector.
    Benchmark(
        "Redact \(mb) MB corpus",
        configuration: throughputConfiguration,
        closure: redactEach,
        setup: {
            try loadCorpus()
            redactor = try makeRedactor()
        },
        teardown: { recordThroughput(10, "Redaction throughput (\(mb) MB)", goal: .atLeast(50)) }
    )

    // Long documents (an Ombudsman decision, a complaint file): the same corpus joined
    // into documents of about 64 KB, which name many more people each.
    Benchmark(
        "Redact \(mb) MB as 64 KB documents",
        configuration: throughputConfiguration,
        closure: redactEach,
        setup: {
            try loadCorpus()
            var joined: [[UInt8]] = []
            var current: [UInt8] = []
            for document in corpus {
                current += document
                current += [0x0A, 0x0A]
                if current.count >= 65_536 {
                    joined.append(current)
                    current = []
                }
            }
            if !current.isEmpty { joined.append(current) }
            corpus = joined
            corpusBytes = corpus.reduce(0) { $0 + $1.count }
            redactor = try makeRedactor()
        },
        teardown: { recordThroughput(11, "Redaction throughput, 64 KB documents (\(mb) MB)") }
    )

    for (rank, (label, policy)) in policies.enumerated() {
        Benchmark(
            "Find only, \(label)",
            configuration: throughputConfiguration,
            closure: { benchmark in
                guard let redactor else { return benchmark.error("no redactor") }
                try throughput(benchmark) { try redactor.findings(in: $0).count }
            },
            setup: {
                try loadCorpus()
                redactor = try makeRedactor(policy)
            },
            teardown: { recordThroughput(20 + rank, "Find only, \(label)") }
        )
    }

    // Where the time goes: detection alone, one entity type at a time, on the first
    // CANDOUR_BENCH_SPLIT_MB (default 8) of the corpus. Each type's identifier rules
    // (PERSON: the name detector) run alone; "no detectors" is the fixed cost of a
    // document (UTF-8 validation, span resolution). CPU ms per MB, which add up.
    Benchmark(
        "Detection split by type",
        configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 0,
                             maxDuration: .seconds(600), maxIterations: 1),
        closure: { benchmark in
            let limit = BenchEnvironment.integer("CANDOUR_BENCH_SPLIT_MB", default: 8) * 1_000_000
            var subset: [[UInt8]] = []
            var bytes = 0
            for document in corpus where bytes < limit {
                subset.append(document)
                bytes += document.count
            }
            let megabytes = Double(bytes) / 1e6
            var rows: [(String, Set<EntityType>)] = [("no detectors (fixed cost)", [])]
            rows += EntityType.allCases.map { ($0 == .person ? "PERSON (name detector)" : "\($0.rawValue) patterns", [$0]) }
            for (label, types) in rows {
                let redactor: Redactor
                do { redactor = try makeRedactor(Policy(name: label, types: types)) } catch {
                    return benchmark.error("\(label): \(error)")
                }
                var runs = Samples(warmups: 0)
                for _ in 0..<3 {
                    let (timing, sink) = Timing.of {
                        var sink = 0
                        for document in subset {
                            if let document = try? Document(name: "split", bytes: document) {
                                sink &+= (try? redactor.findings(in: document).count) ?? 0
                            }
                        }
                        return sink
                    }
                    blackHole(sink)
                    runs.append(timing)
                }
                Summary.record(30, "  split: \(label)", runs.cpu * 1000 / megabytes, "ms/MB",
                               note: String(format: "CPU time; %.1f MB/s alone", megabytes / runs.cpu))
            }
        },
        setup: { try loadCorpus() }
    )

    // 2. Start-up: loading every wordlist and building the detectors.
    Benchmark(
        "Redactor start-up (all wordlists)",
        configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], timeUnits: .milliseconds,
                             warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 15),
        closure: { benchmark in
            let (timing, made) = Timing.of { Result { try makeRedactor() } }
            if case .failure(let error) = made { return benchmark.error("\(error)") }
            blackHole(made)
            samples.append(timing)
        },
        teardown: {
            Summary.record(50, "Redactor start-up, all wordlists", samples.wall * 1000, "ms", goal: .atMost(150),
                           note: String(format: "CPU time: %.0f ms", samples.cpu * 1000))
        }
    )

    // ... and the cold start of the release binary: `candour redact < small.txt`.
    if let binary = BenchEnvironment.candourBinary {
        let input = BenchEnvironment.root.appendingPathComponent("samples/compliments/care-leaver-personal-advisor.txt")
        Benchmark(
            "candour redact < small.txt (process)",
            configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds,
                                 warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 15),
            closure: { benchmark in
                let (timing, status) = try Timing.of {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: binary)
                    process.arguments = ["redact"]
                    process.standardInput = try FileHandle(forReadingFrom: input)
                    process.standardOutput = FileHandle.nullDevice
                    try process.run()
                    process.waitUntilExit()
                    return process.terminationStatus
                }
                if status != 0 { benchmark.error("candour redact exited with \(status)") }
                samples.append(timing)
            },
            teardown: {
                Summary.record(51, "candour redact < small.txt (process)", samples.wall * 1000, "ms",
                               note: String(format: "CPU time: %.0f ms; start, load, redact %d bytes, exit", samples.cpu * 1000,
                                            (try? Data(contentsOf: input).count) ?? 0))
            }
        )
    }

    // 3. Memory: peak RSS streaming 10 MB and 100 MB, document by document.
    for size in [BenchEnvironment.integer("CANDOUR_BENCH_STREAM_SMALL_MB", default: 10),
                 BenchEnvironment.integer("CANDOUR_BENCH_STREAM_LARGE_MB", default: 100)] {
        Benchmark(
            "Stream \(size) MB through redact",
            configuration: .init(metrics: [.wallClock, .peakMemoryResident, peakMetric, growthMetric],
                                 timeUnits: .milliseconds, warmupIterations: 0,
                                 maxDuration: .seconds(600), maxIterations: 1),
            closure: { benchmark in try stream(megabytes: size, benchmark) },
            setup: { redactor = try makeRedactor() }
        )
    }
}
