/// The kinds of personal data Candour finds, named as in the annotated-corpus format.
public enum EntityType: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case person = "PERSON"
    case email = "EMAIL"
    case phone = "PHONE"
    case postcode = "POSTCODE"
    case address = "ADDRESS"
    case nino = "NINO"
    case nhs = "NHS"
    case dob = "DOB"
    case caseRef = "CASE_REF"
    case school = "SCHOOL"

    /// Which wins when two findings of different types overlap exactly: the more
    /// specific, structured identifier first.
    var precedence: Int {
        switch self {
        case .email: 10
        case .nhs: 9
        case .nino: 9
        case .phone: 8
        case .postcode: 8
        case .caseRef: 7
        case .dob: 7
        case .address: 6
        case .school: 5
        case .person: 1
        }
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
