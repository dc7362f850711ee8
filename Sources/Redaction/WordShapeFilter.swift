/// The lengths and first letters (either case) of a few words, to pass over most other
/// words before a key is made for them: a word whose length or first letter none of the
/// few has cannot be one of them.
/// - Complexity: O(1) to insert and to test: two bit masks.
struct WordShapeFilter {
    private var lengths: UInt64 = 0
    private var firsts: UInt32 = 0

    /// Whether no word was inserted.
    var isEmpty: Bool { lengths == 0 }

    @inline(__always)
    mutating func insert(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) {
        lengths |= 1 << UInt64(truncatingIfNeeded: token.length & 63)
        firsts |= 1 << WordShapeFilter.letterBit(bytes[token.start])
    }

    /// Whether `token` may be one of the words inserted (never false when it is).
    @inline(__always)
    func mayContain(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        lengths & 1 << UInt64(truncatingIfNeeded: token.length & 63) != 0
            && firsts & 1 << WordShapeFilter.letterBit(bytes[token.start]) != 0
    }

    /// The bit of a first byte, the same for a letter in either case.
    @inline(__always)
    private static func letterBit(_ byte: UInt8) -> UInt32 {
        UInt32(truncatingIfNeeded: (byte | 0x20 &- 0x61) & 31)
    }
}
