import CaseModel
import Diagnostics
import Foundation
import SwiftCSV

/// Reads a case-log CSV (canonical columns, or others through a ``ColumnMapping``) into cases,
/// checking every row.
///
/// Nothing is half-read: either every row is valid and all cases come back, or
/// ``ImportProblems`` lists every problem in the file as `file:line: column: problem` (the
/// line a row starts on, counting the header as line 1 and the lines inside quoted fields).
public struct CaseCSVReader: Sendable {
    /// How the file's columns map onto the canonical ones.
    public var mapping: ColumnMapping

    public init(mapping: ColumnMapping = .identity) {
        self.mapping = mapping
    }

    /// Reads the file at `url`; problems name it by `url.path`.
    public func read(contentsOf url: URL) throws -> [Case] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CandourError(.io, "cannot read the file (is it UTF-8 text?)", context: url.path)
        }
        return try read(text, source: url.path)
    }

    /// Reads CSV `text`; `source` names it in problems.
    public func read(_ text: String, source: String) throws -> [Case] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: body, delimiter: .comma, loadColumns: false)
        } catch {
            throw ImportProblems([CandourError(.invalidInput, "not valid CSV: \(error)", context: source)])
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        if header.allSatisfy(\.isEmpty) {
            throw ImportProblems([CandourError(.invalidInput, "empty file: no header row", context: "\(source):1")])
        }

        var problems: [CandourError] = []
        var index: [CaseColumn: Int] = [:]
        for column in CaseColumn.allCases {
            let wanted = mapping.header(for: column)
            if let found = Self.find(wanted, in: header) {
                index[column] = found
            } else if mapping.columns[column] != nil {
                problems.append(CandourError(.invalidInput, "column `\(wanted)` named in the mapping is not in the file",
                                             context: "\(source):1: \(column.rawValue)"))
            } else if CaseColumn.required.contains(column) && mapping.defaults[column] == nil {
                problems.append(CandourError(.invalidInput, "required column missing", context: "\(source):1: \(wanted)"))
            }
        }
        if !problems.isEmpty { throw ImportProblems(problems) }

        var line = 1 + header.map(Self.newlines).reduce(0, +) + 1
        var cases: [Case] = []
        var seen: [String: Int] = [:]
        for fields in csv.rows {
            defer { line += 1 + fields.map(Self.newlines).reduce(0, +) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var row = RowParser(fields: fields, line: line, source: source, index: index, mapping: mapping)
            let item = row.parseCase()
            if let item {
                if let first = seen[item.reference] {
                    row.problem(.reference, "duplicate reference \(item.reference) (first on line \(first))")
                } else {
                    seen[item.reference] = line
                }
            }
            problems += row.problems
            if let item, row.problems.isEmpty { cases.append(item) }
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
        return cases
    }

    static func newlines(_ field: String) -> Int {
        field.reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
    }

    /// The index of `name` in `header`: exactly, else ignoring case, else ignoring punctuation.
    static func find(_ name: String, in header: [String]) -> Int? {
        if let exact = header.firstIndex(of: name) { return exact }
        if let folded = header.firstIndex(where: { $0.lowercased() == name.lowercased() }) { return folded }
        let key = normalisedKey(name)
        return header.firstIndex { normalisedKey($0) == key }
    }
}
