import Testing
import Foundation
@testable import PCRE2

@Suite("Pattern compile and match")
struct PatternTests {
    @Test func compileErrorCarriesMessageAndOffset() {
        #expect(throws: PCRE2Error.self) { try Pattern("abc(def") }
        do {
            _ = try Pattern("ab[c")
            Issue.record("expected a compile error")
        } catch {
            #expect(error.kind == .compile)
            #expect(error.offset == 4)
            #expect(error.message.contains("missing terminating ]"))
            #expect(error.description.contains("at offset 4"))
        }
    }

    @Test func byteOffsetsWithAccentsAndEmoji() throws {
        let text = "Siobhán 👍 thanked Zoë and Ionuț."
        let pattern = try Pattern(#"\b\p{Lu}\p{Ll}+\b"#)
        let subject = Subject(text)
        let found = try pattern.matches(in: subject).map { subject.text($0.range) }
        #expect(found == ["Siobhán", "Zoë", "Ionuț"])
        let zoe = try #require(try pattern.matches(in: subject).dropFirst().first)
        // "Siobhán " is 9 bytes, the emoji 4, then " thanked " 9.
        #expect(zoe.range == 22..<26)
    }

    @Test func ucpMakesAccentedLettersWordCharacters() throws {
        let subject = Subject("Dovilė's file")
        let word = try Pattern(#"\w+"#)
        #expect(try word.matches(in: subject).map { subject.text($0.range) } == ["Dovilė", "s", "file"])
    }

    @Test func iteratesManyMatches() throws {
        let text = String(repeating: "Ref 12 345 678; ", count: 5_000)
        let pattern = try Pattern(#"\b\d{2} \d{3} \d{3}\b"#)
        let matches = try pattern.matches(in: Subject(text))
        #expect(matches.count == 5_000)
        #expect(matches.last?.range == (4_999 * 16 + 4)..<(4_999 * 16 + 14))
    }

    @Test func emptyMatchesAreReportedOnceAtEachPosition() throws {
        let subject = Subject("aé")
        let ranges = try Pattern("x*").matches(in: subject).map(\.range)
        // Positions 0, 1 (before é, 2 bytes) and 3 (end).
        #expect(ranges == [0..<0, 1..<1, 3..<3])
    }

    @Test func emptyAndNonEmptyMatchesInterleave() throws {
        let subject = Subject("ab")
        let ranges = try Pattern("a*").matches(in: subject).map(\.range)
        #expect(ranges == [0..<1, 1..<1, 2..<2])
    }

    @Test func crlfStepsAsOneNewlineWhenThePatternSaysSo() throws {
        let subject = Subject("a\r\nb")
        let ranges = try Pattern("(*CRLF)(?m)$").matches(in: subject).map(\.range)
        #expect(ranges == [1..<1, 4..<4])
        let lines = try Pattern(#"(?m)^\w+$"#).matches(in: Subject("one\r\ntwo\n")).map(\.range)
        // Default newline is LF: "one\r" is not a whole \w+ line, "two" is.
        #expect(lines == [5..<8])
    }

    @Test func captureGroupsAndNames() throws {
        let pattern = try Pattern(#"(?<title>Mr|Mrs|Ms)\.? (?<name>\p{Lu}\w+)(x)?"#)
        let subject = Subject("Dear Mrs Okafor,")
        let match = try #require(try pattern.firstMatch(in: subject))
        let name = try #require(pattern.groupNumber(named: "name"))
        #expect(subject.text(try #require(match[group: name])) == "Okafor")
        #expect(match[group: 3] == nil)
        #expect(pattern.groupNumber(named: "nope") == nil)
    }

    @Test func optionsChangeMatching() throws {
        let subject = Subject("TERESA was lovely")
        #expect(try Pattern("teresa").firstMatch(in: subject) == nil)
        #expect(try Pattern("teresa", options: [.utf, .caseless]).firstMatch(in: subject) != nil)
        #expect(try Pattern("a.b", options: [.utf, .literal]).firstMatch(in: Subject("axb")) == nil)
    }

    @Test func invalidUTF8IsRejectedOnceWithItsOffset() {
        #expect(throws: PCRE2Error.self) { try Subject(validating: [0x61, 0xC3, 0x28]) }
        do {
            _ = try Subject(validating: [0x61, 0x62, 0xFF])
        } catch {
            #expect(error.kind == .invalidUTF8)
            #expect(error.offset == 2)
        }
        #expect((try? Subject(validating: Array("Zoë".utf8))) != nil)
    }

    @Test func matchLimitErrorsAreThrownNotSwallowed() throws {
        // Catastrophic backtracking hits the match limit (the "b" after "c" defeats
        // PCRE2's required-character shortcut, so backtracking really happens).
        let pattern = try Pattern("(*LIMIT_MATCH=1000)(a+)+b")
        do {
            _ = try pattern.matches(in: Subject(String(repeating: "a", count: 30) + "cb"))
            Issue.record("expected a match-limit error")
        } catch {
            #expect(error.kind == .match)
            #expect(error.message.contains("limit"))
        }
    }

    @Test func escapeMakesLiteralsSafe() throws {
        let pattern = try Pattern(Pattern.escape("St. Anne's (C of E)"))
        #expect(try pattern.firstMatch(in: Subject("at St. Anne's (C of E) school")) != nil)
        #expect(try pattern.firstMatch(in: Subject("at StX Anne's (C of E) school")) == nil)
    }
}
