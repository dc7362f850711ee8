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
        let low = word & ~highs                          // each byte's low seven bits
        let atLeastA = low &+ ones &* (0x80 - 0x41)      // high bit set when ≥ "A"
        let aboveZ = low &+ ones &* (0x80 - 0x5B)        // high bit set when > "Z"
        return atLeastA & ~aboveZ & ~word & highs
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
