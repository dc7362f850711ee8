import ArgumentParser
import CaseModel
import Foundation
import Store

/// Where the case store is: `--db PATH`, else `CANDOUR_DB`, else `candour.db` here.
struct CasesStoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The case store (default: $CANDOUR_DB or candour.db).", valueName: "path"))
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["CANDOUR_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? CaseStore.defaultPath
    }

    /// Opens the store, creating it (for writes).
    func open() throws -> CaseStore { try CaseStore(path: resolvedPath) }

    /// Opens the store, which must exist (for reads).
    func openExisting() throws -> CaseStore { try CaseStore(existingAt: resolvedPath) }
}

/// How clocks are read: as of which day, with which corporate timescales and calendar.
struct CasesClockOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read clocks as of this day (default: today).", valueName: "date"),
            transform: TimescaleArgument.date)
    var today: LocalDate?

    @Option(name: .customLong("corporate-stage1"), help: ArgumentHelp("Corporate stage 1 timescale in working days.", valueName: "n"))
    var corporateStage1 = 10

    @Option(name: .customLong("corporate-stage2"), help: ArgumentHelp("Corporate stage 2 timescale in working days.", valueName: "n"))
    var corporateStage2 = 20

    @OptionGroup var calendarOptions: TimescaleCalendarOptions

    func validate() throws {
        for (name, value) in [("--corporate-stage1", corporateStage1), ("--corporate-stage2", corporateStage2)]
        where !(1...365).contains(value) {
            throw ValidationError("\(name) must be between 1 and 365 working days, not \(value)")
        }
    }

    var asOf: LocalDate { today ?? LocalDate.today() }
    var timescales: Timescales { Timescales(corporateStage1: corporateStage1, corporateStage2: corporateStage2) }
    func calendar() throws -> WorkingDayCalendar { try calendarOptions.calendar() }
}

/// Output formats for tabular commands.
enum CasesTableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Output formats for one case.
enum CasesRecordFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Output formats for a whole export.
enum CasesExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}
