/// One bank holiday in England and Wales: the day it is observed and its name.
public struct BankHoliday: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The day the holiday is observed (a substitute day when the usual one falls at a weekend).
    public let date: LocalDate
    /// Its name, e.g. "Easter Monday" or "Boxing Day (substitute day)".
    public let name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }

    public var description: String { "\(date) \(name)" }

    /// The bank holidays of England and Wales in `year` as the standing rules give them,
    /// before any one-off change (see ``HolidayChange``).
    ///
    /// New Year's Day, Good Friday, Easter Monday, the early May bank holiday (first Monday
    /// of May, from 1978), the spring bank holiday (last Monday of May), the summer bank
    /// holiday (last Monday of August), Christmas Day and Boxing Day, with substitute
    /// weekdays when a fixed-date holiday falls on a Saturday or Sunday.
    public static func byRule(in year: Int) -> [BankHoliday] {
        var holidays: [BankHoliday] = []
        func add(_ date: LocalDate, _ name: String) { holidays.append(BankHoliday(date: date, name: name)) }

        let newYear = LocalDate(year: year, month: 1, day: 1)!
        switch newYear.weekday {
        case .saturday: add(newYear.adding(days: 2), "New Year’s Day (substitute day)")
        case .sunday: add(newYear.adding(days: 1), "New Year’s Day (substitute day)")
        default: add(newYear, "New Year’s Day")
        }

        let easter = easterSunday(in: year)
        add(easter.adding(days: -2), "Good Friday")
        add(easter.adding(days: 1), "Easter Monday")

        if year >= 1978 {
            add(firstMonday(ofMonth: 5, in: year), "Early May bank holiday")
        }
        add(lastMonday(ofMonth: 5, in: year), "Spring bank holiday")
        add(lastMonday(ofMonth: 8, in: year), "Summer bank holiday")

        let christmas = LocalDate(year: year, month: 12, day: 25)!
        switch christmas.weekday {
        case .friday:
            add(christmas, "Christmas Day")
            add(christmas.adding(days: 3), "Boxing Day (substitute day)")
        case .saturday:
            add(christmas.adding(days: 2), "Christmas Day (substitute day)")
            add(christmas.adding(days: 3), "Boxing Day (substitute day)")
        case .sunday:
            add(christmas.adding(days: 1), "Boxing Day")
            add(christmas.adding(days: 2), "Christmas Day (substitute day)")
        default:
            add(christmas, "Christmas Day")
            add(christmas.adding(days: 1), "Boxing Day")
        }
        return holidays.sorted { $0.date < $1.date }
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
    public static func easterSunday(in year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    static func firstMonday(ofMonth month: Int, in year: Int) -> LocalDate {
        let first = LocalDate(year: year, month: month, day: 1)!
        let offset = (7 - first.weekday.rawValue) % 7
        return first.adding(days: offset)
    }

    static func lastMonday(ofMonth month: Int, in year: Int) -> LocalDate {
        let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
        return last.adding(days: -last.weekday.rawValue)
    }
}
