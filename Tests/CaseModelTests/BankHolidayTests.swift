import Foundation
import Testing
@testable import CaseModel
import Diagnostics

/// The calendar against the bank holidays of England and Wales published on GOV.UK.
@Suite("Bank holidays of England and Wales")
struct BankHolidayTests {
    /// Published dates, 2012–2026, as month-day pairs.
    static let published: [Int: [(Int, Int)]] = [
        2012: [(1, 2), (4, 6), (4, 9), (5, 7), (6, 4), (6, 5), (8, 27), (12, 25), (12, 26)],
        2013: [(1, 1), (3, 29), (4, 1), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)],
        2014: [(1, 1), (4, 18), (4, 21), (5, 5), (5, 26), (8, 25), (12, 25), (12, 26)],
        2015: [(1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28)],
        2016: [(1, 1), (3, 25), (3, 28), (5, 2), (5, 30), (8, 29), (12, 26), (12, 27)],
        2017: [(1, 2), (4, 14), (4, 17), (5, 1), (5, 29), (8, 28), (12, 25), (12, 26)],
        2018: [(1, 1), (3, 30), (4, 2), (5, 7), (5, 28), (8, 27), (12, 25), (12, 26)],
        2019: [(1, 1), (4, 19), (4, 22), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)],
        2020: [(1, 1), (4, 10), (4, 13), (5, 8), (5, 25), (8, 31), (12, 25), (12, 28)],
        2021: [(1, 1), (4, 2), (4, 5), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)],
        2022: [(1, 3), (4, 15), (4, 18), (5, 2), (6, 2), (6, 3), (8, 29), (9, 19), (12, 26), (12, 27)],
        2023: [(1, 2), (4, 7), (4, 10), (5, 1), (5, 8), (5, 29), (8, 28), (12, 25), (12, 26)],
        2024: [(1, 1), (3, 29), (4, 1), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)],
        2025: [(1, 1), (4, 18), (4, 21), (5, 5), (5, 26), (8, 25), (12, 25), (12, 26)],
        2026: [(1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28)],
    ]

    @Test("Matches the published dates for every year 2012–2026", arguments: 2012...2026)
    func matchesPublishedDates(year: Int) {
        let expected = Self.published[year]!.map { LocalDate(year: year, month: $0.0, day: $0.1)! }
        let actual = WorkingDayCalendar.englandAndWales.holidays(in: year).map(\.date)
        #expect(actual == expected)
    }

    @Test func easterSundayByComputus() {
        let known: [(Int, Int, Int)] = [(2012, 4, 8), (2016, 3, 27), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25)]
        for (year, month, day) in known {
            #expect(BankHoliday.easterSunday(in: year) == LocalDate(year: year, month: month, day: day)!)
        }
    }

    @Test func oneOffChangesMoveTheRuleGivenDay() {
        let calendar = WorkingDayCalendar.englandAndWales
        // 2020: the early May bank holiday moved from Monday 4 May to Friday 8 May.
        #expect(calendar.holiday(on: LocalDate(year: 2020, month: 5, day: 4)!) == nil)
        #expect(calendar.holiday(on: LocalDate(year: 2020, month: 5, day: 8)!) != nil)
        // 2022: the spring bank holiday moved from 30 May to 2 June.
        #expect(calendar.isWorkingDay(LocalDate(year: 2022, month: 5, day: 30)!))
        #expect(calendar.holiday(on: LocalDate(year: 2022, month: 9, day: 19)!)?.name.contains("State Funeral") == true)
    }

    @Test func substituteDaysAreNamedAsSuch() {
        let holidays = WorkingDayCalendar.englandAndWales.holidays(in: 2021)
        #expect(holidays.last?.name == "Boxing Day (substitute day)")
        #expect(holidays[holidays.count - 2].name == "Christmas Day (substitute day)")
    }

    @Test func rulesWithoutTheBuiltInChangesGiveTheUsualDays() {
        let bare = WorkingDayCalendar(changes: [])
        #expect(bare.holiday(on: LocalDate(year: 2022, month: 5, day: 30)!)?.name == "Spring bank holiday")
        #expect(bare.holiday(on: LocalDate(year: 2023, month: 5, day: 8)!) == nil)
    }

    @Test func configuredChangesAddAndRemoveFutureOneOffs() throws {
        let changes = try HolidayChange.parse("""
        # a future one-off
        2027-06-07 add  Extra bank holiday   # trailing comment
        2027-05-31 remove Spring bank holiday (moved)

        """, source: "test.txt")
        #expect(changes.count == 2)
        let calendar = WorkingDayCalendar(additionalChanges: changes)
        #expect(calendar.holiday(on: LocalDate(year: 2027, month: 6, day: 7)!)?.name == "Extra bank holiday")
        #expect(calendar.isWorkingDay(LocalDate(year: 2027, month: 5, day: 31)!))
        // The built-in changes still apply.
        #expect(!calendar.isWorkingDay(LocalDate(year: 2023, month: 5, day: 8)!))
    }

    @Test func configuredChangesOutsideThePrecomputedYearsApply() throws {
        let changes = try HolidayChange.parse("2301-07-02 add Far future holiday")
        let calendar = WorkingDayCalendar(additionalChanges: changes)
        #expect(calendar.holiday(on: LocalDate(year: 2301, month: 7, day: 2)!)?.name == "Far future holiday")
        #expect(calendar.holidays(in: 2301).count == 9)
    }

    @Test func malformedChangeLinesNameTheFileAndLine() {
        #expect(throws: CandourError(.invalidConfiguration, "not a date (expected YYYY-MM-DD): 2027-13-01", context: "h.txt:2")) {
            try HolidayChange.parse("# ok\n2027-13-01 add Bad month", source: "h.txt")
        }
        #expect(throws: CandourError(.invalidConfiguration, "expected `add` or `remove`, found `move`", context: "h.txt:1")) {
            try HolidayChange.parse("2027-06-01 move Something", source: "h.txt")
        }
        #expect(throws: CandourError.self) { try HolidayChange.parse("2027-06-01 add") }
    }
}

@Suite("The shipped bank-holiday changes file")
struct ShippedHolidayFileTests {
    @Test func parsesAndAgreesWithTheBuiltInChanges() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("wordlists/calendar/bank-holiday-changes.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(try HolidayChange.parse(text, source: url.path).isEmpty)
        // Its commented reference list is the built-in one, line for line.
        let listed = text.split(separator: "\n").filter { $0.hasPrefix("# 19") || $0.hasPrefix("# 20") }
            .map { String($0.dropFirst(2)) }.joined(separator: "\n")
        let parsed = try HolidayChange.parse(listed)
        #expect(parsed == HolidayChange.englandAndWales)
    }
}
