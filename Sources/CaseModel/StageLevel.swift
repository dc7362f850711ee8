/// The stages a complaint can pass through, in order.
public enum StageLevel: String, Labelled, Comparable {
    case stage1 = "stage-1"
    case stage2 = "stage-2"
    case stage3 = "stage-3"
    case ombudsman

    public var label: String {
        switch self {
        case .stage1: "Stage 1"
        case .stage2: "Stage 2"
        case .stage3: "Stage 3"
        case .ombudsman: "Ombudsman"
        }
    }

    public static var aliases: [String: StageLevel] {
        ["1": .stage1, "2": .stage2, "3": .stage3, "s1": .stage1, "s2": .stage2, "s3": .stage3, "lgsco": .ombudsman]
    }

    public static func < (lhs: StageLevel, rhs: StageLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
