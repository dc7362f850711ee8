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
            out += "  \(dueColumn(payment.due, payment.deadline))  \(payment.amount)"
            out += payment.purpose.isEmpty ? "\n" : "  \(payment.purpose)\n"
        }
        out += "Actions:    \(parsed.actions.isEmpty ? "none" : String(parsed.actions.count))\n"
        for action in parsed.actions {
            out += "  \(dueColumn(action.due, action.deadline))  \(action.text)\n"
        }
        return out
    }

    /// "2024-03-06", or "no date" when none could be counted.
    private static func dueColumn(_ due: LocalDate?, _ deadline: Deadline?) -> String {
        due?.description ?? (deadline == nil ? "no date   " : "see text  ")
    }
}
