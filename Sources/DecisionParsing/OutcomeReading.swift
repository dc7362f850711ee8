import CaseModel

/// Reads the Ombudsman's outcome from the words of a decision.
///
/// The decisive passages are read first: the summary and the "Final decision" (or
/// "Decision") section; the whole text only when they settle nothing. Within them:
/// discontinued, premature, incomplete or invalid, and closed after initial enquiries
/// are named outright; then any fault found (not negated: "we did not find fault" is
/// not) makes the complaint upheld, as the Ombudsman counts a decision with fault in part
/// of it; then a refusal to investigate; then "no fault" makes it not upheld.
enum OutcomeReading {
    /// Phrases that name an outcome outright, in the order they are tried.
    private static let named: [(String, OmbudsmanOutcome)] = [
        ("discontinu", .discontinued),
        ("premature", .premature),
        ("refer it back to the council", .premature), ("referred it back to the council", .premature),
        ("refer the complaint back to the council", .premature),
        ("referred the complaint back to the council", .premature),
        ("incomplete or invalid", .incompleteOrInvalid), ("invalid complaint", .incompleteOrInvalid),
        ("after initial enquiries", .closedAfterInitialEnquiries),
    ]

    /// Phrases that find fault; each is read unless a negation stands just before it.
    private static let fault = [
        "fault causing", "fault which caused", "fault that caused", "fault has caused", "fault caused",
        "found fault", "find fault", "finding of fault", "was fault", "were fault", "is fault",
        "was at fault", "were at fault", "is at fault", "there was fault", "maladministration causing",
        "maladministration and injustice", "we uphold", "i uphold", "uphold the complaint",
    ]

    /// Words that, within a few words before a fault phrase, turn it round.
    private static let negations = ["no ", "not ", "n't ", "nor ", "unlikely", "without", "cannot", "insufficient",
                                    "no evidence of", "never "]

    /// Phrases that refuse to investigate.
    private static let refusal = [
        "will not investigate", "not investigate", "decided not to investigate", "cannot investigate",
        "can not investigate", "outside our jurisdiction", "outside the ombudsman's jurisdiction",
    ]

    /// Phrases that find no fault.
    private static let noFault = ["no fault", "not find fault", "not at fault", "not upheld", "no evidence of fault",
                                  "no maladministration", "did not find any fault"]

    /// The outcome `decisive` (the summary and final decision) gives, else what
    /// `whole` gives, else `nil`.
    static func outcome(decisive: String, whole: String) -> OmbudsmanOutcome? {
        read(decisive.normalisedForReading) ?? read(whole.normalisedForReading)
    }

    private static func read(_ text: String) -> OmbudsmanOutcome? {
        guard !text.isEmpty else { return nil }
        for (phrase, outcome) in named where text.contains(phrase) { return outcome }
        if fault.contains(where: { occurs($0, in: text, negated: false) }) { return .upheld }
        if refusal.contains(where: { containsWords($0, in: text) }) { return .notInvestigated }
        if noFault.contains(where: { text.contains($0) }) || fault.contains(where: { occurs($0, in: text, negated: true) }) {
            return .notUpheld
        }
        return nil
    }

    /// Whether `phrase` occurs in `text` with (or, when `negated` is false, without) a
    /// negation in the 30 characters before it, in the same sentence.
    private static func occurs(_ phrase: String, in text: String, negated: Bool) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let windowStart = text.index(found.lowerBound, offsetBy: -30, limitedBy: text.startIndex) ?? text.startIndex
            var before = text[windowStart..<found.lowerBound]
            if let stop = before.lastIndex(where: { ".;".contains($0) }) { before = before[before.index(after: stop)...] }
            let padded = " " + before
            if negations.contains(where: { padded.contains($0) }) == negated { return true }
            searchStart = found.upperBound
        }
        return false
    }

    /// Whether `phrase` occurs in `text` as whole words ("not investigate" is not in
    /// "what I have not investigated").
    private static func containsWords(_ phrase: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: phrase, range: searchStart..<text.endIndex) {
            if found.upperBound == text.endIndex || !text[found.upperBound].isLetter { return true }
            searchStart = found.upperBound
        }
        return false
    }
}
