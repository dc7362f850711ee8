/// A compact set of lower-case UTF-8 words or phrases, each carrying 16 bits of flags,
/// built once from wordlist files and looked up by bytes without making strings.
///
/// Entries live back to back in one byte buffer, each prefixed by its length and its
/// flags; an open-addressing table of offsets (load factor ≤ 0.5) points into it. A
/// lookup hashes the probe bytes (FNV-1a), then compares lengths and bytes. Inserting
/// a word twice ORs the flags, so one table can answer "which lists is this word in?"
/// with a single probe.
public struct WordSet: Sendable {
    private var storage: [UInt8] = []
    private var table: [UInt32]
    private var mask: Int
    /// The number of distinct entries.
    public private(set) var count = 0

    /// An empty set sized for about `capacity` entries.
    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = HugePages.zeroed(count: size)
        mask = size - 1
    }

    /// A set from wordlist text: one entry a line, `#` starts a comment line, blank
    /// lines and surrounding spaces ignored, ASCII letters lower-cased.
    /// - Complexity: O(n) in the text's length.
    public init(wordlist bytes: [UInt8], flags: UInt16 = 1) {
        var lines = 0
        for byte in bytes where byte == 0x0A { lines += 1 }
        self.init(capacity: lines + 1)
        add(wordlist: bytes, flags: flags)
    }

    /// Adds every entry of wordlist text (format as in ``init(wordlist:flags:)``).
    public mutating func add(wordlist bytes: [UInt8], flags: UInt16 = 1) {
        bytes.withUnsafeBufferPointer { buffer in
            WordSet.forEachEntryLine(buffer) { insert($0, flags: flags) }
        }
    }

    /// Calls `body` with each entry line of wordlist text, trimmed of spaces, tabs and
    /// carriage returns; blank lines and `#` comment lines are skipped.
    /// - Complexity: O(n) in the text's length.
    @inline(__always)
    static func forEachEntryLine(_ buffer: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        while start < buffer.count {
            var end = start
            while end < buffer.count, buffer[end] != 0x0A { end += 1 }
            var lower = start, upper = end
            while lower < upper, isSpace(buffer[lower]) { lower += 1 }
            while upper > lower, isSpace(buffer[upper - 1]) { upper -= 1 }
            if upper > lower, buffer[lower] != 0x23 /* # */ {
                body(UnsafeBufferPointer(rebasing: buffer[lower..<upper]))
            }
            start = end + 1
        }
    }

    /// A set of the given strings (lower-cased).
    public init<S: Sequence>(_ words: S, flags: UInt16 = 1) where S.Element == String {
        let array = Array(words)
        self.init(capacity: array.count)
        for word in array { insert(word, flags: flags) }
    }

    /// Adds a word (lower-cased) with `flags`; entries longer than 255 bytes are ignored.
    public mutating func insert(_ word: String, flags: UInt16 = 1) {
        let bytes = Array(word.lowercased().utf8)
        bytes.withUnsafeBufferPointer { insert($0, flags: flags) }
    }

    /// Adds an entry with `flags` (ORed into an existing entry's), lower-casing ASCII.
    /// - Complexity: O(length) expected; no allocation unless the set grows.
    public mutating func insert(_ raw: UnsafeBufferPointer<UInt8>, flags: UInt16 = 1) {
        guard !raw.isEmpty, raw.count <= 255, flags != 0 else { return }
        if !raw.contains(where: { $0 &- 0x41 < 26 }) {
            insertLowercased(raw, flags: flags)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { scratch in
            for index in raw.indices {
                let byte = raw[index]
                scratch[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            insertLowercased(UnsafeBufferPointer(scratch), flags: flags)
        }
    }

    /// Reserves room for `bytes` more bytes of entries (each entry takes its length
    /// plus three).
    public mutating func reserveStorage(_ bytes: Int) {
        storage.reserveCapacity(storage.count + bytes)
    }

    /// Adds many entries with the same `flags`: the same set as inserting each in turn,
    /// but inserted in the order of their home slots, so that loading a large wordlist
    /// walks the table front to back instead of with a cache miss a word.
    /// `words` holds the entries back to back, already lower-cased; `ends` is where each
    /// one ends. Empty entries and entries longer than 255 bytes are ignored.
    /// - Complexity: O(n + 2^10): a counting sort on the top bits of the home slot.
    public mutating func insert(_ words: [UInt8], ends: [Int], flags: UInt16) {
        guard !ends.isEmpty, flags != 0 else { return }
        while (count + ends.count) * 2 > table.count { grow() }
        let slotBits = table.count.trailingZeroBitCount
        let bits = min(10, slotBits)
        let bucketShift = slotBits - bits
        var hashes = [UInt64](repeating: 0, count: ends.count)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        words.withUnsafeBufferPointer { bytes in
            var start = 0
            for (index, end) in ends.enumerated() {
                let hash = WordSet.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                hashes[index] = hash
                starts[(Int(truncatingIfNeeded: hash) & mask) >> bucketShift + 1] += 1
                start = end
            }
        }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        var order = [Int32](repeating: 0, count: ends.count)
        for (index, hash) in hashes.enumerated() {
            let bucket = (Int(truncatingIfNeeded: hash) & mask) >> bucketShift
            order[starts[bucket]] = Int32(truncatingIfNeeded: index)
            starts[bucket] += 1
        }
        words.withUnsafeBufferPointer { bytes in
            for index in order {
                let index = Int(index)
                let start = index == 0 ? 0 : ends[index - 1]
                let word = UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
                guard !word.isEmpty, word.count <= 255 else { continue }
                insertLowercased(word, flags: flags, hash: hashes[index])
            }
        }
    }

    private mutating func insertLowercased(_ word: UnsafeBufferPointer<UInt8>, flags: UInt16) {
        insertLowercased(word, flags: flags, hash: WordSet.hash(word))
    }

    private mutating func insertLowercased(_ word: UnsafeBufferPointer<UInt8>, flags: UInt16, hash: UInt64) {
        if let offset = find(word, hash: hash) {
            storage[offset + 1] |= UInt8(flags & 0xFF)
            storage[offset + 2] |= UInt8(flags >> 8)
            return
        }
        if (count + 1) * 2 > table.count { grow() }
        let offset = storage.count
        storage.append(UInt8(word.count))
        storage.append(UInt8(flags & 0xFF))
        storage.append(UInt8(flags >> 8))
        storage.append(contentsOf: word)
        place(UInt32(offset + 1), hash: hash)
        count += 1
    }

    /// Whether `word` (lower-case) is in the set.
    public func contains(_ word: String) -> Bool { flags(of: word) != 0 }

    /// Whether the lower-case bytes `word` are in the set.
    public func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { flags(of: word) != 0 }

    /// The flags of `word` (lower-case), 0 when absent.
    public func flags(of word: String) -> UInt16 {
        var copy = word
        return copy.withUTF8 { flags(of: $0) }
    }

    /// The flags of the lower-case bytes `word`, 0 when absent.
    /// - Complexity: O(length) expected.
    @inline(__always)
    public func flags(of word: UnsafeBufferPointer<UInt8>) -> UInt16 {
        guard let offset = find(word) else { return 0 }
        return UInt16(storage[offset + 1]) | UInt16(storage[offset + 2]) << 8
    }

    /// The hash of `source[range]` lower-cased, when it is all ASCII (nil otherwise:
    /// lower-case it into a buffer and use ``flags(of:)-(UnsafeBufferPointer<UInt8>)``).
    /// Lets a caller hash a word once and probe several sets without copying it.
    @inline(__always)
    public static func lowercaseHash(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        hashFolding(hashSeed, source, range).map(finishHash)
    }

    /// Where a hash starts, before any byte is folded in (see
    /// ``hashFolding(_:_:_:)``): with it a phrase is hashed a word at a time, as its
    /// words come, with no copy of the phrase.
    public static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `state` with the bytes of `source[range]` folded in, lower-cased, when they are
    /// all ASCII (nil otherwise). ``finishHash(_:)`` makes it a hash for
    /// ``flags(hash:lowercasing:_:)``.
    @inline(__always)
    public static func hashFolding(_ state: UInt64, _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        var hash = state
        for index in range {
            let byte = source[index]
            if byte >= 0x80 { return nil }
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lower)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// `state` with one more byte folded in, as it is (a phrase's space).
    @inline(__always)
    public static func hashFolding(_ state: UInt64, byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of the bytes folded into `state`.
    @inline(__always)
    public static func finishHash(_ state: UInt64) -> UInt64 {
        state ^ (state >> 29)
    }

    /// The flags of the ASCII word `source[range]`, compared lower-cased, given its
    /// ``lowercaseHash(_:_:)``; 0 when absent.
    /// - Complexity: O(length) expected, no copying.
    @inline(__always)
    public func flags(hash: UInt64, lowercasing source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt16 {
        let length = range.count
        guard length > 0, length <= 255, count > 0 else { return 0 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { store -> UInt16 in
            table.withUnsafeBufferPointer { table -> UInt16 in
                while true {
                    let entry = table[slot]
                    if entry == 0 { return 0 }
                    let offset = Int(entry - 1)
                    if Int(store[offset]) == length {
                        var equal = true
                        var stored = offset + 3
                        for index in range {
                            let byte = source[index]
                            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
                            if store[stored] != lower { equal = false; break }
                            stored += 1
                        }
                        if equal { return UInt16(store[offset + 1]) | UInt16(store[offset + 2]) << 8 }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    @inline(__always)
    private func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        find(word, hash: WordSet.hash(word))
    }

    @inline(__always)
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        guard !word.isEmpty, word.count <= 255, count > 0 else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { store -> Int? in
            table.withUnsafeBufferPointer { table -> Int? in
                while true {
                    let entry = table[slot]
                    if entry == 0 { return nil }
                    let offset = Int(entry - 1)
                    if Int(store[offset]) == word.count,
                       memcmpEqual(store.baseAddress! + offset + 3, word.baseAddress!, word.count) {
                        return offset
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Calls `body` with each entry's bytes and flags, in insertion order, without making
    /// strings.
    public func forEachEntry(_ body: (UnsafeBufferPointer<UInt8>, UInt16) -> Void) {
        storage.withUnsafeBufferPointer { store in
            var offset = 0
            while offset < store.count {
                let length = Int(store[offset])
                let flags = UInt16(store[offset + 1]) | UInt16(store[offset + 2]) << 8
                body(UnsafeBufferPointer(rebasing: store[(offset + 3)..<(offset + 3 + length)]), flags)
                offset += length + 3
            }
        }
    }

    /// Every entry, as strings (for tests and tools; not for hot paths).
    public var entries: [String] {
        var result: [String] = []
        var offset = 0
        while offset < storage.count {
            let length = Int(storage[offset])
            result.append(String(decoding: storage[(offset + 3)..<(offset + 3 + length)], as: UTF8.self))
            offset += length + 3
        }
        return result
    }

    private mutating func place(_ entry: UInt32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = entry
    }

    private mutating func grow() {
        let old = table
        table = HugePages.zeroed(count: old.count * 2)
        mask = table.count - 1
        for entry in old where entry != 0 {
            let offset = Int(entry - 1)
            let length = Int(storage[offset])
            let hash = storage.withUnsafeBufferPointer {
                WordSet.hash(UnsafeBufferPointer(rebasing: $0[(offset + 3)..<(offset + 3 + length)]))
            }
            place(entry, hash: hash)
        }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hashSeed
        for byte in bytes { hash = hashFolding(hash, byte: byte) }
        return finishHash(hash)
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for index in 0..<count where a[index] != b[index] { return false }
    return true
}
