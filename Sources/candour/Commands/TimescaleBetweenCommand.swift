import ArgumentParser
import CaseModel

/// `candour timescale between --from A --to B`: prints the working days between two dates.
struct TimescaleBetweenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "between",
        abstract: "Print the working days after --from up to and including --to (negative when --to is earlier).")

    @Option(help: ArgumentHelp("Day 0 (YYYY-MM-DD).", valueName: "date"), transform: TimescaleArgument.date)
    var from: LocalDate

    @Option(help: ArgumentHelp("The last day counted (YYYY-MM-DD).", valueName: "date"), transform: TimescaleArgument.date)
    var to: LocalDate

    @OptionGroup var calendarOptions: TimescaleCalendarOptions

    func validate() throws {
        guard abs(from.days(to: to)) <= 36_600 else { throw ValidationError("--from and --to are more than a century apart") }
    }

    func run() throws {
        print(try calendarOptions.calendar().workingDays(from: from, to: to))
    }
}
