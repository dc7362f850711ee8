import Testing
import Foundation

@Suite("Command-line usage and exit statuses")
struct UsageTests {
    @Test func versionPrintsAndExitsZero() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func helpListsTheSubcommands() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: candour"))
        for name in CLIRunner.expectedSubcommands {
            #expect(result.stdout.contains("  \(name)"), "help should list \(name)")
        }
    }

    @Test func unknownSubcommandExitsTwoWithOneLine() throws {
        let result = try CLIRunner.run(["frobnicate"])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains("frobnicate"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownOptionExitsTwo() throws {
        let result = try CLIRunner.run(["--no-such-flag"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}

extension CLIRunner {
    /// Subcommands `candour --help` must list.
    static let expectedSubcommands: [String] = ["redact", "scan", "eval", "key", "timescale", "cases", "tag", "eval-tags"]
}
