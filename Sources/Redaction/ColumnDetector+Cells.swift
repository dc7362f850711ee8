import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading a table's lines: separators, cells, headings.
extension ColumnDetector {
    /// Whether the text may hold a table: a "|" or a tab somewhere, or a comma with no
    /// space after it (",03/07/2011", `,"NGUYEN`; prose puts a space after its commas).
    /// - Complexity: two `memchr` calls and a look after each comma.
    static func mayHoldTable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        if memchr(base, 0x7C, bytes.count) != nil || memchr(base, 0x09, bytes.count) != nil { return true }
        var offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, 0x2C, bytes.count - offset) {
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if isTableComma(bytes, position) { return true }
            offset = position + 1
        }
        return false
    }

    /// The starts of the lines that may head a table: a "|", a tab or a comma with no
    /// space after it in them (found by `memchr`), and a cell that is a heading
    /// (``heading(_:_:)``); not a line under one with the same "|" or tab (a row under a
    /// row). A line is looked at once, a cell at a time.
    static func headingLines(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        var found: [Int] = []
        for separator: UInt8 in [0x7C, 0x09, 0x2C] {
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, Int32(separator), bytes.count - offset) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                offset = position + 1
                if separator == 0x2C, !isTableComma(bytes, position) { continue }
                let start = lineStart(bytes, position), end = lineEnd(bytes, start)
                offset = end + 1  // one look at each line
                if separator != 0x2C, start > 0 {
                    let above = lineStart(bytes, start - 1)
                    if memchr(base + above, Int32(separator), start - 1 - above) != nil { continue }
                }
                if !found.contains(start), hasHeadingCell(bytes, start..<end, separator) { found.append(start) }
            }
        }
        return found
    }

    /// Whether the comma at `position` has no space after it and is no number's
    /// thousands ("1,250").
    static func isTableComma(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard position + 1 < bytes.count else { return false }
        let next = bytes[position + 1]
        return next != 0x20 && next != 0x0A && next != 0x0D && !(next &- 0x30 < 10 && position > 0 && bytes[position - 1] &- 0x30 < 10)
    }

    /// Whether a cell of `line` (see ``cells(_:_:_:)``) is a heading.
    static func hasHeadingCell(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ separator: UInt8) -> Bool {
        cells(bytes, line, separator).contains { heading(bytes, $0) != nil }
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
        guard separator == 0x2C else {
            // "|" and tabs are never quoted: `memchr` from one to the next.
            guard let base = bytes.baseAddress else { return [line] }
            while start < line.upperBound, let hit = memchr(base + start, Int32(separator), line.upperBound - start) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                cells.append(start..<position)
                start = position + 1
            }
            cells.append(start..<line.upperBound)
            return cells
        }
        var quoted = false
        for index in line {
            let byte = bytes[index]
            if byte == 0x22 { quoted.toggle() }
            if byte == 0x2C, !quoted {
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
    /// - Complexity: O(k) byte comparisons against the headings of the cell's length.
    static func heading(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Heading? {
        var range = trimmed(bytes, cell)
        // (A number after it, as in "DOB_2" or "PERSON_ID_1", and a colon or an asterisk.)
        while range.count > 2 {
            let last = bytes[range.upperBound - 1]
            guard last &- 0x30 < 10 || last == 0x5F || last == 0x20 || last == 0x3A || last == 0x2A || last == 0x2E else { break }
            range = range.lowerBound..<(range.upperBound - 1)
        }
        guard range.count >= 2, range.count <= 26 else { return nil }
        for (words, heading) in headings where words.count == range.count {
            var same = true
            for offset in 0..<words.count {
                var byte = bytes[range.lowerBound + offset]
                if byte &- 0x41 < 26 { byte |= 0x20 } else if byte == 0x5F { byte = 0x20 }
                if byte != words[offset] { same = false; break }
            }
            if same { return heading }
        }
        return nil
    }

    /// The headings, lower-cased, "_" written as a space.
    /// (Not "ID", "Ref" or "Reference" alone: a register's own numbers, "LA-031".)
    static let headings: [([UInt8], Heading)] =
        ["dob", "d.o.b", "date of birth", "birth date", "dob (if known)", "child dob", "child's dob", "date of birth (dd/mm/yyyy)",
         "dob (dd/mm/yyyy)"].map { (Array($0.utf8), Heading.birthDate) }
        + ["person id", "client id", "child id", "mosaic id", "mosaic", "mosaic no", "lcs id", "eclipse id", "liquidlogic id",
           "case ref", "case no", "case number", "case id", "case reference", "person ref", "child ref", "child's id", "nhs id"]
        .map { (Array($0.utf8), Heading.reference) }

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
