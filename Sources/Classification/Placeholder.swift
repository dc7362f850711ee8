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

extension Placeholder {
    /// The end of the scanner's placeholder alternative matched at `i`, or nil: a
    /// bracketed placeholder (`[A-Z][A-Za-z0-9 _\-]{0,40}` or `redacted` inside square
    /// brackets, case-sensitive), else a run of one to four `X` or two to six `x` between
    /// word boundaries (ASCII `\b`).
    @inline(__always)
    static func scannerEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = bytes.count
        let byte = bytes[i]
        if byte == UInt8(ascii: "[") {
            guard i + 1 < n else { return nil }
            if (0x41...0x5A).contains(bytes[i + 1]) {
                var j = i + 2
                var count = 0
                while j < n, count < 40 {
                    let b = bytes[j]
                    guard (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b)
                        || b == 0x20 || b == 0x5F || b == 0x2D
                    else { break }
                    j += 1
                    count += 1
                }
                if j < n, bytes[j] == UInt8(ascii: "]") { return j + 1 }
            }
            let word = Array("redacted]".utf8)
            guard i + 1 + word.count <= n else { return nil }
            for k in 0..<word.count where bytes[i + 1 + k] != word[k] { return nil }
            return i + 1 + word.count
        }
        guard byte == UInt8(ascii: "X") || byte == UInt8(ascii: "x"), !(i > 0 && PhraseTables.isWord(bytes[i - 1]))
        else { return nil }
        var j = i
        while j < n, bytes[j] == byte { j += 1 }
        let run = j - i
        let fits = byte == UInt8(ascii: "X") ? run <= 4 : (2...6).contains(run)
        guard fits, !(j < n && PhraseTables.isWord(bytes[j])) else { return nil }
        return j
    }
}
