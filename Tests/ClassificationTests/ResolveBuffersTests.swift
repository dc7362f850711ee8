@testable import Classification
import Testing

/// Resolving keeps its working lists between texts; what one text leaves in them must
/// never reach the next.
@Suite("Resolve buffers: kept between texts, emptied for each")
struct ResolveBuffersTests {
    @Test func startEmptiesEveryListAndFitsTheTaxonomies() {
        var buffers = Tagger.ResolveBuffers()
        buffers.start(taxonomies: 3)
        #expect(buffers.items.count == 3 && buffers.exclusions.count == 3)
        let item = Tagger.Item(lower: 0, upper: 4, category: 1, entry: 2, order: 0, flat: 3, word: 0)
        buffers.items[1].append(item)
        buffers.exclusions[2].append(item)
        buffers.start(taxonomies: 3)
        #expect(buffers.items.allSatisfy(\.isEmpty) && buffers.exclusions.allSatisfy(\.isEmpty))
        buffers.start(taxonomies: 5)
        #expect(buffers.items.count == 5 && buffers.exclusions.count == 5)
    }

    /// A text with many matches, then one with a few: the second's result is what a
    /// fresh tagger gives (no candidates, labels or evidence carried over).
    @Test func aLongTextLeavesNothingForTheNext() throws {
        let long = String(repeating: "The social worker was rude and the placement broke down. Payments were late. ", count: 30)
        let short = "We were not kept informed about the delay."
        let reused = Fixtures.tagger()
        _ = try reused.tag(long)
        let again = try reused.tag(short)
        let fresh = try Fixtures.tagger().tag(short)
        #expect(MatchingGoldenTests.canonical(again) == MatchingGoldenTests.canonical(fresh))
        #expect(again.taxonomies.flatMap(\.candidates).allSatisfy { $0.evidence.range.upperBound <= short.utf8.count })
    }
}
