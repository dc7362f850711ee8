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

    /// A small number for each type (its position in ``allCases``), for packed keys.
    var ordinal: UInt8 {
        switch self {
        case .person: 0
        case .email: 1
        case .phone: 2
        case .postcode: 3
        case .address: 4
        case .nino: 5
        case .nhs: 6
        case .dob: 7
        case .caseRef: 8
        case .school: 9
        }
    }

    /// `types` as a bit set by ``ordinal``: a test costs a shift, where a `Set` of a
    /// string-backed enum hashes the string.
    static func mask(_ types: Set<EntityType>) -> UInt16 {
        types.reduce(0) { $0 | 1 << UInt16($1.ordinal) }
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
