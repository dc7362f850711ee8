import Diagnostics
import Foundation

/// A one-off change to the bank holidays the rules give: an extra holiday (a jubilee, a
/// coronation, a state funeral) or a rule-given holiday taken away (because it moved).
///
/// Changes are written one a line, `YYYY-MM-DD add|remove Name`, with `#` comments and
/// blank lines ignored; a move is a `remove` of the old day and an `add` of the new one.
public struct HolidayChange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Whether the change adds a holiday or removes one.
    public enum Action: String, Sendable, Codable {
        case add, remove
    }

    /// The day affected.
    public let date: LocalDate
    /// Add or remove.
    public let action: Action
    /// The holiday's name (for an `add`) or a note (for a `remove`).
    public let name: String

    public init(date: LocalDate, action: Action, name: String) {
        self.date = date
        self.action = action
        self.name = name
    }

    public var description: String { "\(date) \(action.rawValue) \(name)" }

    /// Parses the line format; `source` names the file in error contexts.
    ///
    /// - Throws: ``CandourError`` with code `invalidConfiguration` and context `source:line`
    ///   for the first malformed line.
    public static func parse(_ text: String, source: String = "holidays") throws -> [HolidayChange] {
        var changes: [HolidayChange] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            if line.isEmpty { continue }
            let context = "\(source):\(index + 1)"
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count >= 2 else {
                throw CandourError(.invalidConfiguration, "expected `YYYY-MM-DD add|remove Name`", context: context)
            }
            guard let date = LocalDate(iso: String(fields[0])) else {
                throw CandourError(.invalidConfiguration, "not a date (expected YYYY-MM-DD): \(fields[0])", context: context)
            }
            guard let action = Action(rawValue: fields[1].lowercased()) else {
                throw CandourError(.invalidConfiguration, "expected `add` or `remove`, found `\(fields[1])`", context: context)
            }
            let name = fields.count > 2 ? fields[2].trimmingCharacters(in: .whitespaces) : ""
            if action == .add && name.isEmpty {
                throw CandourError(.invalidConfiguration, "an added holiday needs a name", context: context)
            }
            changes.append(HolidayChange(date: date, action: action, name: name))
        }
        return changes
    }

    /// The one-off changes made in England and Wales so far, applied by default.
    public static let englandAndWales: [HolidayChange] = {
        // Parsing a literal we wrote ourselves; a failure here is a programming error.
        try! parse(builtInText, source: "built-in")
    }()

    static let builtInText = """
    1995-05-01 remove Early May bank holiday (moved to 8 May for the 50th anniversary of VE Day)
    1995-05-08 add    Early May bank holiday (VE Day)
    1999-12-31 add    Millennium Eve
    2002-05-27 remove Spring bank holiday (moved to 4 June)
    2002-06-03 add    Golden Jubilee bank holiday
    2002-06-04 add    Spring bank holiday
    2011-04-29 add    Royal wedding
    2012-05-28 remove Spring bank holiday (moved to 4 June)
    2012-06-04 add    Spring bank holiday
    2012-06-05 add    Queen’s Diamond Jubilee
    2020-05-04 remove Early May bank holiday (moved to 8 May for the 75th anniversary of VE Day)
    2020-05-08 add    Early May bank holiday (VE Day)
    2022-05-30 remove Spring bank holiday (moved to 2 June)
    2022-06-02 add    Spring bank holiday
    2022-06-03 add    Platinum Jubilee bank holiday
    2022-09-19 add    Bank Holiday for the State Funeral of Queen Elizabeth II
    2023-05-08 add    Bank holiday for the coronation of King Charles III
    """
}
