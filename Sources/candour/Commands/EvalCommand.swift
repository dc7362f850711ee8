import ArgumentParser
import Foundation
import Redaction

/// `candour eval CORPUS.jsonl`: recall, precision, F2 and leaks on an annotated corpus.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score redaction on an annotated corpus (JSON lines with spans).",
        discussion: "Prints per-type entity recall, token precision, F2 and the documents with any leak."
    )

    @Argument(help: "Annotated corpus: JSON lines {\"id\", \"text\", \"spans\": [{\"start\", \"end\", \"type\"}]}.")
    var corpus: String

    @Flag(name: .customLong("show-misses"), help: "List every missed entity and every over-redacted word.")
    var showMisses = false

    @OptionGroup var options: RedactionOptions

    func run() throws {
        let redactor = try options.makeRedactor()
        let annotated = try AnnotatedCorpus(contentsOf: URL(fileURLWithPath: corpus))
        let evaluation = try Evaluation(redactor: redactor, corpus: annotated)
        print(evaluation.report(showMisses: showMisses), terminator: "")
    }
}
