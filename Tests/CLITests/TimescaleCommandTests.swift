import Foundation
import Testing

@Suite("candour timescale")
struct TimescaleCommandTests {
    @Test func dueDateFromTheContractExample() throws {
        let result = try CLIRunner.run(["timescale", "due", "--from", "2019-12-20", "--working-days", "10"])
        #expect(result.status == 0)
        #expect(result.stdout == "2020-01-08\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func dueDateSkipsOneOffHolidays() throws {
        // Friday 8 May 2020 (VE Day) was a bank holiday; Monday 4 May was not.
        let result = try CLIRunner.run(["timescale", "due", "--from", "2020-05-01", "--working-days", "5"])
        #expect(result.stdout == "2020-05-11\n")
        let coronation = try CLIRunner.run(["timescale", "due", "--from", "2023-05-05", "--working-days", "1"])
        #expect(coronation.stdout == "2023-05-09\n")
    }

    @Test func zeroWorkingDaysIsTheStartDay() throws {
        #expect(try CLIRunner.run(["timescale", "due", "--from", "2024-03-29", "--working-days", "0"]).stdout == "2024-03-29\n")
    }

    @Test func workingDaysBetween() throws {
        let result = try CLIRunner.run(["timescale", "between", "--from", "2019-12-20", "--to", "2020-01-08"])
        #expect(result.status == 0)
        #expect(result.stdout == "10\n")
        #expect(try CLIRunner.run(["timescale", "between", "--from", "2020-01-08", "--to", "2019-12-20"]).stdout == "-10\n")
        // Easter 2024: Good Friday and Easter Monday are not counted.
        #expect(try CLIRunner.run(["timescale", "between", "--from", "2024-03-28", "--to", "2024-04-02"]).stdout == "1\n")
    }

    @Test("Bad dates exit 2 with one line naming the option", arguments: [
        (["timescale", "due", "--from", "2019-13-20", "--working-days", "10"], "--from"),
        (["timescale", "due", "--from", "20/12/2019", "--working-days", "10"], "--from"),
        (["timescale", "between", "--from", "2019-12-20", "--to", "2019-02-30"], "--to"),
        (["timescale", "between", "--from", "soon", "--to", "2019-12-20"], "--from"),
        (["timescale", "due", "--from", "2019-12-20", "--working-days", "-3"], "--working-days"),
        (["timescale", "due", "--from", "2019-12-20", "--working-days", "ten"], "--working-days"),
    ])
    func badInputExitsTwo(arguments: [String], option: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains(option))
    }

    @Test func missingOptionExitsTwo() throws {
        let result = try CLIRunner.run(["timescale", "due", "--from", "2019-12-20"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--working-days"))
    }

    @Test func extraHolidaysFromAFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("holidays.txt")
        try "# a future one-off\n2027-06-07 add Extra bank holiday\n".write(to: file, atomically: true, encoding: .utf8)
        let without = try CLIRunner.run(["timescale", "due", "--from", "2027-06-04", "--working-days", "1"])
        #expect(without.stdout == "2027-06-07\n")
        let with = try CLIRunner.run(["timescale", "due", "--from", "2027-06-04", "--working-days", "1", "--holidays", file.path])
        #expect(with.stdout == "2027-06-08\n")
        try "2027-06-07 plus Something\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["timescale", "due", "--from", "2027-06-04", "--working-days", "1", "--holidays", file.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("holidays.txt:1"))
    }

    @Test func listsTheHolidaysOfAYear() throws {
        let result = try CLIRunner.run(["timescale", "holidays", "2022"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines.contains { $0.hasPrefix("2022-09-19") })
    }

    @Test func helpListsTheCommands() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.stdout.contains("timescale"))
        #expect(result.stdout.contains("cases"))
    }
}
