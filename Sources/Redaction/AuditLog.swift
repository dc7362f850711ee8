import Foundation

/// The audit trail of a redaction run: one JSON line per replacement with the document,
/// byte range, type, detector, rule and replacement. The original text appears only as
/// a salted hash — an HMAC under the pseudonym key when one is given, otherwise under
/// a random salt made for this run and not written anywhere — unless the caller asks
/// for the text itself.
public struct AuditLog: Sendable {
    private let includeText: Bool
    private let hasher: Pseudonymizer
    private(set) var lines: [String] = []

    public init(includeText: Bool, key: Pseudonymizer?) {
        self.includeText = includeText
        var salt = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: 0...255, using: &generator) }
        self.hasher = key ?? Pseudonymizer(keyBytes: salt)
    }

    /// Records the replacements made in one document.
    public mutating func record(_ redacted: RedactedDocument) {
        for replacement in redacted.replacements {
            let original = redacted.document.text(replacement.range)
            var record: [String: Any] = [
                "document": redacted.document.name,
                "start": replacement.range.lowerBound,
                "end": replacement.range.upperBound,
                "type": replacement.type.rawValue,
                "detector": replacement.detector,
                "rule": replacement.rule,
                "replacement": replacement.replacement,
            ]
            if includeText {
                record["text"] = original
            } else {
                record["hash"] = hasher.digest(original)
            }
            if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes]) {
                lines.append(String(decoding: data, as: UTF8.self))
            }
        }
    }

    /// The JSON lines, newline-terminated.
    public var contents: [UInt8] {
        Array((lines.map { $0 + "\n" }.joined()).utf8)
    }
}
