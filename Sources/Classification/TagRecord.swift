import Diagnostics
import Foundation

/// One line of tagging input (`{"id", "text"}`) or of an annotated tagging corpus
/// (`{"id", "text", "themes", "learning", "actions"}`, optionally other taxonomies).
public struct TagRecord: Sendable {
    /// The id as given: a JSON string or number, kept as its JSON text so it is echoed
    /// back exactly.
    public var idJSON: String
    /// The id as plain text, for messages.
    public var id: String
    public var text: String
    /// Gold labels by taxonomy name, for the taxonomies the record annotates.
    public var gold: [String: [String]]

    public init(id: String, text: String, gold: [String: [String]] = [:]) {
        self.idJSON = JSONText.string(id)
        self.id = id
        self.text = text
        self.gold = gold
    }

    /// Parses one JSON line; `source` and `line` name it in errors.
    /// - Throws: ``CandourError`` `invalidTagInput` with `source:line` when the line is not
    ///   a JSON object, lacks a string `text`, has an id that is not a string or number,
    ///   or (with `goldKeys`) a label list that is not a list of strings.
    public static func parse(_ line: Substring, source: String, line number: Int, goldKeys: Set<String> = []) throws -> TagRecord {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            throw ClassificationError.input(source, line: number, "not valid JSON")
        }
        guard let record = object as? [String: Any] else {
            throw ClassificationError.input(source, line: number, "expected a JSON object with \"id\" and \"text\"")
        }
        guard let text = record["text"] as? String else {
            throw ClassificationError.input(source, line: number, "missing \"text\" (a string)")
        }
        var idJSON: String
        var id: String
        switch record["id"] {
        case let value as String:
            id = value
            idJSON = JSONText.string(value)
        case let value as NSNumber where !Self.isBoolean(value):
            id = value.stringValue
            idJSON = id
        case nil:
            throw ClassificationError.input(source, line: number, "missing \"id\"")
        default:
            throw ClassificationError.input(source, line: number, "\"id\" must be a string or a number")
        }
        var gold: [String: [String]] = [:]
        for key in goldKeys {
            guard let value = record[key] else { continue }
            guard let labels = value as? [String] else {
                throw ClassificationError.input(source, line: number, "\"\(key)\" must be a list of label ids")
            }
            gold[key] = labels
        }
        var out = TagRecord(id: id, text: text, gold: gold)
        out.idJSON = idJSON
        return out
    }

    /// Whether a JSON number is really `true` or `false` (Foundation bridges both to
    /// NSNumber, and NSNumber 0 and 1 also cast to Bool).
    static func isBoolean(_ value: NSNumber) -> Bool {
        String(describing: type(of: value)).contains("Boolean")
    }

    /// Every non-blank line of JSON-lines `content`, parsed.
    public static func parseLines(_ content: String, source: String, goldKeys: Set<String> = []) throws -> [TagRecord] {
        var records: [TagRecord] = []
        var number = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            records.append(try parse(line, source: source, line: number, goldKeys: goldKeys))
        }
        return records
    }
}

/// Small JSON writing helpers (output is built by hand: one pass, no intermediate objects).
public enum JSONText {
    /// `value` as a JSON string literal.
    public static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// A JSON array of strings.
    public static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
    }

    /// A number without a needless ".0".
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
