import CaseModel
import Diagnostics

/// Reads an Ombudsman (LGSCO) decision text: its reference, decision date, outcome, the
/// payments the council agreed to make and its other agreed actions, with due dates.
///
/// The text is read as the Ombudsman lays decisions out (see ``DecisionLayout``). The
/// payments and actions come from the "Agreed action" section (also "Agreed actions",
/// "Action", "Recommended action", "Recommendations", "Remedy"), never from the summary,
/// which repeats their total. Each item is one action, or one payment when it pays an
/// amount in pounds; a paragraph with no list is one action. Its deadline is the
/// paragraph's ("Within one month of my final decision, the Council will:") unless the
/// item names its own. The closing request for evidence of compliance is not an action.
/// Nothing is stored.
public struct DecisionParser: Sendable {
    /// Headings that open the section of agreed actions, lower case.
    static let actionHeadings = ["agreed action", "action", "recommended action", "recommendation", "remedy",
                                 "what the council has agreed", "what should happen"]
    /// Headings of the decisive passages for the outcome, lower case.
    static let decisionHeadings = ["final decision", "decision", "summary", "our decision", "my decision"]

    /// The calendar for deadlines in working days.
    public var calendar: WorkingDayCalendar

    public init(calendar: WorkingDayCalendar = .englandAndWales) {
        self.calendar = calendar
    }

    /// Reads one decision; `source` names it in errors ("decision.txt", "-").
    /// - Throws: ``CandourError`` (`invalid-input`) when the text is empty or holds no
    ///   Ombudsman reference (`YY NNN NNN`).
    public func parse(_ text: String, source: String) throws(CandourError) -> ParsedDecision {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DecisionError.empty.error(source)
        }
        let layout = DecisionLayout(text)
        guard let reference = DecisionParser.reference(layout, text) else {
            throw DecisionError.noReference.error(source)
        }
        let decided = ["decision date", "date of decision", "date of final decision", "final decision date", "date",
                       "decided"].lazy.compactMap { layout.labels[$0].flatMap(WrittenDate.first(in:)) }.first
            ?? layout.bareDate
        let decisive = layout.sections(headed: DecisionParser.decisionHeadings).flatMap(\.paragraphs)
            + (layout.sections.first?.paragraphs ?? [])
        let outcome = OutcomeReading.outcome(
            decisive: (decisive.map(\.text) + [layout.labels["summary"] ?? ""]).joined(separator: " "),
            whole: text)
        var parsed = ParsedDecision(source: source, reference: reference, decided: decided, outcome: outcome,
                                    payments: [], actions: [])
        for section in layout.sections(headed: DecisionParser.actionHeadings) {
            for paragraph in section.paragraphs { read(paragraph, into: &parsed) }
        }
        return parsed
    }

    /// The reference on a "Reference:" line, else the first `YY NNN NNN` in the text.
    private static func reference(_ layout: DecisionLayout, _ text: String) -> LGSCOReference? {
        for label in ["reference", "our reference", "ref", "our ref", "ombudsman reference", "case reference",
                      "reference number", "complaint reference"] {
            if let value = layout.labels[label], let reference = firstReference(in: value) { return reference }
        }
        return firstReference(in: text)
    }

    /// The first `YY NNN NNN` (or `YYNNNNNN`) standing alone in `text`.
    static func firstReference(in text: String) -> LGSCOReference? {
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in byte &- 0x30 < 10 }
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]) && bytes[index - 1] != 0x2E else {
                index += 1
                continue
            }
            // Two digits, three, three, with single spaces or none between the groups.
            for shape in [[2, 3, 3], [8]] {
                var cursor = index
                var digits: [UInt8] = []
                var ok = true
                for (position, length) in shape.enumerated() {
                    if position > 0 {
                        guard cursor < bytes.count, bytes[cursor] == 0x20 else { ok = false; break }
                        cursor += 1
                    }
                    for _ in 0..<length {
                        guard cursor < bytes.count, isDigit(bytes[cursor]) else { ok = false; break }
                        digits.append(bytes[cursor])
                        cursor += 1
                    }
                    if !ok { break }
                }
                guard ok, cursor == bytes.count || !isDigit(bytes[cursor]) && !(bytes[cursor] == 0x20
                      && cursor + 1 < bytes.count && isDigit(bytes[cursor + 1])) else { continue }
                if let reference = LGSCOReference(String(decoding: digits, as: UTF8.self)) { return reference }
            }
            index += 1
        }
        return nil
    }

    /// Adds the payments and actions of one paragraph of the agreed-action section: each
    /// listed item, or each sentence that undertakes something when there is no list.
    private func read(_ paragraph: DecisionLayout.Paragraph, into parsed: inout ParsedDecision) {
        let deadline = Deadline.first(in: paragraph.text)
        if paragraph.items.isEmpty {
            for sentence in ItemText.sentences(of: paragraph.text) {
                guard let text = DecisionParser.undertaking(in: sentence) else { continue }
                add(text, deadline: Deadline.first(in: sentence) ?? deadline, into: &parsed)
            }
        } else {
            for item in paragraph.items {
                add(item, deadline: Deadline.first(in: item) ?? deadline, into: &parsed)
            }
        }
    }

    /// Adds one item: a payment for each amount it pays, an action for the rest.
    private func add(_ raw: String, deadline: Deadline?, into parsed: inout ParsedDecision) {
        let due = deadline?.due(decided: parsed.decided, calendar: calendar)
        for part in ItemText.parts(of: raw) {
            switch part {
            case .payment(let amount, let purpose):
                parsed.payments.append(.init(amount: amount, purpose: purpose, deadline: deadline, due: due))
            case .action(let text):
                guard !ItemText.isComplianceEvidence(text) else { continue }
                parsed.actions.append(.init(text: text, deadline: deadline, due: due))
            }
        }
    }

    /// What a paragraph with no list says the council will do: the words after "the
    /// Council will", "should", "has agreed to", "agreed to", "I recommend the Council" or,
    /// after those, "it will";
    /// `nil` when it undertakes nothing (a closing remark, a list's opening line).
    static func undertaking(in text: String) -> String? {
        let openers = ["the council will ", "the council should ", "the council has agreed to ", "the council agreed to ",
                       "the council must ", "council will ", "council should ", "council has agreed to ",
                       "council agreed to ", "we recommend the council ", "i recommend the council ",
                       "we recommended the council ", "i recommended the council ", "it will also ", "it will ",
                       "it has agreed to ", "it agreed to ", "it should "]
        guard let opener = openers.lazy.compactMap({ text.caselessRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        var rest = String(text[opener.upperBound...]).trimmingCharacters(in: " ")
        if rest.lowercased().hasPrefix("to ") { rest = String(rest.dropFirst(3)) }
        rest = ItemText.tidy(rest)
        return rest.isEmpty ? nil : rest
    }
}

/// The failures of ``DecisionParser``, each with its one-line message.
private enum DecisionError {
    case empty
    case noReference

    func error(_ source: String) -> CandourError {
        switch self {
        case .empty: CandourError(.invalidInput, "the decision text is empty", context: source)
        case .noReference:
            CandourError(.invalidInput, "no Ombudsman reference (YY NNN NNN) found in the decision", context: source)
        }
    }
}
