/// One element (point) of a complaint and the finding on it at one stage.
public struct ComplaintElement: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What the element is about; may be empty when the log records only outcomes.
    public var summary: String
    /// The finding.
    public var outcome: ElementOutcome

    public init(summary: String = "", outcome: ElementOutcome) {
        self.summary = summary
        self.outcome = outcome
    }

    /// `summary = outcome`, or just the outcome id, the form case-log CSVs use.
    public var description: String {
        summary.isEmpty ? outcome.rawValue : "\(summary) = \(outcome.rawValue)"
    }
}
