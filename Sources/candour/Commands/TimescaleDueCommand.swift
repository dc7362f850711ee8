import ArgumentParser
import CaseModel

/// `candour timescale due --from DATE --working-days N`: prints the due date.
struct TimescaleDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Print the date N working days after a start date (the start day not counted).")

    @Option(help: ArgumentHelp("Day 0, the day received or escalated (YYYY-MM-DD).", valueName: "date"),
            transform: TimescaleArgument.date)
    var from: LocalDate

    @Option(name: .customLong("working-days"), help: ArgumentHelp("Working days allowed.", valueName: "n"))
    var workingDays: Int

    @OptionGroup var calendarOptions: TimescaleCalendarOptions

    func validate() throws {
        guard workingDays >= 0 else { throw ValidationError("--working-days must be 0 or more, not \(workingDays)") }
        guard workingDays <= 100_000 else { throw ValidationError("--working-days is too large: \(workingDays)") }
    }

    func run() throws {
        print(try calendarOptions.calendar().date(addingWorkingDays: workingDays, to: from))
    }
}
