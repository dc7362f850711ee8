import ArgumentParser
import CaseModel
import Diagnostics
import Store

/// `candour cases show REF`: one case in full, with its clocks.
struct CasesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one case: its record, stages, clocks, Ombudsman decision, learning and actions.")

    @Argument(help: ArgumentHelp("The case reference.", valueName: "reference"))
    var reference: String

    @Option(help: "Output: text or json.")
    var format: CasesRecordFormat = .text

    @OptionGroup var store: CasesStoreOptions
    @OptionGroup var clock: CasesClockOptions

    /// The JSON form: the case, its clocks stage by stage, and where it stands.
    struct Report: Encodable {
        struct StageClocks: Encodable {
            let stage: String
            let clocks: [Clock]
        }
        let `case`: Case
        let asOf: String
        let open: Bool
        let overdue: Bool
        let overAYearLate: Bool
        let clocks: [StageClocks]
    }

    func run() throws {
        guard let item = try store.openExisting().case(reference: reference) else {
            throw CandourError(.notFound, "no case with reference \(reference)", context: store.resolvedPath)
        }
        let reader = try CasesClockReader(clock)
        let overdue = item.isOverdue(timescales: reader.timescales, asOf: reader.asOf, calendar: reader.calendar)
        switch format {
        case .json:
            let report = Report(
                case: item, asOf: reader.asOf.description, open: item.isOpen, overdue: overdue,
                overAYearLate: item.isOverAYearLate,
                clocks: item.stages.map { Report.StageClocks(stage: $0.level.rawValue, clocks: reader.clocks(item, $0)) })
            print(try CaseJSON.string(report))
        case .text:
            print(text(item, reader: reader, overdue: overdue))
        }
    }

    func text(_ item: Case, reader: CasesClockReader, overdue: Bool) -> String {
        var lines: [String] = []
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0) + value)
        }
        let procedure = item.procedure == .none ? "" : " (\(item.procedure.rawValue))"
        lines.append("\(item.reference)  \(item.kind.label)\(procedure)")
        field("Received", item.received.description + (item.acknowledged.map { ", acknowledged \($0)" } ?? ""))
        field("Matter arose", item.matterArose.map { $0.description + (item.isOverAYearLate ? " (more than a year before receipt: decide whether to consider)" : "") })
        field("Method", item.method?.label)
        field("Complainant", item.complainantGroup?.label)
        if item.advocateOffered != nil || item.advocateUsed != nil {
            func yesNo(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "not recorded" }
            field("Advocate", "offered \(yesNo(item.advocateOffered)), used \(yesNo(item.advocateUsed))")
        }
        field("Service", item.service.description)
        field("Themes", item.themes.map(\.description).joined(separator: ", "))
        field("Parties", item.parties.map(\.description).joined(separator: "; "))
        let status: String
        if let closed = item.closed {
            status = "closed \(closed)"
        } else if item.isOpen {
            status = overdue ? "open, overdue" : "open"
        } else {
            status = "closed"
        }
        field("Status", "\(status) (as of \(reader.asOf))")
        if !item.summary.isEmpty {
            lines.append("")
            lines.append("Summary")
            lines += item.summary.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }
        }
        if let redacted = item.redactedSummary {
            lines.append("Redacted summary")
            lines += redacted.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }
        }
        for stage in item.stages {
            lines.append("")
            var heading = "\(stage.level.label): received \(stage.received)"
            if let extended = stage.extended {
                heading += ", extended to \(extended.until)" + (extended.reason.isEmpty ? "" : " (\(extended.reason))")
            }
            if let held = stage.panelHeld { heading += ", panel \(held)" }
            if let reported = stage.panelReported { heading += ", report \(reported)" }
            heading += stage.responded.map { ", responded \($0)" } ?? ", awaiting response"
            lines.append(heading)
            for pause in stage.pauses { lines.append("  paused \(pause)") }
            for clock in reader.clocks(item, stage) { lines.append("  " + describe(clock)) }
            if !stage.elements.isEmpty {
                lines.append("  Outcomes: " + stage.elements.map {
                    $0.summary.isEmpty ? $0.outcome.label : "\($0.summary): \($0.outcome.label)"
                }.joined(separator: "; "))
            }
            if !stage.costs.isEmpty {
                let parts = [("investigator", stage.costs.investigator), ("independent person", stage.costs.independentPerson),
                             ("panel", stage.costs.panel)].compactMap { name, money in money.map { "\(name) \($0)" } }
                lines.append("  Costs: " + parts.joined(separator: ", "))
            }
        }
        if let decision = item.ombudsman {
            lines.append("")
            var heading = "Ombudsman decision \(decision.reference)"
            if let decided = decision.decided { heading += ", decided \(decided)" }
            if let outcome = decision.outcome { heading += ": \(outcome.label)" }
            lines.append(heading)
            for payment in decision.payments {
                lines.append("  Payment \(payment.amount)" + (payment.purpose.isEmpty ? "" : " \(payment.purpose)"))
            }
            for action in decision.agreedActions {
                lines.append("  Agreed: \(action.text)" + (action.due.map { " (by \($0))" } ?? ""))
            }
        }
        if !item.learningPoints.isEmpty {
            lines.append("")
            lines.append("Learning")
            lines += item.learningPoints.map { "  - \($0.category.label): \($0.text)" }
        }
        if !item.actions.isEmpty {
            lines.append("")
            lines.append("Actions")
            lines += item.actions.map { action in
                var detail = [action.ownerRole].filter { !$0.isEmpty }
                if let due = action.due { detail.append("due \(due)") }
                return "  - [\(action.status.label.lowercased())] \(action.category.label): \(action.text)"
                    + (detail.isEmpty ? "" : " (\(detail.joined(separator: ", ")))")
            }
        }
        return lines.joined(separator: "\n")
    }

    func describe(_ clock: Clock) -> String {
        let unit = clock.timescale.unit == .workingDays ? "working days" : "calendar days"
        var text = "\(clock.timescale.name): \(clock.allowedDays) \(unit), due \(clock.due)"
        if clock.extensionBeyondMaximum, let maximum = clock.timescale.maximum {
            text += " (extension beyond the \(maximum)-day maximum)"
        }
        text += " — \(clock.daysTaken) taken"
        if clock.pausedDays > 0 { text += ", \(clock.pausedDays) paused" }
        switch clock.status {
        case .withinTimescale: text += ", within timescale"
        case .overTimescale: text += ", over timescale by \(clock.daysOver)"
        case .running: text += ", \(clock.daysLeft ?? 0) left"
        case .overdue: text += ", overdue by \(clock.daysOver)"
        }
        return text
    }
}
