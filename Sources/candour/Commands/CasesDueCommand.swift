import ArgumentParser
import CaseModel
import Store

/// `candour cases due`: open cases by due date, with working days left (negative when overdue).
struct CasesDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "What falls due or is overdue, soonest first, with working days left.")

    @Option(help: ArgumentHelp("Only cases due within this many working days (overdue ones always shown).", valueName: "n"))
    var within: Int?

    @Option(help: "Output: table, json or csv.")
    var format: CasesTableFormat = .table

    @OptionGroup var store: CasesStoreOptions
    @OptionGroup var clock: CasesClockOptions

    struct Row: Encodable {
        let reference: String
        let kind: String
        let stage: String
        let clock: String
        let started: String
        let due: String
        let daysLeft: Int
        let unit: String
        let status: String
        let team: String

        static let headers = ["reference", "kind", "stage", "clock", "started", "due", "days_left", "unit", "status", "team"]
        var cells: [String] { [reference, kind, stage, clock, started, due, String(daysLeft), unit, status, team] }
    }

    func validate() throws {
        if let within, within < 0 { throw ValidationError("--within must be 0 or more, not \(within)") }
    }

    func run() throws {
        let reader = try CasesClockReader(clock)
        var rows: [(Clock, Row)] = []
        for item in try store.openExisting().allCases() where item.isOpen {
            guard let stage = item.currentStage, let current = reader.current(item), let left = current.daysLeft else { continue }
            if let within, left > within { continue }
            rows.append((current, Row(
                reference: item.reference, kind: item.kind.rawValue, stage: stage.level.rawValue, clock: current.timescale.name,
                started: current.started.description, due: current.due.description, daysLeft: left,
                unit: current.timescale.unit.rawValue, status: current.status.rawValue,
                team: item.service.team ?? item.service.service ?? "")))
        }
        rows.sort { ($0.0.due, $0.1.reference) < ($1.0.due, $1.1.reference) }
        let output = rows.map(\.1)
        switch format {
        case .json: print(try CaseJSON.string(output))
        case .csv: print(CasesText.csv(Row.headers, output.map(\.cells)), terminator: "")
        case .table:
            print(CasesText.table(["reference", "stage", "clock", "started", "due", "left", "status", "team"], output.map {
                [$0.reference, $0.stage, $0.clock, $0.started, $0.due,
                 $0.unit == "calendar-days" ? "\($0.daysLeft) cd" : String($0.daysLeft), $0.status, $0.team]
            }))
            let overdue = output.filter { $0.status == "overdue" }.count
            print("\(output.count) open case\(output.count == 1 ? "" : "s"), \(overdue) overdue, as of \(reader.asOf)")
        }
    }
}
