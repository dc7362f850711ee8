import CaseModel
@testable import DecisionParsing
import Diagnostics
import Testing

/// Reading Ombudsman decisions: what an officer copies into the case record.
@Suite("lgsco parse: decision texts")
struct DecisionParserTests {
    let parser = DecisionParser()

    func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test func upheldDecisionWithListedActionsAndPayments() throws {
        let text = """
            Local Government and Social Care Ombudsman

            Final decision

            Reference: 23 104 882
            Decision date: 31 January 2024

            Summary: Ms X complained that the Council delayed her son's EHC needs assessment. We found fault \
            causing injustice. The Council has agreed to apologise, pay Ms X £900 and improve its tracking.

            What I found
            4. The Council took 31 weeks to issue the plan. The law allows 20 weeks. This was fault.

            Agreed action
            9. Within one month of my final decision, the Council will:
               - apologise to Ms X for the delay;
               - pay Ms X £600 to recognise the loss of education provision; and
               - pay Ms X £300 for her time and trouble.
            10. Within 12 weeks of my final decision, the Council will review its tracking of
                assessments against the 20-week limit and tell us what it has changed.
            11. The Council will provide us with evidence it has complied with the above actions.

            Final decision
            12. I have found fault causing injustice. The Council has agreed to remedy it.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.reference.description == "23 104 882")
        #expect(parsed.decided == date("2024-01-31"))
        #expect(parsed.outcome == .upheld)
        // The summary's total is not counted again beside the items.
        #expect(parsed.payments.map(\.amount.pence) == [60000, 30000])
        #expect(parsed.payments.map(\.purpose) == ["to recognise the loss of education provision", "her time and trouble"])
        #expect(parsed.totalPayments.pence == 90000)
        // One month from 31 January 2024 is the last day of February (a leap year).
        #expect(parsed.payments.allSatisfy { $0.due == date("2024-02-29") })
        #expect(parsed.actions.map(\.text) == [
            "apologise to Ms X for the delay",
            "review its tracking of assessments against the 20-week limit and tell us what it has changed",
        ])
        #expect(parsed.actions.map(\.due) == [date("2024-02-29"), date("2024-04-24")])
        #expect(parsed.actions[1].deadline?.wording == "Within 12 weeks of my final decision")
        #expect(parsed.decision.agreedActions.count == 2 && parsed.decision.payments.count == 2)
    }

    @Test func faultInPartMakesTheDecisionUpheld() throws {
        let text = """
            Reference: 24 003 219
            Decision date: 18 September 2024

            Final decision
            9. I found fault causing injustice in the delay. I did not find fault in the way the Council \
            reached its assessment.
            """
        #expect(try parser.parse(text, source: "d.txt").outcome == .upheld)
    }

    @Test("Outcomes named in the decision", arguments: [
        ("We did not find fault in how the Council assessed Mr X's son.", OmbudsmanOutcome.notUpheld),
        ("There was no fault by the Council.", .notUpheld),
        ("The complaint is premature. The Council should have the chance to respond first.", .premature),
        ("We will not investigate this complaint. It is unlikely we would find fault.", .notInvestigated),
        ("We closed the complaint after initial enquiries as the Council had already offered a remedy.",
         .closedAfterInitialEnquiries),
        ("We have discontinued our investigation because Mrs X has started legal proceedings.", .discontinued),
        ("The Council was at fault, but this did not cause Mrs X an injustice.", .upheld),
    ])
    func outcomes(_ sentence: String, _ expected: OmbudsmanOutcome) throws {
        let text = "Reference: 22 000 111\nDecision date: 2 May 2023\n\nFinal decision\n1. \(sentence)\n"
        #expect(try parser.parse(text, source: "d.txt").outcome == expected)
    }

    @Test func notInvestigatedPartDoesNotHideTheFaultFound() throws {
        let text = """
            Reference: 22 000 112

            What I have not investigated
            2. I will not investigate the decision of the child protection conference.

            Final decision
            8. There was fault which caused Mr X injustice.
            """
        #expect(try parser.parse(text, source: "d.txt").outcome == .upheld)
    }

    @Test func outcomeNotFoundIsNil() throws {
        let parsed = try parser.parse("Reference: 22 000 113\nThe Council sent us its records.\n", source: "d.txt")
        #expect(parsed.outcome == nil)
        #expect(parsed.decided == nil)
        #expect(parsed.payments.isEmpty && parsed.actions.isEmpty)
    }

    @Test func deadlinesInWorkingDaysByDateAndFromAnotherEvent() throws {
        let text = """
            Ref: 23 555 010
            Date of decision: 21 December 2023

            Agreed action
            5. Within 10 working days of my final decision, the Council will apologise to Mrs X.
            6. By 31 May 2024 the Council will remind its social workers to record visits.
            7. Within four weeks of receiving Mrs X's bank details, the Council will pay her £250 for her time and trouble.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        // Christmas Day, Boxing Day and New Year's Day are not working days.
        #expect(parsed.actions.map(\.due) == [date("2024-01-09"), date("2024-05-31")])
        #expect(parsed.actions.map(\.text) == ["apologise to Mrs X", "remind its social workers to record visits"])
        #expect(parsed.payments.count == 1)
        #expect(parsed.payments[0].due == nil)
        #expect(parsed.payments[0].deadline?.wording == "Within four weeks of receiving Mrs X's bank details")
        #expect(parsed.payments[0].purpose == "her time and trouble")
    }

    @Test func actionsWrittenInOneSentenceAreSplitFromThePayment() throws {
        let text = """
            Reference: 23 777 001
            Decision date: 10 July 2023

            Agreed action
            6. Within one month of my final decision, the Council will apologise to Mr X, pay him £150 and review \
            how it records contact arrangements.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.payments.map(\.amount.pence) == [15000])
        #expect(parsed.payments[0].purpose == "")
        #expect(parsed.actions.map(\.text) == ["apologise to Mr X", "review how it records contact arrangements"])
        #expect(parsed.actions.allSatisfy { $0.due == date("2023-08-10") })
    }

    @Test func aTotalBrokenDownIsNotCountedTwice() throws {
        let text = """
            Reference: 23 777 002
            Decision date: 10 July 2023

            Agreed action
            6. Within one month of my final decision the Council will:
               a) pay Mrs X £750, made up of £500 for the distress caused and £250 for her time and trouble;
               b) apologise to Mrs X.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.payments.map(\.amount.pence) == [50000, 25000])
        #expect(parsed.payments.map(\.purpose) == ["the distress caused", "her time and trouble"])
        #expect(parsed.actions.map(\.text) == ["apologise to Mrs X"])
    }

    @Test func recommendationsAndWrappedItems() throws {
        let text = """
            Our ref: 21012345
            Date: 6th October 2022

            Recommended action
            14. I recommend the Council, within three months of my final decision:
                - reviews its procedure for telling foster carers about changes of
                  supervising social worker; and
                - trains its fostering staff on the procedure.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.reference.description == "21 012 345")
        #expect(parsed.decided == date("2022-10-06"))
        #expect(parsed.actions.map(\.text) == [
            "reviews its procedure for telling foster carers about changes of supervising social worker",
            "trains its fostering staff on the procedure",
        ])
        #expect(parsed.actions.allSatisfy { $0.due == date("2023-01-06") })
    }

    @Test func referenceFoundInTheBodyWhenNoLabelHasIt() throws {
        let text = "The Ombudsman's final decision on complaint 22 018 604 about the Council, dated 03/04/2023.\n"
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.reference.description == "22 018 604")
        // A phone number is not a reference.
        #expect(DecisionParser.firstReference(in: "Call 01632 960 123 or 0300 061 0614.") == nil)
    }

    @Test func emptyTextOrNoReferenceIsAnErrorNamingTheFile() {
        #expect(throws: CandourError(.invalidInput, "the decision text is empty", context: "a.txt")) {
            try parser.parse(" \n\n", source: "a.txt")
        }
        #expect(throws: CandourError(.invalidInput, "no Ombudsman reference (YY NNN NNN) found in the decision",
                                     context: "b.txt")) {
            try parser.parse("Final decision\n1. We found fault.\n", source: "b.txt")
        }
    }

    @Test func decisionDateOnALineOfItsOwn() throws {
        let text = """
            Complaint reference: 22 018 604
            Complaint against: Brackenmoor Metropolitan Borough Council

            21st November 2023

            The Ombudsman's final decision

            Summary: The Council took too long to complete stage 2, which was fault.

            Agreed action
            5. Within six weeks of my final decision, the Council will remind staff of the timescales.
            6. On 3 March 2023 the Council wrote to Mr D.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.decided == date("2023-11-21"))
        // Six weeks crosses the year's end.
        #expect(parsed.actions.map(\.due) == [date("2024-01-02")])
    }

    @Test func aParagraphOfSentencesEachWithItsOwnDeadline() throws {
        let text = """
            Reference: 23 019 202
            Decision date: 12 December 2023

            Recommended action

            To remedy the injustice, I recommended, and the Council agreed, that within one month of the final \
            decision it will apologise to Mr X, pay him £150 and review its records of connected person carers. \
            Within one month it will also pay Mr X £1,346.18, the allowance it underpaid him. Within three months \
            of the final decision, the Council will review its allowance guidance, and train its finance staff on it.

            The Council should provide us with evidence it has complied with the above actions.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.payments.map(\.amount.pence) == [15000, 134618])
        #expect(parsed.payments.map(\.purpose) == ["", "the allowance it underpaid him"])
        #expect(parsed.payments.allSatisfy { $0.due == date("2024-01-12") })
        #expect(parsed.actions.map(\.text) == [
            "apologise to Mr X", "review its records of connected person carers", "review its allowance guidance",
            "train its finance staff on it",
        ])
        #expect(parsed.actions.map(\.due) == [date("2024-01-12"), date("2024-01-12"), date("2024-03-12"),
                                              date("2024-03-12")])
    }

    @Test func payingWithoutAnAmountStaysInItsAction() throws {
        let text = """
            Reference: 23 019 203
            Decision date: 3 April 2024

            Agreed actions
            8. By 31 May 2024 the Council has agreed to:
            d) review all open care leaver cases for unpaid allowances, and pay any that are due; and
            e) complete the reassessment of Z's needs and write to Mrs X with the outcome.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.payments.isEmpty)
        #expect(parsed.actions.map(\.text) == [
            "review all open care leaver cases for unpaid allowances, and pay any that are due",
            "complete the reassessment of Z's needs and write to Mrs X with the outcome",
        ])
    }

    @Test func faultNotFoundIsNotUpheldAndAHeadingIsNoRefusal() throws {
        let text = """
            Reference: 24 001 871

            What I have not investigated
            3. The court's decisions.

            What I found
            8. It was a professional judgement the Council was entitled to make.

            Final decision
            10. I have completed my investigation. I have not found fault by the Council.
            """
        #expect(try parser.parse(text, source: "d.txt").outcome == .notUpheld)
        // With no decisive passage, a heading about what was not investigated decides nothing.
        let undecided = "Reference: 24 001 872\n\nWhat I have not investigated\n3. The court's decisions.\n"
        #expect(try parser.parse(undecided, source: "d.txt").outcome == nil)
    }

    @Test func anUnnumberedListOpenerIsNoLabel() throws {
        let text = """
            Reference: 23 019 204
            Decision date: 3 April 2024

            Agreed action
            Within one month of my final decision the Council has agreed to:
            The Council will:
            - apologise to Mrs X; and
            - pay Mrs X £200 for her time and trouble.
            """
        let parsed = try parser.parse(text, source: "d.txt")
        #expect(parsed.actions.map(\.text) == ["apologise to Mrs X"])
        #expect(parsed.payments.map(\.amount.pence) == [20000])
    }
}
