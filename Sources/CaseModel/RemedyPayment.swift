/// A payment the Ombudsman asked the council to make, and what for.
public struct RemedyPayment: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How much.
    public var amount: Money
    /// What for, e.g. "time and trouble"; may be empty.
    public var purpose: String

    public init(amount: Money, purpose: String = "") {
        self.amount = amount
        self.purpose = purpose
    }

    /// `1250.00 purpose`, the form case-log CSVs use.
    public var description: String { purpose.isEmpty ? amount.plain : "\(amount.plain) \(purpose)" }
}
