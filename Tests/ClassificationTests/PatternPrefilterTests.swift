@testable import Classification
import Testing

/// Taxonomy patterns are tried only where a literal prefilter says they can match; these
/// check the prefilter never hides a match PCRE2 would report.
@Suite("Patterns: the literal prefilter finds every match")
struct PatternPrefilterTests {
    /// A small taxonomy whose one category has `patterns` (YAML-quoted sources).
    static func tagger(_ patterns: [String]) throws -> Tagger {
        let list = patterns.map { "{pattern: '\($0)', weight: 1}" }.joined(separator: ", ")
        return Tagger(try Fixtures.classifier(yaml: """
            taxonomy: themes
            categories:
              - id: delay
                patterns: [\(list)]
            """))
    }

    @Test func leadingWordsAreReadOnlyFromPlainOpenings() {
        func words(_ source: String) -> [String]? {
            LeadingWords(patternSource: source).map { $0.byFirst.flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }.sorted() }
        }
        #expect(words(#"\b(?:waited|took)\s+\d+"#) == ["took", "waited"])
        #expect(words(#"\bdelay\w*"#) == ["delay"])
        #expect(words(#"(?-i:\bSEND?\b)"#) == ["SEN"])
        #expect(LeadingWords(patternSource: #"(?-i:\bSEND?\b)"#)?.caseless == false)
        // No prefilter: an alternative outside the group, an optional group, no `\b`,
        // a group that is not plain words.
        #expect(words(#"\bwaited|took"#) == nil)
        #expect(words(#"\b(?:waited|took)?\s+\d+"#) == nil)
        #expect(words(#"£\s?\d"#) == nil)
        #expect(words(#"\b(?:wait(?:ed)?|took)"#) == nil)
    }

    @Test func prefilteredPatternsMatchWhereverPCRE2Does() throws {
        let tagger = try Self.tagger([#"\b(?:waited|took)\s+\d+\s+weeks\b"#, #"(?-i:\bSEND?\b)"#, #"£\s?\d"#])
        let text = "He WAITED 6 weeks; she took 3 weeks. SEN and SEND, not send. Paid £5. unwaited 6 weeks"
        let ranges = try tagger.tag(text)["themes"]!.candidates.map { $0.evidence.range }
        #expect(ranges == [3..<17, 23..<35, 37..<40, 45..<49, 66..<69])
    }

    /// Caseless UTF-8 matching folds the long s (U+017F) onto `s` and the Kelvin sign
    /// (U+212A) onto `k`, and neither is `\w`, so a match can start right after a word
    /// byte: texts holding them are searched without the prefilter.
    @Test func caseFoldingCharactersStillMatch() throws {
        let tagger = try Self.tagger([#"\b(?:still|kept)\s+waiting\b"#])
        #expect(try tagger.tag("a\u{17F}till waiting for a reply").labels("themes") == ["delay"])
        #expect(try tagger.tag("a\u{212A}ept waiting").labels("themes") == ["delay"])
        #expect(try tagger.tag("Still waiting for a reply").labels("themes") == ["delay"])
        #expect(try tagger.tag("astill waiting").labels("themes").isEmpty)
    }
}
