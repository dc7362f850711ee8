/// A small table of short ASCII words, each packed into two 64-bit keys, with a 32-bit
/// value: sized for the few thousand most frequent words, it stays in cache and answers
/// most of a document's look-ups with one or two probes and no byte comparison.
///
/// Keys are the word's bytes, lower-cased, little-endian in `k0` (bytes 0–7) and `k1`
/// (bytes 8–15), zero-padded; a word has no zero byte, so the padding also encodes the
/// length. Words longer than ``maxLength`` or with non-ASCII bytes are not stored: ask
/// the full ``WordSet`` for those.
public struct ShortWordTable: Sendable {
    /// The longest word a key holds.
    public static let maxLength = 16

    /// A packed, lower-cased word and its hash.
    public struct Key {
        public let k0: UInt64
        public let k1: UInt64

        @inline(__always)
        var hash: UInt64 {
            (k0 ^ (k1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        }
    }

    private var keys: [UInt64]
    private var values: [UInt32]
    private let shift: UInt64
    private let mask: Int
    /// The number of words stored.
    public private(set) var count = 0

    /// An empty table for up to `capacity` words (kept at most 40% full).
    public init(capacity: Int) {
        var size = 64
        while size * 2 < capacity * 5 { size <<= 1 }
        keys = Array(repeating: 0, count: size * 2)
        values = Array(repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The key of `source[range]` lower-cased, or nil when it is empty, longer than
    /// ``maxLength`` or not ASCII.
    /// - Complexity: O(length), no allocation.
    @inline(__always)
    public static func key(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key? {
        let length = range.count
        guard length > 0, length <= maxLength else { return nil }
        var k0: UInt64 = 0, k1: UInt64 = 0
        var shift: UInt64 = 0
        var index = range.lowerBound
        let middle = range.lowerBound + min(length, 8)
        while index < middle {
            let byte = source[index]
            if byte >= 0x80 { return nil }
            k0 |= UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte) << shift
            shift &+= 8
            index += 1
        }
        shift = 0
        while index < range.upperBound {
            let byte = source[index]
            if byte >= 0x80 { return nil }
            k1 |= UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte) << shift
            shift &+= 8
            index += 1
        }
        return Key(k0: k0, k1: k1)
    }

    /// Stores `value` for the word `bytes` (lower-cased); returns false, storing
    /// nothing, when the word cannot be a key or the table is full.
    @discardableResult
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, value: UInt32) -> Bool {
        guard let key = ShortWordTable.key(bytes, 0..<bytes.count), (count + 1) * 5 <= values.count * 2 else { return false }
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while keys[2 * slot] != 0 {
            if keys[2 * slot] == key.k0 && keys[2 * slot + 1] == key.k1 {
                values[slot] = value
                return true
            }
            slot = (slot + 1) & mask
        }
        keys[2 * slot] = key.k0
        keys[2 * slot + 1] = key.k1
        values[slot] = value
        count += 1
        return true
    }

    /// The value stored for `key`, or nil.
    /// - Complexity: O(1) expected: one or two slots, no byte comparison.
    @inline(__always)
    public func value(for key: Key) -> UInt32? {
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        return keys.withUnsafeBufferPointer { keys -> UInt32? in
            while true {
                let k0 = keys[2 * slot]
                if k0 == 0 { return nil }
                if k0 == key.k0 && keys[2 * slot + 1] == key.k1 { return values[slot] }
                slot = (slot + 1) & mask
            }
        }
    }
}
