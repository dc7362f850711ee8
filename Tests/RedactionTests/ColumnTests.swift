import Testing
@testable import Redaction

/// Dates of birth and case numbers found by their table column (BE batch: forms and
/// exports pasted into e-mails).
@Suite("Table columns")
struct ColumnTests {
    @Test func datesUnderADateOfBirthHeadingInCommaSeparatedRows() throws {
        let text = """
        Ref,Name,DOB,Postcode,Team
        ST1-24-0412,"NGUYEN, Thi Bich Ngoc",03/07/2011,B23 6LP,CWD North
        ST1-24-0419,"McGINLEY, Tiernan",21/01/2006,B44 9EW,Leaving Care

        Received 04/03/2024, logged 05/03/2024.
        """
        #expect(try Support.found(text, .dob) == ["03/07/2011", "21/01/2006"])
    }

    @Test func datesUnderDateOfBirthInAPipeTableWithARule() throws {
        let text = """
        | # | Surname | First name | Relationship | Date of birth | Gender |
        |---|---|---|---|---|---|
        | 1 | Zhang | Wei | Father | 08/08/1981 | M |
        | 2 | Lin | Xiaoling | Mother | 27 February 1985 | F |
        | 3 | Zhang | Haoran | Child | not known | M |
        """
        #expect(try Support.found(text, .dob) == ["08/08/1981", "27 February 1985"])
    }

    @Test func personNumbersAndBirthDatesInTabSeparatedColumns() throws {
        let text = "PERSON_ID_1\tNAME_1\tDOB_1\tACTION\n3310457\tKARIMI, Soran\t04/04/2007\tMERGE 3310519\n"
        #expect(try Support.found(text, .dob) == ["04/04/2007"])
        #expect(try Support.found(text, .caseRef).contains("3310457"))
    }

    /// A register's own numbers under "ID" or "Ref" are no one's case: "LA-031".
    @Test func aRegistersOwnNumbersStay() throws {
        let text = "ID | Complaint | Learning | Owner | Due\nLA-031 | Stage 2 | Assessments late | KD | 31/03/2025\n"
        #expect(try Support.found(text, .caseRef) == [])
        #expect(try Support.found(text, .dob) == [])
    }
}
