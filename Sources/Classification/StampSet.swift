/// A set of small non-negative integers that empties in O(1): a member's slot holds the
/// current stamp, and emptying moves the stamp on. Resolving uses one for the entries
/// already counted in a taxonomy (a linear search of a list before).
struct StampSet {
    private var stamps: [UInt32] = []
    private var stamp: UInt32 = 0

    /// Empties the set and makes room for members below `capacity`.
    /// - Complexity: O(1), except when the set grows or, once in 2³² uses, its stamps wrap.
    mutating func reset(capacity: Int) {
        if stamps.count < capacity { stamps += repeatElement(0, count: capacity - stamps.count) }
        stamp &+= 1
        if stamp == 0 {
            for k in stamps.indices { stamps[k] = 0 }
            stamp = 1
        }
    }

    /// Whether `member` (below the capacity) is in the set.
    @inline(__always)
    func contains(_ member: Int) -> Bool { stamps[member] == stamp }

    /// Adds `member` (below the capacity).
    @inline(__always)
    mutating func insert(_ member: Int) { stamps[member] = stamp }
}
