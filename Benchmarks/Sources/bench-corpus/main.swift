// Writes the generated benchmark corpus as files, for looking at it or for timing the
// command line on a folder:  swift run -c release bench-corpus OUT [MEGABYTES] [SEED]
import BenchSupport
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let out = arguments.first else {
    FileHandle.standardError.write(Data("usage: bench-corpus OUT [MEGABYTES] [SEED]\n".utf8))
    exit(2)
}
let megabytes = arguments.dropFirst().first.flatMap { Double($0) } ?? 1
let seed = arguments.dropFirst(2).first.flatMap { UInt64($0) } ?? 0xCA4D_0042
var generator = try CorpusGenerator(root: BenchEnvironment.root, seed: seed)
let directory = URL(fileURLWithPath: out)
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
var total = 0
var count = 0
while Double(total) < megabytes * 1e6 {
    let bytes = generator.next()
    count += 1
    total += bytes.count
    try Data(bytes).write(to: directory.appendingPathComponent(String(format: "doc-%06d.txt", count)))
}
print("\(count) documents, \(total) bytes in \(out)")
