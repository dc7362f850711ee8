import CaseModel
import Foundation

/// Cases as JSON: the full record, stable key order, dates as `YYYY-MM-DD`, money in pence.
public enum CaseJSON {
    /// The encoder every JSON output uses: pretty-printed, sorted keys, no escaped slashes.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes any value (a list of cases, one case, a report) as UTF-8 JSON text.
    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    /// Reads cases back from JSON written by ``string(_:)``.
    public static func cases(from data: Data) throws -> [Case] {
        try JSONDecoder().decode([Case].self, from: data)
    }
}
