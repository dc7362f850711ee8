import Testing
@testable import Redaction

/// Mistakes found while measuring, each kept from coming back.
@Suite("Redaction regressions")
struct RegressionTests {
    @Test func monthsBesideDayNumbersAreDates() throws {
        #expect(try Support.found("Arrears were paid on 14 August and the visit was on 5 June.", .person) == [])
        #expect(try Support.found("The allowance was late between April and July.", .person) == [])
        #expect(try Support.found("June was a busy month for the adoption team.", .person) == [])
    }

    @Test func monthNamesUsedAsNamesAreStillFound() throws {
        #expect(try Support.found("Her son, June, waited for respite care.", .person) == ["June"])
        #expect(try Support.found("We were not told that June had moved placement.", .person) == ["June"])
        #expect(try Support.found("Child: June Okafor (DOB 04/11/2013)", .person) == ["June", "Okafor"])
    }

    @Test func contractionsAreNotNames() throws {
        #expect(try Support.found("Couldn't have done it without her. I'll sort it myself.", .person) == [])
    }

    @Test func compoundAndDerivedWordsAtSentenceStartAreNotNames() throws {
        let text = "Homeschooling was discussed. Rebooked for Friday. Whistleblowing policy used. Saturdays are busy."
        #expect(try Support.found(text, .person) == [])
    }

    @Test func titlesAndGreetingsAreNeverPartOfTheName() throws {
        #expect(try Support.redact("Home visit by Joseph Onyango and PC Ingram.") == "Home visit by X and PC Y.")
        #expect(try Support.redact("Love Akosua x") == "Love X x")
    }

    @Test func aFullStopBetweenTwoNamesSplitsThem() throws {
        #expect(try Support.redact("Thanks to Precious and Blessing. Miracle has done so well.") == "Thanks to X and Y. Z has done so well.")
    }

    @Test func buildingsNamedAfterPeopleAreNotPeople() throws {
        #expect(try Support.found("The baby was born at the Royal Victoria Infirmary.", .person) == [])
    }

    @Test func genericKinshipLettersArePseudonyms() throws {
        #expect(try Support.found("Mrs B refers to the family as Child A only.", .person) == [])
        #expect(try Support.found("She complains on behalf of her grandson, C, that the Council failed.", .person) == [])
    }

    @Test func acronymAfterANameIsNotAListMember() throws {
        #expect(try Support.found("Applicant: Deborah Whitlock, NI SN735018A", .person) == ["Deborah", "Whitlock"])
    }

    @Test func everyIdentifierRuleCompiles() {
        #expect(IdentifierRule.all.count >= 12)
        #expect(IdentifierRule.all.allSatisfy { $0.pattern.isJIT })
    }
}
