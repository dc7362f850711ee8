/// The category of an action taken after a case (ids from the project's taxonomy).
public enum ActionCategory: String, Labelled {
    case apology
    case serviceChange = "service-change"
    case trainingGuidance = "training-guidance"
    case customerCare = "customer-care"
    case policyChange = "policy-change"
    case explanationInformation = "explanation-information"
    case financialRemedy = "financial-remedy"
    case staffAction = "staff-action"
    case meetingMediation = "meeting-mediation"
    case recordCorrection = "record-correction"

    public var label: String {
        switch self {
        case .apology: "Apology"
        case .serviceChange: "Change, review or provide a service"
        case .trainingGuidance: "Training or guidance"
        case .customerCare: "Customer care"
        case .policyChange: "Policy change"
        case .explanationInformation: "Explanation or information"
        case .financialRemedy: "Financial remedy"
        case .staffAction: "Staff action"
        case .meetingMediation: "Meeting or mediation"
        case .recordCorrection: "Record correction"
        }
    }
}
