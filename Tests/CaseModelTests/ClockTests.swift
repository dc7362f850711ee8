import Testing
@testable import CaseModel

private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

@Suite("Statutory and corporate clocks")
struct ClockTests {
    let timescales = Timescales.standard

    @Test func stageOneAnsweredInTime() {
        let clock = Clock(timescales.statutoryStage1, started: date("2024-01-08"), stopped: date("2024-01-22"), asOf: date("2024-06-01"))
        #expect(clock.due == date("2024-01-22"))
        #expect(clock.daysTaken == 10)
        #expect(clock.status == .withinTimescale)
        #expect(clock.daysOver == 0)
        #expect(clock.daysLeft == nil)
    }

    @Test func stageOneAnsweredLate() {
        let clock = Clock(timescales.statutoryStage1, started: date("2024-01-08"), stopped: date("2024-01-25"), asOf: date("2024-06-01"))
        #expect(clock.status == .overTimescale)
        #expect(clock.daysTaken == 13)
        #expect(clock.daysOver == 3)
    }

    @Test func replyOnTheSaturdayAfterAFridayDueDateLosesNoWorkingDay() {
        // Due Friday 19 January 2024; answered Saturday 20.
        let clock = Clock(timescales.statutoryStage1, started: date("2024-01-05"), stopped: date("2024-01-20"), asOf: date("2024-06-01"))
        #expect(clock.due == date("2024-01-19"))
        #expect(clock.status == .withinTimescale)
    }

    @Test func clockOverTheYearEnd() {
        let clock = Clock(timescales.statutoryStage1, started: date("2019-12-20"), asOf: date("2020-01-02"))
        #expect(clock.due == date("2020-01-08"))
        #expect(clock.status == .running)
        #expect(clock.daysTaken == 6)
        #expect(clock.daysLeft == 4)
    }

    @Test func clockAroundEaster() {
        let clock = Clock(timescales.statutoryStage2, started: date("2024-03-20"), stopped: date("2024-04-26"), asOf: date("2024-06-01"))
        // 25 working days skipping Good Friday and Easter Monday 2024.
        #expect(clock.due == date("2024-04-26"))
        #expect(clock.status == .withinTimescale)
        #expect(clock.daysTaken == 25)
    }

    @Test func extensionWithinTheMaximum() {
        let extended = Extension(until: date("2024-02-05"), reason: "complex, several elements")
        let clock = Clock(timescales.statutoryStage1, started: date("2024-01-08"), extended: extended, stopped: date("2024-02-01"), asOf: date("2024-06-01"))
        #expect(clock.standardDue == date("2024-01-22"))
        #expect(clock.due == date("2024-02-05"))
        #expect(clock.allowedDays == 20)
        #expect(!clock.extensionBeyondMaximum)
        #expect(clock.status == .withinTimescale)
    }

    @Test func extensionBeyondTheMaximumIsFlagged() {
        let extended = Extension(until: date("2024-02-06"))
        let clock = Clock(timescales.statutoryStage1, started: date("2024-01-08"), extended: extended, asOf: date("2024-01-09"))
        #expect(clock.allowedDays == 21)
        #expect(clock.extensionBeyondMaximum)
        let stage2 = Clock(timescales.statutoryStage2, started: date("2024-01-08"), extended: Extension(until: date("2024-04-10")), asOf: date("2024-01-09"))
        #expect(stage2.allowedDays == 65)
        #expect(!stage2.extensionBeyondMaximum)
    }

    @Test func answeredAfterTheStandardDueDateButWithinTheExtension() {
        let late = Clock(timescales.statutoryStage1, started: date("2024-01-08"), stopped: date("2024-02-01"), asOf: date("2024-06-01"))
        #expect(late.status == .overTimescale)
        let extended = Clock(timescales.statutoryStage1, started: date("2024-01-08"), extended: Extension(until: date("2024-02-05")),
                             stopped: date("2024-02-01"), asOf: date("2024-06-01"))
        #expect(extended.status == .withinTimescale)
    }

    @Test func pausesPushTheDueDateOn() {
        // Paused Wednesday 10 to Tuesday 16 January 2024 while an advocate was arranged: 5 working days.
        let pause = Pause(from: date("2024-01-10"), to: date("2024-01-16"), reason: "advocate being arranged")
        let clock = Clock(timescales.statutoryStage1, started: date("2024-01-08"), pauses: [pause], stopped: date("2024-01-26"), asOf: date("2024-06-01"))
        #expect(clock.due == date("2024-01-29"))
        #expect(clock.pausedDays == 5)
        #expect(clock.daysTaken == 9)
        #expect(clock.status == .withinTimescale)
        // The same response without the pause is late.
        let unpaused = Clock(timescales.statutoryStage1, started: date("2024-01-08"), stopped: date("2024-01-26"), asOf: date("2024-06-01"))
        #expect(unpaused.status == .overTimescale)
    }

    @Test func pausesAlsoMoveAnExtendedDueDate() {
        let pause = Pause(from: date("2024-01-15"), to: date("2024-01-19"))
        let clock = Clock(timescales.statutoryStage1, started: date("2024-01-08"), extended: Extension(until: date("2024-02-05")),
                          pauses: [pause], asOf: date("2024-01-09"))
        #expect(clock.due == date("2024-02-12"))
    }

    @Test func runningClockGoesOverdue() {
        let clock = Clock(timescales.statutoryStage1, started: date("2024-01-08"), asOf: date("2024-01-24"))
        #expect(clock.status == .overdue)
        #expect(clock.daysTaken == 12)
        #expect(clock.daysLeft == -2)
        #expect(clock.daysOver == 2)
    }

    @Test func ombudsmanEnquiryCountsCalendarDays() {
        let clock = Clock(timescales.ombudsmanEnquiry, started: date("2023-12-20"), stopped: date("2024-01-18"), asOf: date("2024-06-01"))
        #expect(clock.due == date("2024-01-17"))
        #expect(clock.daysTaken == 29)
        #expect(clock.status == .overTimescale)
    }

    @Test func corporateTimescalesAreConfigurable() {
        let custom = Timescales(corporateStage1: 15, corporateStage2: 30)
        #expect(custom.corporateStage1.limit == 15)
        #expect(custom.corporateStage2.maximum == 60)
        #expect(Timescales.standard.corporateStage1.limit == 10)
        #expect(Timescales.standard.corporateStage2.limit == 20)
    }
}
