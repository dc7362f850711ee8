// Redacts the generated corpus in a loop, for a profiler (perf, callgrind) to watch:
//   swift run -c release bench-profile [MEGABYTES] [PASSES] [find]
// With `find`, only the detectors run (no replacement). Prints MB/s of CPU time.
import BenchSupport
import Foundation
import Redaction

let arguments = Array(CommandLine.arguments.dropFirst())
let megabytes = arguments.first.flatMap { Double($0) } ?? 2
let passes = arguments.dropFirst().first.flatMap { Int($0) } ?? 1
let findOnly = arguments.contains("find")

var generator = try CorpusGenerator(root: BenchEnvironment.root)
let corpus = generator.documents(totalling: Int(megabytes * 1e6))
let bytes = corpus.reduce(0) { $0 + $1.count }
let redactor = try Redactor(.init(wordlists: BenchEnvironment.wordlists, policy: .strictest))

let start = CPUTime.thread
var sink = 0
for _ in 0..<passes {
    for (index, document) in corpus.enumerated() {
        let document = try Document(name: "doc-\(index)", bytes: document)
        sink &+= findOnly ? try redactor.findings(in: document).count : try redactor.redact(document).output.count
    }
}
let seconds = CPUTime.thread - start
print(String(format: "%d documents, %.1f MB x %d: %.1f MB/s (CPU), sink %d",
             corpus.count, Double(bytes) / 1e6, passes, Double(bytes * passes) / 1e6 / seconds, sink))
