import Testing
@testable import Redaction

@Suite("Known parties")
struct KnownPartiesTests {
    @Test func everyFormOfAKnownNameIsRedacted() throws {
        let redactor = try Support.redactor(known: ["Alexander Pemberton-Hale", "Will Green"])
        let text = "alex told ALEXANDER that Pemberton-Hale's file and A.P. were missing; Will Green and Will will attend."
        let found = try Support.found(text, .person, with: redactor)
        #expect(found.contains("alex"))
        #expect(found.contains("ALEXANDER"))
        #expect(found.contains("Pemberton-Hale"))
        #expect(found.contains("Will"))
        #expect(found.contains("Green"))
        // "will" the verb stays: a known name that is also a word needs a capital.
        #expect(!found.contains("will"))
    }

    @Test func parsesAKnownPartiesFile() {
        let names = KnownParties.parse("# case 123\nTeresa Okafor | social worker\n\nJo Bloggs\tchild\nSam Hill, complainant\n")
        #expect(names == ["Teresa Okafor", "Jo Bloggs", "Sam Hill"])
    }
}
