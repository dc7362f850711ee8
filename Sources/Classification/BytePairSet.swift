/// A set of byte pairs, one bit each (8 kB, so it stays in the first-level cache): the
/// phrase matcher's record of the first two characters (as its tries read them) of the
/// forms that are read through its trie, asked before the trie is walked.
struct BytePairSet {
    /// Bit `second & 63` of word `(first << 8 | second) >> 6`.
    private(set) var words = [UInt64](repeating: 0, count: 1 << 10)

    /// Adds `(first, second)`.
    mutating func insert(_ first: UInt8, _ second: UInt8) {
        let pair = Int(first) << 8 | Int(second)
        words[pair >> 6] |= 1 << UInt64(pair & 63)
    }

    /// Adds `(first, b)` for every byte `b`.
    mutating func insert(first: UInt8) {
        for second in 0...255 { insert(first, UInt8(second)) }
    }

    /// Whether the set at `words` holds `(first, second)`.
    /// - Complexity: O(1): one word read.
    @inline(__always)
    static func contains(_ words: UnsafePointer<UInt64>, _ first: UInt8, _ second: UInt8) -> Bool {
        let pair = Int(first) << 8 | Int(second)
        return words[pair >> 6] & 1 << UInt64(pair & 63) != 0
    }
}
