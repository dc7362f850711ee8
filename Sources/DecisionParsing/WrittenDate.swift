import CaseModel

/// Dates as Ombudsman decisions write them: "6 February 2024", "6th Feb 2024",
/// "06/02/2024" or "2024-02-06".
enum WrittenDate {
    /// Month names and their usual abbreviations, lower case.
    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The first date written in `text`, or `nil`.
    static func first(in text: String) -> LocalDate? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        for (index, word) in words.enumerated() {
            if let date = LocalDate(parsing: word.trimmingTrailingPunctuation) { return date }
            guard index + 2 < words.count, let day = dayNumber(word),
                  let month = months[words[index + 1].lowercased().trimmingTrailingPunctuation],
                  let year = Int(words[index + 2].trimmingTrailingPunctuation), (1990...2200).contains(year) else { continue }
            if let date = LocalDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// The date when `line` is nothing but a date ("21st November 2023", "06/02/2024"),
    /// as the Ombudsman's pages put the decision date on a line of its own.
    static func whole(_ line: String) -> LocalDate? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).count
        guard words == 1 || words == 3 else { return nil }
        return first(in: line)
    }

    /// "6", "06", "6th", "21st" as a day of the month.
    private static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }
}
