/// The first eight bytes of an ASCII word (`[A-Za-z0-9_]`), case folded, as one integer:
/// a word of the phrase matcher's form table is recognised by this key and its length,
/// without reading the stored form's bytes unless it is longer than eight.
///
/// Folding sets bit `0x20` of every byte: on word characters that lowercases letters,
/// keeps digits and turns `_` into `0x7F`, which no other word character becomes; bytes
/// past the word are zero (no folded word byte is), so a word of fewer than eight bytes
/// spells its own length.
enum WordKey {
    /// The key of `bytes[i ..< i + length]` (all word characters, `length` ≥ 1).
    /// - Complexity: O(1): one unaligned load when eight bytes lie ahead of `i`.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> UInt64 {
        let n = min(length, 8)
        let kept: UInt64 = n == 8 ? ~0 : (1 << UInt64(n * 8)) &- 1
        var raw: UInt64
        if i + 8 <= bytes.count {
            raw = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) & kept
        } else {
            raw = 0
            for k in 0..<n { raw |= UInt64(bytes[i + k]) << UInt64(k * 8) }
        }
        return raw | (0x2020_2020_2020_2020 & kept)
    }

    /// The key of a stored form (lowercase word characters).
    static func key(_ form: [UInt8]) -> UInt64 {
        form.withUnsafeBufferPointer { key($0, 0, $0.count) }
    }
}
