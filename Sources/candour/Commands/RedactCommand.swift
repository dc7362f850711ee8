import ArgumentParser
import Diagnostics
import Foundation
import Redaction

/// `candour redact`: stdin to stdout, or files and folders into an output folder.
struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Redact names and identifiers: stdin to stdout, or .txt/.md files and folders into --out DIR.",
        discussion: """
        Without paths, reads stdin and writes the redacted text to stdout. With paths,
        mirrors each file under DIR with the same name; inputs are never written to. A
        document that cannot be processed (not UTF-8, unreadable) gets no output at all,
        the others are still written, and the exit status is 2.
        """
    )

    @Argument(help: "Files (.txt, .md) and folders to redact. None: read stdin.")
    var paths: [String] = []

    @Option(help: "Output folder (required with paths).")
    var out: String?

    @Option(help: "Write an audit trail (JSON lines, one per replacement) to this file.")
    var audit: String?

    @Flag(name: .customLong("audit-include-text"), help: "Put the original text in audit records instead of a salted hash.")
    var auditIncludeText = false

    @OptionGroup var options: RedactionOptions

    func validate() throws {
        if !paths.isEmpty && out == nil {
            throw ValidationError("--out DIR is required when redacting files or folders")
        }
        if paths.isEmpty && out != nil {
            throw ValidationError("--out needs at least one input path")
        }
    }

    func run() throws {
        let redactor = try options.makeRedactor()
        // Audit records cost a hash and a JSON line per replacement: only when asked for.
        var audit = try self.audit.map { _ in
            AuditLog(includeText: auditIncludeText,
                     key: try options.key.map { try Pseudonymizer(keyFile: URL(fileURLWithPath: $0)) })
        }
        if paths.isEmpty {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let document = try Document(name: "<stdin>", bytes: [UInt8](input))
            let redacted = try redactor.redact(document)
            audit?.record(redacted)
            try writeAudit(audit)
            FileHandle.standardOutput.write(Data(redacted.output))
            return
        }
        let tree = try DocumentTree(paths: paths)
        let output = URL(fileURLWithPath: out!)
        try tree.checkOutput(output, inputs: paths)
        var failures: [CandourError] = []
        for item in tree.items {
            do {
                guard let data = FileManager.default.contents(atPath: item.input.path) else {
                    throw CandourError(.io, "cannot read; nothing was written for it", context: item.input.path)
                }
                let document = try Document(name: item.input.path, bytes: [UInt8](data))
                let redacted = try redactor.redact(document)
                try AtomicFile.write(redacted.output, to: output.appendingPathComponent(item.relativePath))
                audit?.record(redacted)
            } catch let error as CandourError {
                failures.append(error)
                FileHandle.standardError.write(Data("candour: \(error.description)\n".utf8))
            }
        }
        try writeAudit(audit)
        let written = tree.items.count - failures.count
        FileHandle.standardError.write(Data("Redacted \(written) of \(tree.items.count) documents into \(output.path)\n".utf8))
        if !failures.isEmpty { throw ExitCode(2) }
    }

    private func writeAudit(_ log: AuditLog?) throws {
        guard let audit, let log else { return }
        try AtomicFile.write(log.contents, to: URL(fileURLWithPath: audit))
    }
}
