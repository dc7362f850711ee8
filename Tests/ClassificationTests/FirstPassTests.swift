@testable import Classification
import Foundation
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
            #expect(tagger.textWords.map { [$0.clauseBefore, $0.commaBefore, $0.clauseWord, $0.commaWord] }
                == expected.map { [$0.clauseBefore, $0.commaBefore, $0.clauseWord, $0.commaWord] })
        }
    }

    /// Negation windows read off the words agree with the byte walk they replace, at
    /// every word start of the annotated set and of awkward texts.
    @Test func windowsFromWordsAgreeWithTheByteWalk() throws {
        let corpus = try String(contentsOfFile: Fixtures.annotatedSet, encoding: .utf8)
        var texts = corpus.split(separator: "\n").map(String.init)
        texts += ["First, second; third: (fourth) \"fifth\", sixth.\nSeventh", ", lead", "a", ".b", "x,y z"]
        var checked = 0
        for text in texts {
            var copy = text
            copy.withUTF8 { bytes in
                let words = WordSpan.words(in: bytes)
                for index in words.indices {
                    for (near, far) in [(2, 11), (4, 8), (5, 28), (1, 1), (3, 3), (1, 2), (6, 3)] {
                        let fromWords = words.withUnsafeBufferPointer { Scan.windows($0, at: index, nearWords: near, farWords: far) }
                        let fromBytes = Scan.windows(bytes, before: words[index].start, nearWords: near, farWords: far)
                        if fromWords != fromBytes { Issue.record("\(text.prefix(40)) word \(index): \(fromWords) != \(fromBytes)") }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}
