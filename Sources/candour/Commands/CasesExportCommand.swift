import ArgumentParser
import Foundation
import Store
import Diagnostics

/// `candour cases export --format csv|json`: every case, in full.
struct CasesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every case: CSV in the canonical columns (re-importable) or JSON in full.")

    @Option(help: "Output: csv or json.")
    var format: CasesExportFormat = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var store: CasesStoreOptions

    func run() throws {
        let cases = try store.openExisting().allCases()
        let text = switch format {
        case .csv: CaseCSVWriter().write(cases)
        case .json: try CaseJSON.string(cases) + "\n"
        }
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw CandourError(.io, "cannot write the export", context: output)
            }
        } else {
            print(text, terminator: "")
        }
    }
}
