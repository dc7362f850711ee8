import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Lexicon

/// Finds a school's name written all in lower case, as messages and voicemails typed by
/// machines write it: "excluded from kingsmead primary", "i go to thornhill academy", "in
/// st marys primary", "Your school: brookfeild primary".
///
/// A name is one or two lower-case words that no English word list has ("kingsmead",
/// "brookfeild"), with "st" before them or not ("st marys primary"), before a school's
/// kind ("primary", "academy", "junior"), the words a kind may carry
/// between ("special", "catholic"); and it must follow "at", "to", "from", "is",
/// "attends", "in" or a colon, so that "a new primary", "the local academy" and "risk
/// is high" stay. (A saint's name alone, "at st annes", may be a church or a town.)
/// - Complexity: O(n) in the bytes: a `memchr` walk to each "y" and "j", then a look at
///   the few words before each kind found.
struct LowercaseSchoolDetector: Detector {
    let name: StaticString = "identifiers"
    let lexicon: Lexicon

    func detect(in document: Document, findings: inout [Finding]) throws {
        document.bytes.withUnsafeBufferPointer { bytes in
            var found: [Range<Int>] = []
            LowercaseSchoolDetector.forEachKind(in: bytes) { kind in
                if let name = schoolName(endingWith: kind, bytes) { found.append(name) }
            }
            for range in found where !findings.contains(where: { $0.range.overlaps(range) }) {
                findings.append(Finding(range: range, type: .school, detector: name, rule: "school-lowercase"))
            }
        }
    }

    /// The words between a name and its kind: "riverside special school".
    static let kindWords = WordSet(["special", "catholic", "community", "primary", "junior", "infant", "infants", "high", "ce",
                                    "rc", "church", "free", "grammar", "secondary"])
    /// The words a school's name follows: "excluded from", "goes to", "attends".
    static let openers = WordSet(["at", "to", "from", "is", "attends", "attend", "attended", "attending", "in", "into", "of"])

    /// Calls `body` with each kind of school standing in lower case as a whole word:
    /// "primary" and "academy" (found at their "y"), "junior" and "juniors" (at "j"): a
    /// `memchr` walk to each of two letters that few words hold. ("high" and "infants"
    /// would cost a walk to "g" or "f", letters of many words, for the rare "beckfield
    /// high".)
    static func forEachKind(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        func kind(_ start: Int, _ word: StaticString) -> Range<Int>? {
            let end = start + word.utf8CodeUnitCount
            guard start >= 0, start == 0 || !isWordByte(bytes[start - 1]), NameRun.hasText(bytes, start, word),
                  end == bytes.count || !isWordByte(bytes[end]) else { return nil }
            return start..<end
        }
        for letter: UInt8 in [0x79, 0x6A] {  // y j
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, Int32(letter), bytes.count - from) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                from = at + 1
                // The letters either side turn nearly every hit away before any compare.
                guard at > 0 else { continue }
                let before = bytes[at - 1], after = at + 1 < bytes.count ? bytes[at + 1] : 0x20
                let found: Range<Int>?
                switch letter {
                case 0x79 where before == 0x72 && !isWordByte(after): found = kind(at - 6, "primary")  // r·y
                case 0x79 where before == 0x6D && !isWordByte(after): found = kind(at - 6, "academy")  // m·y
                case 0x6A where after == 0x75: found = kind(at, "junior") ?? kind(at, "juniors")  // j·u
                default: found = nil
                }
                if let found { body(found) }
            }
        }
    }

    /// ``Evaluation/isWordByte(_:)`` and the apostrophe: a kind after "marys'" or before
    /// "'s" is inside a word, not a school's.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x27 || byte >= 0x80
    }

    /// The lower-case words before `start`, nearest first, each parted from the next by
    /// spaces, as far as `limit` of them (a word here is lower-case letters, apostrophes
    /// and hyphens; a word with a capital or a digit ends the walk).
    static func wordsBefore(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var cursor = start
        while words.count < limit, cursor > 0, bytes[cursor - 1] == 0x20 {
            var end = cursor - 1
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var begin = end
            while begin > 0, bytes[begin - 1] &- 0x61 < 26 || bytes[begin - 1] == 0x27 || bytes[begin - 1] == 0x2D { begin -= 1 }
            guard begin < end, begin == 0 || !isWordByte(bytes[begin - 1]) else { break }
            words.append(begin..<end)
            cursor = begin
        }
        return words
    }

    /// Whether `range` is a lower-case English word (any list's word in lower case).
    private func isEnglish(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let hash = WordSet.lowercaseHash(bytes, range) else { return true }
        return lexicon.classes(hash: hash, lowercasing: bytes, range).contains(.common)
    }

    /// Whether the text just before `start` is an opener: "at", "to", "from"… or a colon.
    private static func opens(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = start
        while cursor > 0, bytes[cursor - 1] == 0x20 { cursor -= 1 }
        guard cursor < start, cursor > 0 else { return false }
        if bytes[cursor - 1] == 0x3A { return true }
        guard let word = wordsBefore(start, bytes, limit: 1).first, let hash = WordSet.lowercaseHash(bytes, word) else { return false }
        return openers.flags(hash: hash, lowercasing: bytes, word) != 0
    }

    /// The school's name ending with the kind at `kind` (and "school" after it): back over
    /// kind words, then one or two words no English list has, and "st" before them.
    private func schoolName(endingWith kind: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let words = LowercaseSchoolDetector.wordsBefore(kind.lowerBound, bytes, limit: 6)
        var index = 0
        while index < words.count, let hash = WordSet.lowercaseHash(bytes, words[index]),
              LowercaseSchoolDetector.kindWords.flags(hash: hash, lowercasing: bytes, words[index]) != 0 { index += 1 }
        var own = 0
        while index + own < words.count, own < 2 {
            let word = words[index + own]
            guard word.count >= 3, !isEnglish(word, bytes) else { break }
            own += 1
        }
        var first = index + own - 1
        let afterSaint = index + own < words.count && LowercaseSchoolDetector.isSaint(words[index + own], bytes)
        if afterSaint { first += 1 }
        guard own >= 1 else { return nil }
        let start = words[first].lowerBound
        guard LowercaseSchoolDetector.opens(start, bytes) else { return nil }
        var end = kind.upperBound
        if NameRun.hasText(bytes, end, " school"), end + 7 == bytes.count || !LowercaseSchoolDetector.isWordByte(bytes[end + 7]) {
            end += 7
        }
        return start..<end
    }

    private static func isSaint(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count == 2 && bytes[word.lowerBound] == 0x73 && bytes[word.lowerBound + 1] == 0x74
    }
}
