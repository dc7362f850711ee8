/// An action the council agreed with the Ombudsman, with its deadline.
public struct AgreedAction: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What the council will do.
    public var text: String
    /// By when, if a date was set.
    public var due: LocalDate?

    public init(text: String, due: LocalDate? = nil) {
        self.text = text
        self.due = due
    }

    /// `YYYY-MM-DD text` or just the text, the form case-log CSVs use.
    public var description: String { due.map { "\($0) \(text)" } ?? text }
}
