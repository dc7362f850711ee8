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
    /// of `words` (the text's ``WordSpan``s, linked) starts, read off the words and
    /// what lies between them instead of the bytes.
    ///
    /// The byte walk back meets, in turn, the bytes before word `index`, word `index - 1`
    /// (counted at its start), the bytes before it, and so on; it stops at a clause end or
    /// when `farWords` words are counted. `near` is the first of a comma after the bytes
    /// walked and the start of the `nearWords`-th word; `far` where the walk stopped.
    /// - Complexity: O(1).
    static func windows(_ words: UnsafeBufferPointer<WordSpan>, at index: Int, nearWords: Int, farWords: Int) -> (near: Int, far: Int) {
        let word = words[index]
        let clauseWord = Int(word.clauseWord)
        // Words counted before the walk meets the bytes before word `g`: index - g.
        let stopsAtClause = clauseWord >= 0 && index - clauseWord < farWords
        let far: Int
        let lowestGap: Int
        if stopsAtClause {
            far = Int(words[clauseWord].clauseBefore) + 1
            lowestGap = clauseWord
        } else if farWords <= index {
            far = words[index - farWords].start
            lowestGap = index - farWords + 1
        } else {
            far = 0
            lowestGap = 0
        }
        let commaWord = Int(word.commaWord)
        if commaWord >= lowestGap, index - commaWord < nearWords {
            return (Int(words[commaWord].commaBefore) + 1, far)
        }
        // The `nearWords`-th word, if counted before the walk stopped.
        let counted = stopsAtClause ? index - clauseWord : min(farWords, index)
        if nearWords <= counted { return (words[index - nearWords].start, far) }
        return (far, far)
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
