/// The canonical columns of a case-log CSV, in export order, each with what it holds.
///
/// Lists inside one cell are separated by `;` (outcomes, parties, themes, pauses, remedies,
/// agreed actions) or, for free text that may itself hold semicolons, by ` | ` (learning
/// points, actions).
public enum CaseColumn: String, CaseIterable, Sendable {
    case reference
    case kind
    case procedure
    case received
    case acknowledged
    case matterArose = "matter_arose"
    case method
    case complainantGroup = "complainant_group"
    case advocateOffered = "advocate_offered"
    case advocateUsed = "advocate_used"
    case serviceArea = "service_area"
    case team
    case summary
    case redactedSummary = "redacted_summary"
    case parties
    case themes
    case stage1Received = "stage1_received"
    case stage1ExtendedTo = "stage1_extended_to"
    case stage1ExtensionReason = "stage1_extension_reason"
    case stage1Paused = "stage1_paused"
    case stage1Response = "stage1_response"
    case stage1Outcomes = "stage1_outcomes"
    case stage2Received = "stage2_received"
    case stage2ExtendedTo = "stage2_extended_to"
    case stage2ExtensionReason = "stage2_extension_reason"
    case stage2Paused = "stage2_paused"
    case stage2Response = "stage2_response"
    case stage2Outcomes = "stage2_outcomes"
    case stage2CostInvestigator = "stage2_cost_investigator"
    case stage2CostIndependentPerson = "stage2_cost_independent_person"
    case stage3Received = "stage3_received"
    case stage3Paused = "stage3_paused"
    case stage3Panel = "stage3_panel"
    case stage3Report = "stage3_report"
    case stage3Response = "stage3_response"
    case stage3Outcomes = "stage3_outcomes"
    case stage3CostPanel = "stage3_cost_panel"
    case lgscoReference = "lgsco_reference"
    case lgscoReceived = "lgsco_received"
    case lgscoEnquiryResponse = "lgsco_enquiry_response"
    case lgscoDecision = "lgsco_decision"
    case lgscoOutcome = "lgsco_outcome"
    case lgscoRemedy = "lgsco_remedy"
    case lgscoActions = "lgsco_actions"
    case learning
    case actions
    case closed

    /// The columns a row cannot do without.
    public static let required: [CaseColumn] = [.reference, .kind, .received]

    /// What the column holds and how it is written.
    public var help: String {
        switch self {
        case .reference: "The council's case reference, unique (e.g. CS-2023-00123). Required."
        case .kind: "complaint, compliment, comment, concern, mp-enquiry or ombudsman. Required."
        case .procedure: "statutory, corporate or none. Required for complaints."
        case .received: "Date received (day 0 of the first clock), YYYY-MM-DD or DD/MM/YYYY. Required."
        case .acknowledged: "Date acknowledged."
        case .matterArose: "When the matter complained about arose (over a year before receipt is flagged)."
        case .method: "email, letter, phone, web-form or in-person."
        case .complainantGroup: "child-or-young-person, parent-or-relative, foster-carer, special-guardian, prospective-adopter, advocate, solicitor, professional or other."
        case .advocateOffered: "yes or no."
        case .advocateUsed: "yes or no."
        case .serviceArea: "The service area, e.g. Looked after Children and Disability Services."
        case .team: "The team within it, e.g. Throughcare Team (deeper levels joined by ` > `)."
        case .summary: "What the case is about. Sensitive: may name people."
        case .redactedSummary: "The summary with names and identifiers removed."
        case .parties: "People named, `Name (role); Name (role)`."
        case .themes: "Manual theme ids, `communication; delay`."
        case .stage1Received, .stage2Received: "Date the stage began (received or escalated)."
        case .stage3Received: "Date the review panel was requested."
        case .stage1ExtendedTo, .stage2ExtendedTo: "Agreed extended due date."
        case .stage1ExtensionReason, .stage2ExtensionReason: "Why the extension was needed."
        case .stage1Paused, .stage2Paused, .stage3Paused: "Pauses, `YYYY-MM-DD..YYYY-MM-DD reason; ...` (both ends included)."
        case .stage1Response, .stage2Response: "Date of the stage response."
        case .stage3Panel: "Date the review panel met."
        case .stage3Report: "Date the panel's report was sent."
        case .stage3Response: "Date of the council's response to the panel."
        case .stage1Outcomes, .stage2Outcomes, .stage3Outcomes:
            "One outcome per element, `upheld; not upheld` or `Element summary = partially upheld; ...`."
        case .stage2CostInvestigator: "Investigating officer's cost in pounds."
        case .stage2CostIndependentPerson: "Independent person's cost in pounds."
        case .stage3CostPanel: "Review panel's cost in pounds."
        case .lgscoReference: "Ombudsman reference, `YY NNN NNN`."
        case .lgscoReceived: "Date the Ombudsman's enquiry arrived (its 28-calendar-day clock starts)."
        case .lgscoEnquiryResponse: "Date the council answered the enquiry."
        case .lgscoDecision: "Date of the Ombudsman's final decision."
        case .lgscoOutcome: "upheld, not-upheld, premature, closed-after-initial-enquiries, not-investigated, investigation-discontinued or incomplete-or-invalid."
        case .lgscoRemedy: "Remedy payments, `250 time and trouble; 1200 loss of service`."
        case .lgscoActions: "Agreed actions, `YYYY-MM-DD text; text`."
        case .learning: "Learning points, `category: text | category: text`."
        case .actions: "Actions, `category; owner role; due YYYY-MM-DD; status; text | ...`."
        case .closed: "Date the case was closed (otherwise it closes with its last response)."
        }
    }
}
