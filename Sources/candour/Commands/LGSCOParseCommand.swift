import ArgumentParser
import CaseModel
import DecisionParsing
import Diagnostics
import Foundation
import Store

/// `candour lgsco parse FILE [--format text|json]`: what was understood from one decision.
struct LGSCOParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print what was understood from one Ombudsman decision text; nothing is stored.",
        discussion: """
            Reads the reference (YY NNN NNN), the decision date, the outcome, the payments and \
            the other agreed actions with their due dates (YYYY-MM-DD), counted from the decision \
            date: "within one month" to the same day a month on, weeks and days as calendar days, \
            working days on the England and Wales calendar. FILE "-" reads stdin.
            """)

    @Argument(help: ArgumentHelp("The decision text (.txt or .md), or - for stdin.", valueName: "file"))
    var file: String

    @Option(help: "Output format: text or json.")
    var format: CasesRecordFormat = .text

    @OptionGroup var calendarOptions: TimescaleCalendarOptions

    func run() throws {
        let bytes = file == "-" ? try TagInput.readStdin() : try TagInput.read(file)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CandourError(.invalidInput, "not UTF-8 text", context: file)
        }
        let parsed = try DecisionParser(calendar: try calendarOptions.calendar()).parse(text, source: file)
        switch format {
        case .json: print(try CaseJSON.string(parsed))
        case .text: print(LGSCOParseCommand.render(parsed), terminator: "")
        }
    }

    /// The decision as lines for people: one field a line, then the payments and actions.
    static func render(_ parsed: ParsedDecision) -> String {
        var out = "Reference:  \(parsed.reference)\n"
        out += "Decided:    \(parsed.decided?.description ?? "not found")\n"
        out += "Outcome:    \(parsed.outcome.map { "\($0.rawValue) (\($0.label))" } ?? "not found")\n"
        out += "Payments:   \(parsed.payments.isEmpty ? "none" : "\(parsed.totalPayments) in all")\n"
        for payment in parsed.payments {
            let text = payment.purpose.isEmpty ? "\(payment.amount)" : "\(payment.amount)  \(payment.purpose)"
            out += line(due: payment.due, deadline: payment.deadline, text)
        }
        out += "Actions:    \(parsed.actions.isEmpty ? "none" : String(parsed.actions.count))\n"
        for action in parsed.actions {
            out += line(due: action.due, deadline: action.deadline, action.text)
        }
        return out
    }

    /// One payment or action: its due date ("no date" when none could be counted), the
    /// text, and the deadline's own words when they gave no date.
    private static func line(due: LocalDate?, deadline: Deadline?, _ text: String) -> String {
        let column = due?.description ?? "no date   "
        let words = due == nil ? deadline.map { "  (\($0.wording))" } ?? "" : ""
        return "  \(column)  \(text)\(words)\n"
    }
}
