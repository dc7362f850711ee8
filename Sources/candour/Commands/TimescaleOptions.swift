import ArgumentParser
import CaseModel
import Diagnostics
import Foundation

/// Reading dates from the command line: `YYYY-MM-DD` only, so that 03/04 is never ambiguous.
enum TimescaleArgument {
    /// Parses an ISO date for an option; the message names what was wrong, ArgumentParser
    /// adds the option's name.
    @Sendable static func date(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("not a date (expected YYYY-MM-DD): \(text)")
        }
        return date
    }
}

/// The working-day calendar options every clock-reading command shares.
struct TimescaleCalendarOptions: ParsableArguments {
    @Option(name: .customLong("holidays"),
            help: ArgumentHelp("A file of extra one-off bank-holiday changes (`YYYY-MM-DD add|remove Name` a line).",
                               valueName: "file"))
    var holidaysFile: String?

    /// The England and Wales calendar with the built-in one-offs, plus those from `--holidays`
    /// or, failing that, the file named by `CANDOUR_HOLIDAYS`.
    func calendar() throws -> WorkingDayCalendar {
        guard let path = holidaysFile ?? ProcessInfo.processInfo.environment["CANDOUR_HOLIDAYS"], !path.isEmpty else {
            return .englandAndWales
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CandourError(.io, "cannot read the holidays file", context: path)
        }
        return WorkingDayCalendar(additionalChanges: try HolidayChange.parse(text, source: path))
    }
}
