import Testing
@testable import Redaction

/// The byte tokenizer under the name detector: word boundaries, letter-case shapes and
/// the gaps between words, which every name rule reads.
@Suite("Tokenizer")
struct TokenizerTests {
    private func tokens(_ text: String) -> [(word: String, shape: Token.Shape, gap: Gap, possessive: Bool)] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var tokens: [Token] = []
            Tokenizer.tokenize(buffer, into: &tokens)
            return tokens.map { (String(decoding: buffer[$0.start..<$0.end], as: UTF8.self), $0.shape, $0.gap, $0.possessive) }
        }
    }

    @Test func wordsShapesAndPossessives() {
        let found = tokens("Teresa's SAFEGUARDING iPad X O'Brien Smith-Jones couldn't")
        #expect(found.map(\.word) == ["Teresa", "SAFEGUARDING", "iPad", "X", "O'Brien", "Smith-Jones", "couldn't"])
        #expect(found.map(\.shape) == [.capitalized, .upper, .other, .initial, .capitalized, .capitalized, .lower])
        #expect(found[0].possessive)
        #expect(!found[1].possessive)
    }

    /// Letters are read eight at a time: words of every length, at every offset, with
    /// non-ASCII letters after the ASCII ones, must come out whole.
    @Test func wordsOfAnyLengthAtAnyOffsetAreWhole() {
        let words = ["a", "Jo", "Chukwuemeka", "Wolstenholme-Smith", "Siobhán", "Zoë", "ABCDEFGHIJKLMNOP", "safeguarding's"]
        for padding in 0..<10 {
            for word in words {
                let text = String(repeating: " ", count: padding) + word + ", next"
                let found = tokens(text)
                let expected = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
                #expect(found.map(\.word) == [expected, "next"], "\(word) after \(padding) spaces")
            }
        }
    }

    /// The tokenizer writes its tokens into room for half the bytes (plus two): every
    /// word must be followed by a byte that is not a letter, whatever the input —
    /// apostrophes, hyphens, possessives and contractions at the end included.
    @Test func thereAreNeverMoreWordsThanHalfTheBytes() {
        let pieces = ["a", "B", "é", "Ø", "'", "’", "-", " ", "s", "t", "ll", "O'", "'s", "’s", "n't", ".", "1", "\n", "ŵ"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(1 + Int(state % 24)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let bytes = Array(text.utf8)
            let found = bytes.withUnsafeBufferPointer { buffer in
                var tokens: [Token] = []
                Tokenizer.tokenize(buffer, into: &tokens)
                return tokens
            }
            #expect(found.count <= bytes.count / 2 + 1, "\(text)")
            #expect(zip(found, found.dropFirst()).allSatisfy { $0.end < $1.start }, "\(text)")
            #expect(found.allSatisfy { $0.end <= bytes.count && $0.start < $0.end }, "\(text)")
        }
    }

    /// What the tokenizer tallies on its way (for telling a text message from a letter)
    /// must match the tokens it wrote.
    @Test func tallyCountsSentenceStartsAndALoneLowercaseI() {
        let text = "hi there. i think so\nYes: ok then. Jo said it's fine! and we'll see"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var tokens: [Token] = []
            let tally = Tokenizer.tokenize(buffer, into: &tokens)
            let starts = tokens.filter(\.sentenceStart)
            #expect(tally.sentenceStarts == starts.count)
            #expect(tally.lowercaseStarts == starts.filter { $0.shape == .lower }.count)
            #expect(tally.sentenceStarts == 6 && tally.lowercaseStarts == 4)
            #expect(tally.loneLowercaseI)
        }
        let formal = Array("I think it is fine. In time, Ian will see.".utf8)
        formal.withUnsafeBufferPointer { buffer in
            var tokens: [Token] = []
            #expect(!Tokenizer.tokenize(buffer, into: &tokens).loneLowercaseI)
        }
    }

    @Test func capitalsAreCountedAcrossTheEightByteRuns() {
        #expect(tokens("SAFEGUARDINGTEAM").first?.shape == .upper)
        #expect(tokens("Safeguardingteam").first?.shape == .capitalized)
        #expect(tokens("safeguardingTeam").first?.shape == .other)
        #expect(tokens("safeguardingteam").first?.shape == .lower)
    }

    @Test func gapsRecordWhatLiesBetweenWords() {
        let found = tokens("Dear Amal,\n\nThanks. Mum (and Dad) - ok")
        #expect(found[0].gap == .start)
        #expect(found[1].gap == .space)
        #expect(found[2].gap == [.comma, .newline, .blankLine])
        #expect(found[3].gap == [.sentenceEnd, .space])
        #expect(found[4].gap == [.space, .bracket])
        #expect(found[6].gap == [.bracket, .space, .dash])
    }
}
