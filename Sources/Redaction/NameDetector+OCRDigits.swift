import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension NameDetector {
    /// A copy of `bytes` with the digits that OCR read for letters inside words put back
    /// as letters, byte for byte (so every offset stays the same), or nil when there are
    /// none: a "1" between two lower-case letters, a letter before them, is an "l"
    /// ("Pi1kington", "Fairc1ough"; not "HbA1c"), a "0" there an "o" ("Sim0ns"), and a
    /// "0" opening a word before an apostrophe and a capital an "O" ("0'Flaherty").
    ///
    /// The name detector reads the copy; the identifier detectors, which need the digits,
    /// read the document. Dates, phones and codes are untouched: their digits stand beside
    /// digits, spaces or capitals, not between a letter and a lower-case letter.
    /// - Complexity: O(n) in the bytes, `memchr` to each "0" and "1"; a copy only when a
    ///   digit is put back.
    static func repairingOCRDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress else { return nil }
        var repaired: [UInt8]?
        for digit: UInt8 in [0x30, 0x31] {
            var from = 0
            while from < bytes.count, let found = memchr(base + from, Int32(digit), bytes.count - from) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                from = index + 1
                guard let letter = replacement(for: digit, at: index, bytes) else { continue }
                if repaired == nil { repaired = Array(bytes) }
                repaired![index] = letter
            }
        }
        return repaired
    }

    /// The letter the digit at `index` stands for, or nil when it is a digit.
    private static func replacement(for digit: UInt8, at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        let isLetter = { (byte: UInt8) in (byte | 0x20) &- 0x61 < 26 }
        let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
        let before = index > 0 ? bytes[index - 1] : 0x20
        if index >= 2, before &- 0x61 < 26, isLetter(bytes[index - 2]), after &- 0x61 < 26 {
            return digit == 0x31 ? 0x6C : 0x6F  // l, o
        }
        // "0'Flaherty": a word's start, an apostrophe, a capital.
        if digit == 0x30, !isLetter(before), before &- 0x30 >= 10, index + 2 < bytes.count, after == 0x27,
           bytes[index + 2] &- 0x41 < 26 {
            return 0x4F  // O
        }
        return nil
    }
}
