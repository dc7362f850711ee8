import CaseModel
import Foundation
import Store

/// One line of `cases list`: where a case stands as of a day, for the table, JSON and CSV alike.
struct CasesListRow: Encodable {
    let reference: String
    let kind: String
    let procedure: String
    let received: String
    let service: String
    let team: String
    let stage: String
    let status: String
    let due: String?
    let workingDaysLeft: Int?
    let overAYearLate: Bool

    init(_ item: Case, clock: CasesClockReader) {
        reference = item.reference
        kind = item.kind.rawValue
        procedure = item.procedure.rawValue
        received = item.received.description
        service = item.service.service ?? ""
        team = item.service.team ?? ""
        stage = item.currentStage?.level.rawValue ?? ""
        overAYearLate = item.isOverAYearLate
        if item.isOpen, let current = clock.current(item) {
            status = current.status == .overdue ? "overdue" : "open"
            due = current.due.description
            workingDaysLeft = current.timescale.unit == .workingDays ? current.daysLeft : nil
        } else {
            status = "closed"
            due = nil
            workingDaysLeft = nil
        }
    }

    static let headers = ["reference", "kind", "procedure", "received", "service", "team", "stage", "status", "due",
                          "working_days_left", "over_a_year_late"]

    var cells: [String] {
        [reference, kind, procedure, received, service, team, stage, status, due ?? "", workingDaysLeft.map(String.init) ?? "",
         overAYearLate ? "yes" : "no"]
    }
}

/// Reads the clocks of cases with the options a command was given.
struct CasesClockReader {
    let asOf: LocalDate
    let timescales: Timescales
    let calendar: WorkingDayCalendar

    init(_ options: CasesClockOptions) throws {
        asOf = options.asOf
        timescales = options.timescales
        calendar = try options.calendar()
    }

    func current(_ item: Case) -> Clock? {
        item.currentClock(timescales: timescales, asOf: asOf, calendar: calendar)
    }

    func clocks(_ item: Case, _ stage: Stage) -> [Clock] {
        item.clocks(for: stage, timescales: timescales, asOf: asOf, calendar: calendar)
    }
}

/// Plain-text tables and CSV lines for the case commands.
enum CasesText {
    /// Columns padded to their widest cell, two spaces apart, no trailing spaces.
    static func table(_ headers: [String], _ rows: [[String]]) -> String {
        let all = [headers.map { $0.uppercased() }] + rows
        let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                column == row.count - 1 ? row[column] : row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// RFC 4180 CSV, `\r\n` line ends, quoting only where needed.
    static func csv(_ headers: [String], _ rows: [[String]]) -> String {
        ([headers] + rows).map { $0.map(quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
