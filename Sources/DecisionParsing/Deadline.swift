import CaseModel

/// When an agreed action is due, as the decision words it: "within one month of my
/// final decision", "within 20 working days", "by 31 May 2024".
public struct Deadline: Hashable, Sendable {
    /// How the time is counted.
    public enum Period: Hashable, Sendable {
        case days(Int)
        case workingDays(Int)
        case weeks(Int)
        case months(Int)
        /// A fixed date: "by 31 May 2024".
        case date(LocalDate)
    }

    /// The period.
    public let period: Period
    /// Whether the period runs from the final decision (the usual wording, and the
    /// reading when no other starting point is named). "Within one month of receiving
    /// Mrs X's bank details" does not: its due date cannot be known from the text.
    public let fromDecision: Bool
    /// The words of the decision, for people to read: "within one month of my final decision".
    public let wording: String

    /// The due date, counted from the decision date (calendar months end on the same
    /// day of the month, or the month's last day when it is shorter).
    public func due(decided: LocalDate?, calendar: WorkingDayCalendar) -> LocalDate? {
        let start = fromDecision ? decided : nil
        switch period {
        case .date(let date): return date
        case .days(let count): return start?.adding(days: count)
        case .workingDays(let count): return start.map { calendar.date(addingWorkingDays: count, to: $0) }
        case .weeks(let count): return start?.adding(days: 7 * count)
        case .months(let count): return start?.adding(months: count)
        }
    }
}

extension Deadline {
    /// Number words up to twelve, as decisions write them ("within three months").
    private static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "twenty": 20, "twenty-one": 21,
        "twenty-eight": 28, "thirty": 30,
    ]

    /// The first deadline written in `text`, or `nil`.
    /// - Complexity: O(n) in the words of `text`.
    static func first(in text: String) -> Deadline? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        let lower = words.map { $0.lowercased().trimmingTrailingPunctuation }
        for (index, word) in lower.enumerated() {
            if word == "within", let deadline = within(words, lower, from: index) { return deadline }
            if word == "by", index + 1 < lower.count, let deadline = byDate(words, lower, from: index) { return deadline }
        }
        return nil
    }

    /// "within N [working|calendar] days|weeks|months [of my final decision]".
    private static func within(_ words: [String], _ lower: [String], from index: Int) -> Deadline? {
        guard index + 2 < lower.count, let count = numbers[lower[index + 1]] ?? Int(lower[index + 1]) else { return nil }
        var unitIndex = index + 2
        var working = false
        if lower[unitIndex] == "working" || lower[unitIndex] == "calendar" || lower[unitIndex] == "clear" {
            working = lower[unitIndex] == "working"
            unitIndex += 1
        }
        guard unitIndex < lower.count else { return nil }
        let period: Period
        switch lower[unitIndex] {
        case "day", "days": period = working ? .workingDays(count) : .days(count)
        case "week", "weeks": period = .weeks(count)
        case "month", "months": period = .months(count)
        default: return nil
        }
        // What the period runs from: "of my final decision", "of the date of this
        // decision", "of receiving …"; nothing named means the decision.
        var end = unitIndex + 1
        var fromDecision = true
        if end < lower.count, ["of", "from", "after"].contains(lower[end]) {
            let window = (end + 1)..<min(lower.count, end + 7)
            if let anchor = window.first(where: { isDecisionWord(lower[$0]) }) {
                end = anchor + 1
            } else {
                // Another starting point: its words, to a comma or five words on.
                fromDecision = false
                var stop = end + 1
                while stop < min(lower.count, end + 6) {
                    stop += 1
                    if words[stop - 1].hasSuffix(",") { break }
                }
                end = stop
            }
        }
        let wording = words[index..<end].joined(separator: " ").trimmingTrailingPunctuation
        return Deadline(period: period, fromDecision: fromDecision, wording: wording)
    }

    /// The decision (or the statement or report that carries it).
    private static func isDecisionWord(_ word: String) -> Bool {
        word.hasPrefix("decision") || word == "statement" || word == "report"
    }

    /// "by 31 May 2024", "by the end of June 2024" is not read (no day).
    private static func byDate(_ words: [String], _ lower: [String], from index: Int) -> Deadline? {
        let rest = words[(index + 1)..<min(words.count, index + 4)].joined(separator: " ")
        guard let first = lower[index + 1].first, first.isNumber, let date = WrittenDate.first(in: rest) else { return nil }
        let wording = words[index..<min(words.count, index + 4)].joined(separator: " ").trimmingTrailingPunctuation
        return Deadline(period: .date(date), fromDecision: false, wording: wording)
    }
}

extension LocalDate {
    /// The same day `months` calendar months later, or the last day of that month when
    /// it is shorter (31 January + 1 month = 28 or 29 February).
    func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let targetYear = total / 12, targetMonth = total % 12 + 1
        let lastDay = LocalDate.daysIn(month: targetMonth, year: targetYear)
        return LocalDate(year: targetYear, month: targetMonth, day: min(day, lastDay))!
    }
}
