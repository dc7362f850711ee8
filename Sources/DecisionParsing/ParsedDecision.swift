import CaseModel

/// What `candour lgsco parse` understood from one Ombudsman decision text.
public struct ParsedDecision: Hashable, Sendable {
    /// A payment the council agreed to make: how much, what for and by when.
    public struct Payment: Hashable, Sendable {
        public var amount: Money
        /// What for, as the decision words it ("for her time and trouble"); may be empty.
        public var purpose: String
        public var deadline: Deadline?
        public var due: LocalDate?
    }

    /// Another action the council agreed to take, and by when.
    public struct Action: Hashable, Sendable {
        /// What the council will do ("apologise to Miss X in writing").
        public var text: String
        public var deadline: Deadline?
        public var due: LocalDate?
    }

    /// The file (or "-") the text came from.
    public var source: String
    public var reference: LGSCOReference
    public var decided: LocalDate?
    public var outcome: OmbudsmanOutcome?
    public var payments: [Payment]
    public var actions: [Action]

    /// The total of the payments.
    public var totalPayments: Money { Money(pence: payments.reduce(0) { $0 + $1.amount.pence }) }

    /// The decision as the case model keeps it (payments and actions with their due dates).
    public var decision: OmbudsmanDecision {
        OmbudsmanDecision(
            reference: reference, decided: decided, outcome: outcome,
            payments: payments.map { RemedyPayment(amount: $0.amount, purpose: $0.purpose) },
            agreedActions: actions.map { AgreedAction(text: $0.text, due: $0.due) })
    }
}
