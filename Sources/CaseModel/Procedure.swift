/// Which complaints procedure a case follows, which sets its clocks.
public enum Procedure: String, Labelled {
    /// The Children Act 1989 representations procedure.
    case statutory
    /// The council's own corporate procedure.
    case corporate
    /// No formal procedure (compliments, comments, informal concerns).
    case none

    public var label: String {
        switch self {
        case .statutory: "Statutory (Children Act 1989)"
        case .corporate: "Corporate"
        case .none: "None"
        }
    }

    public static var aliases: [String: Procedure] {
        [
            "children-act": .statutory, "children-act-1989": .statutory, "children-s-statutory": .statutory,
            "statutory-children": .statutory, "social-care-statutory": .statutory,
            "corporate-complaint": .corporate, "council": .corporate,
            "n-a": .none, "na": .none, "not-applicable": .none, "informal": .none,
        ]
    }
}
