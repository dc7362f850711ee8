import Testing
@testable import Redaction

@Suite("Replacement operators and policies")
struct ReplacementTests {
    @Test func lettersAreConsistentPerPersonLikePublishedReports() throws {
        let text = "Mr Tobias Wrenfield complained. Tobias said Kemi Adesanya had not called. Mr Wrenfield's letter followed."
        let out = try Support.redact(text)
        #expect(out == "Mr X complained. X said Y had not called. Mr X's letter followed.")
    }

    @Test func lettersSkipPseudonymsTheTextAlreadyUses() throws {
        let out = try Support.redact("Mrs X said her son Daniyal Okoro was not told.")
        #expect(out == "Mrs X said her son Y was not told.")
    }

    /// The capitals standing alone in `text`, as bits (bit n for A + n).
    private func lettersInUse(_ text: String) -> UInt32 {
        Array(text.utf8).withUnsafeBufferPointer { Replacer.standingCapitals(in: $0) }
    }

    /// A letter is in use wherever it stands alone: at the start, at the end, before an
    /// apostrophe; not inside a word or beside a digit or a non-ASCII letter.
    @Test func lettersInUseAreFoundAnywhereInTheText() {
        #expect(lettersInUse("Z") == 1 << 25)
        #expect(lettersInUse("1234567 Y and then W.") == (1 << 24 | 1 << 22))
        #expect(lettersInUse("abcdefgX") == 0)  // inside a word
        #expect(lettersInUse("abcdef X's") == 1 << 23)
        #expect(lettersInUse("A child, I think, met Ms Q (Q1) and É.") == (1 << 0 | 1 << 8 | 1 << 16))
        #expect(lettersInUse("Q1 and XQ, then Q") == 1 << 16)  // the last of several
        let long = String(repeating: "the child ", count: 20) + "V"
        #expect(lettersInUse(long) == 1 << 21)
        for padding in 0..<17 {
            let prefix = String(repeating: "a", count: padding)
            #expect(lettersInUse(prefix + " K, and Lx 2M éN Pé Q's") == (1 << 10 | 1 << 16), "padding \(padding)")
        }
    }

    /// Letters in use are skipped, A (an article) and I (a pronoun) are not taken for
    /// pseudonyms, I and O are never given, and past the free letters come pairs.
    @Test func letterSequenceSkipsLettersInUseAndRunsOnToPairs() {
        var sequence = Array("A note: Y and Z met. I said so. B too.".utf8).withUnsafeBufferPointer { LetterSequence(text: $0) }
        let given = (0..<25).map { _ in sequence.next() }
        #expect(Array(given.prefix(4)) == ["X", "A", "C", "D"])
        #expect(!given.contains("Y") && !given.contains("Z") && !given.contains("B") && !given.contains("I") && !given.contains("O"))
        // 26 letters less Y, Z, B, I and O: 21 free, then pairs.
        #expect(given[20] == "W" && given[21] == "XX" && given[22] == "XA")
    }

    @Test func aliasesOfOnePersonShareAnEntityAcrossScripts() throws {
        #expect(try Support.redact("Zoë Kowalczyk rang. Later ZOË said Kowalczyk would write.") == "X rang. Later X said X would write.")
    }

    @Test func labelsNumberEachTypeAndKeepBytesElsewhere() throws {
        let policy = Policy(name: "t", operators: [:])
        let redactor = try Support.redactor(policy: policy)
        let text = "From: Priyanka Raval\r\nEmail: p.raval@example.org\r\n\r\n\tPriyanka  rang  again.\r\n"
        let out = try Support.redact(text, with: redactor)
        #expect(out == "From: [PERSON 1]\r\nEmail: [EMAIL 1]\r\n\r\n\t[PERSON 1]  rang  again.\r\n")
    }

    /// Labels come from a table for the first numbers of each type and are made past
    /// it: both read the same.
    @Test func labelsAreTheSameFromTheTableAndPastIt() {
        for type in EntityType.allCases {
            for number in [1, 2, Replacer.labelsPerType, Replacer.labelsPerType + 1, 1000] {
                #expect(Replacer.label(type, number) == "[\(type.rawValue) \(number)]")
            }
        }
        #expect(Replacer.label(.caseRef, 12) == "[CASE_REF 12]")
    }

    @Test func maskAndRemove() throws {
        let mask = try Support.redactor(policy: Policy(name: "m", defaultOperator: .mask, operators: [:]))
        #expect(try Support.redact("Call 07700 900123 now", with: mask) == "Call ***** ****** now")
        let remove = try Support.redactor(policy: Policy(name: "r", defaultOperator: .remove, operators: [:]))
        #expect(try Support.redact("Call 07700 900123 now", with: remove) == "Call  now")
    }

    @Test func pseudonymsAreKeyedAndStableAcrossDocuments() throws {
        let policy = Policy(name: "p", operators: [.person: .pseudonym])
        let key = Array(repeating: UInt8(7), count: 32)
        let redactor = try Support.redactor(policy: policy, key: key)
        let first = try Support.redact("Tamsin Okoye rang.", with: redactor)
        let second = try Support.redact("We wrote to Tamsin Okoye.", with: redactor)
        let token = String(first.split(separator: " ")[0])
        #expect(token.hasPrefix("PERSON-") && token.count == 17)
        #expect(second == "We wrote to \(token).")
        let otherKey = try Support.redactor(policy: policy, key: Array(repeating: 9, count: 32))
        #expect(try Support.redact("Tamsin Okoye rang.", with: otherKey) != first)
        #expect(!first.contains("Tamsin"))
    }

    @Test func pseudonymPolicyWithoutAKeyIsRefused() {
        #expect(throws: (any Error).self) {
            try Support.redactor(policy: Policy(name: "p", operators: [.person: .pseudonym]))
        }
    }

    @Test func allowAndDenyLists() throws {
        let policy = Policy(name: "a", allow: ["Rosalind Achterberg"], deny: ["Oakwood Lodge", "Brindle"])
        let redactor = try Support.redactor(policy: policy)
        let out = try Support.redact("Report by Rosalind Achterberg about Oakwood Lodge and brindle.", with: redactor)
        #expect(out == "Report by Rosalind Achterberg about X and Y.")
    }

    @Test func typesLeftOutOfThePolicyAreKept() throws {
        let policy = Policy(name: "s", types: [.person], operators: [:])
        let out = try Support.redact("Ref CS-2024-01234: Ms Okafor, 07700 900123.", with: try Support.redactor(policy: policy))
        #expect(out == "Ref CS-2024-01234: Ms [PERSON 1], 07700 900123.")
    }
}

@Suite("Entity numbering")
struct EntityIndexTests {
    /// Regression: the byte-level index must keep the rule that the latest mention
    /// claims its words ("Sam Khan" after "Ali Khan" moves "Khan" to Sam).
    @Test func latestMentionClaimsSharedWords() throws {
        let text = "Sam Jones met Ali Khan. Later Sam Khan wrote. Khan was upset."
        let redacted = try Support.redact(text)
        #expect(redacted == "X met Y. Later X wrote. X was upset.")
    }

    /// Regression: two relatives who share a family name are two people. The family
    /// name used to key the entity, so "Ama Ofori-Atta" took her father's letter. An
    /// initial or a short form of the same given name is still the same person.
    @Test func relativesSharingAFamilyNameKeepTheirOwnLetters() throws {
        let family = "Kwesi Ofori-Atta, father of Ama Ofori-Atta, said Ama was well. Kwesi rang."
        #expect(try Support.redact(family) == "X, father of Y, said Y was well. X rang.")
        let kaur = "Harpreet Kaur Sandhu and Simran Kaur met. Harpreet said Simran was late."
        #expect(try Support.redact(kaur) == "X and Y met. X said Y was late.")
        let same = "Dean Ashworth rang. D Ashworth wrote. K Ashworth, his sister, replied. Alexander Pike met Alex Pike."
        #expect(try Support.redact(same) == "X rang. X wrote. Y, his sister, replied. Z met Z.")
    }

    /// Past sixteen names the index switches from a list to a dictionary: numbering and
    /// the latest-mention rule must not change.
    @Test func longDocumentsNamingManyPeopleKeepOneLabelEach() throws {
        let surnames = ["Okonkwo", "Haidari", "Kowalczyk", "Sivakumaran", "Abiodun", "Igbinedion", "Hawramani", "Zawadzka",
                        "Mokoena", "Anyanwu", "Penhaligon", "Gebremedhin", "Chiwenga", "Kacprzak", "Danjuma", "Obiakor",
                        "Whitfield", "Sandoval", "Cifuentes", "Turnbull"]
        let first = surnames.map { "Mr \($0) called." }.joined(separator: " ")
        let second = surnames.reversed().map { "Mr \($0) wrote." }.joined(separator: " ")
        let redactor = try Support.redactor(policy: Policy(name: "l", operators: [.person: .label]))
        let redacted = try Support.redact(first + " " + second, with: redactor)
        let expectedFirst = (1...20).map { "Mr [PERSON \($0)] called." }.joined(separator: " ")
        let expectedSecond = (1...20).reversed().map { "Mr [PERSON \($0)] wrote." }.joined(separator: " ")
        #expect(redacted == expectedFirst + " " + expectedSecond)
    }

    @Test func identifiersAreOneEntityWhateverTheSpacing() throws {
        let text = "Call 07700 900123 or 07700900123, not 07700 900456."
        #expect(try Support.redact(text) == "Call [PHONE 1] or [PHONE 1], not [PHONE 2].")
    }
}

@Suite("Owner table and type masks")
struct OwnerTableTests {
    @Test func ownersSurviveGrowthAndTypesAreKeptApart() {
        var table = OwnerTable()
        for number in 0..<1_000 {
            table.setOwner(UInt64(number), UInt64(number * 7), type: 0, owner: number)
            table.setOwner(UInt64(number), UInt64(number * 7), type: 2, owner: number + 5_000)
        }
        #expect((0..<1_000).allSatisfy { table.owner(UInt64($0), UInt64($0 * 7), type: 0) == $0 })
        #expect((0..<1_000).allSatisfy { table.owner(UInt64($0), UInt64($0 * 7), type: 2) == $0 + 5_000 })
        #expect(table.owner(5, 35, type: 1) == nil)
        table.setOwner(5, 35, type: 0, owner: 42)  // the latest mention wins
        #expect(table.owner(5, 35, type: 0) == 42)
        #expect(OwnerTable().owner(0, 0, type: 0) == nil)
    }

    @Test func ordinalsArePositionsInAllCasesAndMasksTestThem() {
        #expect(EntityType.allCases.enumerated().allSatisfy { Int($0.element.ordinal) == $0.offset })
        let mask = EntityType.mask([.person, .school])
        #expect(mask == 1 << 0 | 1 << 9)
    }
}
