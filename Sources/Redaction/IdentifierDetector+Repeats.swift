import Foundation
import Lexicon

extension IdentifierDetector {
    /// Finds every other occurrence of an identifier already found in the document, so
    /// that one quoted again without the context its rule needs is redacted too: "Our
    /// ref: 2024/C/0517" … "our reference, 2024/C/0517, …", an NHS number given once
    /// with its label and once in a table.
    ///
    /// Only references and NHS numbers of at least five bytes are sought, the
    /// identifiers whose rules need a label or a context around them; the rules for
    /// phones, postcodes, e-mails, NI numbers and addresses find them wherever they
    /// stand, and a date written again is not always a birth date. An occurrence must
    /// stand alone: no letter or digit touches either end.
    /// - Complexity: O(r·k) in the document's runs of digits and the distinct
    ///   identifiers sought, each a masked compare of eight bytes from the run's first
    ///   digit; the whole identifier is compared only when those agree.
    static func findRepeats(_ bytes: UnsafeBufferPointer<UInt8>, digitRuns: [Range<Int>], findings: inout [Finding],
                            from first: Int, detector: StaticString) {
        guard first < findings.count, let base = bytes.baseAddress else { return }
        var sought: [Sought] = []
        for finding in findings[first...] where finding.range.count >= 5 && finding.type.isSoughtAgain {
            guard let digit = finding.range.firstIndex(where: { bytes[$0] &- 0x30 < 10 }),
                  !sought.contains(where: { same(base, $0.range, finding.range) }) else { continue }
            let head = eight(bytes, at: digit, upTo: finding.range.upperBound)
            sought.append(Sought(digit: digit - finding.range.lowerBound, key: head.word, mask: head.mask,
                                 range: finding.range, type: finding.type))
        }
        guard !sought.isEmpty else { return }
        for run in digitRuns {
            let word = eight(bytes, at: run.lowerBound, upTo: bytes.count).word
            for item in sought where word & item.mask == item.key {
                let start = run.lowerBound - item.digit, end = start + item.range.count
                guard start >= 0, end <= bytes.count, start != item.range.lowerBound,
                      same(base, start..<end, item.range),
                      start == 0 || !Evaluation.isWordByte(bytes[start - 1]),
                      end == bytes.count || !Evaluation.isWordByte(bytes[end]),
                      !findings[first...].contains(where: { $0.range.overlaps(start..<end) }) else { continue }
                findings.append(Finding(range: start..<end, type: item.type, detector: detector, rule: "repeat"))
            }
        }
    }

    /// Finds the numbers listed after a reference that is a number, as long as it:
    /// "Mosaic IDs: 2290341 / 2290342", "IDs 2017733, 2017734 and 2017735" (the label
    /// stands before the first only).
    /// - Complexity: O(k) in the findings, a few bytes read after each reference.
    static func findListed(_ bytes: UnsafeBufferPointer<UInt8>, findings: inout [Finding], from first: Int, detector: StaticString) {
        var position = first
        while position < findings.count {
            let found = findings[position]
            position += 1
            guard found.type == .caseRef, found.range.count >= 5, found.range.allSatisfy({ bytes[$0] &- 0x30 < 10 }) else { continue }
            var cursor = found.range.upperBound
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            guard cursor < bytes.count else { continue }
            if bytes[cursor] == 0x2C || bytes[cursor] == 0x2F || bytes[cursor] == 0x26 {
                cursor += 1
            } else if cursor + 3 < bytes.count, bytes[cursor] == 0x61, bytes[cursor + 1] == 0x6E, bytes[cursor + 2] == 0x64,
                      bytes[cursor + 3] == 0x20 {
                cursor += 3  // "and"
            } else {
                continue
            }
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            let end = cursor + found.range.count
            guard end <= bytes.count, (cursor..<end).allSatisfy({ bytes[$0] &- 0x30 < 10 }),
                  end == bytes.count || !Evaluation.isWordByte(bytes[end]),
                  !findings[first...].contains(where: { $0.range.overlaps(cursor..<end) }) else { continue }
            findings.append(Finding(range: cursor..<end, type: .caseRef, detector: detector, rule: "listed-reference"))
        }
    }

    /// Finds a school's own name written again without its kind: "St Bede's Catholic High
    /// School" … "the plan names St Bede's". The name is the words before the first word
    /// of a school's kind ("Catholic", "Primary", "Academy", …) and must be a saint's
    /// ("St", "St.", "Saint"); each other occurrence must stand as a whole word with the
    /// same capitals. (A school named after its town, "Ryeford High School", would take
    /// the town with it, so "Kingsmead" alone stays missed.)
    /// - Complexity: O(n·s) in the bytes and the schools found, `memchr` finding the
    ///   first byte of each name.
    static func findSchoolNames(_ bytes: UnsafeBufferPointer<UInt8>, findings: inout [Finding], from first: Int,
                                detector: StaticString) {
        guard let base = bytes.baseAddress, findings[first...].contains(where: { $0.type == .school }) else { return }
        var names: [Range<Int>] = []
        for finding in findings[first...] where finding.type == .school {
            guard let name = schoolName(bytes, finding.range), !names.contains(where: { same(base, $0, name) }) else { continue }
            names.append(name)
        }
        for name in names {
            var position = 0
            while position < bytes.count,
                  let found = memchr(base + position, Int32(bytes[name.lowerBound]), bytes.count - position) {
                let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                position = start + 1
                let end = start + name.count
                guard end <= bytes.count, start == 0 || !Evaluation.isWordByte(bytes[start - 1]),
                      end == bytes.count || !Evaluation.isWordByte(bytes[end]),
                      same(base, start..<end, name),
                      !findings[first...].contains(where: { $0.range.overlaps(start..<end) }) else { continue }
                findings.append(Finding(range: start..<end, type: .school, detector: detector, rule: "school-name"))
            }
        }
    }

    /// The words of a saint's school's name before the first word of its kind ("St
    /// Bede's" of "St Bede's Catholic High School"), or nil.
    private static func schoolName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var cursor = range.lowerBound
        var end = range.lowerBound
        while cursor < range.upperBound {
            var wordEnd = cursor
            while wordEnd < range.upperBound, bytes[wordEnd] != 0x20 { wordEnd += 1 }
            if AnchorScan.isOneOf(schoolKindWords, bytes, cursor..<wordEnd) { break }
            end = wordEnd
            cursor = wordEnd + 1
        }
        // Only a saint's name: a school named after its town ("Ryeford High School") would
        // take the town with it.
        guard end - range.lowerBound >= 6, end < range.upperBound, bytes[range.lowerBound] == 0x53,
              bytes[range.lowerBound + 1] == 0x74 || bytes[range.lowerBound + 1] == 0x61 else { return nil }
        guard NameRun.hasText(bytes, range.lowerBound, "St ") || NameRun.hasText(bytes, range.lowerBound, "St. ")
                || NameRun.hasText(bytes, range.lowerBound, "Saint ") else { return nil }
        return range.lowerBound..<end
    }

    /// Words that say what kind of school it is, where its own name ends.
    static let schoolKindWords = WordSet(["catholic", "church", "c", "ce", "c.e.", "rc", "r.c.", "va", "vc", "methodist",
                                          "community", "infant", "infants", "junior", "juniors", "primary", "secondary",
                                          "high", "grammar", "special", "nursery", "free", "studio", "technical", "sixth",
                                          "voluntary", "school", "academy", "college", "pupil", "pru"])

    /// An identifier looked for again: the offset of its first digit, the (up to) eight
    /// bytes from there with the mask of those that count, and where it was found.
    private struct Sought {
        var digit: Int
        var key: UInt64
        var mask: UInt64
        var range: Range<Int>
        var type: EntityType
    }

    /// The bytes from `start` up to eight, and before `limit`, as a little-endian word
    /// with the mask of the bytes read.
    private static func eight(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, upTo limit: Int) -> (word: UInt64, mask: UInt64) {
        let count = min(8, limit - start)
        if count == 8, let base = bytes.baseAddress { return (SWAR.load(base, start), ~0) }
        var word: UInt64 = 0
        for offset in 0..<max(count, 0) { word |= UInt64(bytes[start + offset]) << (8 * UInt64(offset)) }
        return (word, count >= 8 ? ~0 : (1 << (8 * UInt64(max(count, 0)))) - 1)
    }

    /// Whether the bytes of two ranges are the same.
    private static func same(_ base: UnsafePointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
    }
}

extension EntityType {
    /// Whether an identifier of this type found once is redacted wherever else it
    /// stands (see ``IdentifierDetector/findRepeats(_:digitRuns:findings:from:detector:)``).
    var isSoughtAgain: Bool {
        switch self {
        case .nhs, .caseRef: true
        case .person, .email, .phone, .postcode, .address, .nino, .dob, .school: false
        }
    }
}
