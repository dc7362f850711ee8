@testable import Classification
import Testing

/// The phrase matcher finds a choice's alternatives for a form through hashed per-choice
/// tables; they must answer exactly what the sorted lists they replaced did.
@Suite("Dispatch table: alternatives by form")
struct DispatchTableTests {
    /// Every stored form is found with its list, in its own choice only; others find none.
    @Test func findsEveryStoredFormAndNothingElse() {
        var entries: [(choice: Int, form: Int32, start: Int32, count: Int32)] = []
        // Choice 0: many forms (several share a first slot); choice 1: none; choice 2: one;
        // choice 3: forms that choice 0 also has, with other lists.
        for form in stride(from: Int32(0), to: 600, by: 3) { entries.append((0, form, form * 10, 1 + form % 4)) }
        entries.append((2, 7, 99, 2))
        for form in [Int32(3), 6, 600_000] { entries.append((3, form, 5_000 + form, 3)) }
        let table = DispatchTable(choices: 4, entries: entries)
        #expect(table.masks[1] == -1)
        table.slots.withUnsafeBufferPointer { slots in
            func lookup(_ choice: Int, _ form: Int32) -> [Int] {
                let mask = Int(table.masks[choice])
                guard mask >= 0 else { return [0, 0] }
                let (start, count) = DispatchTable.lookup(slots.baseAddress!, start: Int(table.starts[choice]), mask: mask, form)
                return [start, count]
            }
            for entry in entries { #expect(lookup(entry.choice, entry.form) == [Int(entry.start), Int(entry.count)]) }
            for form in Int32(0)..<700 where form % 3 != 0 || form >= 600 { #expect(lookup(0, form) == [0, 0]) }
            #expect(lookup(2, 8) == [0, 0])
            #expect(lookup(3, 9) == [0, 0])
            #expect(lookup(3, 600_001) == [0, 0])
        }
    }

    /// Each choice's table is a power of two at most half full (look-ups stay short).
    @Test func tablesAreAtMostHalfFull() {
        for size in [1, 2, 3, 17, 64, 1000] {
            let entries = (0..<size).map { (choice: 0, form: Int32($0 * 7), start: Int32($0), count: Int32(1)) }
            let table = DispatchTable(choices: 1, entries: entries)
            let capacity = Int(table.masks[0]) + 1
            #expect(capacity & (capacity - 1) == 0)
            #expect(capacity >= 2 * size)
            #expect(table.slots.filter { $0.form >= 0 }.count == size)
        }
    }

    /// With the built-in taxonomies, tagging is unchanged (the golden test checks every
    /// result); here a phrase that continues after a function word is still found.
    @Test func continuationsAreStillFound() throws {
        let result = try Fixtures.tagger().tag("The social worker did not return my calls for weeks.")
        #expect(result.labels("themes").contains("communication"))
    }
}
