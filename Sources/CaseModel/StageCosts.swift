/// What a stage cost: the investigating officer, the independent person, the review panel.
public struct StageCosts: Hashable, Sendable, Codable {
    /// Investigating officer (stage 2).
    public var investigator: Money?
    /// Independent person (stage 2).
    public var independentPerson: Money?
    /// Review panel (stage 3).
    public var panel: Money?

    public init(investigator: Money? = nil, independentPerson: Money? = nil, panel: Money? = nil) {
        self.investigator = investigator
        self.independentPerson = independentPerson
        self.panel = panel
    }

    /// The sum of the recorded costs.
    public var total: Money {
        Money(pence: [investigator, independentPerson, panel].compactMap { $0?.pence }.reduce(0, +))
    }

    /// Whether no cost is recorded.
    public var isEmpty: Bool { investigator == nil && independentPerson == nil && panel == nil }
}
