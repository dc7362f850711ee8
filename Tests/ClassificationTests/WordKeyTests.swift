@testable import Classification
import Testing

/// The form table recognises a word by its first eight bytes folded into one integer
/// (and its length): the key must ignore case and nothing else.
@Suite("Word key: eight folded bytes")
struct WordKeyTests {
    static func key(_ text: String, at i: Int = 0, length: Int? = nil) -> UInt64 {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { WordKey.key($0, i, length ?? bytes.count - i) }
    }

    @Test func caseIsIgnoredAndNothingElse() {
        #expect(Self.key("Social") == WordKey.key(Array("social".utf8)))
        #expect(Self.key("SOCIAL") == Self.key("social"))
        #expect(Self.key("social") != Self.key("socia1"))
        #expect(Self.key("a_b") != Self.key("a b"))
        #expect(Self.key("_") == WordKey.key(Array("_".utf8)))
        #expect(Self.key("12") != Self.key("QR"))
    }

    /// A word of fewer than eight bytes spells its length; longer words share their
    /// first eight bytes' key (the table compares the rest).
    @Test func shortWordsDifferFromTheirPrefixes() {
        #expect(Self.key("the") != Self.key("them"))
        #expect(Self.key("complain") != Self.key("complai"))
        #expect(Self.key("complaint") == Self.key("complain"))
    }

    /// Bytes after the word are never read into its key, whether or not eight bytes
    /// lie ahead (the slow path near the end of the text agrees with the fast one).
    @Test func bytesAfterTheWordDoNotCount() {
        #expect(Self.key("care plan", length: 4) == Self.key("care"))
        #expect(Self.key("xx care", at: 3) == Self.key("care"))
        #expect(Self.key("CARE! and more text", length: 4) == Self.key("care"))
        #expect(Self.key("a longer text with care", at: 19) == Self.key("care"))
    }

    /// Pure forms are still found in any case, near the end of a text and at its start.
    @Test func formsAreFoundInAnyCaseAnywhere() throws {
        let tagger = Fixtures.tagger()
        for text in ["Delay", "DELAY.", "there was a delay", "A DELAY"] {
            let result = try tagger.tag(text)
            #expect(result.taxonomies.flatMap(\.candidates).contains { $0.evidence.phrase.lowercased().contains("delay") }, "\(text)")
        }
    }
}
