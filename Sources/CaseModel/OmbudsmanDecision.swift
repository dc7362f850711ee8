/// The Ombudsman's decision on a case.
public struct OmbudsmanDecision: Hashable, Sendable, Codable {
    /// The Ombudsman's reference.
    public var reference: LGSCOReference
    /// The date of the final decision, once made.
    public var decided: LocalDate?
    /// The outcome, once decided.
    public var outcome: OmbudsmanOutcome?
    /// Payments the council agreed to make.
    public var payments: [RemedyPayment]
    /// Other actions the council agreed to take, with deadlines.
    public var agreedActions: [AgreedAction]

    public init(
        reference: LGSCOReference, decided: LocalDate? = nil, outcome: OmbudsmanOutcome? = nil,
        payments: [RemedyPayment] = [], agreedActions: [AgreedAction] = []
    ) {
        self.reference = reference
        self.decided = decided
        self.outcome = outcome
        self.payments = payments
        self.agreedActions = agreedActions
    }

    /// The total of the remedy payments.
    public var totalPayments: Money { Money(pence: payments.map(\.amount.pence).reduce(0, +)) }
}
