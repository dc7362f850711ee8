/// A stretch of days during which a stage's clock stops, e.g. while an advocate is arranged
/// or the complainant agrees the statement of complaint. Both ends are included.
public struct Pause: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first paused day.
    public var from: LocalDate
    /// The last paused day.
    public var to: LocalDate
    /// Why the clock stopped.
    public var reason: String

    public init(from: LocalDate, to: LocalDate, reason: String = "") {
        self.from = from
        self.to = to
        self.reason = reason
    }

    /// Whether `date` falls inside the pause.
    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// `FROM..TO reason`, the form case-log CSVs use.
    public var description: String {
        reason.isEmpty ? "\(from)..\(to)" : "\(from)..\(to) \(reason)"
    }
}
