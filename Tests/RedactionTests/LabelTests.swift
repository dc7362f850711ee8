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

    @Test func anInitialAfterALabelsColonIsAnInitial() throws {
        #expect(try Support.found("Signed: A Nowak\nDate: 14 March 2024", .person) == ["A", "Nowak"])
        #expect(try Support.found("Outcome: A Stage 2 investigation was offered.", .person) == [])
    }

    @Test func roleAbbreviationsAreNotNames() throws {
        #expect(try Support.found("SSW Hollis will collect anyone who needs a lift.", .person) == ["Hollis"])
        #expect(try Support.found("Visit by FSW and HV; ATM informed.", .person) == [])
    }

    @Test func initialsInBracketsAfterTheirNameAreNames() throws {
        #expect(try Support.found("Young person: Kacper (KW), 16.", .person) == ["Kacper", "KW"])
        #expect(try Support.found("Allocated worker: Joanne Whitlock (JW).", .person) == ["Joanne", "Whitlock", "JW"])
        #expect(try Support.found("Allocated worker: Joanne Whitlock (SW).", .person) == ["Joanne", "Whitlock"])  // a role
        #expect(try Support.found("Contact the Multi Agency Safeguarding Hub (MASH).", .person) == [])
    }

    /// Regression (blind probe 9): a note names a worker once in full and then by
    /// initials no list knows; initials that are words or abbreviations stay.
    @Test func initialsOfAFullNameElsewhereAreNames() throws {
        let note = "Attendees: Piotr Zielinski (SW), Nadia Haddad (Health).\n06/05/24 Home visit by PZ. NH to call school."
        #expect(try Support.found(note, .person) == ["Piotr", "Zielinski", "Nadia", "Haddad", "PZ", "NH"])
        #expect(try Support.found("Paul Easton teaches PE and Ian Tate teaches IT.", .person) == ["Paul", "Easton", "Ian", "Tate"])
        // Unknown initials after "by" are a worker's even with no full name elsewhere
        // (probe batch 22); a listed abbreviation is not.
        #expect(try Support.found("Visit by PZ on Monday.", .person) == ["PZ"])
        #expect(try Support.found("Visit by GP on Monday.", .person) == [])
    }

    /// Regression (blind probe 9): a town is a family name straight after a given name
    /// when it ends the clause, and a place otherwise.
    @Test func aTownAfterAGivenNameEndingTheClauseIsAFamilyName() throws {
        #expect(try Support.found("Independent Person: Malcolm Thirsk.", .person) == ["Malcolm", "Thirsk"])
        #expect(try Support.found("Tell Jo Thirsk office is closed.", .person) == ["Jo"])
        #expect(try Support.found("Malcolm moved to Thirsk.", .person) == ["Malcolm"])
    }

    @Test func namesFollowedByADateOfBirthAreNames() throws {
        #expect(try Support.found("Adoption support plan: Autumn (DOB: 30/10/2019) and her brother Ellis.", .person) == ["Autumn", "Ellis"])
        #expect(try Support.found("Missing from care: Will (born 02/03/2011) was reported missing.", .person) == ["Will"])
        #expect(try Support.found("Care leaver: Summer Bexley, DOB 04/05/2006.", .person) == ["Summer", "Bexley"])
        #expect(try Support.found("The Autumn born babies were invited.", .person) == [])  // no bracket, comma or dash
    }
}

/// Lower-case names in text messages, where the writer uses no capitals at all.
@Suite("Lower-case names in text messages")
struct LowercaseNameTests {
    @Test func aGivenNameAfterARelationshipWordIsAName() throws {
        #expect(try Support.found("my daughter summer hasnt stopped talking about it", .person) == ["summer"])
        #expect(try Support.found("their niece june was moved again", .person) == ["june"])
    }

    @Test func functionWordsAfterARelationshipWordAreNot() throws {
        #expect(try Support.found("my son will be there and her daughter as well", .person) == [])
        #expect(try Support.found("my son over the weekend was fine", .person) == [])
    }

    @Test func aGivenNameInAListWithANameIsAName() throws {
        #expect(try Support.found("big thanks to jade and kai from the youth service", .person) == ["jade", "kai"])
        #expect(try Support.found("waiting since june and kai keeps saying next week", .person) == ["kai"])  // a month
    }

    @Test func possessivesWithoutTheirApostropheAreNames() throws {
        #expect(try Support.found("can nathan pick me up from leahs house at 6 im not walking", .person) == ["nathan", "leahs"])
        #expect(try Support.found("she never answers and my hopes are gone, i asked twice", .person) == [])
    }

    @Test func lowerCaseTitlesIntroduceNames() throws {
        #expect(try Support.found("nobody listens. i told mrs hardy at school and she said no", .person) == ["hardy"])
        #expect(try Support.found("nobody listens. i told mr. green about it", .person) == ["green"])
        #expect(try Support.found("nobody listens. i told the miss and she said no", .person) == [])
        #expect(try Support.found("i will miss her and i will miss school", .person) == [])
    }

    /// Regression (blind probe 12): contractions written without their apostrophe are
    /// not names, though a name list has "ive" and "im".
    @Test func contractionsWithoutApostrophesAreNotNames() throws {
        #expect(try Support.found("this is the 4th time ive emailed. im not happy. kayla is 16", .person) == ["kayla"])
    }

    @Test func formalTextKeepsItsLowerCaseWords() throws {
        #expect(try Support.found("The Council thanked the family. Her daughter summer camp place was confirmed.", .person) == [])
    }
}
