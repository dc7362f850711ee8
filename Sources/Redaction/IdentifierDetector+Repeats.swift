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
            // The reference's digits: all of it, or what follows a system's name ("LCS
            // 7730150 / 7730151").
            guard found.type == .caseRef else { continue }
            var digits = found.range.upperBound
            while digits > found.range.lowerBound, bytes[digits - 1] &- 0x30 < 10 { digits -= 1 }
            let length = found.range.upperBound - digits
            guard length >= 5, digits == found.range.lowerBound || bytes[digits - 1] == 0x20 else { continue }
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
            let end = cursor + length
            guard end <= bytes.count, (cursor..<end).allSatisfy({ bytes[$0] &- 0x30 < 10 }),
                  end == bytes.count || !Evaluation.isWordByte(bytes[end]),
                  !findings[first...].contains(where: { $0.range.overlaps(cursor..<end) }) else { continue }
            findings.append(Finding(range: cursor..<end, type: .caseRef, detector: detector, rule: "listed-reference"))
        }
    }

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
