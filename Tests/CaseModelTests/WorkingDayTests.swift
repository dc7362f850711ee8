import Testing
@testable import CaseModel

private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

@Suite("Working-day arithmetic")
struct WorkingDayTests {
    let calendar = WorkingDayCalendar.englandAndWales

    @Test("Due dates across year ends, Easter and one-off holidays", arguments: [
        // The contract example: Christmas, Boxing Day and New Year's Day skipped.
        ("2019-12-20", 10, "2020-01-08"),
        // 2020: Boxing Day substitute on Monday 28 December.
        ("2020-12-18", 10, "2021-01-06"),
        // 2021: both Christmas substitutes (27 and 28 December), then New Year's Day 2022 on a
        // Saturday with its substitute on Monday 3 January.
        ("2021-12-23", 5, "2022-01-04"),
        // Easter 2024: Good Friday 29 March and Easter Monday 1 April.
        ("2024-03-27", 10, "2024-04-12"),
        // Received on Easter Monday 2025 (day 0), early May bank holiday skipped.
        ("2025-04-21", 10, "2025-05-06"),
        // Stage 2 across the 2022 spring and Platinum Jubilee holidays.
        ("2022-05-25", 25, "2022-07-01"),
        // Received on a Saturday: Monday is day 1.
        ("2023-09-16", 1, "2023-09-18"),
        // Coronation bank holiday 2023 and the early May holiday before it.
        ("2023-04-28", 5, "2023-05-09"),
        ("2024-01-08", 0, "2024-01-08"),
    ])
    func dueDates(from start: String, days: Int, due: String) {
        #expect(calendar.date(addingWorkingDays: days, to: date(start)) == date(due))
    }

    @Test func countingBackwards() {
        #expect(calendar.date(addingWorkingDays: -10, to: date("2020-01-08")) == date("2019-12-20"))
    }

    @Test func workingDaysBetween() {
        #expect(calendar.workingDays(from: date("2019-12-20"), to: date("2020-01-08")) == 10)
        #expect(calendar.workingDays(from: date("2020-01-08"), to: date("2019-12-20")) == -10)
        #expect(calendar.workingDays(from: date("2024-05-01"), to: date("2024-05-01")) == 0)
        // A whole year 2023: 260 weekdays less 9 bank holidays on weekdays.
        #expect(calendar.workingDays(from: date("2022-12-31"), to: date("2023-12-31")) == 251)
    }

    @Test func dueDateAndBetweenAgree() {
        var start = date("2019-11-01")
        while start < date("2020-02-01") {
            for days in [1, 5, 10, 20] {
                let due = calendar.date(addingWorkingDays: days, to: start)
                #expect(calendar.workingDays(from: start, to: due) == days)
                #expect(calendar.isWorkingDay(due))
            }
            start = start.adding(days: 1)
        }
    }
}
