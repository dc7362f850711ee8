import ArgumentParser
import CaseModel
import Diagnostics
import Foundation
import Store

/// `candour cases import FILE [--mapping FILE]`: reads a case-log CSV into the store.
struct CasesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a case-log CSV (canonical columns, or others through --mapping).",
        discussion: """
            Every row is checked first; any problem is reported as `file:line: column: problem`
            (all of them, on stderr) and nothing is imported. Re-importing a file updates cases in
            place by reference and never duplicates them.
            """)

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("A column mapping file (`canonical = Their Column` a line).", valueName: "file"))
    var mapping: String?

    @OptionGroup var store: CasesStoreOptions

    func run() throws {
        let columnMapping = try mapping.map { try ColumnMapping.load(contentsOf: URL(fileURLWithPath: $0)) } ?? .identity
        guard FileManager.default.fileExists(atPath: file) else {
            throw CandourError(.notFound, "no such file", context: file)
        }
        let cases: [Case]
        do {
            cases = try CaseCSVReader(mapping: columnMapping).read(contentsOf: URL(fileURLWithPath: file))
        } catch let report as ImportProblems {
            FileHandle.standardError.write(Data((report.description + "\n").utf8))
            let count = report.problems.count
            FileHandle.standardError.write(Data("candour: error: \(count) problem\(count == 1 ? "" : "s") in \(file); nothing imported\n".utf8))
            throw ExitCode(2)
        }
        let summary = try store.open().upsert(cases)
        print("\(file): \(summary)")
    }
}
