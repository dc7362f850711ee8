/// A time limit: so many working (or calendar) days from a start day, with the most an
/// extension may allow.
public struct Timescale: Hashable, Sendable, Codable {
    /// What the clock counts.
    public enum Unit: String, Sendable, Codable {
        case workingDays = "working-days"
        case calendarDays = "calendar-days"
    }

    /// What the clock is for, e.g. "Stage 1 response".
    public var name: String
    /// The days allowed.
    public var limit: Int
    /// Working or calendar days.
    public var unit: Unit
    /// The most an extension may allow, when extensions are allowed at all.
    public var maximum: Int?

    public init(name: String, limit: Int, unit: Unit = .workingDays, maximum: Int? = nil) {
        self.name = name
        self.limit = limit
        self.unit = unit
        self.maximum = maximum
    }
}

/// The set of time limits a council works to.
///
/// The statutory ones are fixed by the Children Act 1989 Representations Procedure
/// (England) Regulations 2006; the corporate ones are the council's own (by default the
/// 10 and 20 working days of the LGSCO Complaint Handling Code); the Ombudsman gives
/// 28 calendar days to answer its enquiries.
public struct Timescales: Hashable, Sendable, Codable {
    /// Statutory stage 1: 10 working days, extendable to 20.
    public var statutoryStage1 = Timescale(name: "Stage 1 response", limit: 10, maximum: 20)
    /// Statutory stage 2: 25 working days, extendable up to 65.
    public var statutoryStage2 = Timescale(name: "Stage 2 response", limit: 25, maximum: 65)
    /// Statutory stage 3: the review panel convened within 30 working days of the request.
    public var stage3Panel = Timescale(name: "Stage 3 panel", limit: 30)
    /// Statutory stage 3: the panel's report within 5 working days of the panel.
    public var stage3Report = Timescale(name: "Stage 3 panel report", limit: 5)
    /// Statutory stage 3: the council's response within 15 working days of the report.
    public var stage3Response = Timescale(name: "Stage 3 council response", limit: 15)
    /// Corporate stage 1.
    public var corporateStage1: Timescale
    /// Corporate stage 2.
    public var corporateStage2: Timescale
    /// The council's answer to an Ombudsman enquiry: 28 calendar days.
    public var ombudsmanEnquiry = Timescale(name: "Ombudsman enquiry response", limit: 28, unit: .calendarDays)

    /// The standard timescales, with the corporate stages set to `corporateStage1` and
    /// `corporateStage2` working days (each extendable to twice its length).
    public init(corporateStage1: Int = 10, corporateStage2: Int = 20) {
        self.corporateStage1 = Timescale(name: "Stage 1 response", limit: corporateStage1, maximum: corporateStage1 * 2)
        self.corporateStage2 = Timescale(name: "Stage 2 response", limit: corporateStage2, maximum: corporateStage2 * 2)
    }

    /// The standard timescales.
    public static let standard = Timescales()
}
