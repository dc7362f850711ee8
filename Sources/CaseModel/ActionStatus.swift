/// Where an action stands.
public enum ActionStatus: String, Labelled {
    case open
    case inProgress = "in-progress"
    case completed
    case cancelled

    public var label: String {
        switch self {
        case .open: "Open"
        case .inProgress: "In progress"
        case .completed: "Completed"
        case .cancelled: "Cancelled"
        }
    }

    public static var aliases: [String: ActionStatus] {
        ["done": .completed, "complete": .completed, "closed": .completed, "ongoing": .inProgress, "not-started": .open]
    }
}
