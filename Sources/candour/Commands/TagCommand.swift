import ArgumentParser
import Classification
import Diagnostics
import Foundation
import PCRE2

/// `candour tag`: labels texts with complaint themes, learning points, actions and
/// compliment facets, with the evidence for each.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag texts with complaint themes, learning points, actions and compliment facets.",
        discussion: """
            Each FILE is one text; with no FILE the text is read from stdin. With --jsonl, \
            stdin (or each FILE) holds one {"id": ..., "text": ...} object a line and one \
            {"id", "themes", "learning", "actions", "evidence"} object is written a line.
            """
    )

    @Argument(help: "Text files to tag (stdin when none).")
    var files: [String] = []

    @Flag(help: "Read {\"id\",\"text\"} JSON lines and write one JSON result a line.")
    var jsonl = false

    @Flag(help: "Show every match considered and why it counted or was suppressed.")
    var explain = false

    @Flag(help: "With --jsonl, also write compliment facets and any council taxonomy as extra keys.")
    var allTaxonomies = false

    @OptionGroup var taxonomyOptions: TagTaxonomyOptions

    @Flag(help: "Tag the cases in the case store (their summaries), writing automatic themes; manual themes are kept.")
    var store = false

    @Option(name: .customLong("case"), help: ArgumentHelp("With --store, tag only this case (repeatable).", valueName: "reference"))
    var caseReferences: [String] = []

    @OptionGroup var storeOptions: CasesStoreOptions

    @Option(help: "Highlight evidence: auto (when stdout is a terminal), always or never.")
    var color: TagColor = .auto

    func validate() throws {
        if store, jsonl || !files.isEmpty {
            throw ValidationError("--store tags the store's cases; it takes no FILE and no --jsonl")
        }
        if !caseReferences.isEmpty, !store { throw ValidationError("--case needs --store") }
    }

    func run() throws {
        let classifier = try taxonomyOptions.classifier()
        let tagger = Tagger(classifier)
        var output = TagOutputBuffer()
        if store {
            try TagStore.run(tagger: tagger, store: storeOptions.openExisting(), references: caseReferences, output: &output)
        } else if jsonl {
            let extra = allTaxonomies ? classifier.taxonomies.map(\.name).filter { !["themes", "learning", "actions"].contains($0) } : []
            let inputs = files.isEmpty ? [("<stdin>", try TagInput.readStdin())] : try files.map { ($0, try TagInput.read($0)) }
            for (name, data) in inputs {
                try TagJSONLines.run(data, source: name, tagger: tagger, extra: extra, explain: explain, output: &output)
            }
        } else {
            let inputs = files.isEmpty ? [("<stdin>", try TagInput.readStdin())] : try files.map { ($0, try TagInput.read($0)) }
            let highlight = color.enabled
            for (index, (name, data)) in inputs.enumerated() {
                guard let text = String(validating: data, as: UTF8.self) else {
                    throw CandourError(.invalidInput, "not UTF-8 text", context: name)
                }
                let result = try tagger.tag(text)
                if index > 0 { output.write("\n") }
                output.write(TagReport(name: name, text: text, result: result, highlight: highlight).render(explain: explain))
            }
        }
        output.flush()
    }
}

/// The `--taxonomy DIR` option shared by `tag` and `eval-tags`.
struct TagTaxonomyOptions: ParsableArguments {
    @Option(
        name: .customLong("taxonomy"),
        help: ArgumentHelp(
            "A folder of taxonomy YAML files that add to or override Candour's own.", valueName: "DIR"))
    var directories: [String] = []

    /// Candour's taxonomies with every `--taxonomy` folder merged over them, compiled.
    func classifier() throws -> Classifier {
        var set = try TaxonomySet.builtIn()
        for directory in directories {
            for file in try TaxonomySet.files(in: directory) { set = try set.merging(file) }
        }
        return try set.classifier()
    }
}

/// When to colour evidence.
enum TagColor: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}

/// Reading inputs whole.
enum TagInput {
    static func readStdin() throws -> [UInt8] {
        Array(FileHandle.standardInput.readDataToEndOfFile())
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CandourError(.notFound, "cannot read file", context: path)
        }
        return Array(data)
    }
}

/// Buffered stdout: written in large blocks.
struct TagOutputBuffer {
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
