import ArgumentParser
import CaseModel
import Store

/// `candour cases list`: the cases in the store, filtered.
struct CasesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cases: by kind, stage, team, period received, open or overdue.")

    @Option(help: ArgumentHelp("Only this kind: \(CaseKind.idList).", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("Only cases whose furthest stage is this: \(StageLevel.idList).", valueName: "stage"))
    var stage: String?

    @Option(help: ArgumentHelp("Only cases whose service area or team matches (case-insensitive).", valueName: "text"))
    var team: String?

    @Option(help: ArgumentHelp("Only cases received on or after this day (YYYY-MM-DD).", valueName: "date"),
            transform: TimescaleArgument.date)
    var from: LocalDate?

    @Option(help: ArgumentHelp("Only cases received on or before this day (YYYY-MM-DD).", valueName: "date"),
            transform: TimescaleArgument.date)
    var to: LocalDate?

    @Flag(help: "Only open cases.")
    var open = false

    @Flag(help: "Only open cases past their due date.")
    var overdue = false

    @Option(help: "Output: table, json or csv.")
    var format: CasesTableFormat = .table

    @OptionGroup var store: CasesStoreOptions
    @OptionGroup var clock: CasesClockOptions

    func filter() throws -> CaseFilter {
        var filter = CaseFilter(team: team, receivedFrom: from, receivedTo: to, openOnly: open, overdueOnly: overdue)
        if let kind {
            guard let parsed = CaseKind(label: kind) else {
                throw ValidationError("--kind: unknown kind `\(kind)` (expected \(CaseKind.idList))")
            }
            filter.kind = parsed
        }
        if let stage {
            guard let parsed = StageLevel(label: stage) else {
                throw ValidationError("--stage: unknown stage `\(stage)` (expected \(StageLevel.idList))")
            }
            filter.stage = parsed
        }
        return filter
    }

    func validate() throws {
        _ = try filter()
        if let from, let to, to < from { throw ValidationError("--to (\(to)) is before --from (\(from))") }
    }

    func run() throws {
        let reader = try CasesClockReader(clock)
        let cases = try store.openExisting().cases(matching: filter(), asOf: reader.asOf,
                                                   timescales: reader.timescales, calendar: reader.calendar)
        let rows = cases.map { CasesListRow($0, clock: reader) }
        switch format {
        case .json: print(try CaseJSON.string(rows))
        case .csv: print(CasesText.csv(CasesListRow.headers, rows.map(\.cells)), terminator: "")
        case .table:
            let headers = ["reference", "kind", "received", "stage", "team", "status", "due", "left"]
            print(CasesText.table(headers, rows.map {
                [$0.reference, $0.kind, $0.received, $0.stage, $0.team.isEmpty ? $0.service : $0.team, $0.status,
                 $0.due ?? "", $0.workingDaysLeft.map(String.init) ?? ""]
            }))
            print("\(rows.count) case\(rows.count == 1 ? "" : "s")")
        }
    }
}
