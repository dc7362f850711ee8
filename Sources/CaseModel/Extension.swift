/// An agreed extension of a stage's time limit: the new due date and why.
public struct Extension: Hashable, Sendable, Codable {
    /// The new due date (before any pause moves it on).
    public var until: LocalDate
    /// Why more time was needed.
    public var reason: String

    public init(until: LocalDate, reason: String = "") {
        self.until = until
        self.reason = reason
    }
}
