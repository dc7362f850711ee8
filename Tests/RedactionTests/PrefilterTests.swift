import Testing
@testable import Redaction

/// The cheap byte checks that decide where the identifier patterns run: they must never
/// keep a pattern from a place where it would match.
@Suite("Identifier prefilters")
struct PrefilterTests {
    private func anchors(_ text: String) -> (keywords: [String], births: [String]) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var keywords: [KeywordSpot] = [], births: [Range<Int>] = []
            IdentifierDetector.anchorWords.scan(buffer, keywords: &keywords, births: &births)
            let text = { (range: Range<Int>) in String(decoding: buffer[range], as: UTF8.self) }
            return (keywords.map { text($0.range) }, births.map(text))
        }
    }

    private func streetFollows(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { AnchorScan.streetFollows($0, 0) }
    }

    @Test func keywordsAreWholeCapitalisedWordsOnly() {
        let found = anchors("Oakfield School, the school, Schools, PRU, Flat 3, Hallam, House-share, (Primary), MySchool, 3School, _School, Bdob")
        #expect(found.keywords == ["School", "PRU", "Flat", "House", "Primary"])
    }

    /// Keywords are compared as two packed words; one of the full sixteen bytes must
    /// not overflow its mask.
    @Test func sixteenByteKeywordsAreFound() {
        let words = AnchorWords(keywords: [("Abcdefghijklmnop", .school)])
        let bytes = Array("x Abcdefghijklmnop and more text after it".utf8)
        let found = bytes.withUnsafeBufferPointer { buffer in
            var keywords: [KeywordSpot] = [], births: [Range<Int>] = []
            words.scan(buffer, keywords: &keywords, births: &births)
            return keywords.map(\.range)
        }
        #expect(found == [2..<18])
    }

    /// Each keyword opens windows only for the rules that end or start with it.
    @Test func keywordsCarryTheirRulesGroup() {
        let bytes = Array("Oakfield School, Flat 3, Mill House".utf8)
        let groups = bytes.withUnsafeBufferPointer { buffer in
            var keywords: [KeywordSpot] = [], births: [Range<Int>] = []
            IdentifierDetector.anchorWords.scan(buffer, keywords: &keywords, births: &births)
            return keywords.map(\.group)
        }
        #expect(groups == [.school, .flat, .house])
        let windows = bytes.withUnsafeBufferPointer { buffer in
            AnchorScan(buffer, words: IdentifierDetector.anchorWords).windows(for: .keyword(left: 0, right: 0, group: .flat), in: buffer)
        }
        #expect(windows.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Flat"])
    }

    /// The scan reads eight bytes at a time: an anchor must be found at every offset
    /// within a block, across block edges and in the short tail.
    @Test func anchorsAreFoundAtEveryOffset() {
        for padding in 0..<17 {
            let prefix = String(repeating: "x", count: padding)
            let found = anchors("\(prefix) Oakfield School d.o.b. born abdomen Bob")
            #expect(found.keywords == ["School"], "padding \(padding)")
            #expect(found.births == ["d.o.b", "born"], "padding \(padding)")
            #expect(anchors("\(prefix) DOB").births == ["DOB"], "padding \(padding)")
        }
    }

    /// Digits and "@" are looked for eight bytes at a time: runs must be whole at every
    /// offset, across block edges and in the tail.
    @Test func digitRunsAndAtsAreFoundAtEveryOffset() {
        for padding in 0..<17 {
            let text = String(repeating: "x", count: padding) + " 07700 900123 a@b 1234567890123"
            let bytes = Array(text.utf8)
            let scan = bytes.withUnsafeBufferPointer { AnchorScan($0, words: nil) }
            let runs = scan.digitRuns.map { String(decoding: bytes[$0], as: UTF8.self) }
            #expect(runs == ["07700", "900123", "1234567890123"], "padding \(padding)")
            #expect(scan.ats.map(\.lowerBound) == [padding + 15], "padding \(padding)")
        }
    }

    /// The eight-byte test lets through a capital, "b", "d" or "f" after a digit or
    /// "_", and "f" anywhere: the byte checks after it must turn them away.
    @Test func anchorsAfterDigitsOrUnderscoresAreNoWordStarts() {
        for padding in 0..<9 {
            let found = anchors(String(repeating: "x", count: padding) + " 2dob _born 7School x_Flat for fob DOB")
            #expect(found.keywords == [], "padding \(padding)")
            #expect(found.births == ["DOB"], "padding \(padding)")
        }
    }

    @Test func birthPhrasesInAnyCaseAndSpelling() {
        let found = anchors("DOB 1/2/2010; d.o.b. 3/4/2011; D.OB; Date of Birth: x; birthdate, BIRTH DATE, birthday; born; reborn; dobson; doberman")
        #expect(found.births == ["DOB", "d.o.b", "D.OB", "Date of Birth", "birthdate", "BIRTH DATE", "birthday", "born"])
        // "b." before a date, after a bracket or a comma; not a list's item b.
        #expect(anchors("Ciara (b. 05/06/2011), Kiera, b. 05/06/2011; items a. 1 b. 2").births == ["b.", "b."])
    }

    /// The capitals-only address rule runs only where the street is written in capitals.
    @Test func capitalsAddressesNeedTwoCapitalsAfterTheNumber() {
        func fires(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { AnchorScan.fires(.houseNumberCapitals, 0..<1, $0) }
        }
        #expect(fires("3 ST JOHN'S ROAD"))
        #expect(fires("3 O'NEILL ROAD"))
        #expect(fires("3 O’NEILL ROAD"))
        #expect(!fires("3 Larch Close"))
        #expect(!fires("3 L"))
        #expect(!fires("3 "))
    }

    /// Where a run of digits stands in `text` (the first one).
    private func fires(_ trigger: IdentifierRule.DigitTrigger, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let run = bytes.withUnsafeBufferPointer { AnchorScan($0, words: nil).digitRuns.first! }
        return bytes.withUnsafeBufferPointer { AnchorScan.fires(trigger, run, $0) }
    }

    /// LGSCO references have one shape; dates such as "12 March" never open a window.
    @Test func lgscoReferencesNeedTheirWholeShape() {
        #expect(fires(.lgsco, "ref 23 012 345."))
        #expect(!fires(.lgsco, "on 12 March 2024"))
        #expect(!fires(.lgsco, "aged 12 345"))
        #expect(!fires(.lgsco, "23 012 34"))
    }

    /// Digit runs open a labelled-reference window only after a label word; years
    /// in running text do not.
    @Test func labelledReferencesNeedALabelWord() {
        for text in ["Ref: ABC-12345", "our ref JB/1234", "Case number 123456", "Mosaic ID 1234567", "REF 1234",
                     "reference no. 12345", "Ref. no.: 1234", "record#\u{00A0}98765", "complaint 2023-0456", "ref: 23/456"] {
            #expect(fires(.labelled, text), "\(text)")
        }
        for text in ["in 2023 we", "since 12345", "Invoice 12345", "REF-1234"] {
            #expect(!fires(.labelled, text), "\(text)")
        }
    }

    /// The first-and-last-letter screen before the label look-up lets every label word
    /// through, in any case.
    @Test func labelScreenPassesEveryLabelWord() {
        for word in IdentifierRule.labelWordList {
            for form in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                let bytes = Array(form.utf8)
                #expect(bytes.withUnsafeBufferPointer { AnchorScan.mayBeLabel($0, 0..<$0.count) }, "\(form)")
            }
        }
        for word in ["on", "aged", "the", "in", "since"] {
            let bytes = Array(word.utf8)
            #expect(!bytes.withUnsafeBufferPointer { AnchorScan.mayBeLabel($0, 0..<$0.count) }, "\(word)")
        }
    }

    /// An email's window is the run of its characters either side of the "@".
    @Test func emailWindowsAreTheAddressItself() {
        let text = "Write to jo.bloggs@example.org, or r.o'neil+cs@council.gov.uk; zoë@school.sch.uk."
        let bytes = Array(text.utf8)
        let windows = bytes.withUnsafeBufferPointer { buffer in
            AnchorScan(buffer, words: nil).windows(for: .at(left: 80, right: 260), in: buffer)
        }
        #expect(windows.map { String(decoding: bytes[$0], as: UTF8.self) }
            == ["jo.bloggs@example.org", "r.o'neil+cs@council.gov.uk", "zoë@school.sch.uk."])
    }

    @Test func houseNumbersNeedAStreetTypeWithinThreeCapitalisedWords() {
        #expect(streetFollows(" Larch Close"))
        #expect(streetFollows(" St John's Wood Road"))
        #expect(streetFollows(" ST JOHN'S ROAD"))
        #expect(streetFollows("\tUpper Meadows"))
        #expect(streetFollows(" Mill Lane-end"))  // "Lane" then a hyphen is still \bLane\b
        #expect(!streetFollows(" March 2024"))
        #expect(!streetFollows(" The children"))
        #expect(!streetFollows(" Close"))  // a street type needs a name before it
        #expect(streetFollows(" One Two Three Road"))
        #expect(!streetFollows(" One Two Three Four Road"))  // more than three words
    }

    /// Street types grouped by first letter for the pattern: the same words, in order.
    @Test func streetTypesAreGroupedByFirstLetter() throws {
        #expect(IdentifierRule.grouped("Road|Rd|Street|St|Row|Meadows?") == "R(?:oad|d|ow)|S(?:treet|t)|M(?:eadows?)")
        #expect(try Support.found("Send it to 4 Upper Meadow Row, and 5 Mill Rd.", .address) == ["4 Upper Meadow Row", "5 Mill Rd."])
    }

    @Test func addressesStillFoundBehindThePrefilter() throws {
        #expect(try Support.found("Placed at 7 St Helen's Avenue, Leeds.", .address) == ["7 St Helen's Avenue"])
        #expect(try Support.found("Send it to 22 MILL HILL ROAD please.", .address) == ["22 MILL HILL ROAD"])
        #expect(try Support.found("Decision date: 14 March 2024\n\nMr Green asked for a review.", .address) == [])
    }

    /// Regression: with only SCHOOL enabled, the keyword scan was skipped once schools
    /// were anchored on title runs, and no school was found.
    @Test func schoolOnlyPolicyStillFindsSchools() throws {
        let redactor = try Support.redactor(policy: Policy(name: "schools", types: [.school]))
        #expect(try Support.found("He moved to Oakfield Academy in May.", .school, with: redactor) == ["Oakfield Academy"])
    }

    /// A school's window ends `reach` bytes after its last keyword, at the next byte
    /// that is no word byte: never just after a keyword that runs on into a longer word.
    @Test func titleRunWindowsEndSoonAfterTheirLastKeyword() throws {
        let bytes = Array("Oakfield School and more words after it, and more".utf8)
        let windows = bytes.withUnsafeBufferPointer { buffer in
            AnchorScan(buffer, words: IdentifierDetector.anchorWords)
                .windows(for: .titleRun(right: 40, reach: 14, group: .school), in: buffer)
        }
        #expect(windows.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Oakfield School and more words "])
        // "Nursery" ends exactly 15 bytes after "School", inside "Nurseryland".
        #expect(try Support.found("Oakfield School St Mar Nurseryland is near.", .school) == ["Oakfield School"])
        #expect(try Support.found("Oakfield Pupil Referral Unit, then more words.", .school) == ["Oakfield Pupil Referral Unit"])
    }

    /// Also a regression: "Our" was trimmed as a generic word ("our school") from "Our
    /// Lady of ..." names.
    @Test func longSchoolNamesAreFoundWhole() throws {
        #expect(try Support.found("She is at St Mary and St Joseph's Catholic Primary School, Hull.", .school)
            == ["St Mary and St Joseph's Catholic Primary School"])
        #expect(try Support.found("He attends Our Lady of Lourdes C of E Primary School.", .school)
            == ["Our Lady of Lourdes C of E Primary School"])
        #expect(try Support.found("Moved from\nHollybush Primary School to a new class.", .school) == ["Hollybush Primary School"])
    }

    @Test func genericSchoolWordsTrimmedOnBytes() throws {
        #expect(try Support.found("Former Oakfield Academy pupils came.", .school) == ["Oakfield Academy"])
        #expect(try Support.found("The Local, Oakfield Academy.", .school) == ["Oakfield Academy"])
        #expect(try Support.found("Her Virtual School Head wrote.", .school) == [])
    }

    @Test func birthDatesRightAfterANameButNotAfterOtherWords() throws {
        #expect(try Support.found("Children: Elira (19/07/2016) and Dritan - March 2018.", .dob) == ["19/07/2016", "March 2018"])
        #expect(try Support.found("Review held (19/07/2016) at the office.", .dob) == [])
    }
}
