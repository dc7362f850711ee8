/// What sort of representation a case records.
public enum CaseKind: String, Labelled {
    case complaint
    case compliment
    case comment
    /// A concern or enquiry resolved informally before it becomes a complaint.
    case concern
    /// An enquiry from an MP or a councillor on someone's behalf.
    case memberEnquiry = "mp-enquiry"
    /// A case the Ombudsman opened (the council's first sight of it may be the enquiry).
    case ombudsman

    public var label: String {
        switch self {
        case .complaint: "Complaint"
        case .compliment: "Compliment"
        case .comment: "Comment"
        case .concern: "Concern or enquiry"
        case .memberEnquiry: "MP or councillor enquiry"
        case .ombudsman: "Ombudsman case"
        }
    }

    public static var aliases: [String: CaseKind] {
        [
            "enquiry": .concern, "pre-complaint": .concern, "concern-enquiry": .concern, "informal": .concern,
            "mp": .memberEnquiry, "mp-councillor-enquiry": .memberEnquiry, "councillor-enquiry": .memberEnquiry,
            "member-enquiry": .memberEnquiry, "mp-councillor": .memberEnquiry, "elected-member-enquiry": .memberEnquiry,
            "lgsco": .ombudsman, "ombudsman-enquiry": .ombudsman, "lgo": .ombudsman, "compliments": .compliment,
            "complaints": .complaint, "comments": .comment,
        ]
    }

    /// Whether this kind of case expects a response within a timescale.
    public var expectsResponse: Bool {
        switch self {
        case .complaint, .concern, .memberEnquiry, .ombudsman: true
        case .compliment, .comment: false
        }
    }
}
