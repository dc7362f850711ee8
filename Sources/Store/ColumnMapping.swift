import CaseModel
import Diagnostics
import Foundation

/// How another system's case-log columns map onto the canonical ones (``CaseColumn``), and
/// values to assume for columns the file lacks.
///
/// The mapping file is plain text, one entry a line, `#` starting a comment:
///
///     reference = Case Ref
///     received = Date Received
///     default procedure = statutory
///
/// A JSON object `{"columns": {"reference": "Case Ref"}, "defaults": {"procedure": "statutory"}}`
/// is read too. Canonical columns not mapped are looked for under their own names.
public struct ColumnMapping: Hashable, Sendable {
    /// Canonical column → the header it has in the file.
    public var columns: [CaseColumn: String]
    /// Canonical column → the value to use when the file has no such column or leaves it empty.
    public var defaults: [CaseColumn: String]

    public init(columns: [CaseColumn: String] = [:], defaults: [CaseColumn: String] = [:]) {
        self.columns = columns
        self.defaults = defaults
    }

    /// No renaming, no defaults.
    public static let identity = ColumnMapping()

    /// The header to look for in the file for `column`.
    public func header(for column: CaseColumn) -> String {
        columns[column] ?? column.rawValue
    }

    /// Reads a mapping file's text (line format or JSON); `source` names it in errors.
    ///
    /// - Throws: ``CandourError`` `invalidConfiguration` naming `source:line` for the first
    ///   bad entry (an unknown canonical column, a line without `=`).
    public static func parse(_ text: String, source: String = "mapping") throws -> ColumnMapping {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") { return try parseJSON(trimmed, source: source) }
        var mapping = ColumnMapping()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            if line.isEmpty { continue }
            let context = "\(source):\(index + 1)"
            guard let equals = line.firstIndex(of: "=") else {
                throw CandourError(.invalidConfiguration, "expected `canonical_column = Their Column` or `default column = value`", context: context)
            }
            var key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            let isDefault = key.lowercased().hasPrefix("default ")
            if isDefault { key = String(key.dropFirst("default ".count)).trimmingCharacters(in: .whitespaces) }
            let column = try canonical(key, context: context)
            if isDefault {
                mapping.defaults[column] = value
            } else {
                guard !value.isEmpty else {
                    throw CandourError(.invalidConfiguration, "no column name given for \(column.rawValue)", context: context)
                }
                mapping.columns[column] = value
            }
        }
        return mapping
    }

    /// Reads a mapping file.
    public static func load(contentsOf url: URL) throws -> ColumnMapping {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CandourError(.io, "cannot read the mapping file", context: url.path)
        }
        return try parse(text, source: url.path)
    }

    private static func canonical(_ key: String, context: String) throws -> CaseColumn {
        guard let column = CaseColumn(rawValue: key.lowercased()) else {
            throw CandourError(.invalidConfiguration, "unknown canonical column `\(key)`", context: context)
        }
        return column
    }

    private struct JSONForm: Decodable {
        var columns: [String: String]?
        var defaults: [String: String]?
    }

    private static func parseJSON(_ text: String, source: String) throws -> ColumnMapping {
        let form: JSONForm
        do {
            form = try JSONDecoder().decode(JSONForm.self, from: Data(text.utf8))
        } catch {
            throw CandourError(.invalidConfiguration, "not a mapping object ({\"columns\": {...}, \"defaults\": {...}})", context: source)
        }
        var mapping = ColumnMapping()
        for (key, value) in form.columns ?? [:] { mapping.columns[try canonical(key, context: source)] = value }
        for (key, value) in form.defaults ?? [:] { mapping.defaults[try canonical(key, context: source)] = value }
        return mapping
    }
}
