import Testing
@testable import Redaction

@Suite("Structured identifiers")
struct IdentifierTests {
    @Test("Emails", arguments: ["tomasz.nowak87@gmail.com", "j_o'neill@council.gov.uk", "a.b+cases@nhs.net"])
    func emails(address: String) throws {
        #expect(try Support.found("Please write to \(address) today.", .email) == [address])
    }

    @Test("UK phone numbers in the forms people write them", arguments: [
        "07700 900123", "07700900123", "+44 7700 900 456", "+447700900456", "(0161) 496 0123",
        "0161 496 0123", "020 7946 0011", "0207 946 0011", "+44 (0)20 7946 0011", "01632-960-001",
    ])
    func phones(number: String) throws {
        #expect(try Support.found("Call me on \(number) after six.", .phone) == [number])
    }

    /// References of two letter groups before the number, as case systems export them,
    /// were missed ("BCT-CL-0401", "SEND-EHC-21878", "LCC-S2-24-01"); an action's number
    /// stays a number ("LA-24-01").
    @Test func councilReferencesWithTwoLetterGroups() throws {
        let text = "Refs BCT-CL-0401, SEND-EHC-21878, LCS-INC-55190, LCC-S2-24-01 and CC-STG2-24-03. Actions LA-24-01 and Y6-24-01; COVID-19."
        #expect(try Support.found(text, .caseRef) == ["BCT-CL-0401", "SEND-EHC-21878", "LCS-INC-55190", "LCC-S2-24-01", "CC-STG2-24-03"])
    }

    /// A business's numbers are no one's case (BF batch: commissioning and providers):
    /// an Ofsted URN, invoices, orders and contracts, a list of them joined by "and" or
    /// "to"; a complaint's or an individual carer's reference stays one.
    @Test func businessNumbersAreNoCaseReferences() throws {
        let text = "Ofsted URN SC492817; invoices KIF-10477 and KIF-10481. Tate Lane submitted invoices TLH-3321 to TLH-3324 "
            + "under contract reference TRN-FW-0917 (invoice CL-55291)."
        #expect(try Support.found(text, .caseRef) == [])
        #expect(try Support.found("Our reference CS-2024-01234. Foster carer, registration FC-1187.", .caseRef)
            == ["CS-2024-01234", "FC-1187"])
    }

    /// A lower-case address ending in a type that is a word too ("way", "court") after
    /// "at" or "is", as voicemails are typed (BE batch); not "a 2 hour drive".
    @Test func lowercaseAddressesWithWordTypesAfterAtOrIs() throws {
        #expect(try Support.found("my address is 16 calder way WF1 4HZ in wakefield", .address) == ["16 calder way"])
        #expect(try Support.found("the landlord of the flat at 27 farrow court wants it back", .address) == ["27 farrow court"])
        #expect(try Support.found("it is a 2 hour drive and we had 3 family court hearings", .address) == [])
    }

    /// A birth date in a scanned form's box, its digits and slashes spaced (BG batch).
    @Test func birthDatesSpacedInAFormsBox() throws {
        let text = "Name: [ EKOW QUANSAH ]   DOB: [ 08 / 08 / 2015 ]\nDate of birth:  [ 1 9 / 0 2 / 1 9 6 6 ] NI number\n"
        #expect(try Support.found(text, .dob) == ["08 / 08 / 2015", "1 9 / 0 2 / 1 9 6 6"])
    }

    @Test func notPhones() throws {
        #expect(try Support.found("The payment of £1,250.00 was made on 01.07.2021.", .phone) == [])
        #expect(try Support.found("Stage 2 took 65 working days (2023-24).", .phone) == [])
    }

    @Test("Postcodes", arguments: ["LS1 4AP", "SW1A 1AA", "M1 1AE", "B23 7XG", "CR2 6XH", "DN551PT"])
    func postcodes(code: String) throws {
        #expect(try Support.found("Address ends \(code) here.", .postcode) == [code])
    }

    @Test func nationalInsuranceNumbers() throws {
        #expect(try Support.found("NI number JT 41 27 93 C noted.", .nino) == ["JT 41 27 93 C"])
        #expect(try Support.found("NI number JT412793C noted.", .nino) == ["JT412793C"])
    }

    @Test func nhsNumbersNeedAValidCheckDigitAndContext() throws {
        // 943 476 5919 is valid (check digit 9); 943 476 5918 is not.
        #expect(try Support.found("NHS number 943 476 5919.", .nhs) == ["943 476 5919"])
        #expect(try Support.found("NHS no: 9434765919.", .nhs) == ["9434765919"])
        #expect(try Support.found("NHS number 943 476 5918.", .nhs) == [])
        // A valid number run together with no NHS nearby is not taken.
        #expect(try Support.found("Invoice 9434765919 was paid.", .nhs) == [])
        #expect(IdentifierChecks.isValidNHSNumber([9, 4, 3, 4, 7, 6, 5, 9, 1, 9]))
        #expect(!IdentifierChecks.isValidNHSNumber([1, 2, 3, 4, 5, 6, 7, 8, 9, 0]))
    }

    @Test func datesOfBirthOnlyInABirthContext() throws {
        #expect(try Support.found("Child (DOB 04/11/2013) attends.", .dob) == ["04/11/2013"])
        #expect(try Support.found("She was born on 3 March 2012 in Hull.", .dob) == ["3 March 2012"])
        #expect(try Support.found("Date of birth: 12.09.2009", .dob) == ["12.09.2009"])
        #expect(try Support.found("The meeting on 04/11/2013 was cancelled.", .dob) == [])
    }

    @Test func caseReferences() throws {
        #expect(try Support.found("Our reference 23 012 345 refers.", .caseRef) == ["23 012 345"])
        #expect(try Support.found("Reference CS-2024-01234: complaint", .caseRef) == ["CS-2024-01234"])
        #expect(try Support.found("Your complaint COM/23/0456 was received.", .caseRef) == ["COM/23/0456"])
        #expect(try Support.found("Mosaic ID 1184520 holds the record.", .caseRef) == ["1184520"])
        #expect(try Support.found("Her EHCP 2023 review", .caseRef) == [])
    }

    @Test func streetAddressesAndHouseNames() throws {
        #expect(try Support.found("He lives at 14 Larch Close with his nan.", .address) == ["14 Larch Close"])
        #expect(try Support.found("Flat 4, 61 Cromwell Road is the address.", .address) == ["Flat 4, 61 Cromwell Road"])
        // An office's suite, as solicitors' letterheads write it.
        #expect(try Support.found("Kerr Lindsay Family Law\nSuite 3, 15 Queen Square\nBristol", .address) == ["Suite 3, 15 Queen Square"])
        #expect(try Support.found("Within 20 working days of the review.", .address) == [])
    }

    @Test func schoolsButNotGenericSchoolWords() throws {
        #expect(try Support.found("She attends St Anne's Catholic Primary School now.", .school) == ["St Anne's Catholic Primary School"])
        #expect(try Support.found("He moved to Oakfield Academy in May.", .school) == ["Oakfield Academy"])
        #expect(try Support.found("The Virtual School Head attended.", .school) == [])
        #expect(try Support.found("Her Primary School was told.", .school) == [])
    }

    /// A school's name after a word opening the sentence once took that word with it
    /// ("[SCHOOL 1] was told" for "Also St Mary's School was told"), and "Also Virtual
    /// School" was taken for a school.
    @Test func schoolNamesLeaveTheWordThatOpensTheSentence() throws {
        #expect(try Support.found("Also St Mary's School was told.", .school) == ["St Mary's School"])
        #expect(try Support.found("Then Oakfield Primary School called.", .school) == ["Oakfield Primary School"])
        #expect(try Support.found("Today Oakfield Academy rang back.", .school) == ["Oakfield Academy"])
        #expect(try Support.found("Also Virtual School staff attended.", .school) == [])
        #expect(try Support.found("She moved to All Saints School.", .school) == ["All Saints School"])
        #expect(try Support.found("In January the Pupil Referral Unit offered 15 hours.", .school) == [])
        #expect(try Support.found("He attends Oakfield Pupil Referral Unit.", .school) == ["Oakfield Pupil Referral Unit"])
    }

    @Test func schoolsNamedWithoutSchoolHighGrammarSixthFormAndLearningCentre() throws {
        let text = "School (Hollybank High) aware. We moved him to Queen Elizabeth's Grammar. A levels at St Dominic's Sixth Form. "
            + "A place at Riverside Learning Centre."
        #expect(try Support.found(text, .school)
            == ["Hollybank High", "Queen Elizabeth's Grammar", "St Dominic's Sixth Form", "Riverside Learning Centre"])
        let words = "Risk: Very High. He lives on Barnet High Street. In the High Court. English Grammar is hard. "
            + "Spelling, Punctuation and Grammar test. The Sixth Form is small."
        #expect(try Support.found(words, .school).isEmpty)
    }

    /// Forms and letters typed in capitals once kept their schools ("SCHOOL: KINGSMERE
    /// ACADEMY", "SHE WAS AT GREENWOOD ACADEMY").
    @Test func schoolsInCapitalsButNotCapitalisedWords() throws {
        let text = "SCHOOL: KINGSMERE ACADEMY (YEAR 8)\nSHE WAS AT GREENWOOD ACADEMY AND THEN ST ANNE'S CATHOLIC PRIMARY SCHOOL. "
            + "NOW BECKFIELD HIGH."
        #expect(try Support.found(text, .school)
            == ["KINGSMERE ACADEMY", "GREENWOOD ACADEMY", "ST ANNE'S CATHOLIC PRIMARY SCHOOL", "BECKFIELD HIGH"])
        let words = "NOBODY HAS SORTED A NEW SCHOOL. HER PRIMARY SCHOOL SAID THE RISK IS HIGH. THE VIRTUAL SCHOOL. "
            + "HEAD OF SCHOOL. I WENT TO THE SCHOOL. SIXTH FORM COLLEGE. MULBERRY PARK ACADEMY."
        #expect(try Support.found(words, .school).isEmpty)
    }

    @Test func aSchoolWrittenAsItsInitials() throws {
        let text = "Complaint about QE - my son, year 10. We moved him to Queen Elizabeth's Grammar for a fresh start."
        #expect(try Support.found(text, .school) == ["QE", "Queen Elizabeth's Grammar"])
        // Letters a list has stay: "PE" is a lesson.
        #expect(try Support.found("He missed PE again. Park End Academy rang.", .school) == ["Park End Academy"])
    }

    @Test func aRoomInAFoyerOrAHostel() throws {
        let letter = "Mantas Petrauskas\nRoom 4, Elmtree Foyer, 2 Station Approach\nKelbrook S63 7HG\n"
        #expect(try Support.found(letter, .address) == ["Room 4, Elmtree Foyer, 2 Station Approach"])
    }

    @Test func addressesWrittenInLowerCaseOrInCapitals() throws {
        // A young person's message, and a letter in capitals.
        let text = "im still in the b&b on 112 station road with no cooker. yea flat 9 marlowe court. "
            + "sleeping on the floor at flat 4, Pennine House since feb. CHANTELLE MOORE FLAT 6, ASHWORTH HOUSE, HALIFAX"
        #expect(try Support.found(text, .address)
            == ["112 station road", "flat 9 marlowe court", "flat 4, Pennine House", "FLAT 6, ASHWORTH HOUSE"])
        // Housing talk and times are no addresses.
        let words = "Home: 3 bed terrace, 9 people. It is a 2 hour drive. He waited in flat 2 in the house. "
            + "took the 42 bus down station road"
        #expect(try Support.found(words, .address).isEmpty)
    }

    @Test func aSystemsLettersAndRecordNumberWithASpace() throws {
        // A case system's record number at the start of a register line.
        let text = "BMBC 3310482 - Kelsey Hirst (4), from the merged record.\n(NCC 55201877) closed."
        #expect(try Support.found(text, .caseRef) == ["BMBC 3310482", "NCC 55201877"])
        // Totals, rooms, years, a phone's digits and a word before a number are no references.
        let words = "TOTAL 1500000 paid. ROOM 123456. Tel 07700 900123. In 2024 there were 1500000 contacts."
        #expect(try Support.found(words, .caseRef).isEmpty)
    }

    @Test func aBirthWrittenAsBDot() throws {
        let text = "O'ROURKE, Ciara (b. 05/06/2011) and O'ROURKE, Kiera (b. 05/06/2011) - twins"
        #expect(try Support.found(text, .dob) == ["05/06/2011", "05/06/2011"])
        // A list's item b. is no birth.
        #expect(try Support.found("Options: a. 12/03/2024 meeting b. 14/03/2024 visit", .dob).isEmpty)
    }
}
