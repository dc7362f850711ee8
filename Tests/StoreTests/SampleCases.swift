import CaseModel
import Foundation

/// Cases for the store tests, with every part of the model filled in.
enum SampleCases {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A statutory complaint that went through every stage to the Ombudsman.
    static func full(_ reference: String = "CS-2023-00123") -> Case {
        Case(
            reference: reference, kind: .complaint, procedure: .statutory, received: date("2023-01-09"),
            acknowledged: date("2023-01-11"), matterArose: date("2022-11-01"), method: .email,
            complainantGroup: .parentOrRelative, advocateOffered: true, advocateUsed: false,
            service: ServiceArea(parsing: "Looked after Children and Disability Services > Throughcare Team"),
            summary: "Ms Amberly says her son's pathway plan, was not reviewed; \"nobody called back\".\nSecond line.",
            redactedSummary: "[PERSON] says her son's pathway plan was not reviewed.",
            parties: [Party(name: "Jo Amberly", role: "complainant"), Party(name: "Kai Amberly", role: "child")],
            themes: [Theme("communication"), Theme("delay"), Theme("record-keeping", source: .auto)],
            stages: [
                Stage(level: .stage1, received: date("2023-01-09"), extended: Extension(until: date("2023-02-06"), reason: "several elements"),
                      pauses: [Pause(from: date("2023-01-12"), to: date("2023-01-13"), reason: "advocate arranged")],
                      responded: date("2023-02-03"),
                      elements: [ComplaintElement(summary: "Pathway plan not reviewed", outcome: .upheld),
                                 ComplaintElement(outcome: .notUpheld)]),
                Stage(level: .stage2, received: date("2023-02-20"), responded: date("2023-04-14"),
                      elements: [ComplaintElement(outcome: .partiallyUpheld)],
                      costs: StageCosts(investigator: Money(pence: 325_000), independentPerson: Money(pence: 98_050))),
                Stage(level: .stage3, received: date("2023-05-02"), panelHeld: date("2023-06-08"), panelReported: date("2023-06-14"),
                      responded: date("2023-06-30"), elements: [ComplaintElement(outcome: .upheld)],
                      costs: StageCosts(panel: Money(pence: 150_000))),
                Stage(level: .ombudsman, received: date("2023-09-04"), responded: date("2023-09-29")),
            ],
            ombudsman: OmbudsmanDecision(
                reference: LGSCOReference("23 004 512")!, decided: date("2024-01-15"), outcome: .upheld,
                payments: [RemedyPayment(amount: Money(pence: 30_000), purpose: "time and trouble")],
                agreedActions: [AgreedAction(text: "Apologise to Ms Amberly", due: date("2024-02-15")),
                                AgreedAction(text: "Remind staff of pathway plan review timescales")]),
            learningPoints: [LearningPoint(category: .communicationInformation, text: "Return calls within two working days; always")],
            actions: [CaseAction(category: .trainingGuidance, text: "Briefing for throughcare; advisers", ownerRole: "Team manager",
                                 due: date("2023-07-31"), status: .completed),
                      CaseAction(category: .apology, text: "Letter of apology")],
            closed: date("2024-02-20"))
    }

    /// A plain compliment.
    static func compliment(_ reference: String = "CS-2023-00124") -> Case {
        Case(reference: reference, kind: .compliment, received: date("2023-03-01"), method: .letter,
             complainantGroup: .fosterCarer, service: ServiceArea(parsing: "Fostering Service > Supervising Social Work Team"),
             summary: "Thanks to the supervising social worker for support over the summer.")
    }

    /// An open corporate stage 1 complaint.
    static func open(_ reference: String = "CS-2024-00007") -> Case {
        Case(reference: reference, kind: .complaint, procedure: .corporate, received: date("2024-01-08"),
             service: ServiceArea(parsing: "Education > Home to School Transport"),
             summary: "Taxi did not arrive three days running.", themes: [Theme("transport")],
             stages: [Stage(level: .stage1, received: date("2024-01-08"))])
    }
}
