import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading a table's lines: heading words, separators, cells.
extension ColumnDetector {
    /// The words a heading line is searched for, as headings write them, each starting
    /// with a capital ("dob" and "case_ref" in lower case are not looked for: "d" and "r"
    /// are too common a byte to stop at).
    static func needles(birthDates: Bool, references: Bool) -> [[UInt8]] {
        var words: [String] = []
        if birthDates { words += ["DOB", "Dob", "D.O.B", "Date of birth", "Date of Birth", "Date Of Birth", "DATE OF BIRTH"] }
        if references { words += ["ID", "Case", "CASE", "Mosaic", "MOSAIC"] }
        return words.map { Array($0.utf8) }
    }

    /// Where `needle` starts in `bytes`, in order: `memchr` to each of its first byte (a
    /// capital: few stops), then a comparison.
    static func occurrences(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress, bytes.count >= needle.count, let first = needle.first else { return [] }
        var found: [Int] = []
        var offset = 0
        while offset + needle.count <= bytes.count,
              let hit = memchr(base + offset, Int32(first), bytes.count - offset) {
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard position + needle.count <= bytes.count else { break }
            if needle.indices.allSatisfy({ bytes[position + $0] == needle[$0] }) { found.append(position) }
            offset = position + 1
        }
        return found
    }

    /// Whether the heading word `needle` found at `hit` stands as a word: no letter
    /// before it or after it ("DOBs", "Referral", "INCIDENT" are not headings).
    static func standsAsWord(_ needle: [UInt8], at hit: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
        let end = hit + needle.count
        return (hit == 0 || !isLetter(bytes[hit - 1])) && (end == bytes.count || !isLetter(bytes[end]))
    }

    static func lineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        var start = index
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// The end of the line starting at `start`, before its "\n" (and a "\r" before it).
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return end > start && bytes[end - 1] == 0x0D ? end - 1 : end
    }

    /// The byte that parts the line's cells: "|" twice or more, a tab, or a comma twice
    /// or more; nil for a line of prose.
    static func separator(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> UInt8? {
        if count(0x7C, bytes, line) >= 2 { return 0x7C }
        if count(0x09, bytes, line) >= 1 { return 0x09 }
        if count(0x2C, bytes, line) >= 2 { return 0x2C }
        return nil
    }

    static func count(_ separator: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int {
        var count = 0
        for index in line where bytes[index] == separator { count += 1 }
        return count
    }

    /// The line's cells, in order; a comma inside double quotes parts none
    /// (`"NGUYEN, Thi Bich Ngoc"` is one cell).
    static func cells(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ separator: UInt8) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        var quoted = false
        for index in line {
            let byte = bytes[index]
            if byte == 0x22, separator == 0x2C { quoted.toggle() }
            if byte == separator, !quoted {
                cells.append(start..<index)
                start = index + 1
            }
        }
        cells.append(start..<line.upperBound)
        return cells
    }

    /// `cell` without the spaces, tabs and double quotes around it.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Range<Int> {
        var start = cell.lowerBound, end = cell.upperBound
        func isPadding(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x22 }
        while start < end, isPadding(bytes[start]) { start += 1 }
        while end > start, isPadding(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// What a heading cell says its column holds, or nil: a date of birth ("DOB",
    /// "DOB_2", "Date of birth", "D.O.B.") or a person's or case's record number
    /// ("PERSON_ID_1", "Mosaic ID", "Case ref", "Client ID"), a number after it aside.
    /// Every heading named here contains "ID", "Case" or "Mosaic" (see ``needles``).
    static func heading(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Heading? {
        let range = trimmed(bytes, cell)
        guard range.count >= 2, range.count <= 24 else { return nil }
        var words = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
        // (A number after it, as in "DOB_2" or "Name 1", and a colon or an asterisk.)
        while let last = words.last, last.isNumber || last == "_" || last == " " || last == ":" || last == "*" || last == "." {
            words.removeLast()
        }
        words = words.replacingOccurrences(of: "_", with: " ")
        if birthHeadings.contains(words) { return .birthDate }
        if referenceHeadings.contains(words) { return .reference }
        return nil
    }

    static let birthHeadings: Set<String> = ["dob", "d.o.b", "date of birth", "birth date", "dob (if known)", "child dob",
                                             "child's dob", "date of birth (dd/mm/yyyy)", "dob (dd/mm/yyyy)"]
    /// (Not "ID", "Ref" or "Reference" alone: a register's own numbers, "LA-031".)
    static let referenceHeadings: Set<String> = ["person id", "client id", "child id", "mosaic id", "mosaic", "mosaic no", "lcs id",
                                                 "eclipse id", "liquidlogic id", "case ref", "case no", "case number", "case id",
                                                 "case reference", "person ref", "child ref", "child's id", "nhs id"]

    /// Whether the line is a table's rule: dashes, colons, "+", "=", "|" and spaces only.
    static func isRule(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard !line.isEmpty else { return false }
        var dashes = 0
        for index in line {
            switch bytes[index] {
            case 0x2D, 0x3D: dashes += 1
            case 0x3A, 0x2B, 0x7C, 0x20, 0x09: continue
            default: return false
            }
        }
        return dashes > 0
    }

    /// Whether `cell` is a record's number: four to twenty letters, digits, "-", "/",
    /// "_" or ".", with three digits at least and no space ("3310457", "C24-0112",
    /// "CP-COMP-23-14").
    static func isRecordNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        guard (4...20).contains(cell.count) else { return false }
        var digits = 0
        for index in cell {
            let byte = bytes[index]
            if byte &- 0x30 < 10 { digits += 1; continue }
            if (byte | 0x20) &- 0x61 < 26 || byte == 0x2D || byte == 0x2F || byte == 0x5F || byte == 0x2E { continue }
            return false
        }
        return digits >= 3
    }
}
