import ArgumentParser

/// The `candour` command: parses, calls the library, prints. Nothing else lives here.
@main
struct Candour: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "candour",
        abstract: "Complaints and feedback toolkit for children's services: redaction, tagging, case clocks.",
        version: version,
        subcommands: [
            RedactCommand.self,
            ScanCommand.self,
            EvalCommand.self,
            KeyCommand.self,
            TagCommand.self,
            EvalTagsCommand.self,
            TimescaleCommand.self,
            CasesCommand.self,
            LGSCOCommand.self,
        ]
    )

    static func main() {
        Exit.run(self)
    }
}
