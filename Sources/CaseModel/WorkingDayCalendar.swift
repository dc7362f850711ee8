/// Working days in England and Wales: Monday to Friday except bank holidays.
///
/// Holidays come from the standing rules (``BankHoliday/byRule(in:)``) with the one-off
/// changes applied in order on top: the built-in ones (``HolidayChange/englandAndWales``)
/// and any a council adds from a configuration file.
public struct WorkingDayCalendar: Sendable {
    /// Years whose holidays are worked out once, up front; others are worked out on demand.
    static let precomputedYears = 1971...2199

    /// The one-off changes in force, in the order they were applied.
    public let changes: [HolidayChange]
    private let holidaysByDay: [Int: BankHoliday]

    /// A calendar with the built-in one-off changes followed by `additionalChanges`.
    public init(additionalChanges: [HolidayChange] = []) {
        self.init(changes: HolidayChange.englandAndWales + additionalChanges)
    }

    /// A calendar with exactly `changes` applied to the rules (no built-in ones unless listed).
    public init(changes: [HolidayChange]) {
        self.changes = changes
        var byDay: [Int: BankHoliday] = [:]
        for year in Self.precomputedYears {
            for holiday in BankHoliday.byRule(in: year) {
                byDay[holiday.date.daysSinceEpoch] = holiday
            }
        }
        for change in changes {
            switch change.action {
            case .add: byDay[change.date.daysSinceEpoch] = BankHoliday(date: change.date, name: change.name)
            case .remove: byDay[change.date.daysSinceEpoch] = nil
            }
        }
        self.holidaysByDay = byDay
    }

    /// The standard calendar of England and Wales with the built-in one-off changes.
    public static let englandAndWales = WorkingDayCalendar()

    /// The bank holiday observed on `date`, if any.
    public func holiday(on date: LocalDate) -> BankHoliday? {
        if Self.precomputedYears.contains(date.year) {
            return holidaysByDay[date.daysSinceEpoch]
        }
        var found = BankHoliday.byRule(in: date.year).first { $0.date == date }
        for change in changes where change.date == date {
            found = change.action == .add ? BankHoliday(date: date, name: change.name) : nil
        }
        return found
    }

    /// The bank holidays observed in `year`, in date order.
    public func holidays(in year: Int) -> [BankHoliday] {
        var date = LocalDate(year: year, month: 1, day: 1)!
        var result: [BankHoliday] = []
        while date.year == year {
            if let holiday = holiday(on: date) { result.append(holiday) }
            date = date.adding(days: 1)
        }
        return result
    }

    /// Whether `date` is a working day: a weekday that is not a bank holiday.
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        !date.isWeekend && holiday(on: date) == nil
    }

    /// The `count`-th working day after `start` (before it when `count` is negative).
    ///
    /// `start` is day 0 and is never counted, whether or not it is a working day, as the
    /// statutory clocks count from the day a complaint is received. A count of 0 gives `start`.
    public func date(addingWorkingDays count: Int, to start: LocalDate) -> LocalDate {
        var date = start
        var remaining = abs(count)
        let step = count < 0 ? -1 : 1
        while remaining > 0 {
            date = date.adding(days: step)
            if isWorkingDay(date) { remaining -= 1 }
        }
        return date
    }

    /// The working days after `start` up to and including `end`; negative when `end` is earlier
    /// (then it counts the working days after `end` up to and including `start`).
    public func workingDays(from start: LocalDate, to end: LocalDate) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        var count = 0
        var date = start
        while date < end {
            date = date.adding(days: 1)
            if isWorkingDay(date) { count += 1 }
        }
        return count
    }
}
