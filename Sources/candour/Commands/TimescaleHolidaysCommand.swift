import ArgumentParser
import CaseModel

/// `candour timescale holidays YEAR`: lists the bank holidays the calendar uses.
struct TimescaleHolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List the bank holidays of England and Wales in a year, as the clocks use them.")

    @Argument(help: "The year, e.g. 2022.")
    var year: Int

    @OptionGroup var calendarOptions: TimescaleCalendarOptions

    func validate() throws {
        guard (1971...9999).contains(year) else { throw ValidationError("year must be between 1971 and 9999, not \(year)") }
    }

    func run() throws {
        for holiday in try calendarOptions.calendar().holidays(in: year) {
            print("\(holiday.date)  \(holiday.date.weekday.name)  \(holiday.name)")
        }
    }
}

extension Weekday {
    /// The English name, e.g. "Monday", padded to the longest (Wednesday).
    fileprivate var name: String {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let name = names[rawValue]
        return name + String(repeating: " ", count: 9 - name.count)
    }
}
