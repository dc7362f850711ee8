import Testing
@testable import Redaction

/// Names written as labels: staff initials in chronologies, names with their role in
/// brackets, and the role abbreviations that are never initials.
@Suite("Chronology initials and role labels")
struct LabelTests {
    @Test(arguments: [
        "02/02/24 KB - Referral received from school.",
        "02/02/24  KB: referral received.",
        "07/02/24 10:30 KB (duty) - call from Mum.",
        "18.04.2024\tKB\tHome visit.",
        "Chronology\n19/02/24 KB – management oversight recorded.",
    ])
    func initialsOpeningADatedLineAreNames(text: String) throws {
        #expect(try Support.found(text, .person) == ["KB"])
    }

    @Test(arguments: [
        "05/02/24 ICPC - held at the civic centre.",  // an acronym the lists know
        "12/02/24 PLO meeting with mother.",           // no dash, colon or bracket after it
        "The visit on 12/02/24 KB - rebooked.",        // not at the start of the line
        "- KB - rebooked.",                            // no date before it
        "14/02/24 SW - visit cancelled.",               // a role abbreviation
    ])
    func acronymsAndUndatedCapitalsAreLeft(text: String) throws {
        #expect(try Support.found(text, .person) == [])
    }

    @Test func initialsInBracketsAfterARoleAreNames() throws {
        #expect(try Support.found("14/02/24 SW (KB) - visit cancelled.", .person) == ["KB"])
        #expect(try Support.found("Review Meeting (PPM) was held.", .person) == [])
    }

    @Test func twoLetterInitialsAreRedactedWhereverTheyRecur() throws {
        let text = "02/02/24 KB - referral received.\nKey: KB = allocated social worker."
        #expect(try Support.redact(text) == "02/02/24 X - referral received.\nKey: X = allocated social worker.")
    }

    @Test func namesFollowedByTheirRoleInBracketsAreNames() throws {
        #expect(try Support.found("Honey (participation worker): Thank you all!", .person) == ["Honey"])
        #expect(try Support.found("A compliment was received for Faith (Family Support Worker).", .person) == ["Faith"])
        #expect(try Support.found("Raised by Marsha Rose (Complaints Manager).", .person) == ["Marsha", "Rose"])
        #expect(try Support.found("Summer (the holidays) was quiet for the team.", .person) == [])
    }

    @Test func roleAbbreviationsAreNotNames() throws {
        #expect(try Support.found("SSW Hollis will collect anyone who needs a lift.", .person) == ["Hollis"])
        #expect(try Support.found("Visit by FSW and HV; ATM informed.", .person) == [])
    }
}
