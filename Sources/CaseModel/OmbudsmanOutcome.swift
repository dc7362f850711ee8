/// How the Ombudsman decided a complaint.
public enum OmbudsmanOutcome: String, Labelled {
    /// Fault causing injustice.
    case upheld
    /// No fault.
    case notUpheld = "not-upheld"
    /// Premature: referred back to the council for local resolution.
    case premature
    /// Closed after initial enquiries.
    case closedAfterInitialEnquiries = "closed-after-initial-enquiries"
    /// Not investigated (a refusal to investigate).
    case notInvestigated = "not-investigated"
    /// Investigation discontinued.
    case discontinued = "investigation-discontinued"
    /// Incomplete or invalid.
    case incompleteOrInvalid = "incomplete-or-invalid"

    public var label: String {
        switch self {
        case .upheld: "Upheld: fault causing injustice"
        case .notUpheld: "Not upheld: no fault"
        case .premature: "Premature: referred back for local resolution"
        case .closedAfterInitialEnquiries: "Closed after initial enquiries"
        case .notInvestigated: "Not investigated"
        case .discontinued: "Investigation discontinued"
        case .incompleteOrInvalid: "Incomplete or invalid"
        }
    }

    public static var aliases: [String: OmbudsmanOutcome] {
        [
            "fault-causing-injustice": .upheld, "upheld-fault-causing-injustice": .upheld, "maladministration-injustice": .upheld,
            "upheld-maladministration-and-injustice": .upheld,
            "no-fault": .notUpheld, "not-upheld-no-fault": .notUpheld, "no-maladministration": .notUpheld,
            "referred-back": .premature, "referred-back-for-local-resolution": .premature, "premature-referred-back": .premature,
            "closed-after-initial-enquiry": .closedAfterInitialEnquiries, "initial-enquiries": .closedAfterInitialEnquiries,
            "refusal-to-investigate": .notInvestigated, "not-investigated-refusal": .notInvestigated,
            "discontinued": .discontinued, "incomplete": .incompleteOrInvalid, "invalid": .incompleteOrInvalid,
            "incomplete-invalid": .incompleteOrInvalid,
        ]
    }
}
