/// Which entity owns each packed key of one document: open addressing over the key's
/// two words and its type, so a document naming hundreds of people costs a hash and a
/// probe or two per word, and one naming three costs no more than a short scan.
///
/// - Complexity: O(1) expected per look-up and update; grows by doubling at half full.
struct OwnerTable {
    /// Three words a slot: the key's two words, then `type + 1` in the high half and the
    /// owner in the low half (0 for an empty slot).
    private var slots: [UInt64] = []
    private var count = 0
    private var mask = -1

    /// An empty table; with room for `capacity` keys before it grows, when that is more
    /// than none.
    init(capacity: Int = 0) {
        guard capacity > 0 else { return }
        var size = 32
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size * 3)
        mask = size - 1
    }

    /// The owner of the key (`k0`, `k1`) of type `type`, or nil.
    func owner(_ k0: UInt64, _ k1: UInt64, type: UInt8) -> Int? {
        guard count > 0 else { return nil }
        let tag = UInt64(type) + 1
        var slot = OwnerTable.hash(k0, k1, tag) & mask
        while true {
            let meta = slots[3 * slot + 2]
            if meta == 0 { return nil }
            if meta >> 32 == tag, slots[3 * slot] == k0, slots[3 * slot + 1] == k1 { return Int(meta & 0xFFFF_FFFF) }
            slot = (slot + 1) & mask
        }
    }

    /// Makes `owner` the owner of the key, adding the key if it is new.
    mutating func setOwner(_ k0: UInt64, _ k1: UInt64, type: UInt8, owner: Int) {
        if (count + 1) * 2 > mask + 1 { grow() }
        let tag = UInt64(type) + 1
        var slot = OwnerTable.hash(k0, k1, tag) & mask
        while true {
            let meta = slots[3 * slot + 2]
            if meta == 0 { count += 1; break }
            if meta >> 32 == tag, slots[3 * slot] == k0, slots[3 * slot + 1] == k1 { break }
            slot = (slot + 1) & mask
        }
        slots[3 * slot] = k0
        slots[3 * slot + 1] = k1
        slots[3 * slot + 2] = tag << 32 | UInt64(UInt32(truncatingIfNeeded: owner))
    }

    private mutating func grow() {
        let old = slots
        let size = max(32, (mask + 1) * 2)
        slots = Array(repeating: 0, count: size * 3)
        mask = size - 1
        count = 0
        for slot in 0..<(old.count / 3) where old[3 * slot + 2] != 0 {
            let meta = old[3 * slot + 2]
            setOwner(old[3 * slot], old[3 * slot + 1], type: UInt8(meta >> 32 - 1), owner: Int(meta & 0xFFFF_FFFF))
        }
    }

    @inline(__always)
    private static func hash(_ k0: UInt64, _ k1: UInt64, _ tag: UInt64) -> Int {
        let mixed = (k0 ^ (k1 &* 0x9E37_79B9_7F4A_7C15) ^ (tag &* 0xC2B2_AE3D_27D4_EB4F)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed >> 32)
    }
}
