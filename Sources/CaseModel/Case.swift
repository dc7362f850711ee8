/// One representation about children's services — a complaint, compliment, comment,
/// concern, MP or councillor enquiry, or Ombudsman case — and everything recorded about it.
public struct Case: Hashable, Sendable, Codable {
    /// The council's reference, e.g. `CS-2023-00123`; unique in a store.
    public var reference: String
    /// What sort of representation.
    public var kind: CaseKind
    /// Which procedure (and so which clocks) applies.
    public var procedure: Procedure
    /// The day it was received (day 0 of the first clock).
    public var received: LocalDate
    /// The day it was acknowledged.
    public var acknowledged: LocalDate?
    /// When the matter complained about arose, if known (for the one-year rule).
    public var matterArose: LocalDate?
    /// How it reached the council.
    public var method: ContactMethod?
    /// Who made it.
    public var complainantGroup: ComplainantGroup?
    /// Whether an advocate was offered (children must be); `nil` when not recorded.
    public var advocateOffered: Bool?
    /// Whether an advocate was used; `nil` when not recorded.
    public var advocateUsed: Bool?
    /// The service area and team.
    public var service: ServiceArea
    /// What the case is about, in the complainant's terms. Sensitive: may name people.
    public var summary: String
    /// The summary with names and identifiers removed, once redacted.
    public var redactedSummary: String?
    /// People named in the case.
    public var parties: [Party]
    /// Themes, manual and automatic.
    public var themes: [Theme]
    /// The stages, in order.
    public var stages: [Stage]
    /// The Ombudsman's decision, if the case went to the Ombudsman.
    public var ombudsman: OmbudsmanDecision?
    /// What was learnt.
    public var learningPoints: [LearningPoint]
    /// What is being done.
    public var actions: [CaseAction]
    /// The day the case was closed, if recorded (otherwise it closes with its last response).
    public var closed: LocalDate?

    public init(
        reference: String, kind: CaseKind, procedure: Procedure = .none, received: LocalDate,
        acknowledged: LocalDate? = nil, matterArose: LocalDate? = nil, method: ContactMethod? = nil,
        complainantGroup: ComplainantGroup? = nil, advocateOffered: Bool? = nil, advocateUsed: Bool? = nil,
        service: ServiceArea = ServiceArea(path: []), summary: String = "", redactedSummary: String? = nil,
        parties: [Party] = [], themes: [Theme] = [], stages: [Stage] = [], ombudsman: OmbudsmanDecision? = nil,
        learningPoints: [LearningPoint] = [], actions: [CaseAction] = [], closed: LocalDate? = nil
    ) {
        self.reference = reference
        self.kind = kind
        self.procedure = procedure
        self.received = received
        self.acknowledged = acknowledged
        self.matterArose = matterArose
        self.method = method
        self.complainantGroup = complainantGroup
        self.advocateOffered = advocateOffered
        self.advocateUsed = advocateUsed
        self.service = service
        self.summary = summary
        self.redactedSummary = redactedSummary
        self.parties = parties
        self.themes = themes
        self.stages = stages
        self.ombudsman = ombudsman
        self.learningPoints = learningPoints
        self.actions = actions
        self.closed = closed
    }

    /// The stage at `level`, if the case reached it.
    public func stage(_ level: StageLevel) -> Stage? {
        stages.first { $0.level == level }
    }

    /// The furthest stage the case has reached.
    public var currentStage: Stage? {
        stages.max { $0.level < $1.level }
    }

    /// The themes from `source`.
    public func themes(from source: Theme.Source) -> [Theme] {
        themes.filter { $0.source == source }
    }

    /// Whether the complaint was made more than a year after the matter arose, so that the
    /// council must decide whether to consider it.
    public var isOverAYearLate: Bool {
        guard let matterArose else { return false }
        return received > matterArose.adding(years: 1)
    }

    /// Whether the case is still open: not closed, and its furthest stage unanswered. A case
    /// with no stages, and a compliment or comment (which await no response), is not open.
    public var isOpen: Bool {
        if closed != nil || !kind.expectsResponse { return false }
        if let stage = currentStage { return stage.responded == nil }
        return false
    }
}
