/// An action the council takes because of a case: an apology, training, a policy change.
public struct CaseAction: Hashable, Sendable, Codable {
    /// The category.
    public var category: ActionCategory
    /// What will be done.
    public var text: String
    /// Who owns it, by role (e.g. "Team manager"); empty when not recorded.
    public var ownerRole: String
    /// By when.
    public var due: LocalDate?
    /// Where it stands.
    public var status: ActionStatus

    public init(category: ActionCategory, text: String, ownerRole: String = "", due: LocalDate? = nil, status: ActionStatus = .open) {
        self.category = category
        self.text = text
        self.ownerRole = ownerRole
        self.due = due
        self.status = status
    }
}
