/// Byte tests on eight bytes at once, packed little-endian in a `UInt64` (SIMD within a
/// register), for scanners that skip over runs of ordinary bytes.
public enum SWAR {
    /// 0x01 in every byte: `ones &* b` repeats the byte `b` eight times.
    public static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is an ASCII capital (A–Z); other bits 0.
    /// Bytes of 0x80 and above never count.
    /// - Complexity: O(1), no branches.
    @inlinable
    public static func capitals(_ word: UInt64) -> UInt64 {
        between(word, 0x41, 0x5A)
    }

    /// The high bit of each byte of `word` that is an ASCII letter (A–Z, a–z).
    @inlinable
    public static func letters(_ word: UInt64) -> UInt64 {
        // Setting bit 5 maps A–Z onto a–z and nothing else onto a–z.
        between(word | ones &* 0x20, 0x61, 0x7A)
    }

    /// The high bit of each byte of `word` from `low` to `high` (both below 0x80); other
    /// bits 0. Bytes of 0x80 and above never count.
    /// - Complexity: O(1), no branches.
    @inlinable
    public static func between(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let seven = word & ~highs                                  // each byte's low seven bits
        let atLeastLow = seven &+ ones &* UInt64(0x80 - low)       // high bit set when ≥ low
        let aboveHigh = seven &+ ones &* UInt64(0x7F - high)       // high bit set when > high
        return atLeastLow & ~aboveHigh & ~word & highs
    }

    /// The high bit of each byte of `word` equal to `byte`; other bits 0.
    /// - Complexity: O(1), no branches.
    @inlinable
    public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))   // zero where equal
        // A byte's high bit ends up set exactly when the byte is non-zero; no carry
        // crosses bytes.
        let nonZero = ((difference & ~highs) &+ ~highs) | difference
        return ~nonZero & highs
    }

    /// The eight bytes at `pointer + offset`, little-endian, read without alignment.
    @inlinable
    public static func load(_ pointer: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer + offset).loadUnaligned(as: UInt64.self))
    }
}
