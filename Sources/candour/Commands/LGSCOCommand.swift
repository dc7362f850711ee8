import ArgumentParser

/// `candour lgsco`: Ombudsman (LGSCO) decisions.
struct LGSCOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lgsco",
        abstract: "Read Local Government and Social Care Ombudsman decisions.",
        subcommands: [LGSCOParseCommand.self]
    )
}
