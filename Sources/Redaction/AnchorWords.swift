import Lexicon

/// Finds the words that anchor the keyword and birth rules in one pass over a
/// document's bytes: the capitalised keywords of ``IdentifierRule/keywords`` ("School",
/// "Cottage", "Flat"), matched exactly, and the birth phrases of
/// ``IdentifierRule/birthPhrases`` ("DOB", "D.O.B", "date of birth", "born"), matched
/// without regard to case.
///
/// Words are runs of ASCII letters, digits and `_`, as for PCRE2's `\b`, so a keyword
/// is found exactly where `\b(?:School|...)\b` would find it.
/// - Complexity: O(n) in the bytes; one or two byte comparisons for most words.
struct AnchorWords {
    /// A keyword packed for comparison in place: its bytes little-endian in two words
    /// (keywords are ASCII and at most 16 bytes long), with the masks that cut 16 bytes
    /// read from the text to its length.
    private struct Keyword {
        let k0: UInt64
        let k1: UInt64
        let m0: UInt64
        let m1: UInt64
        let length: Int
        let group: IdentifierRule.KeywordGroup
    }

    /// The keywords, grouped by first letter; those starting with `A + n` are at
    /// `firstOfInitial[n]..<firstOfInitial[n + 1]`.
    private let keywords: [Keyword]
    private let firstOfInitial: [Int]
    /// For each first letter `A + n`, bit `b & 0x3F` set for each second byte `b` of its
    /// keywords: most capitalised words ("The", "Mrs", "He") are turned away by this one
    /// test.
    private let secondOfInitial: [UInt64]

    init(keywords: [(word: String, group: IdentifierRule.KeywordGroup)]) {
        var packed: [Keyword] = []
        var first: [Int] = []
        var second: [UInt64] = []
        for initial in UInt8(0x41)...0x5B {
            first.append(packed.count)
            var seconds: UInt64 = 0
            for (keyword, group) in keywords where keyword.utf8.first == initial {
                let bytes = Array(keyword.utf8)
                precondition(bytes.count >= 2 && bytes.count <= 16 && bytes.allSatisfy { $0 < 0x80 }, "anchor keyword \(keyword)")
                var k0: UInt64 = 0, k1: UInt64 = 0
                for (offset, byte) in bytes.enumerated() {
                    if offset < 8 { k0 |= UInt64(byte) << (UInt64(offset) * 8) } else { k1 |= UInt64(byte) << (UInt64(offset - 8) * 8) }
                }
                let m0: UInt64 = bytes.count >= 8 ? ~0 : (1 << (UInt64(bytes.count) * 8)) - 1
                let m1: UInt64 = bytes.count <= 8 ? 0 : bytes.count >= 16 ? ~0 : (1 << (UInt64(bytes.count - 8) * 8)) - 1
                packed.append(Keyword(k0: k0, k1: k1, m0: m0, m1: m1, length: bytes.count, group: group))
                seconds |= 1 << UInt64(bytes[1] & 0x3F)
            }
            second.append(seconds)
        }
        self.keywords = packed
        firstOfInitial = first
        secondOfInitial = second
    }

    /// The keyword at `start`, if one is there: compared as two words when 16 bytes can
    /// be read, byte by byte near the end.
    @inline(__always)
    private func keyword(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<UInt8>) -> Keyword? {
        let initial = Int(bytes[start] &- 0x41)
        guard start + 1 < bytes.count, secondOfInitial[initial] >> UInt64(bytes[start + 1] & 0x3F) & 1 != 0 else { return nil }
        let wide = start + 16 <= bytes.count
        let w0 = wide ? SWAR.load(base, start) : 0, w1 = wide ? SWAR.load(base, start + 8) : 0
        for index in firstOfInitial[initial]..<firstOfInitial[initial + 1] {
            let keyword = keywords[index]
            let equal: Bool
            if wide {
                equal = w0 & keyword.m0 == keyword.k0 && w1 & keyword.m1 == keyword.k1
            } else {
                guard keyword.length <= bytes.count - start else { continue }
                equal = (0..<keyword.length).allSatisfy { offset in
                    let word = offset < 8 ? keyword.k0 : keyword.k1
                    return bytes[start + offset] == UInt8(truncatingIfNeeded: word >> (UInt64(offset % 8) * 8))
                }
            }
            if equal, AnchorWords.boundary(bytes, start + keyword.length) { return keyword }
        }
        return nil
    }

    /// The byte ranges of the keywords (with their groups) and of the birth phrases in
    /// `bytes`.
    /// - Complexity: O(n); eight bytes at a time are checked for a capital, "b", "d" or
    ///   "f" after a byte that is no letter, in a dozen operations, before any byte is
    ///   looked at alone.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, keywords: inout [KeywordSpot], births: inout [Range<Int>]) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        AnchorWords.classes.withUnsafeBufferPointer { classes in
            var block = 0
            var letterBefore: UInt64 = 0  // 0x80 when the byte before the block is a letter
            while block < count {
                var candidates: UInt64 = 0
                if block + 8 <= count {
                    let eight = SWAR.load(base, block)
                    let letters = SWAR.letters(eight)
                    // Of the letters, the capitals have bit 5 clear (shifted here to bit
                    // 7), and "b", "d" and "f" in either case none of bits 0, 3 and 4 (so
                    // adding 0x7F leaves bit 7 clear); "f" is turned away below.
                    let lowerCase = eight << 2
                    let notBDF = (eight & (SWAR.ones &* 0x19)) &+ SWAR.ones &* 0x7F
                    candidates = letters & ~(lowerCase & notBDF)
                    // Only after a byte that is no letter; a digit or "_" before is turned
                    // away below.
                    candidates &= ~(letters << 8 | letterBefore)
                    letterBefore = letters >> 56
                } else {
                    for offset in 0..<(count - block) where classes[Int(bytes[block + offset])] & AnchorWords.start != 0 {
                        candidates |= 0x80 << (UInt64(offset) * 8)
                    }
                }
                while candidates != 0 {
                    let start = block + candidates.trailingZeroBitCount / 8
                    candidates &= candidates - 1
                    // A capital, "b" or "d" that starts a word (the byte before is no
                    // word byte); the words themselves are compared in place, without
                    // finding where they end first.
                    guard start == 0 || classes[Int(bytes[start - 1])] & AnchorWords.word == 0 else { continue }
                    let first = bytes[start]
                    if first &- 0x41 < 26, let keyword = keyword(at: start, bytes, base) {
                        keywords.append(KeywordSpot(range: start..<(start + keyword.length), group: keyword.group))
                    }
                    let lower = first | 0x20
                    if lower == 0x64 || lower == 0x62, let end = AnchorWords.birthPhrase(bytes, start) {
                        births.append(start..<end)
                    }
                }
                block += 8
            }
        }
    }

    private static let word: UInt8 = 1
    private static let start: UInt8 = 2

    /// Per byte: ``word`` for `[A-Za-z0-9_]`, ``start`` for what can start an anchor
    /// (a capital, "b", "d").
    private static let classes: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        var kind: UInt8 = isWord(byte) ? word : 0
        if byte &- 0x41 < 26 || byte == 0x62 || byte == 0x64 { kind |= start }
        return kind
    }

    /// The end of a birth phrase starting at the word starting at `start`, or nil.
    static func birthPhrase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        // Most words starting with b or d are none of these: the second byte tells.
        guard start + 1 < bytes.count else { return nil }
        let second = bytes[start + 1] | 0x20
        if bytes[start] | 0x20 == 0x64 {
            guard second == 0x6F || second == 0x61 || second == 0x2E else { return nil }  // o a .
        } else if bytes[start] == 0x62 && second == 0x2E {
            // "(b. 05/06/2011)", ", b. 05/06/2011", as registers write a birth: a lower-case
            // "b." and a date after a bracket or a comma.
            guard start + 3 < bytes.count, bytes[start + 2] == 0x20, bytes[start + 3] &- 0x30 < 10, start >= 1,
                  bytes[start - 1] == 0x28 || start >= 2 && bytes[start - 1] == 0x20 && bytes[start - 2] == 0x2C else { return nil }
            return start + 2
        } else {
            guard second == 0x69 || second == 0x6F else { return nil }  // i o
        }
        // d.o.b, d.ob, do.b, dob: the dots are optional, the word ends after "b".
        if bytes[start] | 0x20 == 0x64 {
            var cursor = start + 1
            if cursor < bytes.count, bytes[cursor] == 0x2E { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] | 0x20 == 0x6F {
                cursor += 1
                if cursor < bytes.count, bytes[cursor] == 0x2E { cursor += 1 }
                if cursor < bytes.count, bytes[cursor] | 0x20 == 0x62 {
                    if boundary(bytes, cursor + 1) { return cursor + 1 }
                    // "DOBs: 04/04/2018 and 30/10/2021": a list's.
                    if cursor + 1 < bytes.count, bytes[cursor + 1] | 0x20 == 0x73, boundary(bytes, cursor + 2) { return cursor + 2 }
                }
            }
        }
        for phrase in birthPhrases where phrase.utf8CodeUnitCount <= bytes.count - start
            && equalIgnoringCase(bytes, start, phrase) && boundary(bytes, start + phrase.utf8CodeUnitCount) {
            return start + phrase.utf8CodeUnitCount
        }
        return nil
    }

    /// "dates of birth", "date of birth", "birth certificate", "birth date", "birthdate", "birthday", "born"
    /// (longest first; static strings, so trying them costs no reference counting).
    static let birthPhrases: [StaticString] = ["dates of birth", "date of birth", "birth certificate", "birth date", "birthdate", "birthday", "born"]

    @inline(__always)
    static func isWord(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F
    }

    @inline(__always)
    static func boundary(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index >= bytes.count || !isWord(bytes[index])
    }


    /// ASCII case-insensitive comparison with a lower-case `phrase`.
    @inline(__always)
    static func equalIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ phrase: StaticString) -> Bool {
        let letters = phrase.utf8Start
        for offset in 0..<phrase.utf8CodeUnitCount {
            let byte = bytes[start + offset]
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lower != letters[offset] { return false }
        }
        return true
    }
}

/// A keyword found in a document, and the rules it anchors.
struct KeywordSpot {
    let range: Range<Int>
    let group: IdentifierRule.KeywordGroup
}
