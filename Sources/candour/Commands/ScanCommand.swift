import ArgumentParser
import Diagnostics
import Foundation
import Redaction

/// `candour scan`: residual likely personal data in already-redacted text.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Report likely personal data left in (already redacted) text; exit 1 if any is found.",
        discussion: """
        One finding a line: path:line:column: TYPE text (reason). Columns count
        characters from 1. Redaction placeholders ([PERSON 1], X, Y, Z, xxx, masks and
        pseudonym tokens) are not findings. Exit status: 0 clean, 1 findings, 2 errors.
        """
    )

    @Argument(help: "Files (.txt, .md) and folders to scan. None: read stdin.")
    var paths: [String] = []

    @OptionGroup var options: RedactionOptions

    func run() throws {
        let redactor = try options.makeRedactor()
        var documents: [Document] = []
        if paths.isEmpty {
            documents.append(try Document(name: "<stdin>", bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile())))
        } else {
            for item in try DocumentTree(paths: paths).items {
                guard let data = FileManager.default.contents(atPath: item.input.path) else {
                    throw CandourError(.io, "cannot read", context: item.input.path)
                }
                documents.append(try Document(name: item.input.path, bytes: [UInt8](data)))
            }
        }
        var total = 0
        var lines: [String] = []
        for document in documents {
            for finding in try ResidualScan.findings(in: document, redactor: redactor) {
                lines.append(finding.lineText)
                total += 1
            }
        }
        if !lines.isEmpty { print(lines.joined(separator: "\n")) }
        if total > 0 { throw ExitCode(1) }
    }
}
