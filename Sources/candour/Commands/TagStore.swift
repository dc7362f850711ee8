import CaseModel
import Classification
import Diagnostics
import Store

/// `candour tag --store`: tags each case's summary and writes the themes as the case's
/// automatic themes. Manual themes an officer set are never touched (the store keeps the
/// two apart), so re-tagging after a vocabulary change only refreshes the automatic ones.
enum TagStore {
    static func run(tagger: Tagger, store: CaseStore, references: [String], output: inout TagOutputBuffer) throws {
        let cases: [Case]
        if references.isEmpty {
            cases = try store.allCases()
        } else {
            cases = try references.map { reference in
                guard let found = try store.case(reference: reference) else {
                    throw CandourError(.notFound, "no such case", context: reference)
                }
                return found
            }
        }
        var tagged = 0
        for item in cases {
            // Raw or redacted text alike; placeholders never trigger labels.
            let text = item.summary.isEmpty ? (item.redactedSummary ?? "") : item.summary
            let themes = try tagger.tag(text).labels("themes")
            try store.replaceAutomaticThemes(caseReference: item.reference, themes: themes)
            let manual = item.themes(from: .manual).map(\.id)
            var line = "\(item.reference)  \(themes.isEmpty ? "-" : themes.joined(separator: ", "))"
            if !manual.isEmpty { line += "  (manual: \(manual.joined(separator: ", ")))" }
            output.write(line + "\n")
            tagged += 1
        }
        output.write("tagged \(tagged) case\(tagged == 1 ? "" : "s")\n")
    }
}
