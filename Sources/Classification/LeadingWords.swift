/// The literal words every match of a pattern starts with, so that the pattern need only
/// be tried where a word starts with one of them: a cheap prefilter in front of PCRE2.
///
/// A pattern qualifies when its source opens with `\b` and then one ASCII word or an
/// alternation of plain ASCII words (`\b(?:waited|waiting|took)...`), optionally inside
/// `(?-i:` (case-sensitive), with no `|` outside parentheses. Every match then starts
/// at a word start (an ASCII `\w` byte with no `\w` byte before it) whose bytes begin
/// with one of the words.
///
/// Caseless matching in UTF mode also lets `k` match the Kelvin sign (U+212A) and `s`
/// the long s (U+017F); texts holding either are not prefiltered
/// (``isCaseFoldingHazard(_:at:)``).
struct LeadingWords: Sendable {
    /// The words (lowercased when `caseless`), by their first byte.
    let byFirst: [[[UInt8]]]
    let caseless: Bool
    /// The same words laid out for ``starts(_:at:)``: by first byte, a range of `ends`
    /// (`firstStart[b] ..< firstStart[b + 1]`), each word the bytes of `bytes` from the
    /// previous end.
    private let firstStart: [Int32]
    private let offsets: [Int32]
    private let bytes: [UInt8]

    init?(words: [[UInt8]], caseless: Bool) {
        var byFirst = [[[UInt8]]](repeating: [], count: 256)
        for word in words {
            guard let first = word.first, word.allSatisfy(PhraseTables.isWord) else { return nil }
            let stored = caseless ? word.map(Tagger.lower) : word
            byFirst[Int(caseless ? Tagger.lower(first) : first)].append(stored)
        }
        guard words.count > 0 else { return nil }
        self.byFirst = byFirst
        self.caseless = caseless
        var firstStart: [Int32] = []
        var offsets: [Int32] = []
        var bytes: [UInt8] = []
        for list in byFirst {
            firstStart.append(Int32(offsets.count))
            for word in list {
                offsets.append(Int32(bytes.count))
                bytes += word
            }
        }
        firstStart.append(Int32(offsets.count))
        offsets.append(Int32(bytes.count))
        self.firstStart = firstStart
        self.offsets = offsets
        self.bytes = bytes
    }

    /// The leading words of a pattern compiled caseless (unless it opens with `(?-i:`),
    /// or nil when its source does not have the shape described above.
    init?(patternSource source: String) {
        var rest = Substring(source)
        var caseless = true
        if rest.hasPrefix("(?-i:") {
            rest = rest.dropFirst(5)
            caseless = false
        }
        guard rest.hasPrefix(#"\b"#), !Self.hasTopLevelBar(source) else { return nil }
        rest = rest.dropFirst(2)
        func isLiteral(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        func isQuantifier(_ c: Character?) -> Bool { c == "?" || c == "*" || c == "{" }
        var words: [String] = []
        if rest.hasPrefix("(?:") {
            rest = rest.dropFirst(3)
            guard let close = rest.firstIndex(of: ")") else { return nil }
            let body = rest[..<close]
            guard !isQuantifier(rest[rest.index(after: close)...].first) else { return nil }
            for word in body.split(separator: "|", omittingEmptySubsequences: false) {
                guard !word.isEmpty, word.allSatisfy(isLiteral) else { return nil }
                words.append(String(word))
            }
        } else {
            var word = String(rest.prefix(while: isLiteral))
            // "SEND?": the last letter is optional.
            if isQuantifier(rest.dropFirst(word.count).first) { word.removeLast() }
            guard !word.isEmpty else { return nil }
            words = [word]
        }
        self.init(words: words.map { Array($0.utf8) }, caseless: caseless)
    }

    /// Whether `source` has a `|` outside every group (escapes and classes skipped).
    static func hasTopLevelBar(_ source: String) -> Bool {
        var depth = 0
        var inClass = false
        var escaped = false
        for c in source {
            if escaped {
                escaped = false
                continue
            }
            switch c {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: return true
            default: break
            }
        }
        return false
    }

    /// Marks in `table` (65,536 entries, by the first two bytes, ASCII-lowercased) the
    /// pairs a word can start with; a one-letter word marks every second byte.
    func mark(_ table: inout [Bool]) {
        for (first, words) in byFirst.enumerated() {
            for word in words {
                let seconds: [UInt8] = word.count > 1 ? [word[1]] : Array(0...255)
                for second in seconds {
                    for a in Self.spellings(UInt8(first), caseless) {
                        for b in Self.spellings(second, caseless) { table[Int(a) << 8 | Int(b)] = true }
                    }
                }
            }
        }
    }

    /// The bytes that read as `byte` (both cases of a letter when `caseless`).
    static func spellings(_ byte: UInt8, _ caseless: Bool) -> [UInt8] {
        guard caseless, (0x61...0x7A).contains(byte) else { return [byte] }
        return [byte, byte & ~0x20]
    }

    /// Whether one of the words starts at the word start `i`.
    @inline(__always)
    func starts(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let first = Int(caseless ? Tagger.lower(text[i]) : text[i])
        var w = Int(firstStart[first])
        let last = Int(firstStart[first + 1])
        while w < last {
            let from = Int(offsets[w]), to = Int(offsets[w + 1])
            w += 1
            guard i + to - from <= text.count else { continue }
            var k = from + 1
            var j = i + 1
            while k < to {
                let byte = caseless ? Tagger.lower(text[j]) : text[j]
                if byte != bytes[k] { break }
                k += 1
                j += 1
            }
            if k == to { return true }
        }
        return false
    }

    /// Whether the character at `i` is U+017F or U+212A, which caseless UTF-8 matching
    /// folds to `s` and `k`.
    @inline(__always)
    static func isCaseFoldingHazard(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = bytes.count
        if bytes[i] == 0xC5 { return i + 1 < n && bytes[i + 1] == 0xBF }
        return bytes[i] == 0xE2 && i + 2 < n && bytes[i + 1] == 0x84 && bytes[i + 2] == 0xAA
    }
}
