import Testing
@testable import CaseModel

@Suite("Calendar dates")
struct LocalDateTests {
    @Test func roundTripsThroughTheDayCount() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(LocalDate(year: 2000, month: 3, day: 1)!.daysSinceEpoch == 11_017)
    }

    @Test func weekdays() {
        #expect(LocalDate(year: 2023, month: 5, day: 8)!.weekday == .monday)
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.weekday == .thursday)
        #expect(LocalDate(year: 1969, month: 12, day: 28)!.weekday == .sunday)
    }

    @Test func rejectsImpossibleDays() {
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2023, month: 4, day: 31) == nil)
        #expect(LocalDate(iso: "2023-13-01") == nil)
        #expect(LocalDate(iso: "2023-1-01") == nil)
        #expect(LocalDate(iso: "yesterday") == nil)
    }

    @Test func parsesBritishAndISODates() {
        let expected = LocalDate(year: 2023, month: 3, day: 7)!
        #expect(LocalDate(parsing: "2023-03-07") == expected)
        #expect(LocalDate(parsing: "07/03/2023") == expected)
        #expect(LocalDate(parsing: "7/3/2023") == expected)
        #expect(LocalDate(parsing: " 07/03/2023 10:32 ") == expected)
        #expect(LocalDate(parsing: "2023-03-07T09:00:00Z") == expected)
        #expect(LocalDate(parsing: "03/07/23") == nil)
        #expect(LocalDate(parsing: "31/02/2023") == nil)
    }

    @Test func addingYearsClampsTheTwentyNinthOfFebruary() {
        #expect(LocalDate(year: 2024, month: 2, day: 29)!.adding(years: 1) == LocalDate(year: 2025, month: 2, day: 28)!)
    }
}
