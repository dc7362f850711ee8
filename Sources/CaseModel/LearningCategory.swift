/// The category of a learning point (ids from the project's taxonomy).
public enum LearningCategory: String, Labelled {
    case communicationInformation = "communication-information"
    case staffAttitudeBehaviour = "staff-attitude-behaviour"
    case policyProcedureImpact = "policy-procedure-impact"
    case policyProcedureDissatisfaction = "policy-procedure-dissatisfaction"
    case serviceQuality = "service-quality"
    case serviceDelivery = "service-delivery"

    public var label: String {
        switch self {
        case .communicationInformation: "Communication and information"
        case .staffAttitudeBehaviour: "Staff attitude and behaviour"
        case .policyProcedureImpact: "Impact of a policy or procedure"
        case .policyProcedureDissatisfaction: "Dissatisfaction with a policy or procedure"
        case .serviceQuality: "Quality of service"
        case .serviceDelivery: "Delivery of service"
        }
    }
}
