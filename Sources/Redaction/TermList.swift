import PCRE2

/// A council's list of terms (allow or deny), matched case-insensitively on word
/// boundaries with one compiled pattern.
struct TermList: Sendable {
    let terms: [String]
    private let pattern: Pattern?

    init(_ terms: [String]) {
        self.terms = terms
        let alternatives = terms.filter { !$0.isEmpty }
            .sorted { $0.utf8.count > $1.utf8.count }
            .map { Pattern.escape($0).replacingOccurrences(of: "\\ ", with: "\\s+").replacingOccurrences(of: " ", with: "\\s+") }
        pattern = alternatives.isEmpty ? nil : try? Pattern(
            "(?<![\\w])(?:" + alternatives.joined(separator: "|") + ")(?![\\w])", options: [.utf, .ucp, .caseless])
    }

    /// Byte ranges where a term occurs.
    func ranges(in document: Document) throws -> [Range<Int>] {
        guard let pattern else { return [] }
        return try Matcher(pattern).matches(in: document.subject).map(\.range)
    }
}

/// Always redacts the terms of the deny list, as PERSON unless they look like another
/// type to an identifier rule.
struct DenyListDetector: Detector {
    let name: StaticString = "deny-list"
    let list: TermList

    func detect(in document: Document, findings: inout [Finding]) throws {
        for range in try list.ranges(in: document) {
            findings.append(Finding(range: range, type: .person, detector: name, rule: "deny-list"))
        }
    }
}
