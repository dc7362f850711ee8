import Lexicon
import Testing
@testable import Redaction

/// The look-up made while tokenising: hot-table answers filled in at once, everything
/// else listed for later, and the lists the later passes walk instead of every word.
@Suite("Word look-up while tokenising")
struct WordLookupTests {
    private func run(_ text: String) -> (tokens: [Token], lookup: WordLookup, words: [String]) {
        var hot = ShortWordTable(capacity: 16)
        func put(_ word: String, _ info: WordInfo) {
            Array(word.utf8).withUnsafeBufferPointer { _ = hot.insert($0, value: info.rawValue) }
        }
        put("the", WordInfo(classes: [.common, .frequent], roles: [], phraseStart: false))
        put("van", WordInfo(classes: [], roles: .particle, phraseStart: false))
        put("tower", WordInfo(classes: [.common], roles: [], phraseStart: true))
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var tokens: [Token] = []
            var lookup = WordLookup(hot: hot)
            Tokenizer.tokenize(buffer, into: &tokens, visitor: &lookup)
            return (tokens, lookup, tokens.map { String(decoding: buffer[$0.start..<$0.end], as: UTF8.self) })
        }
    }

    @Test func hotWordsAreFilledInAndTheRestListed() {
        let (tokens, lookup, words) = run("The Tower near Daan van der Berg, Smith-Jones and Zoë's responsibilities")
        #expect(words == ["The", "Tower", "near", "Daan", "van", "der", "Berg", "Smith-Jones", "and", "Zoë", "responsibilities"])
        #expect(tokens[0].classes == [.common, .frequent])
        #expect(tokens[1].phraseStart)
        #expect(tokens[4].context == .particle)
        #expect(lookup.particles == [4])
        // Not in the hot table ("near", "der", "and"), hyphenated, or not short ASCII.
        #expect(lookup.missed == [2, 3, 5, 6, 7, 8])
        #expect(lookup.general == [9, 10])
        #expect(lookup.capitals == [0, 1, 3, 6, 7, 9])
    }

    @Test func placeholderCandidatesAreAllButOrdinaryLowerCaseWords() {
        let (_, lookup, words) = run("xxx met X and couldn't see Mr B")
        #expect(lookup.placeholderCandidates.map { words[$0] } == ["xxx", "X", "couldn't", "Mr", "B"])
    }

    @Test func informalTextIsALoneIOrAThirdOfSentencesInLowerCase() {
        #expect(run("i rang twice. Nobody came.").lookup.looksInformal)
        #expect(run("rang twice. nobody came. They said sorry.").lookup.looksInformal)
        #expect(!run("Rang twice. Nobody came. They said sorry. no reply.").lookup.looksInformal)
        #expect(!run("The Council wrote to Mrs Ivanova.").lookup.looksInformal)
    }
}
