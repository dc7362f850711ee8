/// For each dispatched choice of the phrase matcher, the alternatives a form read at a
/// position can start, found by hashing the form: one small open-addressing table per
/// choice, all laid end to end.
///
/// A choice's table has at least twice as many slots as it has forms (a power of two),
/// so a look-up usually reads one slot, where a binary search over the choice's sorted
/// forms read several (a choice after a function word holds hundreds of forms, and most
/// look-ups there find nothing).
struct DispatchTable {
    /// One slot: a form (-1 when empty) and where its alternatives are.
    struct Slot: Equatable {
        var form: Int32
        /// The offset of its list in the pool the table was built over.
        var start: Int32
        var count: Int32
    }

    /// Every choice's slots, one run of slots per choice.
    private(set) var slots: [Slot] = []
    /// Per choice, where its slots begin and their count less one (a mask), or -1 for a
    /// choice without forms.
    private(set) var starts: [Int32]
    private(set) var masks: [Int32]

    /// Builds the tables of `choices` choices from `(choice, form, start, count)` entries
    /// (each form at most once per choice).
    init(choices: Int, entries: [(choice: Int, form: Int32, start: Int32, count: Int32)]) {
        var byChoice = [[(form: Int32, start: Int32, count: Int32)]](repeating: [], count: choices)
        for entry in entries { byChoice[entry.choice].append((entry.form, entry.start, entry.count)) }
        starts = [Int32](repeating: 0, count: choices)
        masks = [Int32](repeating: -1, count: choices)
        for (choice, list) in byChoice.enumerated() where !list.isEmpty {
            var capacity = 2
            while capacity < list.count * 2 { capacity <<= 1 }
            let base = slots.count
            slots += [Slot](repeating: Slot(form: -1, start: 0, count: 0), count: capacity)
            for (form, start, count) in list {
                var slot = Self.index(form, capacity - 1)
                while slots[base + slot].form >= 0 { slot = (slot + 1) & (capacity - 1) }
                slots[base + slot] = Slot(form: form, start: start, count: count)
            }
            starts[choice] = Int32(base)
            masks[choice] = Int32(capacity - 1)
        }
    }

    /// The first slot to look at for `form` in a table of `mask + 1` slots.
    @inline(__always)
    static func index(_ form: Int32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: form)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The list stored for `form` in the table at `slots[start ...]` of `mask + 1` slots
    /// (`mask` ≥ 0), or an empty one.
    /// - Complexity: O(1) expected (the table is at most half full).
    @inline(__always)
    static func lookup(_ slots: UnsafePointer<Slot>, start: Int, mask: Int, _ form: Int32) -> (start: Int, count: Int) {
        var slot = index(form, mask)
        while true {
            let entry = slots[start + slot]
            if entry.form == form { return (Int(entry.start), Int(entry.count)) }
            if entry.form < 0 { return (0, 0) }
            slot = (slot + 1) & mask
        }
    }
}
