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
    /// Keywords by first letter (`A`–`Z`), with their groups.
    private let keywordsByInitial: [[(bytes: [UInt8], group: IdentifierRule.KeywordGroup)]]

    init(keywords: [(word: String, group: IdentifierRule.KeywordGroup)]) {
        var table = Array(repeating: [(bytes: [UInt8], group: IdentifierRule.KeywordGroup)](), count: 26)
        for (keyword, group) in keywords {
            let bytes = Array(keyword.utf8)
            table[Int(bytes[0] &- 0x41)].append((bytes, group))
        }
        keywordsByInitial = table
    }

    /// The byte ranges of the keywords (with their groups) and of the birth phrases in
    /// `bytes`.
    /// - Complexity: O(n); eight bytes at a time are checked for a capital, "b" or "d"
    ///   starting a word before any is looked at alone.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, keywords: inout [KeywordSpot], births: inout [Range<Int>]) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        AnchorWords.classes.withUnsafeBufferPointer { classes in
            var block = 0
            var wordBefore: UInt64 = 0  // 0x80 when the byte before the block is a word byte
            while block < count {
                var candidates: UInt64 = 0
                if block + 8 <= count {
                    let eight = SWAR.load(base, block)
                    let folded = eight | SWAR.ones &* 0x20
                    candidates = SWAR.capitals(eight) | SWAR.equal(folded, 0x62) | SWAR.equal(folded, 0x64)
                    // Only where a word starts: the byte before is not a word byte.
                    let words = SWAR.letters(eight) | SWAR.between(eight, 0x30, 0x39) | SWAR.equal(eight, 0x5F)
                    candidates &= ~(words << 8 | wordBefore)
                    wordBefore = words >> 56
                } else {
                    for offset in 0..<(count - block) where classes[Int(bytes[block + offset])] & AnchorWords.start != 0 {
                        candidates |= 0x80 << (UInt64(offset) * 8)
                    }
                }
                while candidates != 0 {
                    let start = block + candidates.trailingZeroBitCount / 8
                    candidates &= candidates - 1
                    // A capital, "b" or "d" that starts a word; the words themselves are
                    // compared in place, without finding where they end first.
                    guard start == 0 || classes[Int(bytes[start - 1])] & AnchorWords.word == 0 else { continue }
                    let first = bytes[start]
                    if first &- 0x41 < 26 {
                        for (keyword, group) in keywordsByInitial[Int(first &- 0x41)] where keyword.count <= count - start
                            && AnchorWords.equal(bytes, start, keyword) && AnchorWords.boundary(bytes, start + keyword.count) {
                            keywords.append(KeywordSpot(range: start..<(start + keyword.count), group: group))
                            break
                        }
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
        // d.o.b, d.ob, do.b, dob: the dots are optional, the word ends after "b".
        if bytes[start] | 0x20 == 0x64 {
            var cursor = start + 1
            if cursor < bytes.count, bytes[cursor] == 0x2E { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] | 0x20 == 0x6F {
                cursor += 1
                if cursor < bytes.count, bytes[cursor] == 0x2E { cursor += 1 }
                if cursor < bytes.count, bytes[cursor] | 0x20 == 0x62, boundary(bytes, cursor + 1) { return cursor + 1 }
            }
        }
        for phrase in birthPhrases where phrase.count <= bytes.count - start
            && equalIgnoringCase(bytes, start, phrase) && boundary(bytes, start + phrase.count) {
            return start + phrase.count
        }
        return nil
    }

    /// "date of birth", "birth date", "birthdate", "birthday", "born" (longest first).
    static let birthPhrases: [[UInt8]] = ["date of birth", "birth date", "birthdate", "birthday", "born"].map { Array($0.utf8) }

    @inline(__always)
    static func isWord(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F
    }

    @inline(__always)
    static func boundary(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index >= bytes.count || !isWord(bytes[index])
    }

    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: [UInt8]) -> Bool {
        for offset in word.indices where bytes[start + offset] != word[offset] { return false }
        return true
    }

    /// ASCII case-insensitive comparison with a lower-case `phrase`.
    @inline(__always)
    static func equalIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ phrase: [UInt8]) -> Bool {
        for offset in phrase.indices {
            let byte = bytes[start + offset]
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lower != phrase[offset] { return false }
        }
        return true
    }
}

/// A keyword found in a document, and the rules it anchors.
struct KeywordSpot {
    let range: Range<Int>
    let group: IdentifierRule.KeywordGroup
}
