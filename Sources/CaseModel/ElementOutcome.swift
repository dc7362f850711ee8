/// The finding on one element of a complaint at a council stage.
public enum ElementOutcome: String, Labelled {
    case upheld
    case partiallyUpheld = "partially-upheld"
    case notUpheld = "not-upheld"
    case withdrawn
    case unableToMakeAFinding = "unable-to-make-a-finding"
    case legalProceedingsPending = "legal-proceedings-pending"
    case outsideJurisdiction = "outside-jurisdiction"
    case resolvedLocally = "resolved-locally"

    public var label: String {
        switch self {
        case .upheld: "Upheld"
        case .partiallyUpheld: "Partially upheld"
        case .notUpheld: "Not upheld"
        case .withdrawn: "Withdrawn"
        case .unableToMakeAFinding: "Unable to make a finding"
        case .legalProceedingsPending: "Legal proceedings pending"
        case .outsideJurisdiction: "Outside jurisdiction"
        case .resolvedLocally: "Resolved locally"
        }
    }

    public static var aliases: [String: ElementOutcome] {
        [
            "partly-upheld": .partiallyUpheld, "partial": .partiallyUpheld, "partially": .partiallyUpheld,
            "not-upheld-no-fault": .notUpheld, "no-finding": .unableToMakeAFinding,
            "inconclusive": .unableToMakeAFinding, "unable-to-determine": .unableToMakeAFinding,
            "legal-proceedings": .legalProceedingsPending, "out-of-jurisdiction": .outsideJurisdiction,
            "local-resolution": .resolvedLocally, "resolved": .resolvedLocally,
        ]
    }
}
