import CaseModel

/// JSON for `candour lgsco parse --format json`: dates as `YYYY-MM-DD`, amounts both in
/// pence (as the case JSON writes money) and as plain pounds, `null` for what was not found.
extension ParsedDecision: Encodable {
    private enum Keys: String, CodingKey {
        case source, reference, decided, outcome, outcomeLabel, payments, totalPence, total, agreedActions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(source, forKey: .source)
        try container.encode(reference, forKey: .reference)
        try container.encode(decided, forKey: .decided)
        try container.encode(outcome?.rawValue, forKey: .outcome)
        try container.encode(outcome?.label, forKey: .outcomeLabel)
        try container.encode(payments, forKey: .payments)
        try container.encode(totalPayments.pence, forKey: .totalPence)
        try container.encode(totalPayments.plain, forKey: .total)
        try container.encode(actions, forKey: .agreedActions)
    }
}

extension ParsedDecision.Payment: Encodable {
    private enum Keys: String, CodingKey { case amountPence, amount, purpose, deadline, due }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(amount.pence, forKey: .amountPence)
        try container.encode(amount.plain, forKey: .amount)
        try container.encode(purpose, forKey: .purpose)
        try container.encode(deadline?.wording, forKey: .deadline)
        try container.encode(due, forKey: .due)
    }
}

extension ParsedDecision.Action: Encodable {
    private enum Keys: String, CodingKey { case text, deadline, due }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(text, forKey: .text)
        try container.encode(deadline?.wording, forKey: .deadline)
        try container.encode(due, forKey: .due)
    }
}
