/// Redaction placeholders: what Candour's redactor (and others) leave in place of
/// personal data. Text inside them never counts as vocabulary.
///
/// Recognised: bracketed capitals with an optional number (`[PERSON 1]`, `[SCHOOL]`,
/// `[REDACTED]`, `[redacted]`), and runs of X (`X`, `XX`, `xxx`).
public enum Placeholder {
    /// The scanner alternative for placeholders (case-sensitive inside a caseless pattern).
    static let source = #"(?-i:\[(?:[A-Z][A-Za-z0-9 _\-]{0,40}|redacted|REDACTED)\])|\b(?-i:X{1,4}|x{2,6})\b"#

    /// Whether the matched bytes `range` of `bytes` are a placeholder rather than a phrase start.
    static func isPlaceholder(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = range.first.map({ bytes[$0] }) else { return false }
        if first == UInt8(ascii: "[") { return bytes[range.upperBound - 1] == UInt8(ascii: "]") }
        guard range.count <= 6, range.count > 1 || first == UInt8(ascii: "X") else { return false }
        if range.upperBound < bytes.count, Scan.isWordByte(bytes[range.upperBound]) { return false }
        for i in range where bytes[i] != UInt8(ascii: "x") && bytes[i] != UInt8(ascii: "X") { return false }
        // The scanner only reports X runs where a placeholder was meant (X alone or xx+).
        return true
    }
}
