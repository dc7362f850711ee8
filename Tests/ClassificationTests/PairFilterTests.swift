@testable import Classification
import Testing

/// The phrase matcher asks a Bloom filter of (choice, form) pairs before it tries a
/// choice's alternatives; it may answer yes wrongly, never no wrongly.
@Suite("Pair filter: which forms can continue a choice")
struct PairFilterTests {
    /// Every inserted pair is found; few others are.
    @Test func findsEveryInsertedPairAndFewOthers() {
        var pairs: [(Int32, Int32)] = []
        for choice in Int32(0)..<200 {
            for form in stride(from: choice, to: 20_000, by: 97) { pairs.append((choice, form)) }
        }
        var filter = PairFilter(capacity: pairs.count)
        for (a, b) in pairs { filter.insert(a, b) }
        #expect(filter.words.count & (filter.words.count - 1) == 0)
        #expect(filter.words.count * 64 >= pairs.count * 8)
        filter.words.withUnsafeBufferPointer { words in
            for (a, b) in pairs { #expect(PairFilter.mayContain(words.baseAddress!, mask: filter.mask, a, b)) }
            // Pairs never inserted: choices past 200, and forms off the stride.
            var wrong = 0
            var asked = 0
            for a in Int32(200)..<400 {
                for b in stride(from: Int32(1), to: 20_000, by: 89) {
                    asked += 1
                    if PairFilter.mayContain(words.baseAddress!, mask: filter.mask, a, b) { wrong += 1 }
                }
            }
            #expect(Double(wrong) / Double(asked) < 0.08)
        }
    }

    /// An empty filter finds nothing.
    @Test func emptyFilterFindsNothing() {
        let filter = PairFilter(capacity: 0)
        #expect(filter.words.count == 64)
        filter.words.withUnsafeBufferPointer { words in
            #expect(!PairFilter.mayContain(words.baseAddress!, mask: filter.mask, 0, 0))
            #expect(!PairFilter.mayContain(words.baseAddress!, mask: filter.mask, -1, 12))
        }
    }
}
