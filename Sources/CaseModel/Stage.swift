/// One stage of a case: when it began, any extension or pause, when it was answered, the
/// findings on each element and what it cost.
///
/// For the Ombudsman stage, `received` is the day the council received the Ombudsman's
/// enquiry and `responded` the day it answered; the decision itself is an
/// ``OmbudsmanDecision`` on the case.
public struct Stage: Hashable, Sendable, Codable {
    /// Which stage.
    public var level: StageLevel
    /// Day 0: the day the complaint was received or escalated to this stage.
    public var received: LocalDate
    /// An agreed extension.
    public var extended: Extension?
    /// Stretches when the clock stood still.
    public var pauses: [Pause]
    /// Stage 3: the day the review panel met.
    public var panelHeld: LocalDate?
    /// Stage 3: the day the panel's report was sent.
    public var panelReported: LocalDate?
    /// The day the council responded (the stage's clock stops).
    public var responded: LocalDate?
    /// The finding on each element of the complaint.
    public var elements: [ComplaintElement]
    /// What the stage cost.
    public var costs: StageCosts

    public init(
        level: StageLevel, received: LocalDate, extended: Extension? = nil, pauses: [Pause] = [],
        panelHeld: LocalDate? = nil, panelReported: LocalDate? = nil, responded: LocalDate? = nil,
        elements: [ComplaintElement] = [], costs: StageCosts = StageCosts()
    ) {
        self.level = level
        self.received = received
        self.extended = extended
        self.pauses = pauses
        self.panelHeld = panelHeld
        self.panelReported = panelReported
        self.responded = responded
        self.elements = elements
        self.costs = costs
    }

    /// Whether the stage has been answered.
    public var isAnswered: Bool { responded != nil }
}
