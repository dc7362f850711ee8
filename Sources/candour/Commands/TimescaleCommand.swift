import ArgumentParser

/// `candour timescale`: working-day arithmetic on the England and Wales calendar.
struct TimescaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timescale",
        abstract: "Working-day due dates and counts (England and Wales bank holidays).",
        discussion: """
            The start day is day 0 and is never counted, as the statutory clocks count from the
            day a complaint is received. Weekends and bank holidays (including one-offs such as
            8 May 2020, 3 June 2022, 19 September 2022 and 8 May 2023) are not working days.
            """,
        subcommands: [TimescaleDueCommand.self, TimescaleBetweenCommand.self, TimescaleHolidaysCommand.self]
    )
}
