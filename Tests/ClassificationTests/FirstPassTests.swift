@testable import Classification
import Testing

/// The tagger reads a text's words once, in the same pass as the pattern prefilter; they
/// must be the words the negation cues were always matched against.
@Suite("First pass: one read of the words")
struct FirstPassTests {
    @Test func wordsAreTheWordSpansOfTheText() throws {
        let texts = [
            "", "x", "Don’t say it's fine — café, naïve; [PERSON 1] wasn't told.\n",
            "a\u{17F}till waiting, \u{212A}ept_going 12/3", "’’ ' ’tis", "ÉCOLE: £5,000 paid", "end’",
        ]
        let tagger = Fixtures.tagger()
        for text in texts {
            _ = try tagger.tag(text)
            var copy = text
            let expected = copy.withUTF8 { WordSpan.words(in: $0) }
            #expect(tagger.textWords.map { [$0.start, $0.end] } == expected.map { [$0.start, $0.end] }, "\(text)")
            #expect(tagger.textWords.map(\.hash) == expected.map(\.hash), "\(text)")
        }
    }
}
