/// A small table of short ASCII words, each packed with its 32-bit value into one
/// 16-byte slot: sized for the few thousand most frequent words, it stays in cache and
/// answers most of a document's look-ups with one or two probes of one cache line and
/// no byte comparison.
///
/// A slot holds the word's bytes, lower-cased, little-endian: bytes 0–7 in its first
/// word, bytes 8–11 in the low half of its second, the value in the high half; a word
/// has no zero byte, so the zero padding also encodes the length. Words longer than
/// ``maxLength`` or with non-ASCII bytes are not stored: ask the full ``WordSet``.
public struct ShortWordTable: Sendable {
    /// The longest word a key holds.
    public static let maxLength = 12

    /// A packed, lower-cased word.
    public struct Key: Hashable {
        /// Bytes 0–7 of the word, lower-cased, little-endian (zero padded).
        public let k0: UInt64
        /// Bytes 8–11, the same way.
        public let k1: UInt64

        @inlinable
        init(k0: UInt64, k1: UInt64) {
            self.k0 = k0
            self.k1 = k1
        }

        @inlinable
        var hash: UInt64 {
            (k0 ^ (k1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        }
    }

    /// Two `UInt64`s a slot: `k0`, then `k1 | value << 32`.
    @usableFromInline var slots: [UInt64]
    @usableFromInline let shift: UInt64
    @usableFromInline let mask: Int
    /// The number of words stored.
    public private(set) var count = 0

    /// An empty table for up to `capacity` words (kept at most 40% full).
    public init(capacity: Int) {
        var size = 64
        while size * 2 < capacity * 5 { size <<= 1 }
        slots = HugePages.zeroed(count: size * 2)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The key of `source[range]` lower-cased, or nil when it is empty, longer than
    /// ``maxLength`` or not ASCII.
    /// - Complexity: O(1) when 16 bytes can be read from the word's start (eight bytes
    ///   at a time, see ``SWAR``); otherwise O(length) a byte at a time. No allocation.
    @inlinable @inline(__always)
    public static func key(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key? {
        guard range.count > 0, range.count <= maxLength else { return nil }
        guard let (first, second, _, _) = wholeWords(source, range) else { return bytewiseKey(source, range) }
        guard (first | second) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return Key(k0: first | SWAR.capitals(first) >> 2, k1: second | SWAR.capitals(second) >> 2)
    }

    /// ``key(_:_:)`` for a word made only of letters, apostrophes (') and hyphens, as a
    /// tokenizer cuts them: setting bit 5 of every byte lower-cases the ASCII letters
    /// and leaves ' and - as they are, so no byte needs testing.
    /// - Complexity: O(1) when 16 bytes can be read from the word's start.
    @inlinable @inline(__always)
    public static func key(ofWord source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key? {
        guard range.count > 0, range.count <= maxLength else { return nil }
        guard let (first, second, lowMask, highMask) = wholeWords(source, range) else { return bytewiseKey(source, range) }
        guard (first | second) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return Key(k0: first | 0x2020_2020_2020_2020 & lowMask, k1: second | 0x2020_2020_2020_2020 & highMask)
    }

    /// The word's bytes read eight at a time and cut to its length, with the masks that
    /// cut them (the second eight only for a word longer than eight bytes, as most are
    /// not), or nil when 16 bytes cannot be read from the word's start.
    @inlinable @inline(__always)
    static func wholeWords(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
        -> (first: UInt64, second: UInt64, lowMask: UInt64, highMask: UInt64)? {
        guard let base = source.baseAddress, range.lowerBound + 16 <= source.count else { return nil }
        let length = range.count
        let lowMask: UInt64 = length >= 8 ? ~0 : (1 << (UInt64(length) * 8)) - 1
        let highMask: UInt64 = length <= 8 ? 0 : (1 << (UInt64(length - 8) * 8)) - 1
        let first = SWAR.load(base, range.lowerBound) & lowMask
        let second = length <= 8 ? 0 : SWAR.load(base, range.lowerBound + 8) & highMask
        return (first, second, lowMask, highMask)
    }

    /// ``key(_:_:)`` a byte at a time, for words near the end of their buffer.
    @inlinable
    static func bytewiseKey(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key? {
        var k0: UInt64 = 0, k1: UInt64 = 0
        var shift: UInt64 = 0
        var index = range.lowerBound
        let middle = range.lowerBound + min(range.count, 8)
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
        guard let key = ShortWordTable.key(bytes, 0..<bytes.count), (count + 1) * 5 <= slots.count else { return false }
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while slots[2 * slot] != 0 {
            if slots[2 * slot] == key.k0 && slots[2 * slot + 1] & 0xFFFF_FFFF == key.k1 { break }
            slot = (slot + 1) & mask
        }
        if slots[2 * slot] == 0 { count += 1 }
        slots[2 * slot] = key.k0
        slots[2 * slot + 1] = key.k1 | UInt64(value) << 32
        return true
    }

    /// Stores many words that are not yet in the table, each with its value: the same
    /// table as calling ``insert(_:value:)`` for each, built in the order of the words'
    /// home slots, so that a large table is written front to back instead of with a
    /// cache miss a word. Returns false, storing nothing, when they do not fit.
    /// - Precondition: the keys are distinct and none is stored yet.
    /// - Complexity: O(n + 2^10): a counting sort on the top bits of the hash.
    @discardableResult
    public mutating func insert(distinct keys: [Key], values: [UInt32]) -> Bool {
        precondition(keys.count == values.count, "one value a key")
        guard (count + keys.count) * 5 <= slots.count else { return false }
        let bits = min(10, 64 - Int(shift))
        let bucketShift = UInt64(64 - bits)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for key in keys { starts[Int(truncatingIfNeeded: key.hash >> bucketShift) + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        var order = [Int32](repeating: 0, count: keys.count)
        for (index, key) in keys.enumerated() {
            let bucket = Int(truncatingIfNeeded: key.hash >> bucketShift)
            order[starts[bucket]] = Int32(truncatingIfNeeded: index)
            starts[bucket] += 1
        }
        let mask = mask, shift = shift
        slots.withUnsafeMutableBufferPointer { slots in
            for index in order {
                let key = keys[Int(index)]
                var slot = Int(truncatingIfNeeded: key.hash >> shift)
                while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
                slots[2 * slot] = key.k0
                slots[2 * slot + 1] = key.k1 | UInt64(values[Int(index)]) << 32
            }
        }
        count += keys.count
        return true
    }

    /// The value stored for `key`, or nil.
    /// - Complexity: O(1) expected: one or two slots, no byte comparison.
    @inlinable @inline(__always)
    public func value(for key: Key) -> UInt32? {
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        return slots.withUnsafeBufferPointer { slots -> UInt32? in
            while true {
                let k0 = slots[2 * slot]
                if k0 == 0 { return nil }
                let second = slots[2 * slot + 1]
                if k0 == key.k0 && second & 0xFFFF_FFFF == key.k1 { return UInt32(truncatingIfNeeded: second >> 32) }
                slot = (slot + 1) & mask
            }
        }
    }
}
