/// Which cases to list: by kind, furthest stage, team, period received, open or overdue.
/// Every criterion left `nil` or `false` lets all cases through.
public struct CaseFilter: Sendable {
    /// Only cases of this kind.
    public var kind: CaseKind?
    /// Only cases whose furthest stage is this one.
    public var stage: StageLevel?
    /// Only cases whose service area or team matches (see ``ServiceArea/matches(_:)``).
    public var team: String?
    /// Only cases received on or after this day.
    public var receivedFrom: LocalDate?
    /// Only cases received on or before this day.
    public var receivedTo: LocalDate?
    /// Only open cases.
    public var openOnly: Bool
    /// Only open cases past their due date.
    public var overdueOnly: Bool

    public init(
        kind: CaseKind? = nil, stage: StageLevel? = nil, team: String? = nil, receivedFrom: LocalDate? = nil,
        receivedTo: LocalDate? = nil, openOnly: Bool = false, overdueOnly: Bool = false
    ) {
        self.kind = kind
        self.stage = stage
        self.team = team
        self.receivedFrom = receivedFrom
        self.receivedTo = receivedTo
        self.openOnly = openOnly
        self.overdueOnly = overdueOnly
    }

    /// Whether `item` passes, reading clocks as of `asOf`.
    public func matches(
        _ item: Case, asOf: LocalDate, timescales: Timescales = .standard,
        calendar: WorkingDayCalendar = .englandAndWales
    ) -> Bool {
        if let kind, item.kind != kind { return false }
        if let stage, item.currentStage?.level != stage { return false }
        if let team, !item.service.matches(team) { return false }
        if let receivedFrom, item.received < receivedFrom { return false }
        if let receivedTo, item.received > receivedTo { return false }
        if openOnly && !item.isOpen { return false }
        if overdueOnly && !item.isOverdue(timescales: timescales, asOf: asOf, calendar: calendar) { return false }
        return true
    }
}
