/// A blocked Bloom filter over pairs of 32-bit numbers: the phrase matcher's record of
/// which (choice, form) pairs can continue a phrase, asked before a choice is tried.
///
/// Each pair sets two bits of one 64-bit word, so a look-up reads one word. A pair that
/// was inserted is always found; one that was not is found with a small probability
/// (about 3% at eight bits a pair), which costs only a choice tried in vain. The table
/// is small enough (a few hundred kilobytes for every vocabulary) to stay in the
/// second-level cache, where the choices and their dispatch tables do not.
struct PairFilter {
    /// The words of the filter, a power of two of them.
    private(set) var words: [UInt64]

    /// A filter sized for `count` pairs (at least eight bits a pair).
    init(capacity count: Int) {
        var size = 64
        while size * 64 < count * 8 { size <<= 1 }
        words = [UInt64](repeating: 0, count: size)
    }

    /// The mask that picks a word for a pair's hash.
    var mask: Int { words.count - 1 }

    /// The hash of `(a, b)`: its high bits choose the word, its low twelve the two bits.
    @inline(__always)
    static func hash(_ a: Int32, _ b: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The two bits of hash `h` in its word.
    @inline(__always)
    static func bits(_ h: UInt64) -> UInt64 {
        1 << (h >> 52 & 63) | 1 << (h >> 58 & 63)
    }

    /// The word of hash `h` in a filter of `mask + 1` words.
    @inline(__always)
    static func word(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h >> 20) & mask
    }

    /// Records the pair `(a, b)`.
    mutating func insert(_ a: Int32, _ b: Int32) {
        let h = Self.hash(a, b)
        words[Self.word(h, mask)] |= Self.bits(h)
    }

    /// Whether `(a, b)` may have been inserted into the filter at `words` of `mask + 1`
    /// words (always true for an inserted pair).
    /// - Complexity: O(1): one word read.
    @inline(__always)
    static func mayContain(_ words: UnsafePointer<UInt64>, mask: Int, _ a: Int32, _ b: Int32) -> Bool {
        let h = hash(a, b)
        let bits = Self.bits(h)
        return words[word(h, mask)] & bits == bits
    }
}
