import Testing
@testable import CaseModel

private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

@Suite("Cases, their stages and clocks")
struct CaseTests {
    func complaint(procedure: Procedure = .statutory, stages: [Stage]) -> Case {
        Case(reference: "CS-2024-00001", kind: .complaint, procedure: procedure, received: stages.first?.received ?? date("2024-01-08"),
             service: ServiceArea(parsing: "Looked after Children and Disability Services > Throughcare Team"), stages: stages)
    }

    @Test func statutoryAndCorporateStagesUseTheirOwnTimescales() {
        let stage2 = Stage(level: .stage2, received: date("2024-01-08"))
        let statutory = complaint(stages: [stage2]).clocks(for: stage2, asOf: date("2024-01-09"))
        #expect(statutory.map(\.due) == [date("2024-02-12")])
        let corporate = complaint(procedure: .corporate, stages: [stage2])
            .clocks(for: stage2, timescales: Timescales(corporateStage2: 20), asOf: date("2024-01-09"))
        #expect(corporate.map(\.due) == [date("2024-02-05")])
    }

    @Test func stageThreeRunsThreeClocksInTurn() {
        let stage3 = Stage(level: .stage3, received: date("2024-03-01"), panelHeld: date("2024-04-10"),
                           panelReported: date("2024-04-17"), responded: date("2024-05-01"))
        let clocks = complaint(stages: [stage3]).clocks(for: stage3, asOf: date("2024-06-01"))
        #expect(clocks.map(\.timescale.name) == ["Stage 3 panel", "Stage 3 panel report", "Stage 3 council response"])
        // Panel due 30 working days after 1 March 2024, skipping Easter.
        #expect(clocks[0].due == date("2024-04-16"))
        #expect(clocks[0].status == .withinTimescale)
        #expect(clocks[1].due == date("2024-04-17"))
        #expect(clocks[1].status == .withinTimescale)
        #expect(clocks[2].due == date("2024-05-09"))
        #expect(clocks[2].status == .withinTimescale)
    }

    @Test func stageThreeBeforeThePanelHasOnlyThePanelClock() {
        let stage3 = Stage(level: .stage3, received: date("2024-03-01"))
        let clocks = complaint(stages: [stage3]).clocks(for: stage3, asOf: date("2024-03-05"))
        #expect(clocks.count == 1)
        #expect(clocks[0].status == .running)
    }

    @Test func openAndOverdue() {
        let answered = complaint(stages: [Stage(level: .stage1, received: date("2024-01-08"), responded: date("2024-01-15"))])
        #expect(!answered.isOpen)
        let escalated = complaint(stages: [
            Stage(level: .stage1, received: date("2024-01-08"), responded: date("2024-01-15")),
            Stage(level: .stage2, received: date("2024-02-01")),
        ])
        #expect(escalated.isOpen)
        #expect(escalated.currentStage?.level == .stage2)
        #expect(!escalated.isOverdue(asOf: date("2024-03-07")))
        #expect(escalated.isOverdue(asOf: date("2024-03-08")))
        var closed = escalated
        closed.closed = date("2024-02-20")
        #expect(!closed.isOpen)
        #expect(!closed.isOverdue(asOf: date("2024-03-08")))
        let compliment = Case(reference: "CS-2024-00002", kind: .compliment, received: date("2024-01-08"))
        #expect(!compliment.isOpen)
        // A compliment logged with a stage start (some systems fill it for every record) awaits no response.
        let logged = Case(reference: "CS-2024-00003", kind: .compliment, received: date("2024-01-08"),
                          stages: [Stage(level: .stage1, received: date("2024-01-08"))])
        #expect(!logged.isOpen)
        #expect(!logged.isOverdue(asOf: date("2024-06-01")))
    }

    @Test func complaintsMoreThanAYearAfterTheMatterAreFlagged() {
        var item = complaint(stages: [Stage(level: .stage1, received: date("2024-03-02"))])
        item.matterArose = date("2023-03-01")
        #expect(item.isOverAYearLate)
        item.matterArose = date("2023-03-02")
        #expect(!item.isOverAYearLate)
        item.matterArose = nil
        #expect(!item.isOverAYearLate)
    }

    @Test func filtersByKindStageTeamPeriodAndState() {
        let open = complaint(stages: [Stage(level: .stage1, received: date("2024-01-08"))])
        var other = open
        other.reference = "CS-2024-00009"
        other.kind = .concern
        other.service = ServiceArea(parsing: "Early Help > Family Support Team")
        other.stages = [Stage(level: .stage1, received: date("2024-01-08"), responded: date("2024-01-10"))]
        let asOf = date("2024-01-30")
        func refs(_ filter: CaseFilter) -> [String] {
            [open, other].filter { filter.matches($0, asOf: asOf) }.map(\.reference)
        }
        #expect(refs(CaseFilter(kind: .concern)) == ["CS-2024-00009"])
        #expect(refs(CaseFilter(team: "throughcare")) == ["CS-2024-00001"])
        #expect(refs(CaseFilter(team: "Early Help")) == ["CS-2024-00009"])
        #expect(refs(CaseFilter(stage: .stage1)).count == 2)
        #expect(refs(CaseFilter(stage: .stage2)).isEmpty)
        #expect(refs(CaseFilter(openOnly: true)) == ["CS-2024-00001"])
        #expect(refs(CaseFilter(overdueOnly: true)) == ["CS-2024-00001"])
        #expect(refs(CaseFilter(receivedFrom: date("2024-01-09"))).isEmpty)
        #expect(refs(CaseFilter(receivedTo: date("2024-01-08"))).count == 2)
    }

    @Test func labelsAndAliasesReadAsTheSameValue() {
        #expect(ContactMethod(label: "Web Form") == .webForm)
        #expect(ContactMethod(label: "online") == .webForm)
        #expect(ComplainantGroup(label: "Parent/Relative") == .parentOrRelative)
        #expect(ElementOutcome(label: "Partially Upheld") == .partiallyUpheld)
        #expect(CaseKind(label: "MP enquiry") == .memberEnquiry)
        #expect(OmbudsmanOutcome(label: "Upheld: fault causing injustice") == .upheld)
        #expect(OmbudsmanOutcome(label: "No fault") == .notUpheld)
        #expect(StageLevel(label: "Stage 2") == .stage2)
        #expect(CaseKind(label: "grievance") == nil)
        #expect(CaseKind(label: "") == nil)
    }

    @Test func ombudsmanReferencesAndMoney() {
        #expect(LGSCOReference("19012345")?.description == "19 012 345")
        #expect(LGSCOReference("19-012-345")?.description == "19 012 345")
        #expect(LGSCOReference("19 012 34") == nil)
        #expect(LGSCOReference("AB 012 345") == nil)
        #expect(Money(parsing: "£1,250.5")?.pence == 125_050)
        #expect(Money(parsing: "300")?.description == "£300.00")
        #expect(Money(parsing: "12.345") == nil)
        #expect(Money(pence: 123_456_789).description == "£1,234,567.89")
    }

    @Test func serviceAreaHierarchy() {
        let area = ServiceArea(parsing: " Looked after Children and Disability Services >Throughcare Team ")
        #expect(area.service == "Looked after Children and Disability Services")
        #expect(area.team == "Throughcare Team")
        #expect(area.description == "Looked after Children and Disability Services > Throughcare Team")
        #expect(ServiceArea(parsing: "").isEmpty)
    }
}
