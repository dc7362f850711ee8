import CaseModel

/// The layout of a decision text: label lines ("Reference: …"), headings ("Agreed
/// action"), numbered paragraphs and the bulleted items under them.
///
/// Decisions copied from the Ombudsman's website or from a PDF keep this shape: a heading
/// is a short line with no full stop and no colon; a paragraph starts with its number
/// ("7.") or after a blank line; an item starts with "-", "•", "*", "a)", "(a)" or "i)".
/// A line that starts none of these continues what came before it (wrapped text).
struct DecisionLayout {
    /// A paragraph: its text, and its items when it has a list.
    struct Paragraph {
        var text: String
        var items: [String] = []
    }

    /// A heading and the paragraphs under it ("" for those before the first heading).
    struct Section {
        var heading: String
        var paragraphs: [Paragraph] = []
    }

    /// `Label: value` lines, by lower-cased label, first one kept.
    private(set) var labels: [String: String] = [:]
    private(set) var sections: [Section] = [Section(heading: "")]
    /// The first line that is nothing but a date, among the lines before the first
    /// numbered paragraph: where the Ombudsman's pages put the decision date.
    private(set) var bareDate: LocalDate?

    init(_ text: String) {
        var afterBlank = true
        var seenNumbered = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: " \t\r\u{FEFF}")
            guard !line.isEmpty else {
                afterBlank = true
                continue
            }
            defer { afterBlank = false }
            if !seenNumbered, bareDate == nil, let date = WrittenDate.whole(line) {
                bareDate = date
                continue
            }
            if let (label, value) = DecisionLayout.labelLine(line) {
                if labels[label] == nil { labels[label] = value }
                if label == "summary" || label == "decision" {
                    sections[sections.count - 1].paragraphs.append(Paragraph(text: value))
                }
                continue
            }
            if let item = DecisionLayout.itemText(line), !sections[sections.count - 1].paragraphs.isEmpty {
                let last = sections[sections.count - 1].paragraphs.count - 1
                sections[sections.count - 1].paragraphs[last].items.append(item)
                continue
            }
            if DecisionLayout.isHeading(line) {
                sections.append(Section(heading: line))
                continue
            }
            if let numbered = DecisionLayout.numberedText(line) {
                seenNumbered = true
                sections[sections.count - 1].paragraphs.append(Paragraph(text: numbered))
            } else if afterBlank || sections[sections.count - 1].paragraphs.isEmpty {
                sections[sections.count - 1].paragraphs.append(Paragraph(text: line))
            } else {
                continueLast(with: line)
            }
        }
    }

    /// Appends a wrapped line to the last item, or to the paragraph when it has none.
    private mutating func continueLast(with line: String) {
        let section = sections.count - 1, paragraph = sections[section].paragraphs.count - 1
        if sections[section].paragraphs[paragraph].items.isEmpty {
            sections[section].paragraphs[paragraph].text += " " + line
        } else {
            let item = sections[section].paragraphs[paragraph].items.count - 1
            sections[section].paragraphs[paragraph].items[item] += " " + line
        }
    }

    /// The sections whose heading starts with one of `prefixes` (lower case).
    func sections(headed prefixes: [String]) -> [Section] {
        sections.filter { section in
            let heading = section.heading.lowercased()
            return prefixes.contains(where: { heading.hasPrefix($0) })
        }
    }

    /// "Reference: 22 018 604" → ("reference", "22 018 604"): a label of at most five
    /// words, starting with a capital, then a colon.
    private static func labelLine(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":"), let first = line.first, first.isUppercase else { return nil }
        let label = line[..<colon]
        guard label.split(separator: " ").count <= 5, label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "'" }) else {
            return nil
        }
        let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
        // "The Council will:" opens a list; it labels nothing.
        guard !value.isEmpty else { return nil }
        return (label.lowercased(), value)
    }

    /// The text of a bulleted or lettered item, or `nil`.
    private static func itemText(_ line: String) -> String? {
        if let first = line.first, "-•*–·▪".contains(first) {
            return line.dropFirst().trimmingCharacters(in: " \t")
        }
        // a) b) (a) (b) i) ii) (iv)
        var rest = Substring(line)
        if rest.first == "(" { rest = rest.dropFirst() }
        let marker = rest.prefix(while: { $0.isLetter && $0.isLowercase })
        guard (1...4).contains(marker.count), marker.count == 1 || marker.allSatisfy({ "ivx".contains($0) }) else { return nil }
        rest = rest.dropFirst(marker.count)
        guard rest.first == ")" else { return nil }
        return rest.dropFirst().trimmingCharacters(in: " \t")
    }

    /// The text of a numbered paragraph ("7. Within one month …"), or `nil`.
    private static func numberedText(_ line: String) -> String? {
        let digits = line.prefix(while: \.isNumber)
        guard (1...3).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2).trimmingCharacters(in: " \t")
    }

    /// A heading: a short line starting with a capital, with no colon and no closing
    /// punctuation ("What I found", "Agreed action", "Final decision").
    private static func isHeading(_ line: String) -> Bool {
        guard line.count <= 70, let first = line.first, first.isUppercase, let last = line.last,
              !".:;,?!\"”)".contains(last), !line.contains(":") else { return false }
        return line.split(separator: " ").count <= 10
    }
}
