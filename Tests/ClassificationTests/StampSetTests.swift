@testable import Classification
import Testing

/// Resolving counts each entry once per taxonomy through a set emptied by moving a stamp.
@Suite("Stamp set: emptied in constant time")
struct StampSetTests {
    @Test func holdsWhatWasInsertedUntilReset() {
        var set = StampSet()
        set.reset(capacity: 10)
        #expect(!(0..<10).contains { set.contains($0) })
        set.insert(3)
        set.insert(9)
        #expect((0..<10).filter { set.contains($0) } == [3, 9])
        set.reset(capacity: 4)
        #expect(!(0..<10).contains { set.contains($0) })
        set.insert(0)
        // Growing keeps the set's members and adds empty slots.
        set.reset(capacity: 20)
        #expect(!(0..<20).contains { set.contains($0) })
        set.insert(19)
        #expect((0..<20).filter { set.contains($0) } == [19])
    }
}
