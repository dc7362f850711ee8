import Testing
@testable import Redaction

/// Names found from lists and from context, and the ordinary words that must stay.
@Suite("Person names")
struct NameDetectionTests {
    @Test("Names from England's population today", arguments: [
        ("Thank you to Chidinma for the visit.", "Chidinma"),
        ("Wojciech said the meeting was helpful.", "Wojciech"),
        ("The carer, Aoife Ní Dhomhnaill, raised it.", "Aoife"),
        ("We spoke to Mohammed about the plan.", "Mohammed"),
        ("Xiaoling moved school in the spring.", "Xiaoling"),
        ("Complaint from Gurpreet Sandhu about transport.", "Sandhu"),
        ("Complaint from Ms Adebayo-Smith about respite.", "Adebayo-Smith"),
        ("The worker visited Ionuț at home.", "Ionuț"),
        ("Dr O'Sullivan attended the review.", "O'Sullivan"),
    ])
    func namesFromLists(text: String, name: String) throws {
        #expect(try Support.found(text, .person).contains(name))
    }

    @Test("Names no list has, found from context", arguments: [
        ("Good afternoon Mr Tregothnan, thank you for your email.", "Tregothnan"),
        ("Dear Zuberi,", "Zuberi"),
        ("Thanks, Qadira", "Qadira"),
        ("Keyworker Ade visited on Tuesday.", "Ade"),
        ("Her daughter C was upset by the change.", "C"),
        ("Mrs J. Okwuosa asked for a review.", "J"),
        ("Personal Advisor, Lorcan Vasquez-Oyelaran, replied the same day.", "Lorcan"),
    ])
    func namesFromContext(text: String, name: String) throws {
        #expect(try Support.found(text, .person).contains(name))
    }

    @Test("Names that are also words, used as names", arguments: [
        ("Hope has settled well with her new carers.", "Hope"),
        ("My son Will is waiting for his assessment.", "Will"),
        ("We would like to thank Grace for her patience.", "Grace"),
        ("June's placement ended in March.", "June"),
        ("The complaint about Mark Brennan was upheld.", "Mark"),
        ("Ms Green said she was not told.", "Green"),
        ("Thank you Joy!", "Joy"),
        ("Please pass on our thanks to Amy and Faith.", "Faith"),
    ])
    func wordNamesInNameContexts(text: String, name: String) throws {
        #expect(try Support.found(text, .person).contains(name))
    }

    @Test("Ordinary words and non-personal names stay", arguments: [
        "We hope the family will be reassured by this response.",
        "By the grace of the panel's chair, the meeting was extended.",
        "The review panel met in June and again in August.",
        "The new green space at the centre opened on Monday.",
        "Independent Reviewing Officer and Head of Service attended.",
        "The Throughcare Team and the Specialist Safeguarding Unit met Cafcass and Ofsted.",
        "Mum and Dad were both at the CAMHS appointment with NYAS.",
        "Leeds City Council and Tower Hamlets shared their SEND and EHCP guidance.",
        "Mrs X complained that Y was not offered an advocate; xxx replied.",
        "May we thank all staff for their hard work this year.",
        "Will you please confirm the date of the Stage 2 investigation?",
    ])
    func hardNegatives(text: String) throws {
        #expect(try Support.found(text, .person) == [])
    }

    /// A listed place phrase keeps its words from being taken for names, whether its
    /// words are hashed where they stand (ASCII, one space apart) or copied (another
    /// spacing, letters beyond ASCII).
    @Test(arguments: [
        "He moved to Fort William in May.",
        "He moved to Fort  William in May.",
        "They moved from Biên Hòa in May.",
        "They moved from Biên  Hòa in May.",
    ])
    func listedPhrasesAreFoundWhateverTheirSpacingAndLetters(text: String) throws {
        #expect(try Support.found(text, .person) == [])
    }

    @Test func wordsOfAPlacePhraseAreNamesOutsideIt() throws {
        #expect(try Support.found("William came too.", .person) == ["William"])
        #expect(try Support.found("He moved to Fort Wilfred in May.", .person).contains("Wilfred"))
    }

    @Test func pseudonymAfterTitleIsLeftButTitleInitialAndNameIsTaken() throws {
        #expect(try Support.found("Mrs B said the visits were late.", .person) == [])
        #expect(try Support.found("Mr T. Adeyemi said the visits were late.", .person) == ["T", "Adeyemi"])
    }

    @Test func capitalsAndLowerCaseNames() throws {
        #expect(try Support.found("COMPLAINT ABOUT KWABENA MENSAH", .person) == ["KWABENA", "MENSAH"])
        #expect(try Support.found("honestly thanks to tamsin and priyanka for everything", .person) == ["tamsin", "priyanka"])
    }

    @Test func possessivesAndListsAndQuotes() throws {
        let found = try Support.found("Teodora's mum said \"Kwame\" and Bartosz were happy.", .person)
        #expect(found == ["Teodora", "Kwame", "Bartosz"])
    }

    @Test func signOffOnTheNextLine() throws {
        let found = try Support.found("Thanks again for everything.\n\nKind regards,\nHarriet Okafor-Lowe\n", .person)
        #expect(found == ["Harriet", "Okafor-Lowe"])
    }

    @Test func townBetweenAddressAndPostcodeIsNotAPerson() throws {
        let text = "Home address: 12 Rowan Close, Kettering, NN15 6QR."
        #expect(try Support.found(text, .person) == [])
        #expect(try Support.found(text, .address) == ["12 Rowan Close"])
    }
}
