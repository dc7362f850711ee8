import Foundation
import PCRE2

/// Finds dates of birth and record numbers by their column in a table pasted as text:
/// a heading row with a "DOB" or "Date of birth" cell, or a person's or a case's "ID" or
/// "Ref" cell (cells parted by "|", tabs or commas, a comma inside double quotes kept),
/// then each row under it, up to a blank line: the cell under "DOB" is a date of birth
/// when it is a date, the cell under "Mosaic ID" a case reference when it is a record's
/// number.
///
/// ```
/// Ref,Name,DOB,Postcode            PERSON_ID_1 ⇥ NAME_1 ⇥ DOB_1
/// ST1-24-0412,"NGUYEN, Thi",03/07/2011,…    3310457 ⇥ KARIMI, Soran ⇥ 04/04/2007
/// ```
///
/// - Complexity: O(1) `memchr` calls where no "|", tab or comma without a space follows
///   (most documents: no table); else a `memchr` walk to each such byte and one look at
///   each line holding one, then O(r) in the bytes of the rows under a heading found.
struct ColumnDetector: Detector {
    let name: StaticString = "identifiers"
    let findsBirthDates: Bool
    let findsReferences: Bool

    init(types: Set<EntityType>) {
        findsBirthDates = types.contains(.dob)
        findsReferences = types.contains(.caseRef)
    }

    /// A column's heading: what its cells are.
    enum Heading: Equatable {
        case birthDate
        case reference
    }

    func detect(in document: Document, findings: inout [Finding]) throws {
        guard findsBirthDates || findsReferences else { return }
        try document.bytes.withUnsafeBufferPointer { bytes in
            guard ColumnDetector.mayHoldTable(bytes) else { return }
            var lines: [Int] = []  // the starts of the heading lines seen, each read once
            var matcher: Matcher?
            for line in ColumnDetector.headingLines(in: bytes) where !lines.contains(line) {
                lines.append(line)
                try readTable(headedAt: line, bytes, &matcher, findings: &findings, document: document.name)
            }
        }
    }

    /// Reads the heading line starting at `start` and, when it heads columns of dates of
    /// birth or references, the rows under it.
    private func readTable(headedAt start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ matcher: inout Matcher?,
                           findings: inout [Finding], document: String) throws {
        let end = ColumnDetector.lineEnd(bytes, start)
        guard let separator = ColumnDetector.separator(bytes, start..<end) else { return }
        let headings = ColumnDetector.cells(bytes, start..<end, separator).map { ColumnDetector.heading(bytes, $0) }
        let wanted = headings.enumerated().compactMap { column, heading -> (Int, Heading)? in
            guard let heading else { return nil }
            switch heading {
            case .birthDate: return findsBirthDates ? (column, heading) : nil
            case .reference: return findsReferences ? (column, heading) : nil
            }
        }
        guard !wanted.isEmpty else { return }
        var row = end + 1
        var rows = 0
        while row < bytes.count, rows < 1000 {
            let rowEnd = ColumnDetector.lineEnd(bytes, row)
            defer { row = rowEnd + 1; rows += 1 }
            let line = row..<rowEnd
            if ColumnDetector.isRule(bytes, line) { continue }  // "|---|---|"
            guard ColumnDetector.count(separator, bytes, line) > 0 else { break }  // a blank line or prose ends the table
            let cells = ColumnDetector.cells(bytes, line, separator)
            for (column, heading) in wanted where column < cells.count {
                let cell = ColumnDetector.trimmed(bytes, cells[column])
                guard !cell.isEmpty else { continue }
                switch heading {
                case .birthDate:
                    if try isDate(bytes, cell, &matcher, document: document) {
                        findings.append(Finding(range: cell, type: .dob, detector: name, rule: "date-of-birth-column"))
                    }
                case .reference:
                    if ColumnDetector.isRecordNumber(bytes, cell) {
                        findings.append(Finding(range: cell, type: .caseRef, detector: name, rule: "reference-column"))
                    }
                }
            }
        }
    }

    /// Whether the whole of `cell` is one date.
    private func isDate(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>, _ matcher: inout Matcher?,
                        document: String) throws -> Bool {
        guard bytes[cell.lowerBound] &- 0x30 < 10 || BirthDateDetector.startsMonth(bytes, cell.lowerBound) else { return false }
        let current = matcher ?? Matcher(BirthDateDetector.pattern)
        matcher = current
        var whole = false
        do {
            try current.forEachMatch(in: bytes, window: cell) { match in
                whole = match.range == cell
                return false
            }
        } catch {
            throw RedactionError.io(document, "date-of-birth column rule failed: \(error)")
        }
        return whole
    }
}
