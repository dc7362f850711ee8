import ArgumentParser
import Classification
import Diagnostics
import Foundation

/// `candour eval-tags CORPUS.jsonl`: scores the classifier against gold labels.
struct EvalTagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-tags",
        abstract: "Score tagging on an annotated corpus: per-label precision, recall, micro and macro F1.",
        discussion: """
            CORPUS.jsonl holds one {"id", "text", "themes": [...], "learning": [...], \
            "actions": [...]} object a line; a record is scored for each taxonomy it has a key for.
            """
    )

    @Argument(help: "The annotated corpus (JSON lines).")
    var corpus: String

    @OptionGroup var taxonomyOptions: TagTaxonomyOptions

    @Option(help: "Output format: text or json.")
    var format: EvalTagsFormat = .text

    @Flag(help: "List each document's missed and spurious labels.")
    var mistakes = false

    @Option(help: "Exit with status 1 when any taxonomy's micro-F1 is below this value.")
    var minF1: Double?

    func run() throws {
        let classifier = try taxonomyOptions.classifier()
        guard let data = FileManager.default.contents(atPath: corpus) else {
            throw CandourError(.notFound, "cannot read corpus", context: corpus)
        }
        guard let content = String(data: data, encoding: .utf8) else {
            throw CandourError(.invalidInput, "not UTF-8 text", context: corpus)
        }
        let names = classifier.taxonomies.map(\.name)
        let records = try TagRecord.parseLines(content, source: corpus, goldKeys: Set(names))
        guard !records.isEmpty else { throw CandourError(.invalidInput, "the corpus is empty", context: corpus) }
        let evaluation = try TagEvaluation.evaluate(records, tagger: Tagger(classifier), taxonomies: names)
        var output = TagOutputBuffer()
        switch format {
        case .text: output.write(EvalTagsReport.text(evaluation, records: records.count, mistakes: mistakes))
        case .json: output.write(EvalTagsReport.json(evaluation, records: records.count) + "\n")
        }
        output.flush()
        if let minF1, evaluation.taxonomies.contains(where: { $0.microF1 < minF1 }) {
            throw ExitCode(1)
        }
    }
}

enum EvalTagsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Renders a ``TagEvaluation`` as a table or JSON.
enum EvalTagsReport {
    static func text(_ evaluation: TagEvaluation, records: Int, mistakes: Bool) -> String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let space = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + space : space + text
        }
        var out = "\(records) documents\n"
        for score in evaluation.taxonomies {
            out += "\n\(score.taxonomy) (\(score.documents) documents)\n"
            let width = max(24, (score.labels.map(\.label.count).max() ?? 0) + 2)
            out += pad("label", width, left: true) + pad("support", 8) + pad("tp", 5) + pad("fp", 5) + pad("fn", 5)
                + pad("precision", 11) + pad("recall", 8) + pad("f1", 7) + "\n"
            for label in score.labels {
                out += pad(label.label, width, left: true) + pad("\(label.support)", 8) + pad("\(label.truePositives)", 5)
                    + pad("\(label.falsePositives)", 5) + pad("\(label.falseNegatives)", 5)
                    + pad(f(label.precision), 11) + pad(f(label.recall), 8) + pad(f(label.f1), 7) + "\n"
            }
            out += "micro: precision \(f(score.microPrecision))  recall \(f(score.microRecall))  F1 \(f(score.microF1))\n"
            out += "macro F1: \(f(score.macroF1))   exact match: \(score.exactMatches)/\(score.documents)\n"
        }
        if mistakes {
            out += "\nmistakes:\n"
            for mistake in evaluation.mistakes {
                out += "  \(mistake.id) \(mistake.taxonomy):"
                if !mistake.missed.isEmpty { out += " missed " + mistake.missed.joined(separator: ",") }
                if !mistake.spurious.isEmpty { out += " spurious " + mistake.spurious.joined(separator: ",") }
                out += "\n"
            }
        }
        return out
    }

    static func json(_ evaluation: TagEvaluation, records: Int) -> String {
        func n(_ value: Double) -> String { String(format: "%.4f", value) }
        let taxonomies = evaluation.taxonomies.map { score -> String in
            let labels = score.labels.map { label in
                "{\"label\":\(JSONText.string(label.label)),\"support\":\(label.support),\"tp\":\(label.truePositives),"
                    + "\"fp\":\(label.falsePositives),\"fn\":\(label.falseNegatives),\"precision\":\(n(label.precision)),"
                    + "\"recall\":\(n(label.recall)),\"f1\":\(n(label.f1))}"
            }
            return "\(JSONText.string(score.taxonomy)):{\"documents\":\(score.documents),"
                + "\"micro\":{\"precision\":\(n(score.microPrecision)),\"recall\":\(n(score.microRecall)),\"f1\":\(n(score.microF1))},"
                + "\"macro_f1\":\(n(score.macroF1)),\"exact_matches\":\(score.exactMatches),"
                + "\"labels\":[" + labels.joined(separator: ",") + "]}"
        }
        return "{\"documents\":\(records),\"taxonomies\":{" + taxonomies.joined(separator: ",") + "}}"
    }
}
