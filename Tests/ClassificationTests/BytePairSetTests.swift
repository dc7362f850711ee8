@testable import Classification
import Testing

/// The phrase matcher walks its trie of special forms only where the first two
/// characters can begin one (a set of byte pairs).
@Suite("Byte pair set")
struct BytePairSetTests {
    @Test func holdsExactlyWhatWasAdded() {
        var set = BytePairSet()
        set.insert(UInt8(ascii: "d"), UInt8(ascii: "o"))
        set.insert(0xC2, 0xA3)
        set.insert(first: UInt8(ascii: "x"))
        set.words.withUnsafeBufferPointer { words in
            let p = words.baseAddress!
            #expect(BytePairSet.contains(p, UInt8(ascii: "d"), UInt8(ascii: "o")))
            #expect(!BytePairSet.contains(p, UInt8(ascii: "o"), UInt8(ascii: "d")))
            #expect(!BytePairSet.contains(p, UInt8(ascii: "d"), UInt8(ascii: "p")))
            #expect(BytePairSet.contains(p, 0xC2, 0xA3))
            for second in 0...255 { #expect(BytePairSet.contains(p, UInt8(ascii: "x"), UInt8(second))) }
            var count = 0
            for first in 0...255 {
                for second in 0...255 where BytePairSet.contains(p, UInt8(first), UInt8(second)) { count += 1 }
            }
            #expect(count == 258)
        }
    }
}
