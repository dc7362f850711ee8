/// Who made the representation, as the annual report groups them.
public enum ComplainantGroup: String, Labelled {
    case child = "child-or-young-person"
    case parentOrRelative = "parent-or-relative"
    case fosterCarer = "foster-carer"
    case specialGuardian = "special-guardian"
    case prospectiveAdopter = "prospective-adopter"
    case advocate = "advocate"
    case solicitor
    case professional
    case other

    public var label: String {
        switch self {
        case .child: "Child or young person"
        case .parentOrRelative: "Parent or relative"
        case .fosterCarer: "Foster carer"
        case .specialGuardian: "Special guardian"
        case .prospectiveAdopter: "Prospective adopter"
        case .advocate: "Advocate on behalf of a child"
        case .solicitor: "Solicitor"
        case .professional: "Professional"
        case .other: "Other"
        }
    }

    public static var aliases: [String: ComplainantGroup] {
        [
            "child": .child, "young-person": .child, "care-leaver": .child, "child-young-person": .child,
            "parent": .parentOrRelative, "relative": .parentOrRelative, "parent-relative": .parentOrRelative,
            "parent-carer": .parentOrRelative, "grandparent": .parentOrRelative, "family-member": .parentOrRelative,
            "kinship-carer": .specialGuardian, "sgo-carer": .specialGuardian, "adopter": .prospectiveAdopter,
            "advocate-on-behalf-of-child": .advocate, "advocate-for-child": .advocate,
            "legal-representative": .solicitor,
        ]
    }
}
