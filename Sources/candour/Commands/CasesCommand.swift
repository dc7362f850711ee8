import ArgumentParser

/// `candour cases`: the case store — import a case log, list, show, what falls due, export.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "Import, list and export cases; see what falls due.",
        discussion: "Cases live in an SQLite store: candour.db here by default, or --db PATH (or $CANDOUR_DB).",
        subcommands: [CasesImportCommand.self, CasesListCommand.self, CasesShowCommand.self, CasesDueCommand.self,
                      CasesExportCommand.self]
    )
}
