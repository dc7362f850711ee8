/// Byte-level helpers over UTF-8 text: word bytes, clause windows, scalar offsets.
///
/// These loops run over `UInt8`, never `Character`, and only near matches.
enum Scan {
    /// Whether `byte` can be part of a word: ASCII letters and digits, the apostrophe,
    /// and any byte of a multi-byte UTF-8 sequence (letters beyond ASCII).
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x27, 0x5F: return true
        case 0x80...: return true
        default: return false
        }
    }

    /// Bytes that end a clause for every kind of cue.
    @inline(__always)
    static func endsClause(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"),
            UInt8(ascii: "\n"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""):
            return true
        default: return false
        }
    }

    /// Where negation cues may start for a match at `start`: `near` for short-range cues
    /// (at most `nearWords` words back, not across a comma) and `far` for hedges (at most
    /// `farWords` back), both inside the clause.
    /// - Complexity: O(bytes walked back), bounded by the word windows.
    static func windows(
        _ bytes: UnsafeBufferPointer<UInt8>, before start: Int, nearWords: Int, farWords: Int
    ) -> (near: Int, far: Int) {
        var i = start
        var words = 0
        var inWord = false
        var near: Int?
        while i > 0 {
            let byte = bytes[i - 1]
            let word = isWordByte(byte)
            if inWord, !word {
                words += 1
                if words == nearWords, near == nil { near = i }
                if words == farWords { return (near ?? i, i) }
            }
            inWord = word
            if !word {
                if endsClause(byte) { break }
                if byte == UInt8(ascii: ","), near == nil { near = i }
            }
            i -= 1
        }
        if inWord, i == 0 {
            words += 1
        }
        return (near ?? i, i)
    }

    /// ``windows(_:before:nearWords:farWords:)`` for a match starting where word `index`
    /// of `words` (the text's ``WordSpan``s) starts, read off the words and what lies
    /// between them instead of the bytes.
    /// - Complexity: O(words walked back), at most `farWords`.
    static func windows(_ words: [WordSpan], at index: Int, nearWords: Int, farWords: Int) -> (near: Int, far: Int) {
        var near: Int?
        var counted = 0
        var k = index
        while true {
            // The bytes before word k, last first: a comma after the last clause end sets
            // `near`; the clause end stops the walk.
            let clause = Int(words[k].clauseBefore), comma = Int(words[k].commaBefore)
            if comma > clause, near == nil { near = comma + 1 }
            if clause >= 0 { return (near ?? clause + 1, clause + 1) }
            if k == 0 { return (near ?? 0, 0) }
            k -= 1
            let i = words[k].start
            if i == 0 { return (near ?? 0, 0) }
            counted += 1
            if counted == nearWords, near == nil { near = i }
            if counted == farWords { return (near ?? i, i) }
        }
    }

    /// The end of the word starting at `start` (or `start + 1` character when `start`
    /// is not in a word), for resuming a scan.
    static func nextStart(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Int {
        var i = start
        if i < bytes.count, isWordByte(bytes[i]) {
            while i < bytes.count, isWordByte(bytes[i]) { i += 1 }
            return i
        }
        i += 1
        while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }

    /// Unicode-scalar offsets for sorted byte offsets, in one pass.
    static func scalarOffsets(_ bytes: some Collection<UInt8>, _ offsets: [Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        let sorted = Set(offsets).sorted()
        var next = 0
        var scalars = 0
        var index = 0
        for byte in bytes {
            while next < sorted.count, sorted[next] == index {
                result[sorted[next]] = scalars
                next += 1
            }
            if next == sorted.count { break }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        while next < sorted.count {
            result[sorted[next]] = scalars
            next += 1
        }
        return result
    }
}
