// Tagging benchmarks (Classification): throughput of the keyword classifier over the
// same generated corpus as the redaction benchmarks, and the time to load and compile
// the taxonomies.
import Benchmark
import BenchSupport
import Classification
import Foundation
import PCRE2

nonisolated(unsafe) var corpus: [[UInt8]] = []
nonisolated(unsafe) var corpusBytes = 0
nonisolated(unsafe) var tagger: Tagger?
nonisolated(unsafe) var samples = Samples()

let throughputMetric = BenchmarkMetric.custom("Throughput (MB/s)", polarity: .prefersLarger, useScalingFactor: false)

var taxonomyDirectory: String { BenchEnvironment.root.appendingPathComponent("wordlists/taxonomy").path }

func makeTagger() throws -> Tagger {
    Tagger(try TaxonomySet.load(directory: taxonomyDirectory).classifier())
}

let benchmarks: @Sendable () -> Void = {
    let mb = BenchEnvironment.corpusBytes / 1_000_000

    Benchmark(
        "Tag \(mb) MB corpus",
        configuration: .init(metrics: [.wallClock, .cpuTotal, throughputMetric, .peakMemoryResident],
                             timeUnits: .milliseconds, warmupIterations: 1,
                             maxDuration: .seconds(60), maxIterations: 5),
        closure: { benchmark in
            guard let tagger else { return benchmark.error("no tagger") }
            let (timing, sink) = try Timing.of {
                var sink = 0
                for bytes in corpus {
                    // Validate as the command line does, then tag the validated bytes.
                    sink &+= try tagger.tag(Subject(validating: bytes)).taxonomies.count
                }
                return sink
            }
            blackHole(sink)
            samples.append(timing)
            benchmark.measurement(throughputMetric, Int((Double(corpusBytes) / 1e6 / timing.wall).rounded()))
        },
        setup: {
            var generator = try CorpusGenerator(root: BenchEnvironment.root)
            corpus = generator.documents(totalling: BenchEnvironment.corpusBytes)
            corpusBytes = corpus.reduce(0) { $0 + $1.count }
            do {
                tagger = try makeTagger()
            } catch {
                Summary.record(40, "Tagging throughput (\(mb) MB)", .nan, "MB/s", note: "FAILED: \(error)")
                throw error
            }
        },
        teardown: {
            let (wall, cpu) = samples.rate(corpusBytes)
            Summary.record(40, "Tagging throughput (\(mb) MB)", wall, "MB/s", goal: .atLeast(20),
                           note: String(format: "CPU time: %.2f MB/s; %d documents", cpu, corpus.count))
        }
    )

    Benchmark(
        "Tagger start-up (load and compile taxonomies)",
        configuration: .init(metrics: [.wallClock, .cpuTotal], timeUnits: .milliseconds,
                             warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 15),
        closure: { benchmark in
            let (timing, made) = Timing.of { Result { try makeTagger() } }
            if case .failure(let error) = made { return benchmark.error("\(error)") }
            blackHole(made)
            samples.append(timing)
        },
        teardown: {
            Summary.record(55, "Tagger start-up, all taxonomies", samples.wall * 1000, "ms",
                           note: String(format: "CPU time: %.0f ms", samples.cpu * 1000))
        }
    )
}
